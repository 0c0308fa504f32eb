// The number grammar (readNumber, readAndAHalf): a small unit with its own contract, pinned on its return shape
// (merged from numbers and numbers-reading, issue 15 item 6).
import { describe, expect, it } from 'vitest';
import { readAndAHalf, readNumber } from '../../src/consistency/numbers.js';
import { type ConsistencyLexicon, englishLexicon } from '../../src/index.js';
import { tokenize } from '../../src/text/index.js';

function read(text: string, at = 0, lexicon: ConsistencyLexicon = englishLexicon) {
  return readNumber(tokenize(text), at, lexicon);
}

/** A reading with every flag off, as the plain readers build it. */
function plain(value: number, start: number, end: number, extra: object = {}) {
  return { value, start, end, approximate: false, fraction: false, article: false, ...extra };
}

describe('readNumber on digits', () => {
  it('reads a bare integer as itself over one token', () => {
    expect(read('8')).toStrictEqual(plain(8, 0, 1));
    expect(read('1,200 users')).toStrictEqual(plain(1200, 0, 1));
    expect(read('zero incidents')).toStrictEqual(plain(0, 0, 1));
  });

  it('applies a scale suffix and drops it from the suffix', () => {
    expect(read('3k')).toStrictEqual(plain(3000, 0, 1));
    expect(read('2.5m')).toStrictEqual(plain(2_500_000, 0, 1));
    expect(read('1.5k')).toStrictEqual(plain(1500, 0, 1));
    expect(read('3bn')).toStrictEqual(plain(3e9, 0, 1));
  });

  it('reads an -ish suffix as approximate and drops it', () => {
    expect(read('18ish')).toStrictEqual(plain(18, 0, 1, { approximate: true }));
  });

  it('keeps a percent, multiplier or unknown suffix', () => {
    expect(read('12%')).toStrictEqual(plain(12, 0, 1, { suffix: '%' }));
    expect(read('3x')).toStrictEqual(plain(3, 0, 1, { suffix: 'x' }));
    expect(read('5abc')).toStrictEqual(plain(5, 0, 1, { suffix: 'abc' }));
  });

  it('keeps the currency symbol glued in front', () => {
    expect(read('$5')).toStrictEqual(plain(5, 0, 1, { symbol: '$' }));
    expect(read('€400k')).toStrictEqual(plain(400_000, 0, 1, { symbol: '€' }));
    expect(read('$2.5M raised')).toStrictEqual(plain(2_500_000, 0, 1, { symbol: '$' }));
    expect(read('$150,000')).toStrictEqual(plain(150_000, 0, 1, { symbol: '$' }));
  });

  it('reads a hyphenated -ish as approximate over three tokens', () => {
    expect(read('18-ish')).toStrictEqual(plain(18, 0, 3, { approximate: true }));
  });

  it('does not read a hyphen followed by another word, or ish without a hyphen, as a hedge', () => {
    expect(read('18-20')).toStrictEqual(plain(18, 0, 1));
    expect(read('18 ish')).toStrictEqual(plain(18, 0, 1));
    expect(read('18 - people')).toStrictEqual(plain(18, 0, 1));
  });

  it('adds "and a half" to a bare number', () => {
    expect(read('2 and a half')).toStrictEqual(plain(2.5, 0, 4));
  });

  it('applies a scale word after "and a half" (2 and a half million is 2.5 million)', () => {
    expect(read('2 and a half million')).toStrictEqual(plain(2_500_000, 0, 5));
  });

  it('reads "and a half" only with all three words', () => {
    expect(read('2 or a half')).toStrictEqual(plain(2, 0, 1));
    expect(read('2 and the half')).toStrictEqual(plain(2, 0, 1));
    expect(read('2 and a quarter')).toStrictEqual(plain(2, 0, 1));
  });

  it('does not add a half or a scale word after a suffix', () => {
    expect(read('12% and a half')).toStrictEqual(plain(12, 0, 1, { suffix: '%' }));
    expect(read('3k and a half')).toStrictEqual(plain(3000, 0, 1));
    expect(read('3k million')).toStrictEqual(plain(3000, 0, 1));
    expect(read('5abc million')).toStrictEqual(plain(5, 0, 1, { suffix: 'abc' }));
  });

  it('multiplies by a scale word after the digits, from a hundred up', () => {
    expect(read('2 million')).toStrictEqual(plain(2_000_000, 0, 2));
    expect(read('1.2 million')).toStrictEqual(plain(1_200_000, 0, 2));
    expect(read('2 thousand')).toStrictEqual(plain(2000, 0, 2));
    expect(read('2 hundred')).toStrictEqual(plain(200, 0, 2));
  });

  it('multiplies by a dozen but not by a couple', () => {
    expect(read('2 dozen')).toStrictEqual(plain(24, 0, 2));
    expect(read('2 couple')).toStrictEqual(plain(2, 0, 1));
    expect(read('2 apples')).toStrictEqual(plain(2, 0, 1));
  });

  it('reads "dozen" as a multiplier only while the lexicon lists it as a group word', () => {
    const withoutDozen: ConsistencyLexicon = { ...englishLexicon, groupWords: { couple: 2 } };
    expect(read('2 dozen', 0, withoutDozen)).toStrictEqual(plain(2, 0, 1));
  });

  it('starts at the given index', () => {
    expect(read('we had 40 people', 2)).toStrictEqual(plain(40, 2, 3));
  });
});

describe('readNumber after "a" or "an"', () => {
  it('reads "a dozen" as twelve and "a couple" as an approximate two', () => {
    expect(read('a dozen')).toStrictEqual(plain(12, 0, 2));
    expect(read('a couple')).toStrictEqual(plain(2, 0, 2, { approximate: true }));
  });

  it('includes a following "of" in a group', () => {
    expect(read('a couple of')).toStrictEqual(plain(2, 0, 3, { approximate: true }));
    expect(read('a dozen of')).toStrictEqual(plain(12, 0, 3));
  });

  it('reads a bare fraction as a fraction', () => {
    expect(read('a quarter')).toStrictEqual(plain(0.25, 0, 2, { fraction: true }));
    expect(read('a fifth')).toStrictEqual(plain(0.2, 0, 2, { fraction: true }));
    expect(read('a third of the team')).toStrictEqual(plain(1 / 3, 0, 2, { fraction: true }));
  });

  it('scales a fraction by a following scale word', () => {
    expect(read('a quarter million')).toStrictEqual(plain(250_000, 0, 3));
  });

  it('reads "a" before a duration unit as one, marked as an article', () => {
    expect(read('a year')).toStrictEqual(plain(1, 0, 1, { article: true }));
    expect(read('an year')).toStrictEqual(plain(1, 0, 1, { article: true }));
  });

  it('reads "a" before a scale word as one of that scale', () => {
    expect(read('a million')).toStrictEqual(plain(1_000_000, 0, 2));
    expect(read('a thousand')).toStrictEqual(plain(1000, 0, 2));
    expect(read('a hundred')).toStrictEqual(plain(100, 0, 2));
  });

  it('reads nothing from "a" before any other word or at the end', () => {
    expect(read('a team')).toBeUndefined();
    expect(read('a')).toBeUndefined();
  });
});

describe('readNumber from "half"', () => {
  it('reads "half a million" as 500,000', () => {
    expect(read('half a million')).toStrictEqual(plain(500_000, 0, 3));
  });

  it('reads "half a dozen" as six', () => {
    expect(read('half a dozen')).toStrictEqual(plain(6, 0, 3));
  });

  it('reads "half a year" as a half before the unit, not as a fraction', () => {
    expect(read('half a year')).toStrictEqual(plain(0.5, 0, 2));
  });

  it('reads "half an" before a duration unit the same way', () => {
    const withHours: ConsistencyLexicon = {
      ...englishLexicon,
      durationUnits: { ...englishLexicon.durationUnits, hour: 1 / 730 },
    };
    expect(read('half an hour', 0, withHours)).toStrictEqual(plain(0.5, 0, 2));
    expect(read('half an hour')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
    expect(read('half an year')).toStrictEqual(plain(0.5, 0, 2));
  });

  it('reads half before anything else as a bare fraction', () => {
    expect(read('half a team')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
    expect(read('half the team')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
    expect(read('half the year')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
    expect(read('half a')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
    expect(read('half')).toStrictEqual(plain(0.5, 0, 1, { fraction: true }));
  });
});

describe('readNumber on number words', () => {
  it('reads a single number word', () => {
    expect(read('eight')).toStrictEqual(plain(8, 0, 1));
    expect(read('Eight')).toStrictEqual(plain(8, 0, 1));
  });

  it('reads a hyphenated tens-and-ones word', () => {
    expect(read('twenty-five')).toStrictEqual(plain(25, 0, 1));
    expect(read('ninety-nine')).toStrictEqual(plain(99, 0, 1));
  });

  it('rejects a hyphenated pair unless it is tens (20 and up) then ones (under 10)', () => {
    expect(read('ten-five')).toBeUndefined();
    expect(read('twenty-ten')).toBeUndefined();
    expect(read('foo-five')).toBeUndefined();
    expect(read('twenty-five-six')).toBeUndefined();
  });

  it('adds number words written apart', () => {
    expect(read('twenty five')).toStrictEqual(plain(25, 0, 2));
  });

  it('multiplies by hundred and by scale words', () => {
    expect(read('two hundred')).toStrictEqual(plain(200, 0, 2));
    expect(read('two thousand')).toStrictEqual(plain(2000, 0, 2));
    expect(read('two hundred thousand')).toStrictEqual(plain(200_000, 0, 3));
    expect(read('two million three hundred')).toStrictEqual(plain(2_000_300, 0, 4));
  });

  it('joins "and" after a hundred or a scale word', () => {
    expect(read('one hundred and five')).toStrictEqual(plain(105, 0, 4));
    expect(read('two thousand and five')).toStrictEqual(plain(2005, 0, 4));
  });

  it('does not join two small numbers with "and" (between two and three)', () => {
    expect(read('two and three')).toStrictEqual(plain(2, 0, 1));
    expect(read('ninety and five')).toStrictEqual(plain(90, 0, 1));
    expect(read('two hundred and then')).toStrictEqual(plain(200, 0, 2));
    expect(read('two hundred and')).toStrictEqual(plain(200, 0, 2));
    expect(read('two hundred, five')).toStrictEqual(plain(200, 0, 2));
  });

  it('reads a number word glued to a duration or people unit', () => {
    expect(read('two-year')).toStrictEqual(plain(2, 0, 1, { gluedUnit: 'year' }));
    expect(read('twelve-person')).toStrictEqual(plain(12, 0, 1, { gluedUnit: 'person' }));
    expect(read('five-people')).toStrictEqual(plain(5, 0, 1, { gluedUnit: 'people' }));
  });

  it('reads a number word glued to another word with that word as its glued unit, for the patterns to judge', () => {
    expect(read('two-team')).toStrictEqual(plain(2, 0, 1, { gluedUnit: 'team' }));
    expect(read('twenty-foo')).toStrictEqual(plain(20, 0, 1, { gluedUnit: 'foo' }));
    expect(read('sixteen-bed unit')).toStrictEqual(plain(16, 0, 1, { gluedUnit: 'bed' }));
  });

  it('reads nothing from a word glued to a number word, or from two number words glued', () => {
    expect(read('foo-year')).toBeUndefined();
    expect(read('ten-five')).toBeUndefined();
  });

  it('does not read a glued unit after another number word', () => {
    expect(read('twenty five-year')).toStrictEqual(plain(20, 0, 1));
  });

  it('adds no half after a glued unit', () => {
    expect(read('two-year and a half')).toStrictEqual(plain(2, 0, 1, { gluedUnit: 'year' }));
  });

  it('adds "and a half" and applies a following dozen or scale word', () => {
    expect(read('two and a half')).toStrictEqual(plain(2.5, 0, 4));
    expect(read('two dozen')).toStrictEqual(plain(24, 0, 2));
    expect(read('two and a half million')).toStrictEqual(plain(2_500_000, 0, 5));
  });

  it('reads nothing from a scale word or an unknown word alone', () => {
    expect(read('hundred')).toBeUndefined();
    expect(read('million')).toBeUndefined();
    expect(read('several')).toBeUndefined();
  });
});

describe('readNumber on other tokens', () => {
  it('reads nothing past the end or from punctuation', () => {
    expect(read('8', 1)).toBeUndefined();
    expect(read('-')).toBeUndefined();
    expect(read('$')).toBeUndefined();
  });
});

describe('readAndAHalf', () => {
  it('returns the three tokens of "and a half", or zero', () => {
    expect(readAndAHalf(tokenize('2 and a half'), 1)).toBe(3);
    expect(readAndAHalf(tokenize('2 and a half'), 0)).toBe(0);
    expect(readAndAHalf(tokenize('and a'), 0)).toBe(0);
  });
});

describe('readNumber on a fraction of a scale', () => {
  it('reads "a quarter of a million" and "three quarters of a million" as amounts, not shares', () => {
    expect(read('a quarter of a million pounds')).toStrictEqual(plain(250_000, 0, 5));
    expect(read('three quarters of a million dollars')).toStrictEqual(plain(750_000, 0, 5));
    expect(read('a third of a billion')).toStrictEqual(plain(1e9 / 3, 0, 5));
  });

  it('keeps a fraction of anything else a share', () => {
    expect(read('a quarter of our revenue')).toStrictEqual(plain(0.25, 0, 2, { fraction: true }));
    expect(read('three quarters of the team')).toStrictEqual(plain(0.75, 0, 2, { fraction: true }));
  });
});

describe('readNumber on a number word with a hedge glued on', () => {
  it('reads "thirty-odd", "forty-ish" and "two hundred-odd" as approximate', () => {
    expect(read('thirty-odd clinics')).toStrictEqual(plain(30, 0, 1, { approximate: true }));
    expect(read('forty-ish people')).toStrictEqual(plain(40, 0, 1, { approximate: true }));
    expect(read('two hundred-odd customers')).toStrictEqual(plain(200, 0, 2, { approximate: true }));
  });

  it('reads no number from a word that only ends like one', () => {
    expect(read('period-ish')).toBeUndefined();
  });
});
