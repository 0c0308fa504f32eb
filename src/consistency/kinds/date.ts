import type { Token } from '../../text/index.js';
import { markContext } from '../context.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, findLeft, hasYearDigits, type Mutable } from '../internal.js';
import type { ClaimPart } from '../types.js';

/** A calendar mention as an interval of month indexes (year × 12 + month − 1), over tokens [start, end). */
export interface DateMention {
  readonly low: number;
  readonly high: number;
  readonly start: number;
  readonly end: number;
  readonly approximate: boolean;
}

/** A date found in text, with the part (start/end) it plays, if any. */
export interface DateReading extends DateMention {
  readonly part?: ClaimPart;
}

/** Turns a year and month (1–12) into a month index. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/**
 * Reads a year at index (lexicon `yearPattern`: four digits, 1950–2100 in English). The token's whole text
 * must be the digits, which also rules out a currency symbol, a suffix, separators and decimals.
 */
function readYear(tokens: readonly Token[], index: number, compiled: CompiledLexicon): number | undefined {
  const token = tokens[index];
  if (!hasYearDigits(token, compiled)) return undefined;
  const year = Number(token!.text);
  return year >= compiled.yearPattern.earliest && year <= compiled.yearPattern.latest ? year : undefined;
}

function span(low: number, high: number, start: number, end: number, approximate = false): DateMention {
  return { low, high, start, end, approximate };
}

function readMonth(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const month = compiled.monthNames.get(tokens[index]!.lower);
  if (month === undefined) return undefined;
  let next = index + 1;
  if (tokens[next]?.lower === compiled.numberGrammar.of) next += 1;
  const dayToken = tokens[next];
  // A day is at most 31, so it is never a year (1950 or later).
  if (dayToken?.kind === 'number' && (dayToken.value ?? 0) <= 31) {
    next += tokens[next + 1]?.text === ',' ? 2 : 1;
  }
  const year = readYear(tokens, next, compiled);
  if (year === undefined) return undefined;
  const value = monthIndex(year, month);
  return span(value, value, index, next + 1);
}

/** "Q3 2021", "H1 2020": a period letter (lexicon `periodCodes`: q → 3 months) glued to its number 1–4. */
function readPeriodCode(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const word = tokens[index]!.lower;
  if (word.length !== 2) return undefined;
  const size = compiled.periodCodes.get(word.charAt(0));
  const number = word.charCodeAt(1) - 48;
  if (size === undefined || number < 1 || number > 4) return undefined;
  return yearPeriod(readYear(tokens, index + 1, compiled), number, size, index, index + 2);
}

/** The `number`th period of `size` months of a year ("Q3" is the 3rd of 3 months), over tokens [start, end). */
function yearPeriod(
  year: number | undefined,
  number: number,
  size: number,
  start: number,
  end: number,
): DateMention | undefined {
  if (year === undefined || number * size > 12) return undefined;
  const first = monthIndex(year, (number - 1) * size + 1);
  return span(first, first + size - 1, start, end);
}

function readOrdinalPeriod(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const word = tokens[index]!.lower;
  const ordinal = compiled.ordinalWords.get(word);
  if (ordinal === undefined) return undefined;
  const size = compiled.yearDivisions.get(tokens[index + 1]?.lower ?? '');
  if (size === undefined || tokens[index + 2]?.lower !== compiled.numberGrammar.of) return undefined;
  return yearPeriod(readYear(tokens, index + 3, compiled), ordinal, size, index, index + 4);
}

function readYearPart(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const part = compiled.yearParts.get(tokens[index]!.lower);
  if (part === undefined) return undefined;
  const linker = tokens[index + 1]?.lower;
  const of = compiled.numberGrammar.of;
  if (compiled.yearPartsWithOf.has(tokens[index]!.lower) && linker !== of) return undefined;
  const next = compiled.yearPartLinkers.has(linker ?? '') ? index + 2 : index + 1;
  const year = readYear(tokens, next, compiled);
  if (year === undefined) return undefined;
  return span(monthIndex(year, part[0]), monthIndex(year, part[1]), index, next + 1, true);
}

function readNumericMonth(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const token = tokens[index]!;
  if (token.suffix !== undefined || tokens[index + 1]?.text !== '/') return undefined;
  // Only numbers carry a value; punctuation reads as month 0 and is refused below.
  const month = token.value ?? 0;
  const year = readYear(tokens, index + 2, compiled);
  if (year === undefined || month < 1 || month > 12 || !Number.isInteger(month)) return undefined;
  const value = monthIndex(year, month);
  return span(value, value, index, index + 3);
}

/**
 * Reads one date at index. A bare year needs a date preposition before it ("in 2019"), unless
 * `bareYearAllowed` (the second end of a range).
 */
export function readDateAt(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  bareYearAllowed = false,
): DateMention | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (token.kind === 'word') {
    return (
      readMonth(tokens, index, compiled) ??
      readPeriodCode(tokens, index, compiled) ??
      readOrdinalPeriod(tokens, index, compiled) ??
      readYearPart(tokens, index, compiled)
    );
  }
  const numeric = readNumericMonth(tokens, index, compiled);
  if (numeric !== undefined) return numeric;
  const year = readYear(tokens, index, compiled);
  if (year === undefined) return undefined;
  const previous = tokens[index - 1]?.lower ?? '';
  const isRangeStart =
    compiled.dateRangeJoiners.has(tokens[index + 1]?.lower ?? '') &&
    readYear(tokens, index + 2, compiled) !== undefined;
  if (!bareYearAllowed && !compiled.datePrepositions.has(previous) && !isRangeStart) return undefined;
  return span(monthIndex(year, 1), monthIndex(year, 12), index, index + 1);
}

/** Reads "January and June 2021" style first ends: a month name with its year taken from the range end. */
function readMonthWithoutYear(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { month: number; end: number } | undefined {
  const token = tokens[index];
  if (token === undefined || compiled.ambiguousMonths.has(token.lower)) return undefined;
  const month = compiled.monthNames.get(token.lower);
  return month === undefined ? undefined : { month, end: index + 1 };
}

function partFromCues(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): ClaimPart | undefined {
  const reach = compiled.windows.dateCue;
  const startCue = findLeft(tokens, index, reach, compiled.dateStartCues, compiled);
  const endCue = findLeft(tokens, index, reach, compiled.dateEndCues, compiled);
  if (startCue !== undefined && (endCue === undefined || startCue.distance < endCue.distance)) return 'start';
  if (endCue !== undefined) return 'end';
  if (compiled.changeOpeners.has(tokens[index - 1]?.lower ?? '')) return 'start';
  return undefined;
}

/** Finds a date or a date range starting at index; a range yields a start and an end. */
export function readDates(tokens: readonly Token[], index: number, compiled: CompiledLexicon): DateReading[] {
  const between = compiled.rangeOpeners.has(tokens[index - 1]?.lower ?? '');
  let first: DateMention | undefined = readDateAt(tokens, index, compiled);
  let firstMonthOnly: { month: number; end: number } | undefined;
  if (first === undefined) {
    firstMonthOnly = readMonthWithoutYear(tokens, index, compiled);
    if (firstMonthOnly === undefined) return [];
  }
  const joinerIndex = first?.end ?? firstMonthOnly!.end;
  const joiner = tokens[joinerIndex];
  const joins =
    joiner !== undefined &&
    (compiled.dateRangeJoiners.has(joiner.lower) || (between && joiner.lower === compiled.numberGrammar.and));
  const second = joins ? readDateAt(tokens, joinerIndex + 1, compiled, true) : undefined;
  if (first === undefined) {
    if (second === undefined || firstMonthOnly === undefined) return [];
    const year = Math.floor(second.low / 12);
    const value = monthIndex(year, firstMonthOnly.month);
    first = span(value, value, index, firstMonthOnly.end);
  }
  if (second !== undefined && second.high >= first.low) {
    return [
      { ...first, part: 'start' },
      { ...second, part: 'end' },
    ];
  }
  const part = partFromCues(tokens, index, compiled);
  return [part === undefined ? first : { ...first, part }];
}

/** Dates as drafts of the scan: a date or a range at index (its start and end), as month indexes. */
export function scanDates(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { drafts: Draft[]; end: number } | undefined {
  const dates = readDates(tokens, index, compiled);
  if (dates.length === 0) return undefined;
  const drafts: Draft[] = [];
  for (const date of dates) {
    const draft: Mutable<Draft> = {
      type: 'date',
      low: date.low,
      high: date.high,
      unit: 'month-index',
      approximate: date.approximate,
      range: false,
      start: date.start,
      end: date.end,
    };
    if (date.part !== undefined) draft.part = date.part;
    markContext(draft, tokens, date.start, compiled);
    drafts.push(draft);
  }
  return { drafts, end: dates[dates.length - 1]!.end };
}
