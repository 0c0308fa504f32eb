import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readNumber } from '../../src/consistency/numbers.js';
import { readUnit, typeOf } from '../../src/consistency/units.js';
import { tokenize } from '../../src/text/index.js';

// readUnit: what the number at token `at` measures, its value in the canonical unit (months,
// percent, people, amount) and the token after the unit.

const compiled = compileLexicon(englishLexicon);

function unitOf(text: string, at = 0) {
  const tokens = tokenize(text);
  const reading = readNumber(tokens, at, englishLexicon);
  if (reading === undefined) throw new Error(`no number at token ${at} of "${text}"`);
  return readUnit(tokens, reading, compiled);
}

describe('readUnit: percentages and multipliers', () => {
  it('reads a glued % or pp, and percent words', () => {
    expect(unitOf('30% more')).toEqual({ kind: 'percentage', value: 30, end: 1, factor: 1 });
    expect(unitOf('3pp up')).toEqual({ kind: 'percentage', value: 3, end: 1, factor: 1 });
    expect(unitOf('30 percent more')).toEqual({ kind: 'percentage', value: 30, end: 2, factor: 1 });
    expect(unitOf('2 percentage points')).toEqual({ kind: 'percentage', value: 2, end: 3, factor: 1 });
  });

  it('reads "3x" as a 200 % rise', () => {
    expect(unitOf('3x faster')).toEqual({ kind: 'multiplier', value: 200, end: 1, factor: 1 });
  });

  it('reads "N times" as a multiplier only after a direction word', () => {
    expect(unitOf('grew revenue 3 times', 2)).toEqual({ kind: 'multiplier', value: 200, end: 4, factor: 1 });
    expect(unitOf('grew it 4 fold', 2)).toMatchObject({ kind: 'multiplier', value: 300 });
    expect(unitOf('we met 3 times', 2).kind).toBe('none');
  });

  it('reads no unit for any other glued suffix', () => {
    expect(unitOf('the 3rd engineer', 1)).toEqual({ kind: 'none', value: 3, end: 2, factor: 1 });
  });
});

describe('readUnit: money', () => {
  it('takes the currency from a glued sign, a sign before, or a word on either side', () => {
    expect(unitOf('$5k budget')).toEqual({ kind: 'money', value: 5000, end: 1, factor: 1, currency: 'USD' });
    expect(unitOf('€ 5000', 1)).toMatchObject({ kind: 'money', currency: 'EUR', end: 2 });
    expect(unitOf('USD 5000', 1)).toMatchObject({ kind: 'money', currency: 'USD' });
    expect(unitOf('5000 pounds a year')).toEqual({
      kind: 'money',
      value: 5000,
      end: 2,
      factor: 1,
      currency: 'GBP',
    });
  });
});

describe('readUnit: durations', () => {
  it('converts the unit word to months', () => {
    expect(unitOf('6 months later')).toEqual({ kind: 'duration', value: 6, end: 2, factor: 1 });
    expect(unitOf('2 years')).toEqual({ kind: 'duration', value: 24, end: 2, factor: 12 });
    expect(unitOf('2 quarters')).toMatchObject({ value: 6, factor: 3 });
  });

  it('adds "and a half" after the unit', () => {
    expect(unitOf('2 years and a half')).toEqual({ kind: 'duration', value: 30, end: 5, factor: 12 });
  });

  it('reads a unit glued with a hyphen, written or parsed', () => {
    expect(unitOf('a 6-month pilot', 1)).toEqual({ kind: 'duration', value: 6, end: 4, factor: 1 });
    expect(unitOf('a two-year contract', 1)).toEqual({ kind: 'duration', value: 24, end: 2, factor: 12 });
    expect(unitOf('6 - team')).toEqual({ kind: 'none', value: 6, end: 1, factor: 1 });
  });
});

describe('readUnit: people', () => {
  it('reads "N-person" as a count of the noun that follows, else of the team', () => {
    expect(unitOf('a 6-person squad', 1)).toEqual({
      kind: 'count',
      value: 6,
      end: 5,
      factor: 1,
      subject: 'team',
    });
    expect(unitOf('a 6-person group', 1)).toEqual({
      kind: 'count',
      value: 6,
      end: 4,
      factor: 1,
      subject: 'team',
    });
    expect(unitOf('a three-person org', 1)).toEqual({
      kind: 'count',
      value: 3,
      end: 3,
      factor: 1,
      subject: 'org',
    });
    expect(unitOf('a 6-people team', 1)).toMatchObject({ kind: 'count', subject: 'team' });
  });

  it('reads a count noun right after the number, or one word later', () => {
    expect(unitOf('8 engineers')).toEqual({ kind: 'count', value: 8, end: 2, factor: 1, subject: 'team' });
    expect(unitOf('8 new customers')).toEqual({
      kind: 'count',
      value: 8,
      end: 3,
      factor: 1,
      subject: 'customers',
    });
    expect(unitOf('8 very senior engineers').kind).toBe('none');
  });

  it('stops at a preposition or punctuation before the noun', () => {
    expect(unitOf('8 of the engineers').kind).toBe('none');
    expect(unitOf('8, engineers').kind).toBe('none');
    expect(unitOf('8').kind).toBe('none');
  });
});

describe('readUnit: fractions', () => {
  it('reads a fraction as a share after "by", before "of", or in "in half"', () => {
    expect(unitOf('cut by a fifth', 2)).toEqual({ kind: 'share', value: 20, end: 4, factor: 1 });
    expect(unitOf('a third of the team')).toMatchObject({ kind: 'share', end: 2 });
    expect(unitOf('a third of the team').value).toBeCloseTo(100 / 3, 9);
    expect(unitOf('cut in half', 2)).toEqual({ kind: 'share', value: 50, end: 3, factor: 1 });
  });

  it('reads "a quarter" alone as three months, and other bare fractions as nothing', () => {
    expect(unitOf('took a quarter', 1)).toEqual({ kind: 'duration', value: 3, end: 3, factor: 3 });
    expect(unitOf('took a third', 1)).toEqual({ kind: 'none', value: 1 / 3, end: 3, factor: 1 });
    expect(unitOf('in a third', 1).kind).toBe('none');
  });
});

describe('typeOf', () => {
  it('maps each unit kind to the claim type it is compared as', () => {
    expect(typeOf('percentage')).toBe('percentage');
    expect(typeOf('multiplier')).toBe('percentage');
    expect(typeOf('share')).toBe('percentage');
    expect(typeOf('money')).toBe('money');
    expect(typeOf('duration')).toBe('duration');
    expect(typeOf('count')).toBe('count');
    expect(typeOf('none')).toBeUndefined();
  });
});
