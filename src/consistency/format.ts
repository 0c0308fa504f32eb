import { type Wording, wording } from '../i18n/wording.js';
import type { ConsistencyLexicon } from './lexicon.js';
import { type ConsistencyTextKey, consistencyTexts } from './texts.js';
import type { Claim } from './types.js';

/** The texts and formatters consistency/ writes with (see `wording`). */
export type ConsistencyWording = Wording<ConsistencyTextKey>;

let english: ConsistencyWording | undefined;

/** The English wording, made once: the default of every formatter here. */
export function englishWording(): ConsistencyWording {
  english ??= wording(consistencyTexts);
  return english;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERIODS: Readonly<Record<string, ConsistencyTextKey>> = {
  year: 'consistency.period.year',
  quarter: 'consistency.period.quarter',
  month: 'consistency.period.month',
  week: 'consistency.period.week',
  day: 'consistency.period.day',
  hour: 'consistency.period.hour',
};

/** One decimal at most: what a `why` shows of a number. */
function tenth(value: number): number {
  return Math.round(value * 10) / 10;
}

const monthFormats = new Map<
  string,
  { readonly month: Intl.DateTimeFormat; readonly both: Intl.DateTimeFormat }
>();

/** Month names of a locale other than English, through Intl (capped memo: the same locale, the same formats). */
function monthFormatsOf(locale: string): {
  readonly month: Intl.DateTimeFormat;
  readonly both: Intl.DateTimeFormat;
} {
  let formats = monthFormats.get(locale);
  if (formats === undefined) {
    formats = {
      month: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      both: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
    };
    if (monthFormats.size < 16) monthFormats.set(locale, formats);
  }
  return formats;
}

/** A month index (year × 12 + month) as "Mar 2021" (English) or the locale's short month and year. */
function formatMonth(index: number, words: ConsistencyWording, withYear = true): string {
  const month = ((index % 12) + 12) % 12;
  const year = Math.floor(index / 12);
  if (/^en(?:-|$)/i.test(words.locale) || year < 1 || year > 9999)
    return withYear ? `${MONTHS[month]} ${year}` : (MONTHS[month] ?? '');
  const date = new Date(Date.UTC(2000, month, 1));
  date.setUTCFullYear(year);
  const formats = monthFormatsOf(words.locale);
  return (withYear ? formats.both : formats.month).format(date);
}

/** Formats one canonical number of a claim type: 14 → "14 months", 30 → "+30%". */
export function formatAmount(
  claim: Claim,
  value: number,
  words: ConsistencyWording = englishWording(),
): string {
  switch (claim.type) {
    case 'duration':
      return words.say('consistency.value.months', { count: tenth(value) });
    case 'date':
      return formatMonth(value, words);
    case 'percentage':
      return words.say('consistency.value.percent', {
        value: `${claim.signed === true && value > 0 ? '+' : ''}${words.number(tenth(value))}`,
      });
    case 'money':
      return words.money(value, claim.currency);
    default:
      return words.number(tenth(value));
  }
}

/** The label of a leave-reason category: the catalogue's when it has one, else its words. */
function reasonLabel(category: string, words: ConsistencyWording): string {
  const key = `consistency.reason.${category}`;
  return Object.hasOwn(consistencyTexts, key)
    ? words.say(key as ConsistencyTextKey)
    : category.replaceAll('_', ' ');
}

/** Formats a claim's value for a `why`: "12–14 months", "about 6 weeks" as "about 1.4 months", "lead (level 3)". */
export function formatClaim(
  claim: Claim,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording = englishWording(),
): string {
  if (claim.type === 'role')
    return words.say('consistency.value.role', {
      // A claim built by hand may come without its label.
      title: claim.label || (lexicon.levelNames[claim.low] ?? words.say('consistency.value.untitled')),
      level: claim.low,
    });
  if (claim.type === 'leaveReason')
    // A claim built by hand (or from JSON) may come without its categories.
    return (claim.categories ?? []).map((category) => reasonLabel(category, words)).join(' + ');
  if (claim.type === 'stance') return words.say('consistency.value.stance', { text: claim.label ?? '' });
  let value: string;
  if (claim.type === 'date' && claim.low !== claim.high) {
    const sameYear = Math.floor(claim.low / 12) === Math.floor(claim.high / 12);
    value = words.say('consistency.value.range', {
      low: formatMonth(claim.low, words, !sameYear),
      high: formatMonth(claim.high, words),
    });
  } else if (claim.low !== claim.high) {
    value =
      claim.type === 'duration'
        ? words.say('consistency.value.monthRange', { low: tenth(claim.low), high: tenth(claim.high) })
        : words.say('consistency.value.range', {
            low: formatAmount(claim, claim.low, words),
            high: formatAmount(claim, claim.high, words),
          });
  } else value = formatAmount(claim, claim.low, words);
  if (claim.period !== undefined && !(claim.type === 'date' && claim.low !== claim.high)) {
    const key = PERIODS[claim.period];
    value = words.say('consistency.value.rate', {
      amount: value,
      per:
        key === undefined ? words.say('consistency.period.other', { period: claim.period }) : words.say(key),
    });
  }
  const bound = claim.type === 'date' && claim.low !== claim.high ? undefined : claim.bound;
  return words.say('consistency.value.hedged', {
    hedge: claim.approximate ? 'about' : 'none',
    bound: bound ?? 'none',
    value,
  });
}

/** Formats a gap or tolerance in the unit of the claim type: "4 months", "2 points", "$300,000" (money by the one formatter, `formatMoney`). */
export function formatGap(claim: Claim, gap: number, words: ConsistencyWording = englishWording()): string {
  switch (claim.type) {
    case 'duration':
    case 'date':
      return words.say('consistency.value.months', { count: tenth(gap) });
    case 'percentage':
      return words.say('consistency.value.points', { count: tenth(gap) });
    case 'money':
      return words.money(gap, claim.currency);
    default:
      return words.number(tenth(gap));
  }
}

/** Formats a tolerance as it reads after "the": "2-month", "5-point", "$420,000", "±1". */
export function formatTolerance(
  claim: Claim,
  tolerance: number,
  words: ConsistencyWording = englishWording(),
): string {
  switch (claim.type) {
    case 'duration':
    case 'date':
      return words.say('consistency.tolerance.months', { count: tenth(tolerance) });
    case 'percentage':
      return words.say('consistency.tolerance.points', { count: tenth(tolerance) });
    case 'money':
      return words.money(tolerance, claim.currency);
    default:
      return words.say('consistency.tolerance.count', { count: tenth(tolerance) });
  }
}
