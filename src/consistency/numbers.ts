import type { Token } from '../text/index.js';
import { englishGrammarWords } from './english-grammar.js';
import type { ConsistencyLexicon } from './lexicon.js';

/** A number read from tokens [start, end). */
export interface NumberReading {
  readonly value: number;
  readonly start: number;
  readonly end: number;
  /** Letters or % glued to the digits, after scale suffixes were applied ("%", "x", "pp"). */
  readonly suffix?: string;
  /** Currency symbol glued in front of the digits. */
  readonly symbol?: string;
  /** True for "18ish", "a couple". */
  readonly approximate: boolean;
  /** True for a bare fraction ("a quarter", "a third", "half") that may be a share, not a count. */
  readonly fraction: boolean;
  /** True for "a"/"an" read as one before a unit ("a year"). */
  readonly article: boolean;
  /** A unit glued by a hyphen to a number word ("two-year" → "year"). */
  readonly gluedUnit?: string;
}

/**
 * The lexicon tables the number grammar reads, as Maps and Sets built once per lexicon. Hyphenated
 * words are looked up whole ("twenty-five", "two-year"), so no token is split while reading.
 */
export interface NumberTables {
  readonly numberWords: ReadonlyMap<string, number>;
  readonly scaleWords: ReadonlyMap<string, number>;
  readonly scaleSuffixes: ReadonlyMap<string, number>;
  readonly fractionWords: ReadonlyMap<string, number>;
  /** Plural fraction words → value: "quarters" → 0.25 ("three quarters of"). */
  readonly pluralFractions: ReadonlyMap<string, number>;
  readonly groupWords: ReadonlyMap<string, number>;
  readonly durationUnits: ReadonlyMap<string, number>;
  readonly pointWords: ReadonlySet<string>;
  /** "twenty-five" → 25: every tens word from 20 joined to every ones word under 10. */
  readonly hyphenNumbers: ReadonlyMap<string, number>;
  /** "two-year" → 2 and "year", "five-person" → 5 and "person": a number word glued to a unit. */
  readonly gluedUnits: ReadonlyMap<string, { readonly value: number; readonly unit: string }>;
  /** Unit words for counts of people ("person", "people"). */
  readonly personUnits: ReadonlySet<string>;
  /** Words that read a number: "and", "a", "an", "half", "hundred", "dozen", "couple", "ish", "odd", "of". */
  readonly numberGrammar: NumberGrammarWords;
}

/**
 * The grammar words of the number reader (lexicon section `numberGrammar`): "and" ("one hundred and
 * five", "and a half"), the articles ("a year"), "half", "hundred", "of" ("a couple of"), the group words
 * that scale digits ("3 dozen"), the group words that are approximate ("a couple"), the suffixes that
 * make digits approximate ("18ish") and the words that do after a hyphen ("40-odd").
 *
 * @category Consistency
 */
export interface NumberGrammarWords {
  readonly and: string;
  readonly articles: readonly string[];
  readonly half: string;
  readonly hundred: string;
  readonly of: string;
  readonly scalingGroups: readonly string[];
  readonly approximateGroups: readonly string[];
  readonly approximateSuffixes: readonly string[];
  readonly approximateWords: readonly string[];
}

function entries<T>(record: Readonly<Record<string, T>> | undefined): Map<string, T> {
  return new Map(record === undefined ? [] : Object.entries(record));
}

/** Builds the number tables of a lexicon (once per lexicon: compileLexicon keeps them). */
export function numberTables(lexicon: ConsistencyLexicon): NumberTables {
  const numberWords = entries(lexicon.numberWords);
  const hyphenNumbers = new Map<string, number>();
  const gluedUnits = new Map<string, { value: number; unit: string }>();
  const personUnits = new Set(lexicon.personUnits ?? englishGrammarWords.personUnits);
  const units = [...Object.keys(lexicon.durationUnits), ...personUnits];
  for (const [tens, tensValue] of numberWords) {
    if (tens.includes('-')) continue;
    for (const unit of units) {
      if (!unit.includes('-')) gluedUnits.set(`${tens}-${unit}`, { value: tensValue, unit });
    }
    if (tensValue < 20) continue;
    // A part that is not a number word fails the range check: tens from 20 up, ones under 10.
    for (const [ones, onesValue] of numberWords) {
      if (onesValue < 10 && !ones.includes('-')) hyphenNumbers.set(`${tens}-${ones}`, tensValue + onesValue);
    }
  }
  const fractionWords = entries(lexicon.fractionWords);
  const pluralFractions = new Map<string, number>();
  const plural = (lexicon.pluralEnding ?? englishGrammarWords.pluralEnding).suffix;
  for (const [word, value] of fractionWords) pluralFractions.set(`${word}${plural}`, value);
  return {
    numberWords,
    scaleWords: entries(lexicon.scaleWords),
    scaleSuffixes: entries(lexicon.scaleSuffixes),
    fractionWords,
    pluralFractions,
    groupWords: entries(lexicon.groupWords),
    durationUnits: entries(lexicon.durationUnits),
    pointWords: new Set(lexicon.pointWords ?? []),
    hyphenNumbers,
    gluedUnits,
    personUnits,
    numberGrammar: lexicon.numberGrammar ?? englishGrammarWords.numberGrammar,
  };
}

/**
 * The unit word of a number: glued to a number word ("two-year"), or after a hyphen ("12-person"), when
 * `units` has it; with the index after it.
 */
export function hyphenUnit(
  tokens: readonly Token[],
  reading: NumberReading,
  units: { has(word: string): boolean },
): { unit: string; end: number } | undefined {
  const glued = reading.gluedUnit;
  if (glued !== undefined) return units.has(glued) ? { unit: glued, end: reading.end } : undefined;
  const word = tokens[reading.end + 1];
  if (tokens[reading.end]?.text !== '-' || word?.kind !== 'word' || !units.has(word.lower)) return undefined;
  return { unit: word.lower, end: reading.end + 2 };
}

/** The value of one number word, hyphenated compounds included ("twenty-five"). */
function wordValue(word: string, tables: NumberTables): number | undefined {
  return tables.numberWords.get(word) ?? tables.hyphenNumbers.get(word);
}

/**
 * A number said in hyphenated words before a glued unit ("two-hundred" of "a two-hundred-room hotel",
 * "hundred" of "a hundred-room hotel"): number words added, scale words multiplying what comes before them.
 * Only reached for a word the whole-word tables do not know.
 */
function compoundValue(word: string, tables: NumberTables): number | undefined {
  const known = wordValue(word, tables) ?? tables.scaleWords.get(word);
  if (known !== undefined || !word.includes('-')) return known;
  let total = 0;
  let current = 0;
  for (const part of word.split('-')) {
    const value = wordValue(part, tables);
    const scale = value === undefined ? tables.scaleWords.get(part) : undefined;
    if (value !== undefined) current += value;
    else if (scale === undefined) return undefined;
    else {
      current = (current === 0 ? 1 : current) * scale;
      if (scale >= 1000) [total, current] = [total + current, 0];
    }
  }
  return total + current;
}

/** "thirty-odd", "hundred-ish": the number word before a glued approximate word, or undefined. */
function approximateStem(word: string, tables: NumberTables): string | undefined {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0 || !tables.numberGrammar.approximateWords.includes(word.slice(hyphen + 1)))
    return undefined;
  return word.slice(0, hyphen);
}

/**
 * "sixteen-bed": a number word with a word glued on after a hyphen, the word being no number itself;
 * undefined for anything else. The glued word is the unit a pattern may read ("a sixteen-bed unit").
 */
function gluedWord(word: string, tables: NumberTables): { value: number; unit: string } | undefined {
  const known = tables.gluedUnits.get(word);
  if (known !== undefined) return known;
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0) return undefined;
  const value = compoundValue(word.slice(0, hyphen), tables);
  const unit = word.slice(hyphen + 1);
  return value === undefined || wordValue(unit, tables) !== undefined ? undefined : { value, unit };
}

/** Whether a word is a number word glued to another word: "sixteen-bed", "thirty-odd". */
export function isGluedNumberWord(word: string, tables: NumberTables): boolean {
  return gluedWord(word, tables) !== undefined;
}

function isWord(token: Token | undefined, word: string): boolean {
  return token?.lower === word;
}

/** Reads "and a half" at index; returns the tokens used (3), or 0. */
export function readAndAHalf(
  tokens: readonly Token[],
  index: number,
  grammar: NumberGrammarWords = englishGrammarWords.numberGrammar,
): number {
  return isWord(tokens[index], grammar.and) &&
    grammar.articles.includes(tokens[index + 1]?.lower ?? '') &&
    isWord(tokens[index + 2], grammar.half)
    ? 3
    : 0;
}

function applyScaleWord(
  tokens: readonly Token[],
  index: number,
  value: number,
  tables: NumberTables,
): { value: number; end: number; scaled: boolean } {
  const word = tokens[index]?.lower ?? '';
  const scale = tables.scaleWords.get(word);
  if (scale !== undefined) return { value: value * scale, end: index + 1, scaled: true };
  const group = tables.groupWords.get(word);
  if (group !== undefined && tables.numberGrammar.scalingGroups.includes(word))
    return { value: value * group, end: index + 1, scaled: true };
  return { value, end: index, scaled: false };
}

/**
 * "of a million" after a fraction ("a quarter of a million", "three quarters of a billion"): the fraction
 * is of the scale, so the reading is an amount, not a share. Undefined when no scale follows.
 */
function fractionOfScale(
  tokens: readonly Token[],
  index: number,
  fraction: number,
  tables: NumberTables,
): { value: number; end: number } | undefined {
  if (!isWord(tokens[index], tables.numberGrammar.of)) return undefined;
  if (!tables.numberGrammar.articles.includes(tokens[index + 1]?.lower ?? '')) return undefined;
  const scaled = applyScaleWord(tokens, index + 2, fraction, tables);
  return scaled.scaled ? { value: scaled.value, end: scaled.end } : undefined;
}

function readDigits(tokens: readonly Token[], index: number, tables: NumberTables): NumberReading {
  const token = tokens[index]!;
  let value = token.value ?? 0;
  let suffix = token.suffix;
  let approximate = false;
  let scaled = false;
  if (suffix !== undefined) {
    const scale = tables.scaleSuffixes.get(suffix);
    if (scale !== undefined) {
      value *= scale;
      scaled = true;
      suffix = undefined;
    } else if (tables.numberGrammar.approximateSuffixes.includes(suffix)) {
      approximate = true;
      suffix = undefined;
    }
  }
  let end = index + 1;
  if (
    isWord(tokens[end], '-') &&
    tables.numberGrammar.approximateWords.includes(tokens[end + 1]?.lower ?? '')
  ) {
    approximate = true;
    end += 2;
  }
  if (!scaled && suffix === undefined) {
    const half = readAndAHalf(tokens, end, tables.numberGrammar);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    const scaledReading = applyScaleWord(tokens, end, value, tables);
    value = scaledReading.value;
    end = scaledReading.end;
  }
  return {
    value,
    start: index,
    end,
    approximate,
    fraction: false,
    article: false,
    ...(suffix === undefined ? {} : { suffix }),
    ...(token.symbol === undefined ? {} : { symbol: token.symbol }),
  };
}

function plain(value: number, start: number, end: number, extra: Partial<NumberReading> = {}): NumberReading {
  return { value, start, end, approximate: false, fraction: false, article: false, ...extra };
}

function readArticle(
  tokens: readonly Token[],
  index: number,
  tables: NumberTables,
): NumberReading | undefined {
  const next = tokens[index + 1]?.lower ?? '';
  const group = tables.groupWords.get(next);
  if (group !== undefined) {
    const ofLength = isWord(tokens[index + 2], tables.numberGrammar.of) ? 1 : 0;
    const approximate = tables.numberGrammar.approximateGroups.includes(next);
    return plain(group, index, index + 2 + ofLength, { approximate });
  }
  const fraction = tables.fractionWords.get(next);
  if (fraction !== undefined) {
    const scaled = applyScaleWord(tokens, index + 2, fraction, tables);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    const ofScale = fractionOfScale(tokens, index + 2, fraction, tables);
    if (ofScale !== undefined) return plain(ofScale.value, index, ofScale.end);
    return plain(fraction, index, index + 2, { fraction: true });
  }
  if (next === tables.numberGrammar.hundred) {
    const words = readWords(tokens, index + 1, tables, true);
    if (words !== undefined) return { ...words, start: index };
  }
  if (tables.durationUnits.has(next) || tables.scaleWords.has(next)) {
    const scaled = applyScaleWord(tokens, index + 1, 1, tables);
    // "a million and a half": the half is of the scale.
    const half = scaled.scaled ? readAndAHalf(tokens, scaled.end, tables.numberGrammar) : 0;
    if (half > 0) return plain(scaled.value * 1.5, index, scaled.end + half);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    return plain(1, index, index + 1, { article: true });
  }
  return undefined;
}

function readHalf(tokens: readonly Token[], index: number, tables: NumberTables): NumberReading | undefined {
  // "half a year", "half a million"
  if (tables.numberGrammar.articles.includes(tokens[index + 1]?.lower ?? '')) {
    const scaled = applyScaleWord(tokens, index + 2, 0.5, tables);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    if (tables.durationUnits.has(tokens[index + 2]?.lower ?? '')) return plain(0.5, index, index + 2);
  }
  return plain(0.5, index, index + 1, { fraction: true });
}

function readWords(
  tokens: readonly Token[],
  index: number,
  tables: NumberTables,
  afterArticle = false,
): NumberReading | undefined {
  let total = 0;
  let current = 0;
  let end = index;
  // "a hundred and twenty": after an article, "hundred" starts the number as one hundred.
  let seen = afterArticle && tokens[index]?.lower === tables.numberGrammar.hundred;
  let gluedUnit: string | undefined;
  let approximate = false;
  while (end < tokens.length) {
    const token = tokens[end]!;
    const value = wordValue(token.lower, tables);
    if (value !== undefined) {
      current += value;
      seen = true;
      end += 1;
      continue;
    }
    // "thirty-odd", "two hundred-odd": the last word of the number, approximate.
    const stem = approximateStem(token.lower, tables);
    const stemValue = stem === undefined ? undefined : wordValue(stem, tables);
    if (stemValue !== undefined || (seen && stem === tables.numberGrammar.hundred)) {
      current = stemValue === undefined ? Math.max(current, 1) * 100 : current + stemValue;
      seen = true;
      approximate = true;
      end += 1;
      break;
    }
    const glued = seen ? undefined : gluedWord(token.lower, tables);
    if (glued !== undefined) {
      current += glued.value;
      gluedUnit = glued.unit;
      end += 1;
      break;
    }
    if (!seen) return undefined;
    if (token.lower === tables.numberGrammar.hundred) {
      current = Math.max(current, 1) * 100;
      end += 1;
      continue;
    }
    const scale = tables.scaleWords.get(token.lower);
    if (scale !== undefined) {
      total += Math.max(current, 1) * scale;
      current = 0;
      end += 1;
      continue;
    }
    // "three point two million": single digit words after a point word are the decimals.
    if (tables.pointWords.has(token.lower)) {
      let decimals = '';
      let next = end + 1;
      for (; next < tokens.length; next++) {
        const digit = tables.numberWords.get(tokens[next]!.lower);
        if (digit === undefined || digit > 9 || !Number.isInteger(digit)) break;
        decimals += String(digit);
      }
      if (decimals.length > 0) {
        current += Number(`0.${decimals}`);
        end = next;
        continue;
      }
    }
    // "and" joins a number only after a hundred or a scale ("one hundred and five"), never "two and three".
    const afterHundreds = total > 0 || current >= 100;
    if (
      token.lower === tables.numberGrammar.and &&
      afterHundreds &&
      wordValue(tokens[end + 1]?.lower ?? '', tables) !== undefined
    ) {
      end += 1;
      continue;
    }
    break;
  }
  let value = total + current;
  // "three quarters of our revenue": a plural fraction word before "of" is a share.
  const fractionWord = tokens[end]?.lower ?? '';
  const fraction = tables.pluralFractions.get(fractionWord);
  if (
    gluedUnit === undefined &&
    fraction !== undefined &&
    tokens[end + 1]?.lower === tables.numberGrammar.of
  ) {
    const ofScale = fractionOfScale(tokens, end + 1, value * fraction, tables);
    if (ofScale !== undefined) return plain(ofScale.value, index, ofScale.end);
    return plain(value * fraction, index, end + 1, { fraction: true });
  }
  if (gluedUnit === undefined) {
    const half = readAndAHalf(tokens, end, tables.numberGrammar);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    const scaled = applyScaleWord(tokens, end, value, tables);
    value = scaled.value;
    end = scaled.end;
  }
  return plain(value, index, end, {
    ...(approximate ? { approximate } : {}),
    ...(gluedUnit === undefined ? {} : { gluedUnit }),
  });
}

function isTables(source: NumberTables | ConsistencyLexicon): source is NumberTables {
  return source.numberWords instanceof Map;
}

/** Tables of a plain lexicon passed to readNumber directly (its own tests), built once per lexicon. */
const tablesOfLexicon = new WeakMap<ConsistencyLexicon, NumberTables>();

/**
 * Reads a number at `index` (digits, number words, "a dozen", "half a million"), or undefined. Takes the
 * compiled tables (what the readers pass) or a lexicon.
 */
export function readNumber(
  tokens: readonly Token[],
  index: number,
  source: NumberTables | ConsistencyLexicon,
): NumberReading | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  let tables: NumberTables;
  if (isTables(source)) tables = source;
  else {
    tables = tablesOfLexicon.get(source) ?? numberTables(source);
    tablesOfLexicon.set(source, tables);
  }
  if (token.kind === 'number') return readDigits(tokens, index, tables);
  // Punctuation falls through to readWords, which knows no number in it.
  if (tables.numberGrammar.articles.includes(token.lower)) return readArticle(tokens, index, tables);
  if (token.lower === tables.numberGrammar.half) return readHalf(tokens, index, tables);
  return readWords(tokens, index, tables);
}
