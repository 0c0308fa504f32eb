import type { Token } from '../text/index.js';
import { type CompiledLexicon, findLeft } from './internal.js';
import { type NumberReading, readAndAHalf } from './numbers.js';
import type { QuantityType } from './types.js';

export type UnitKind = 'percentage' | 'multiplier' | 'money' | 'duration' | 'count' | 'share' | 'none';
export interface UnitReading {
  readonly kind: UnitKind;
  readonly value: number;
  readonly end: number;
  readonly factor: number;
  readonly currency?: string;
  readonly subject?: string;
}
export const AFTER_COUNT_OK = new Set([
  'of',
  'on',
  'in',
  'at',
  'for',
  'with',
  'to',
  'from',
  'by',
  'and',
  'or',
  'over',
  'across',
]);
function currencyBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): string | undefined {
  const previous = tokens[index - 1];
  if (previous === undefined) return undefined;
  return compiled.lexicon.currencySymbols[previous.text] ?? compiled.lexicon.currencyWords[previous.lower];
}
function countNounAt(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  open = false,
): { subject: string; end: number } | undefined {
  const here = compiled.subjects.count.matchAt(tokens, index);
  if (here !== undefined) return { subject: here.value, end: index + here.length };
  // One other word may come first ("5 senior engineers"), but not a joining word or punctuation.
  const token = tokens[index];
  if (token === undefined || token.kind !== 'word' || AFTER_COUNT_OK.has(token.lower)) return undefined;
  const later = compiled.subjects.count.matchAt(tokens, index + 1);
  if (later !== undefined) return { subject: later.value, end: index + 1 + later.length };
  if (!open) return undefined;
  // Any other plural noun is counted under its own name ("nine warehouses", "three regional hubs").
  if (isOpenCountNoun(token, compiled)) return { subject: token.lower, end: index + 1 };
  const next = tokens[index + 1];
  return next !== undefined && isOpenCountNoun(next, compiled) && !compiled.functionWords.has(token.lower)
    ? { subject: next.lower, end: index + 2 }
    : undefined;
}

/** A plural-looking word outside every unit list: what a bare number counts. */
function isOpenCountNoun(token: Token, compiled: CompiledLexicon): boolean {
  const word = token.lower;
  if (token.kind !== 'word' || word.length < 4 || !word.endsWith('s') || word.endsWith('ss')) return false;
  const lexicon = compiled.lexicon;
  return (
    !compiled.countNounExclusions.has(word) &&
    !compiled.functionWords.has(word) &&
    lexicon.durationUnits[word] === undefined &&
    lexicon.currencyWords[word] === undefined &&
    lexicon.ratePeriods[word] === undefined &&
    compiled.percentWords.matchAt([token], 0) === undefined
  );
}
export function readUnit(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading {
  const lexicon = compiled.lexicon;
  let end = reading.end;
  const none: UnitReading = { kind: 'none', value: reading.value, end, factor: 1 };
  if (reading.suffix === '%' || reading.suffix === 'pp')
    return { kind: 'percentage', value: reading.value, end, factor: 1 };
  if (reading.suffix === 'x') return { kind: 'multiplier', value: (reading.value - 1) * 100, end, factor: 1 };
  // Any other glued suffix ("5abc") is not a unit this reader knows.
  if (reading.suffix !== undefined) return none;
  const percent = compiled.percentWords.matchAt(tokens, end);
  if (percent !== undefined)
    return { kind: 'percentage', value: reading.value, end: end + percent.length, factor: 1 };
  const next = tokens[end]?.lower ?? '';
  if (
    (next === 'times' || next === 'fold') &&
    findLeft(tokens, reading.start, 3, compiled.direction, compiled)
  ) {
    return { kind: 'multiplier', value: (reading.value - 1) * 100, end: end + 1, factor: 1 };
  }
  const symbolCurrency = reading.symbol === undefined ? undefined : lexicon.currencySymbols[reading.symbol];
  const currency = symbolCurrency ?? currencyBefore(tokens, reading.start, compiled);
  const wordCurrency = lexicon.currencyWords[next];
  if (currency !== undefined || wordCurrency !== undefined) {
    if (wordCurrency !== undefined) end += 1;
    return { kind: 'money', value: reading.value, end, factor: 1, currency: currency ?? wordCurrency ?? '' };
  }
  let unitWord = reading.gluedUnit;
  if (unitWord === undefined && tokens[end]?.text === '-' && tokens[end + 1]?.kind === 'word') {
    const glued = tokens[end + 1]!.lower;
    if (lexicon.durationUnits[glued] !== undefined || glued === 'person' || glued === 'people') {
      unitWord = glued;
      end += 2;
    }
  }
  if (unitWord === 'person' || unitWord === 'people') {
    const noun = countNounAt(tokens, end, compiled);
    return {
      kind: 'count',
      value: reading.value,
      end: noun?.end ?? end,
      factor: 1,
      subject: noun?.subject ?? 'team',
    };
  }
  if (unitWord === undefined && lexicon.durationUnits[next] !== undefined) {
    unitWord = next;
    end += 1;
  } else if (
    unitWord === undefined &&
    compiled.unitFillers.has(next) &&
    lexicon.durationUnits[tokens[end + 1]?.lower ?? ''] !== undefined
  ) {
    // "two full years", "six whole months": a filler between the number and its unit changes nothing.
    unitWord = tokens[end + 1]!.lower;
    end += 2;
  }
  const factor = unitWord === undefined ? undefined : lexicon.durationUnits[unitWord];
  if (factor !== undefined) {
    let value = reading.value;
    const half = readAndAHalf(tokens, end);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    return { kind: 'duration', value: value * factor, end, factor };
  }
  if (reading.fraction) {
    const previous = tokens[reading.start - 1]?.lower;
    const isHalf = tokens[reading.end - 1]!.lower === 'half';
    if (previous === 'by' || next === 'of' || (previous === 'in' && isHalf)) {
      return { kind: 'share', value: reading.value * 100, end, factor: 1 };
    }
    if (tokens[reading.end - 1]!.lower === 'quarter') return { kind: 'duration', value: 3, end, factor: 3 };
    return none;
  }
  // A bare year ("in 2019 things changed") never counts the word after it.
  const isYear = reading.end === reading.start + 1 && /^(19|20)\d\d$/.test(tokens[reading.start]?.text ?? '');
  const noun = countNounAt(tokens, end, compiled, !isYear);
  if (noun !== undefined)
    return { kind: 'count', value: reading.value, end: noun.end, factor: 1, subject: noun.subject };
  return none;
}
const CLAIM_TYPES: Readonly<Record<UnitKind, QuantityType | undefined>> = {
  percentage: 'percentage',
  multiplier: 'percentage',
  share: 'percentage',
  money: 'money',
  duration: 'duration',
  count: 'count',
  none: undefined,
};
export function typeOf(kind: UnitKind): QuantityType | undefined {
  return CLAIM_TYPES[kind];
}
