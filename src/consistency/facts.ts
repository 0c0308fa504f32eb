import type { Fact } from '../model/index.js';
import { type Token, tokenize } from '../text/index.js';
import { attributeOf } from './extract.js';
import type { CompiledLexicon } from './internal.js';
import { readDates } from './kinds/date.js';
import type { Claim, ClaimPart, ClaimType, QuantityType } from './types.js';

const KIND_TO_TYPE: Readonly<Record<Fact['kind'], ClaimType>> = {
  duration: 'duration',
  count: 'count',
  percentage: 'percentage',
  money: 'money',
  date: 'date',
  title: 'role',
  reason: 'leaveReason',
  stance: 'stance',
};

function firstMatch<T>(
  tokens: readonly Token[],
  matcher: { matchAt(tokens: readonly Token[], index: number): { value: T } | undefined },
) {
  for (const index of tokens.keys()) {
    const found = matcher.matchAt(tokens, index);
    if (found !== undefined) return found.value;
  }
  return undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function datePart(tokens: readonly Token[], compiled: CompiledLexicon): ClaimPart | undefined {
  if (
    firstMatch(tokens, compiled.dateStartCues) !== undefined ||
    tokens.some((token) => token.lower === 'start')
  )
    return 'start';
  if (firstMatch(tokens, compiled.dateEndCues) !== undefined || tokens.some((token) => token.lower === 'end'))
    return 'end';
  return undefined;
}

function dateInterval(
  value: string | number,
  compiled: CompiledLexicon,
): { low: number; high: number } | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) ? { low: value * 12, high: value * 12 + 11 } : undefined;
  const iso = /^(\d{4})-(\d{2})/.exec(value.trim());
  if (iso !== null) {
    const month = Number(iso[1]) * 12 + Number(iso[2]) - 1;
    return { low: month, high: month };
  }
  const tokens = tokenize(`in ${value}`);
  const dates = readDates(tokens, 1, compiled);
  const first = dates[0];
  return first === undefined ? undefined : { low: first.low, high: dates[dates.length - 1]!.high };
}

interface Valued {
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  readonly subject?: string;
  readonly part?: ClaimPart;
  readonly currency?: string;
  readonly signed?: boolean;
  readonly categories?: readonly string[];
  readonly label?: string;
}

function numericValue(
  fact: Fact,
  type: QuantityType,
  subjectTokens: readonly Token[],
  compiled: CompiledLexicon,
): Valued | undefined {
  if (typeof fact.value !== 'number') return undefined;
  const subject = firstMatch(subjectTokens, compiled.subjects[type]);
  const base = subject === undefined ? {} : { subject };
  const unit = fact.unit?.trim().toLowerCase() ?? '';
  if (type === 'duration') {
    const factor = compiled.durationUnits.get(unit) ?? 1;
    return { ...base, low: fact.value * factor, high: fact.value * factor, unit: 'months' };
  }
  if (type === 'money') {
    const currency =
      compiled.currencySymbols.get(unit) ??
      compiled.currencyWords.get(unit) ??
      (unit.length === 3 ? unit.toUpperCase() : undefined);
    return {
      ...base,
      low: fact.value,
      high: fact.value,
      unit: currency ?? 'unknown',
      ...(currency === undefined ? {} : { currency }),
    };
  }
  if (type === 'percentage') {
    const sign = firstMatch(subjectTokens, compiled.direction) ?? 0;
    const value = sign < 0 ? -Math.abs(fact.value) : fact.value;
    return { ...base, low: value, high: value, unit: 'percent', signed: sign !== 0 };
  }
  return { ...base, low: fact.value, high: fact.value, unit: 'count' };
}

function normaliseFact(fact: Fact, type: ClaimType, compiled: CompiledLexicon): Valued | undefined {
  const subjectTokens = tokenize(fact.subject);
  const text = String(fact.value);
  switch (type) {
    case 'duration':
    case 'money':
    case 'percentage':
    case 'count':
      return numericValue(fact, type, subjectTokens, compiled);
    case 'date': {
      const interval = dateInterval(fact.value, compiled);
      const part = datePart(subjectTokens, compiled);
      return interval === undefined
        ? undefined
        : { ...interval, unit: 'month-index', ...(part === undefined ? {} : { part }) };
    }
    case 'role': {
      const tokens = tokenize(text);
      let best: { level: number; label: string } | undefined;
      for (const index of tokens.keys()) {
        const found = compiled.titleLevels.matchAt(tokens, index);
        if (found !== undefined && found.value > (best?.level ?? 0)) {
          const label = tokens
            .slice(index, index + found.length)
            .map((token) => token.lower)
            .join(' ');
          best = { level: found.value, label };
        }
      }
      return best === undefined
        ? undefined
        : { low: best.level, high: best.level, unit: 'level', label: best.label };
    }
    case 'leaveReason': {
      const tokens = tokenize(text);
      const categories = new Set<string>();
      for (const index of tokens.keys()) {
        const found = compiled.reasonCategories.matchAt(tokens, index);
        if (found !== undefined) categories.add(found.value);
      }
      return categories.size === 0
        ? undefined
        : { low: 0, high: 0, unit: 'categories', categories: [...categories].sort() };
    }
    case 'stance':
      return { low: 0, high: 0, unit: 'text', subject: slug(fact.subject), label: text.trim().toLowerCase() };
  }
}

/** The sentence of `text` around character `index`, so a finding quotes one sentence rather than the telling. */
function sentenceAround(text: string, index: number): string {
  // A sentence ends at ".", "!" or "?" before white space; looked for from index outwards, so a telling
  // with many facts is not rescanned from its start for each.
  let start = 0;
  for (let at = index - 2; at >= 0; at--) {
    if (isSentenceEnd(text, at)) {
      start = at + 1;
      break;
    }
  }
  let end = text.length;
  for (let at = index; at < text.length - 1; at++) {
    if (isSentenceEnd(text, at)) {
      end = at + 1;
      break;
    }
  }
  return text.slice(start, end).trim();
}

const WHITE = /\s/;

function isSentenceEnd(text: string, at: number): boolean {
  const mark = text.charCodeAt(at);
  return (mark === 46 || mark === 33 || mark === 63) && WHITE.test(text.charAt(at + 1));
}

/** Turns one structured fact into a claim; facts that cannot be normalised give undefined. */
export function claimFromFact(
  fact: Fact,
  factIndex: number,
  text: string,
  compiled: CompiledLexicon,
  round: number,
  storyId: string | undefined,
): Claim | undefined {
  const type = KIND_TO_TYPE[fact.kind];
  const valued = normaliseFact(fact, type, compiled);
  if (valued === undefined) return undefined;
  const shown = String(fact.value);
  const found = shown.length > 0 ? text.indexOf(shown) : -1;
  const start = Math.max(found, 0);
  const end = found >= 0 ? found + shown.length : 0;
  return {
    ...(storyId === undefined ? {} : { storyId }),
    type,
    ...valued,
    attribute: attributeOf(type, valued.subject, valued.part),
    approximate: fact.approximate === true,
    range: false,
    derived: false,
    corrective: fact.corrects === true,
    source: {
      round,
      start,
      end,
      text: `${fact.subject}: ${shown}${fact.unit === undefined ? '' : ` ${fact.unit}`}`,
      sentence: found >= 0 ? sentenceAround(text, found) : '',
      factIndex,
    },
  };
}
