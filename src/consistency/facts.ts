import type { Fact } from '../model/index.js';
import { type Token, tokenize } from '../text/index.js';
import { attributeOf } from './extract.js';
import type { CompiledLexicon, Mutable } from './internal.js';
import { readDates } from './kinds/date.js';
import type { Claim, ClaimFields, ClaimPart, ClaimType, QuantityType } from './types.js';

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

/** A fact's value in the claim's canonical unit, with what the fact's subject and unit said about it. */
interface Valued {
  low: number;
  high: number;
  unit: string;
  subject?: string;
  part?: ClaimPart;
  currency?: string;
  signed?: boolean;
  categories?: readonly string[];
  label?: string;
}

function valued(low: number, high: number, unit: string): Valued {
  return { low, high, unit };
}

function numericValue(
  fact: Fact,
  type: QuantityType,
  subjectTokens: readonly Token[],
  compiled: CompiledLexicon,
): Valued | undefined {
  if (typeof fact.value !== 'number') return undefined;
  const unit = fact.unit?.trim().toLowerCase() ?? '';
  let value: Valued;
  if (type === 'duration') {
    const months = fact.value * (compiled.durationUnits.get(unit) ?? 1);
    value = valued(months, months, 'months');
  } else if (type === 'money') {
    const currency =
      compiled.currencySymbols.get(unit) ??
      compiled.currencyWords.get(unit) ??
      (unit.length === 3 ? unit.toUpperCase() : undefined);
    value = valued(fact.value, fact.value, currency ?? 'unknown');
    if (currency !== undefined) value.currency = currency;
  } else if (type === 'percentage') {
    const sign = firstMatch(subjectTokens, compiled.direction) ?? 0;
    const percent = sign < 0 ? -Math.abs(fact.value) : fact.value;
    value = valued(percent, percent, 'percent');
    value.signed = sign !== 0;
  } else {
    value = valued(fact.value, fact.value, 'count');
  }
  const subject = firstMatch(subjectTokens, compiled.subjects[type]);
  if (subject !== undefined) value.subject = subject;
  return value;
}

/** Reads "YYYY-MM" at the start of a text (a date fact given as an ISO month), without a regex per fact. */
function isoMonth(text: string): number | undefined {
  const value = text.trim();
  if (value.length < 7 || value.charCodeAt(4) !== 45) return undefined;
  let year = 0;
  for (let at = 0; at < 4; at++) {
    const digit = value.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return undefined;
    year = year * 10 + digit;
  }
  const tens = value.charCodeAt(5) - 48;
  const ones = value.charCodeAt(6) - 48;
  if (tens < 0 || tens > 9 || ones < 0 || ones > 9) return undefined;
  return year * 12 + tens * 10 + ones - 1;
}

function dateValue(value: string | number, compiled: CompiledLexicon): Valued | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) ? valued(value * 12, value * 12 + 11, 'month-index') : undefined;
  const month = isoMonth(value);
  if (month !== undefined) return valued(month, month, 'month-index');
  const dates = readDates(tokenize(`in ${value}`), 1, compiled);
  const first = dates[0];
  return first === undefined ? undefined : valued(first.low, dates[dates.length - 1]!.high, 'month-index');
}

function normaliseFact(fact: Fact, type: ClaimType, compiled: CompiledLexicon): Valued | undefined {
  switch (type) {
    case 'duration':
    case 'money':
    case 'percentage':
    case 'count':
      return numericValue(fact, type, tokenize(fact.subject), compiled);
    case 'date': {
      const value = dateValue(fact.value, compiled);
      if (value === undefined) return undefined;
      const part = datePart(tokenize(fact.subject), compiled);
      if (part !== undefined) value.part = part;
      return value;
    }
    case 'role': {
      const tokens = tokenize(String(fact.value));
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
      if (best === undefined) return undefined;
      const value = valued(best.level, best.level, 'level');
      value.label = best.label;
      return value;
    }
    case 'leaveReason': {
      const tokens = tokenize(String(fact.value));
      const categories = new Set<string>();
      for (const index of tokens.keys()) {
        const found = compiled.reasonCategories.matchAt(tokens, index);
        if (found !== undefined) categories.add(found.value);
      }
      if (categories.size === 0) return undefined;
      const value = valued(0, 0, 'categories');
      value.categories = [...categories].sort();
      return value;
    }
    case 'stance': {
      const value = valued(0, 0, 'text');
      value.subject = slug(fact.subject);
      value.label = String(fact.value).trim().toLowerCase();
      return value;
    }
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
  const value = normaliseFact(fact, type, compiled);
  if (value === undefined) return undefined;
  const shown = String(fact.value);
  const found = shown.length > 0 ? text.indexOf(shown) : -1;
  // The same key order as a claim read from text, so every claim has one shape.
  const claim: Mutable<ClaimFields> = {
    type,
    attribute: attributeOf(type, value.subject, value.part),
    low: value.low,
    high: value.high,
    unit: value.unit,
    approximate: fact.approximate === true,
    range: false,
    derived: false,
    corrective: fact.corrects === true,
    source: {
      round,
      start: Math.max(found, 0),
      end: found >= 0 ? found + shown.length : 0,
      text: `${fact.subject}: ${shown}${fact.unit === undefined ? '' : ` ${fact.unit}`}`,
      sentence: found >= 0 ? sentenceAround(text, found) : '',
      factIndex,
    },
  };
  if (storyId !== undefined) claim.storyId = storyId;
  if (value.subject !== undefined) claim.subject = value.subject;
  if (value.part !== undefined) claim.part = value.part;
  if (value.currency !== undefined) claim.currency = value.currency;
  if (value.signed !== undefined) claim.signed = value.signed;
  if (value.categories !== undefined) claim.categories = value.categories;
  if (value.label !== undefined) claim.label = value.label;
  // normaliseFact gives each type its own unit and fields.
  return claim as Claim;
}
