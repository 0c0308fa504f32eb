import { describe, expect, it } from 'vitest';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readAndAHalf, readNumber } from '../../src/consistency/numbers.js';
import { tokenize } from '../../src/text/index.js';

// readNumber(tokens, index): the number at token `index` and the tokens [start, end) it covers.

function read(text: string, at = 0) {
  return readNumber(tokenize(text), at, englishLexicon);
}

const plain = { approximate: false, fraction: false, article: false };

describe('readNumber: digits', () => {
  it('reads a plain number over one token', () => {
    expect(read('8 engineers')).toEqual({ value: 8, start: 0, end: 1, ...plain });
    expect(read('1,200 users')).toMatchObject({ value: 1200, end: 1 });
  });

  it('applies a glued scale and keeps the currency sign', () => {
    expect(read('$2.5M raised')).toEqual({
      ...plain,
      value: 2_500_000,
      start: 0,
      end: 1,
      symbol: '$',
    });
    expect(read('1.5k users')).toMatchObject({ value: 1500 });
    expect(read('3bn')).toMatchObject({ value: 3e9 });
  });

  it('keeps a suffix that is not a scale', () => {
    expect(read('30% more')).toEqual({ ...plain, value: 30, start: 0, end: 1, suffix: '%' });
    expect(read('3x faster')).toMatchObject({ value: 3, suffix: 'x' });
  });

  it('reads "18ish" and "18-ish" as hedged', () => {
    expect(read('18ish people')).toEqual({ ...plain, value: 18, start: 0, end: 1, approximate: true });
    expect(read('18-ish people')).toEqual({ ...plain, value: 18, start: 0, end: 3, approximate: true });
    expect(read('18 - people')).toMatchObject({ approximate: false, end: 1 });
  });

  it('adds "and a half", before a scale word too', () => {
    expect(read('2 and a half years')).toMatchObject({ value: 2.5, end: 4 });
    expect(read('2 and a half million')).toMatchObject({ value: 2_500_000, end: 5 });
    expect(read('2% and a half')).toMatchObject({ value: 2, end: 1 });
  });

  it('applies a scale word and a dozen', () => {
    expect(read('5 million users')).toMatchObject({ value: 5e6, end: 2 });
    expect(read('5 thousand users')).toMatchObject({ value: 5000, end: 2 });
    expect(read('5 hundred users')).toMatchObject({ value: 500, end: 2 });
    expect(read('2 dozen people')).toMatchObject({ value: 24, end: 2 });
    expect(read('2 couple people')).toMatchObject({ value: 2, end: 1 });
    expect(read('5k million')).toMatchObject({ value: 5000, end: 1 });
  });
});

describe('readNumber: articles', () => {
  it('reads "a dozen" and "a couple of" as numbers, a couple hedged', () => {
    expect(read('a dozen people')).toEqual({ ...plain, value: 12, start: 0, end: 2 });
    expect(read('a dozen of them')).toMatchObject({ value: 12, end: 3 });
    expect(read('a couple of weeks')).toEqual({ ...plain, value: 2, start: 0, end: 3, approximate: true });
  });

  it('reads a bare fraction as a share, and a scaled one as a number', () => {
    expect(read('a third of the team')).toEqual({ ...plain, value: 1 / 3, start: 0, end: 2, fraction: true });
    expect(read('a fifth')).toMatchObject({ value: 0.2, fraction: true });
    expect(read('a quarter million users')).toEqual({
      ...plain,
      value: 250_000,
      start: 0,
      end: 3,
    });
  });

  it('reads "a" before a unit as one, and before a scale as that scale', () => {
    expect(read('a year later')).toEqual({ ...plain, value: 1, start: 0, end: 1, article: true });
    expect(read('an month')).toMatchObject({ value: 1, article: true });
    expect(read('a million users')).toEqual({ ...plain, value: 1e6, start: 0, end: 2 });
  });

  it('reads nothing for "a" before any other word', () => {
    expect(read('a team')).toBeUndefined();
    expect(read('a')).toBeUndefined();
  });
});

describe('readNumber: half', () => {
  it('reads "half a year" over "half a", leaving the unit', () => {
    expect(read('half a year')).toEqual({ ...plain, value: 0.5, start: 0, end: 2 });
    expect(read('half an year')).toMatchObject({ value: 0.5, end: 2, fraction: false });
  });

  it('reads "half a million" as a number', () => {
    expect(read('half a million')).toEqual({ ...plain, value: 500_000, start: 0, end: 3 });
  });

  it('reads "half" alone or before another word as a share', () => {
    expect(read('half the team')).toEqual({ ...plain, value: 0.5, start: 0, end: 1, fraction: true });
    expect(read('half a team')).toEqual({ ...plain, value: 0.5, start: 0, end: 1, fraction: true });
  });
});

describe('readNumber: words', () => {
  it('reads compound number words', () => {
    expect(read('twenty-five engineers')).toEqual({ ...plain, value: 25, start: 0, end: 1 });
    expect(read('twenty five')).toMatchObject({ value: 25, end: 2 });
    expect(read('zero incidents')).toMatchObject({ value: 0, end: 1 });
  });

  it('refuses hyphenated words that are not a compound number', () => {
    expect(read('twenty-ten')).toBeUndefined();
    expect(read('ten-five')).toBeUndefined();
    expect(read('two-three-four')).toBeUndefined();
    expect(read('well-known')).toBeUndefined();
  });

  it('multiplies by hundreds and adds thousands and millions', () => {
    expect(read('three hundred people')).toMatchObject({ value: 300, end: 2 });
    expect(read('two thousand five hundred')).toMatchObject({ value: 2500, end: 4 });
    expect(read('two million users')).toMatchObject({ value: 2e6, end: 2 });
    expect(read('hundred')).toBeUndefined();
  });

  it('joins with "and" after a scale only', () => {
    expect(read('one hundred and twenty')).toMatchObject({ value: 120, end: 4 });
    expect(read('two thousand and five')).toMatchObject({ value: 2005, end: 4 });
    expect(read('seven and eight')).toMatchObject({ value: 7, end: 1 });
    expect(read('one hundred and more')).toMatchObject({ value: 100, end: 2 });
  });

  it('adds "and a half" and multiplies by "dozen"', () => {
    expect(read('five and a half years')).toMatchObject({ value: 5.5, end: 4 });
    expect(read('three dozen')).toMatchObject({ value: 36, end: 2 });
  });

  it('reads a unit glued by a hyphen and stops there', () => {
    expect(read('two-year contract')).toEqual({ ...plain, value: 2, start: 0, end: 1, gluedUnit: 'year' });
    expect(read('three-person team')).toMatchObject({ value: 3, gluedUnit: 'person' });
    expect(read('five-people team')).toMatchObject({ value: 5, gluedUnit: 'people' });
    expect(read('two-year and a half')).toMatchObject({ value: 2, end: 1 });
    expect(read('two-car garage')).toBeUndefined();
  });

  it('reads nothing at punctuation, past the end, or at other words', () => {
    expect(read(', 5')).toBeUndefined();
    expect(read('5', 1)).toBeUndefined();
    expect(read('team of five')).toBeUndefined();
  });
});

describe('readAndAHalf', () => {
  it('counts the three tokens of "and a half", else none', () => {
    expect(readAndAHalf(tokenize('and a half'), 0)).toBe(3);
    expect(readAndAHalf(tokenize('and a quarter'), 0)).toBe(0);
    expect(readAndAHalf(tokenize('and the half'), 0)).toBe(0);
    expect(readAndAHalf(tokenize('or a half'), 0)).toBe(0);
  });
});
