import type { Token } from '../text/index.js';
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

function wordValue(word: string, lexicon: ConsistencyLexicon): number | undefined {
  const direct = lexicon.numberWords[word];
  if (direct !== undefined || !word.includes('-')) return direct;
  const parts = word.split('-');
  if (parts.length === 2) {
    // A part that is not a number word fails the range check: tens from 20 up, ones under 10.
    const tens = lexicon.numberWords[parts[0]!] ?? 0;
    const ones = lexicon.numberWords[parts[1]!] ?? 10;
    if (tens >= 20 && ones < 10) return tens + ones;
  }
  return undefined;
}

function isWord(token: Token | undefined, word: string): boolean {
  return token?.lower === word;
}

/** Reads "and a half" at index; returns the tokens used (3), or 0. */
export function readAndAHalf(tokens: readonly Token[], index: number): number {
  return isWord(tokens[index], 'and') && isWord(tokens[index + 1], 'a') && isWord(tokens[index + 2], 'half')
    ? 3
    : 0;
}

function applyScaleWord(
  tokens: readonly Token[],
  index: number,
  value: number,
  lexicon: ConsistencyLexicon,
): { value: number; end: number; scaled: boolean } {
  const word = tokens[index]?.lower ?? '';
  const scale = lexicon.scaleWords[word];
  if (scale !== undefined) return { value: value * scale, end: index + 1, scaled: true };
  const group = lexicon.groupWords[word];
  if (group !== undefined && word === 'dozen') return { value: value * group, end: index + 1, scaled: true };
  return { value, end: index, scaled: false };
}

function readDigits(tokens: readonly Token[], index: number, lexicon: ConsistencyLexicon): NumberReading {
  const token = tokens[index]!;
  let value = token.value ?? 0;
  let suffix = token.suffix;
  let approximate = false;
  let scaled = false;
  if (suffix !== undefined) {
    const scale = lexicon.scaleSuffixes[suffix];
    if (scale !== undefined) {
      value *= scale;
      scaled = true;
      suffix = undefined;
    } else if (suffix === 'ish') {
      approximate = true;
      suffix = undefined;
    }
  }
  let end = index + 1;
  if (isWord(tokens[end], '-') && (isWord(tokens[end + 1], 'ish') || isWord(tokens[end + 1], 'odd'))) {
    approximate = true;
    end += 2;
  }
  if (!scaled && suffix === undefined) {
    const half = readAndAHalf(tokens, end);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    const scaledReading = applyScaleWord(tokens, end, value, lexicon);
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
  lexicon: ConsistencyLexicon,
): NumberReading | undefined {
  const next = tokens[index + 1]?.lower ?? '';
  const group = lexicon.groupWords[next];
  if (group !== undefined) {
    const ofLength = isWord(tokens[index + 2], 'of') ? 1 : 0;
    return plain(group, index, index + 2 + ofLength, { approximate: next === 'couple' });
  }
  const fraction = lexicon.fractionWords[next];
  if (fraction !== undefined) {
    const scaled = applyScaleWord(tokens, index + 2, fraction, lexicon);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    return plain(fraction, index, index + 2, { fraction: true });
  }
  if (lexicon.durationUnits[next] !== undefined || lexicon.scaleWords[next] !== undefined) {
    const scaled = applyScaleWord(tokens, index + 1, 1, lexicon);
    // "a million and a half": the half is of the scale.
    const half = scaled.scaled ? readAndAHalf(tokens, scaled.end) : 0;
    if (half > 0) return plain(scaled.value * 1.5, index, scaled.end + half);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    return plain(1, index, index + 1, { article: true });
  }
  return undefined;
}

function readHalf(
  tokens: readonly Token[],
  index: number,
  lexicon: ConsistencyLexicon,
): NumberReading | undefined {
  // "half a year", "half a million"
  if (isWord(tokens[index + 1], 'a') || isWord(tokens[index + 1], 'an')) {
    const scaled = applyScaleWord(tokens, index + 2, 0.5, lexicon);
    if (scaled.scaled) return plain(scaled.value, index, scaled.end);
    if (lexicon.durationUnits[tokens[index + 2]?.lower ?? ''] !== undefined)
      return plain(0.5, index, index + 2);
  }
  return plain(0.5, index, index + 1, { fraction: true });
}

function readWords(
  tokens: readonly Token[],
  index: number,
  lexicon: ConsistencyLexicon,
): NumberReading | undefined {
  let total = 0;
  let current = 0;
  let end = index;
  let seen = false;
  let gluedUnit: string | undefined;
  while (end < tokens.length) {
    const token = tokens[end]!;
    const value = wordValue(token.lower, lexicon);
    if (value !== undefined) {
      current += value;
      seen = true;
      end += 1;
      continue;
    }
    const parts = seen || !token.lower.includes('-') ? [] : token.lower.split('-');
    if (parts.length === 2 && wordValue(parts[0]!, lexicon) !== undefined) {
      const unit = parts[1]!;
      if (lexicon.durationUnits[unit] !== undefined || unit === 'person' || unit === 'people') {
        current += wordValue(parts[0]!, lexicon)!;
        gluedUnit = unit;
        end += 1;
        break;
      }
    }
    if (!seen) return undefined;
    if (token.lower === 'hundred') {
      current = Math.max(current, 1) * 100;
      end += 1;
      continue;
    }
    const scale = lexicon.scaleWords[token.lower];
    if (scale !== undefined) {
      total += Math.max(current, 1) * scale;
      current = 0;
      end += 1;
      continue;
    }
    // "three point two million": single digit words after a point word are the decimals.
    if ((lexicon.pointWords ?? []).includes(token.lower)) {
      let decimals = '';
      let next = end + 1;
      for (; next < tokens.length; next++) {
        const digit = lexicon.numberWords[tokens[next]!.lower];
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
      token.lower === 'and' &&
      afterHundreds &&
      wordValue(tokens[end + 1]?.lower ?? '', lexicon) !== undefined
    ) {
      end += 1;
      continue;
    }
    break;
  }
  let value = total + current;
  // "three quarters of our revenue": a plural fraction word before "of" is a share.
  const fractionWord = tokens[end]?.lower ?? '';
  const fraction = fractionWord.endsWith('s') ? lexicon.fractionWords[fractionWord.slice(0, -1)] : undefined;
  if (gluedUnit === undefined && fraction !== undefined && tokens[end + 1]?.lower === 'of')
    return plain(value * fraction, index, end + 1, { fraction: true });
  if (gluedUnit === undefined) {
    const half = readAndAHalf(tokens, end);
    if (half > 0) {
      value += 0.5;
      end += half;
    }
    const scaled = applyScaleWord(tokens, end, value, lexicon);
    value = scaled.value;
    end = scaled.end;
  }
  return plain(value, index, end, gluedUnit === undefined ? {} : { gluedUnit });
}

/** Reads a number at `index` (digits, number words, "a dozen", "half a million"), or undefined. */
export function readNumber(
  tokens: readonly Token[],
  index: number,
  lexicon: ConsistencyLexicon,
): NumberReading | undefined {
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (token.kind === 'number') return readDigits(tokens, index, lexicon);
  // Punctuation falls through to readWords, which knows no number in it.
  if (token.lower === 'a' || token.lower === 'an') return readArticle(tokens, index, lexicon);
  if (token.lower === 'half') return readHalf(tokens, index, lexicon);
  return readWords(tokens, index, lexicon);
}
