import {
  anyOf,
  capture,
  matchPattern,
  optional,
  type Pattern,
  type PatternMatch,
  sequence,
  type Token,
  token,
  word,
  wordIn,
} from '../../text/index.js';
import { markContext } from '../context.js';
import type { Draft } from '../draft.js';
import {
  type CompiledLexicon,
  findLeft,
  hasYearDigits,
  isClauseBreak,
  isPeriodCode,
  type Mutable,
} from '../internal.js';
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

/** The year a token is (lexicon `yearPattern`: exactly its digits, within its range), or undefined. */
function yearOf(token: Token | undefined, compiled: CompiledLexicon): number | undefined {
  if (!hasYearDigits(token, compiled)) return undefined;
  const year = Number(token!.text);
  return year >= compiled.yearPattern.earliest && year <= compiled.yearPattern.latest ? year : undefined;
}

function span(low: number, high: number, start: number, end: number, approximate = false): DateMention {
  return { low, high, start, end, approximate };
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

/** One way of saying a date: a pattern over the tokens and the value reader of its captures. */
interface DateForm {
  readonly pattern: Pattern;
  readonly read: (
    tokens: readonly Token[],
    match: PatternMatch,
    compiled: CompiledLexicon,
  ) => DateMention | undefined;
}

/** The word a capture holds (its first token's lower-cased text). */
function captured(tokens: readonly Token[], match: PatternMatch, name: string): string {
  const range = match.captures[name];
  return range === undefined ? '' : tokens[range.start]!.lower;
}

/** A year said by its last two digits after a mark ("'21" is 2021, "'98" is 1998; lexicon `shortYears`). */
function shortYearOf(mark: Token | undefined, digits: Token | undefined, compiled: CompiledLexicon) {
  if (mark === undefined || digits === undefined || !compiled.shortYears.marks.has(mark.text))
    return undefined;
  if (digits.kind !== 'number' || digits.suffix !== undefined || digits.start !== mark.end) return undefined;
  if (digits.text.length !== 2 || !Number.isInteger(digits.value)) return undefined;
  const value = digits.value!;
  return value + (value < compiled.shortYears.pivot ? 2000 : 1900);
}

function yearIn(
  tokens: readonly Token[],
  match: PatternMatch,
  compiled: CompiledLexicon,
): number | undefined {
  const start = match.captures.year!.start;
  return yearOf(tokens[start], compiled) ?? shortYearOf(tokens[start], tokens[start + 1], compiled);
}

/** The date forms of a word, tried in order ("March 2019", "Q3 2021", "the second half of 2020", "early 2019"). */
interface DateForms {
  readonly words: readonly DateForm[];
  readonly numericMonth: DateForm;
}

function dateFormsOf(compiled: CompiledLexicon): DateForms {
  const year = capture(
    'year',
    anyOf(
      token((candidate) => yearOf(candidate, compiled) !== undefined),
      sequence(
        token((candidate, index, all) => shortYearOf(candidate, all[index + 1], compiled) !== undefined),
        token((candidate) => candidate.kind === 'number'),
      ),
    ),
  );
  const of = compiled.numberGrammar.of;
  const isWord = (candidate: Token) => candidate.kind === 'word';
  const month: DateForm = {
    // "March 2019", "March of 2019", "March 5, 2019": a day is at most 31, so it is never a year.
    pattern: sequence(
      capture('month', wordIn(compiled.monthNames, 'word')),
      // "Feb. 2021": the full stop of an abbreviated month (the tokenizer keeps it in the sentence).
      optional(word('.')),
      optional(word(of)),
      optional(
        sequence(
          token((candidate) => candidate.kind === 'number' && (candidate.value ?? 0) <= 31),
          optional(word(',')),
        ),
      ),
      year,
    ),
    read: (tokens, match) => {
      const value = monthIndex(
        yearIn(tokens, match, compiled)!,
        compiled.monthNames.get(captured(tokens, match, 'month'))!,
      );
      return span(value, value, match.start, match.end);
    },
  };
  const periodCode: DateForm = {
    // "Q3 2021", "H1 2020": a period letter (lexicon `periodCodes`: q → 3 months) glued to its number 1–4.
    pattern: sequence(
      capture(
        'code',
        token((candidate) => isWord(candidate) && isPeriodCode(candidate.lower, compiled.periodCodes)),
      ),
      year,
    ),
    read: (tokens, match) => {
      const code = captured(tokens, match, 'code');
      const size = compiled.periodCodes.get(code.charAt(0))!;
      return yearPeriod(
        yearIn(tokens, match, compiled),
        code.charCodeAt(1) - 48,
        size,
        match.start,
        match.end,
      );
    },
  };
  const ordinalPeriod: DateForm = {
    // "the second half of 2020", "the third quarter of 2021"
    pattern: sequence(
      capture('ordinal', wordIn(compiled.ordinalWords, 'word')),
      capture('division', wordIn(compiled.yearDivisions)),
      word(of),
      year,
    ),
    read: (tokens, match) =>
      yearPeriod(
        yearIn(tokens, match, compiled),
        compiled.ordinalWords.get(captured(tokens, match, 'ordinal'))!,
        compiled.yearDivisions.get(captured(tokens, match, 'division'))!,
        match.start,
        match.end,
      ),
  };
  const partWord = (withOf: boolean) =>
    capture(
      'part',
      token(
        (candidate) =>
          isWord(candidate) &&
          compiled.yearParts.has(candidate.lower) &&
          compiled.yearPartsWithOf.has(candidate.lower) === withOf,
      ),
    );
  const yearPart: DateForm = {
    // "early 2019", "the end of 2020": a part that needs "of" has it (when "of" is a linker).
    pattern: anyOf(
      sequence(
        partWord(true),
        token((candidate) => candidate.lower === of && compiled.yearPartLinkers.has(of)),
        year,
      ),
      sequence(partWord(false), optional(wordIn(compiled.yearPartLinkers)), year),
    ),
    read: (tokens, match) => {
      const part = compiled.yearParts.get(captured(tokens, match, 'part'))!;
      const value = yearIn(tokens, match, compiled)!;
      return span(monthIndex(value, part[0]), monthIndex(value, part[1]), match.start, match.end, true);
    },
  };
  const numericMonth: DateForm = {
    // "03/2019"
    pattern: sequence(
      capture(
        'month',
        token((candidate) => candidate.kind === 'number' && candidate.suffix === undefined),
      ),
      word('/'),
      year,
    ),
    read: (tokens, match) => {
      const monthNumber = tokens[match.start]!.value ?? 0;
      if (monthNumber < 1 || monthNumber > 12 || !Number.isInteger(monthNumber)) return undefined;
      const value = monthIndex(yearIn(tokens, match, compiled)!, monthNumber);
      return span(value, value, match.start, match.end);
    },
  };
  return { words: [month, periodCode, ordinalPeriod, yearPart], numericMonth };
}

/** The date forms of each compiled lexicon, built once. */
const formsOfLexicon = new WeakMap<CompiledLexicon, DateForms>();

function formsOf(compiled: CompiledLexicon): DateForms {
  let forms = formsOfLexicon.get(compiled);
  if (forms === undefined) {
    forms = dateFormsOf(compiled);
    formsOfLexicon.set(compiled, forms);
  }
  return forms;
}

function readForm(
  form: DateForm,
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): DateMention | undefined {
  const match = matchPattern(form.pattern, tokens, index);
  return match === undefined ? undefined : form.read(tokens, match, compiled);
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
  const forms = formsOf(compiled);
  if (token.kind === 'word') {
    for (const form of forms.words) {
      const found = readForm(form, tokens, index, compiled);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  const numeric = readForm(forms.numericMonth, tokens, index, compiled);
  if (numeric !== undefined) return numeric;
  const year = yearOf(token, compiled);
  if (year === undefined) return undefined;
  const previous = tokens[index - 1]?.lower ?? '';
  const isRangeStart =
    compiled.dateRangeJoiners.has(tokens[index + 1]?.lower ?? '') &&
    yearOf(tokens[index + 2], compiled) !== undefined;
  // "2017 was when I started": a bare year linked to a cue after it is a date too.
  const linked = compiled.dateCueLinks.matchAt(tokens, index + 1) !== undefined;
  if (!bareYearAllowed && !compiled.datePrepositions.has(previous) && !isRangeStart && !linked)
    return undefined;
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
  const cued = nearestCueBefore(tokens, index, compiled);
  if (cued !== undefined) return cued;
  if (compiled.changeOpeners.has(tokens[index - 1]?.lower ?? '')) return 'start';
  return cueBeforeColon(tokens, index, compiled);
}

/** The part told by the nearer of a start and an end cue within `windows.dateCue` before `index`, in its clause. */
function nearestCueBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): ClaimPart | undefined {
  const reach = compiled.windows.dateCue;
  const startCue = findLeft(tokens, index, reach, compiled.dateStartCues, compiled);
  const endCue = findLeft(tokens, index, reach, compiled.dateEndCues, compiled);
  if (startCue !== undefined && (endCue === undefined || startCue.distance < endCue.distance)) return 'start';
  return endCue === undefined ? undefined : 'end';
}

/**
 * "I was wrong about when I joined: it was the summer of 2018": a clause after a colon answers the one before
 * it, so that clause's cue (within `windows.dateCue` of the date, in its sentence) tells the date's part.
 */
function cueBeforeColon(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): ClaimPart | undefined {
  const sentence = tokens[index]!.sentence;
  for (let at = index - 1; at >= Math.max(0, index - compiled.windows.dateCue); at--) {
    const token = tokens[at]!;
    if (token.sentence !== sentence) return undefined;
    if (token.text === ':') return nearestCueBefore(tokens, at, compiled);
  }
  return undefined;
}

/**
 * "Spring of 2021 was when I wrapped up there", "2017 was when I started", "In 2019 I joined": a link after the
 * date (lexicon `dateCueLinks`, or the speaker) and a start or end cue within `windows.dateCueAfter` tokens
 * after it, in the same clause.
 */
function partFromLaterCue(
  tokens: readonly Token[],
  end: number,
  compiled: CompiledLexicon,
): ClaimPart | undefined {
  // "In November 2023 I left", "In 2019 I joined": the speaker right after the date, then the cue.
  const speaker = compiled.speakerWords.has(tokens[end]?.lower ?? '');
  const link = speaker ? { length: 1 } : compiled.dateCueLinks.matchAt(tokens, end);
  if (link === undefined) return undefined;
  const from = end + link.length;
  for (let index = from; index < Math.min(tokens.length, from + compiled.windows.dateCueAfter); index++) {
    if (isClauseBreak(tokens[index]!, compiled)) return undefined;
    if (compiled.dateStartCues.matchAt(tokens, index) !== undefined) return 'start';
    if (compiled.dateEndCues.matchAt(tokens, index) !== undefined) return 'end';
  }
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
  const part = partFromCues(tokens, index, compiled) ?? partFromLaterCue(tokens, first.end, compiled);
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
  // "around June 2023", "roughly in spring 2019": a hedge just before the date (or its preposition).
  const first = dates[0]!.start;
  const hedgeEndsAt = (index: number) => compiled.hedges.matchEndingAt(tokens, index) !== undefined;
  const hedged =
    hedgeEndsAt(first - 1) ||
    (compiled.datePrepositions.has(tokens[first - 1]?.lower ?? '') && hedgeEndsAt(first - 2));
  for (const date of dates) {
    const draft: Mutable<Draft> = {
      type: 'date',
      low: date.low,
      high: date.high,
      unit: 'month-index',
      approximate: date.approximate || hedged,
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
