import { valueMatches } from './align.js';
import {
  type ConsistencyWording,
  englishWording,
  formatClaim,
  formatGap,
  formatTolerance,
} from './format.js';
import type { ConsistencyLexicon } from './lexicon.js';
import type { Claim, ConsistencyTolerances, FindingKind, QuantityTolerance } from './types.js';

/** The verdict on one pair of claims. */
export interface Verdict {
  readonly kind: FindingKind;
  readonly why: string;
  readonly flags: readonly string[];
}

const PERIODS_PER_YEAR: Readonly<Record<string, number>> = { year: 1, quarter: 4, month: 12, week: 52 };

interface Interval {
  readonly low: number;
  readonly high: number;
}

function perYear(claim: Claim, other: Claim): number {
  if (claim.period === undefined || other.period === undefined || claim.period === other.period) return 1;
  return PERIODS_PER_YEAR[claim.period] ?? 1;
}

function intervalOf(claim: Claim, tolerance: QuantityTolerance, absolute: boolean, scale: number): Interval {
  let low = claim.low * scale;
  let high = claim.high * scale;
  if (absolute && high < 0) [low, high] = [-high, -low];
  if (claim.bound === 'atLeast') {
    if (low >= 0) high = Number.POSITIVE_INFINITY;
    else low = Number.NEGATIVE_INFINITY;
  }
  if (claim.bound === 'atMost') low = Math.min(0, low);
  if (claim.approximate) {
    const magnitude = Math.max(Math.abs(low), Math.abs(high));
    const widen = Math.max(
      tolerance.hedgeAbsolute,
      tolerance.hedgeRelative * (Number.isFinite(magnitude) ? magnitude : 0),
    );
    low -= widen;
    high += widen;
  }
  return { low, high };
}

function gapBetween(one: Interval, two: Interval): number {
  return Math.max(0, two.low - one.high, one.low - two.high);
}

function largestFinite(...values: number[]): number {
  return Math.max(0, ...values.filter(Number.isFinite).map(Math.abs));
}

function compareNumbers(
  one: Claim,
  two: Claim,
  tolerances: ConsistencyTolerances,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording,
): Verdict {
  const type =
    one.type === 'date' || one.type === 'duration' || one.type === 'percentage' || one.type === 'money'
      ? one.type
      : 'count';
  const tolerance: QuantityTolerance = tolerances[type];
  const shown = { one: formatClaim(one, lexicon, words), two: formatClaim(two, lexicon, words) };
  const flags: string[] = [];
  if (
    type === 'percentage' &&
    one.signed === true &&
    two.signed === true &&
    Math.sign(one.low + one.high) * Math.sign(two.low + two.high) < 0
  ) {
    return {
      kind: 'contradiction',
      why: words.say('consistency.why.signFlip', shown),
      flags: ['sign_flip'],
    };
  }
  const absolute = type === 'percentage' && one.signed !== two.signed;
  const first = intervalOf(one, tolerance, absolute, perYear(one, two));
  const second = intervalOf(two, tolerance, absolute, perYear(two, one));
  const gap = gapBetween(first, second);
  const scale = largestFinite(
    first.low,
    first.high,
    second.low,
    second.high,
    one.low,
    one.high,
    two.low,
    two.high,
  );
  const currencyMismatch =
    type === 'money' &&
    one.currency !== undefined &&
    two.currency !== undefined &&
    one.currency !== two.currency;
  if (currencyMismatch) {
    flags.push('currency_mismatch');
    const band = tolerances.money.currencyMismatchRelative * scale;
    const kind: FindingKind = gap <= band ? 'variation' : 'contradiction';
    return {
      kind,
      why: words.say('consistency.why.currencies', {
        ...shown,
        currencyOne: one.currency,
        currencyTwo: two.currency,
        gap: formatGap(one, gap, words),
        verdict: kind,
        band: Math.round(tolerances.money.currencyMismatchRelative * 100),
      }),
      flags,
    };
  }
  if (type === 'money' && (one.currency === undefined) !== (two.currency === undefined))
    flags.push('currency_unknown');
  if (gap === 0) {
    const exact = one.low === two.low && one.high === two.high;
    return {
      kind: 'consistent',
      why: words.say(exact ? 'consistency.why.same' : 'consistency.why.overlap', shown),
      flags,
    };
  }
  const allowed = Math.max(tolerance.variationAbsolute, tolerance.variationRelative * scale);
  const kind: FindingKind = gap <= allowed ? 'variation' : 'contradiction';
  return {
    kind,
    why: words.say('consistency.why.apart', {
      ...shown,
      gap: formatGap(one, gap, words),
      verdict: kind,
      tolerance: formatTolerance(one, allowed, words),
    }),
    flags,
  };
}

function compareRoles(
  one: Claim,
  two: Claim,
  tolerances: ConsistencyTolerances,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording,
): Verdict {
  const shown = { one: formatClaim(one, lexicon, words), two: formatClaim(two, lexicon, words) };
  const apart = Math.abs(one.low - two.low);
  if (apart === 0)
    return { kind: 'consistent', why: words.say('consistency.why.sameLevel', shown), flags: [] };
  const kind: FindingKind = apart <= tolerances.role.variationLevels ? 'variation' : 'contradiction';
  return {
    kind,
    why: words.say('consistency.why.levelsApart', {
      ...shown,
      apart,
      verdict: kind,
      tolerance: tolerances.role.variationLevels,
    }),
    flags: [],
  };
}

function compareReasons(
  one: Claim,
  two: Claim,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording,
): Verdict {
  const first = new Set(one.categories ?? []);
  const second = new Set(two.categories ?? []);
  const shown = { one: formatClaim(one, lexicon, words), two: formatClaim(two, lexicon, words) };
  const shared = [...first].filter((category) => second.has(category));
  if (shared.length === first.size && shared.length === second.size) {
    return { kind: 'consistent', why: words.say('consistency.why.sameReason', shown), flags: [] };
  }
  if (shared.length > 0)
    return {
      kind: 'variation',
      why: words.say('consistency.why.reasonsOverlap', shown),
      flags: [],
    };
  const related = (lexicon.relatedReasons ?? []).some(
    ([a, b]) => (first.has(a) && second.has(b)) || (first.has(b) && second.has(a)),
  );
  if (related)
    return { kind: 'consistent', why: words.say('consistency.why.reasonsRelated', shown), flags: [] };
  return { kind: 'contradiction', why: words.say('consistency.why.noReasonInCommon', shown), flags: [] };
}

function polarity(label: string, lexicon: ConsistencyLexicon): number {
  const words = label.split(/[^a-z']+/);
  const has = (list: readonly string[]) =>
    words.some((word) =>
      list.some((entry) => (entry.endsWith('*') ? word.startsWith(entry.slice(0, -1)) : word === entry)),
    );
  const positive = has(lexicon.stancePositive) || has(lexicon.stanceMildCues ?? []);
  const negative = has(lexicon.stanceNegative);
  return positive === negative ? 0 : positive ? 1 : -1;
}

/** A stance read from text carries its polarity as its value; a stance fact is read from its words. */
function polarityOf(claim: Claim, lexicon: ConsistencyLexicon): number {
  return claim.unit === 'polarity' ? Math.sign(claim.low) : polarity(claim.label ?? '', lexicon);
}

function compareStances(
  one: Claim,
  two: Claim,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording,
): Verdict {
  const shown = { one: formatClaim(one, lexicon, words), two: formatClaim(two, lexicon, words) };
  if ((one.label ?? '') === (two.label ?? ''))
    return { kind: 'consistent', why: words.say('consistency.why.sameStance', shown), flags: [] };
  const first = polarityOf(one, lexicon);
  const second = polarityOf(two, lexicon);
  if (first === second && first !== 0 && one.unit === 'polarity' && two.unit === 'polarity')
    return { kind: 'consistent', why: words.say('consistency.why.sameStanceReworded', shown), flags: [] };
  if (first * second < 0)
    return { kind: 'contradiction', why: words.say('consistency.why.stanceReversed', shown), flags: [] };
  return { kind: 'variation', why: words.say('consistency.why.stanceReworded', shown), flags: [] };
}

/**
 * Whether an explicit correction changes what round one said even within tolerance: it retracts round one's
 * value and gives another ("I left in early 2022, not 2021"), or it renames round one's title ("I was an
 * engineering manager, not a senior manager"). Repeating the same value after a marker changes nothing.
 */
function changesWhatWasSaid(one: Claim, two: Claim, relative: number): boolean {
  if (one.type === 'role') {
    const [before, after] = [one.label ?? '', two.label ?? ''];
    return before !== '' && before !== after && two.source.sentence.toLowerCase().includes(before);
  }
  const retracted = retractedInterval(one, two.correctedFrom);
  if (retracted === undefined || !retractionMatches(one, two.correctedFrom!, relative)) return false;
  return retracted.high < two.low || retracted.low > two.high;
}

/** Month indexes per year, for a retracted year against a date ("not 2021"). */
const MONTHS_PER_YEAR = 12;
/** How far, in months, a retracted year may lie from the date it retracts. */
const YEAR_REACH = 100 * MONTHS_PER_YEAR;

/**
 * The retracted value in the claim's unit: a bare year said against a date ("not 2021") is that year's months;
 * anything else is the value itself.
 */
function retractedInterval(one: Claim, value: number | undefined): { low: number; high: number } | undefined {
  if (value === undefined) return undefined;
  // A year is within a century of the date; a month index never is (2021 × 12 against 24,252).
  if (
    one.type === 'date' &&
    Number.isInteger(value) &&
    Math.abs(value * MONTHS_PER_YEAR - one.low) < YEAR_REACH
  )
    return { low: value * MONTHS_PER_YEAR, high: value * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1 };
  return { low: value, high: value };
}

/** Whether the retracted value names round one's claim (a retracted year: its months overlap the date). */
function retractionMatches(one: Claim, value: number, relative: number): boolean {
  const retracted = retractedInterval(one, value)!;
  if (retracted.low !== retracted.high) return retracted.low <= one.high && retracted.high >= one.low;
  return valueMatches(one, value, relative);
}

/** Compares two claims of the same attribute and explains the verdict. */
export function judgeClaims(
  one: Claim,
  two: Claim,
  tolerances: ConsistencyTolerances,
  lexicon: ConsistencyLexicon,
  words: ConsistencyWording = englishWording(),
): Verdict {
  let verdict: Verdict;
  if (one.type === 'role') verdict = compareRoles(one, two, tolerances, lexicon, words);
  else if (one.type === 'leaveReason') verdict = compareReasons(one, two, lexicon, words);
  else if (one.type === 'stance') verdict = compareStances(one, two, lexicon, words);
  else verdict = compareNumbers(one, two, tolerances, lexicon, words);
  if (!two.corrective) return verdict;
  if (verdict.kind === 'consistent' && !changesWhatWasSaid(one, two, tolerances.correctionMatchRelative))
    return verdict;
  if (
    two.correctedFrom !== undefined &&
    !retractionMatches(one, two.correctedFrom, tolerances.correctionMatchRelative)
  ) {
    return {
      ...verdict,
      why: words.say('consistency.why.correctionMismatch', { why: verdict.why }),
      flags: [...verdict.flags, 'correction_mismatch'],
    };
  }
  return {
    kind: 'correction',
    why: words.say('consistency.why.correction', {
      one: formatClaim(one, lexicon, words),
      two: formatClaim(two, lexicon, words),
    }),
    flags: [...verdict.flags, `corrected_${verdict.kind}`],
  };
}
