import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readNumber } from '../../src/consistency/numbers.js';
import { readUnit, typeOf, type UnitKind } from '../../src/consistency/units.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

function unitOf(text: string, at = 0) {
  const tokens = tokenize(text);
  const reading = readNumber(tokens, at, englishLexicon);
  if (reading === undefined) throw new Error(`unitOf: no number at ${at} in "${text}"`);
  return readUnit(tokens, reading, compiled);
}

describe('readUnit: percentages and multipliers', () => {
  it('reads a glued percent or pp sign as a percentage', () => {
    expect(unitOf('12%')).toStrictEqual({ kind: 'percentage', value: 12, end: 1, factor: 1 });
    expect(unitOf('3pp')).toStrictEqual({ kind: 'percentage', value: 3, end: 1, factor: 1 });
  });

  it('reads a glued x as a multiplier, as the percentage added', () => {
    expect(unitOf('3x')).toStrictEqual({ kind: 'multiplier', value: 200, end: 1, factor: 1 });
    expect(unitOf('1.5x')).toStrictEqual({ kind: 'multiplier', value: 50, end: 1, factor: 1 });
  });

  it('reads no unit after an unknown glued suffix', () => {
    expect(unitOf('5abc percent')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
  });

  it('reads percent words of one, two and three words', () => {
    expect(unitOf('12 percent')).toStrictEqual({ kind: 'percentage', value: 12, end: 2, factor: 1 });
    expect(unitOf('12 per cent')).toStrictEqual({ kind: 'percentage', value: 12, end: 3, factor: 1 });
    expect(unitOf('3 percentage points')).toStrictEqual({ kind: 'percentage', value: 3, end: 3, factor: 1 });
  });

  it('reads "N times" or "N fold" after a direction word as a multiplier', () => {
    expect(unitOf('grew 3 times', 1)).toStrictEqual({ kind: 'multiplier', value: 200, end: 3, factor: 1 });
    expect(unitOf('grew 3 fold', 1)).toStrictEqual({ kind: 'multiplier', value: 200, end: 3, factor: 1 });
  });

  it('does not read "N times" without a direction word as a multiplier', () => {
    expect(unitOf('it was 3 times', 2)).toStrictEqual({ kind: 'none', value: 3, end: 3, factor: 1 });
  });

  it('does not read a direction word alone as making a multiplier', () => {
    expect(unitOf('grew 3 engineers', 1)).toStrictEqual({
      kind: 'count',
      value: 3,
      end: 3,
      factor: 1,
      subject: 'team',
    });
  });
});

describe('readUnit: money', () => {
  it('reads a glued currency symbol', () => {
    expect(unitOf('$5')).toStrictEqual({ kind: 'money', value: 5, end: 1, factor: 1, currency: 'USD' });
  });

  it('reads a currency word after the number and includes it', () => {
    expect(unitOf('5 dollars')).toStrictEqual({
      kind: 'money',
      value: 5,
      end: 2,
      factor: 1,
      currency: 'USD',
    });
    expect(unitOf('5 euros')).toStrictEqual({ kind: 'money', value: 5, end: 2, factor: 1, currency: 'EUR' });
  });

  it('reads a currency word or a separate symbol just before the number', () => {
    expect(unitOf('USD 5', 1)).toStrictEqual({ kind: 'money', value: 5, end: 2, factor: 1, currency: 'USD' });
    expect(unitOf('$ 5', 1)).toStrictEqual({ kind: 'money', value: 5, end: 2, factor: 1, currency: 'USD' });
    expect(unitOf('£ 5', 1)).toStrictEqual({ kind: 'money', value: 5, end: 2, factor: 1, currency: 'GBP' });
  });

  it('keeps the glued symbol over a currency word after it, and consumes the word', () => {
    expect(unitOf('€5 dollars')).toStrictEqual({
      kind: 'money',
      value: 5,
      end: 2,
      factor: 1,
      currency: 'EUR',
    });
  });
});

describe('readUnit: durations', () => {
  it('converts a unit word to months and keeps the factor', () => {
    expect(unitOf('3 years')).toStrictEqual({ kind: 'duration', value: 36, end: 2, factor: 12 });
    expect(unitOf('3 months')).toStrictEqual({ kind: 'duration', value: 3, end: 2, factor: 1 });
    expect(unitOf('two quarters')).toStrictEqual({ kind: 'duration', value: 6, end: 2, factor: 3 });
  });

  it('converts weeks at twelve months per fifty-two weeks', () => {
    const unit = unitOf('26 weeks');
    expect(unit.kind).toBe('duration');
    expect(unit.value).toBeCloseTo(6, 10);
    expect(unit.factor).toBeCloseTo(12 / 52, 10);
    expect(unit.end).toBe(2);
  });

  it('adds "and a half" after the unit', () => {
    expect(unitOf('3 years and a half')).toStrictEqual({ kind: 'duration', value: 42, end: 5, factor: 12 });
  });

  it('reads a unit glued by a hyphen to digits', () => {
    expect(unitOf('5-year')).toStrictEqual({ kind: 'duration', value: 60, end: 3, factor: 12 });
  });

  it('reads a unit glued to a number word', () => {
    expect(unitOf('two-year')).toStrictEqual({ kind: 'duration', value: 24, end: 1, factor: 12 });
  });

  it('keeps the unit glued to a number word over any unit after it', () => {
    expect(unitOf('two-year months')).toStrictEqual({ kind: 'duration', value: 24, end: 1, factor: 12 });
    expect(unitOf('two-year - month')).toStrictEqual({ kind: 'duration', value: 24, end: 1, factor: 12 });
  });

  it('reads nothing glued after a hyphen that is not a unit, a word or anything', () => {
    expect(unitOf('5-foo')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5-3')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5-')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
  });
});

describe('readUnit: people counts', () => {
  it('reads N-person as a team count by default', () => {
    expect(unitOf('5-person')).toStrictEqual({ kind: 'count', value: 5, end: 3, factor: 1, subject: 'team' });
    expect(unitOf('5-people')).toStrictEqual({ kind: 'count', value: 5, end: 3, factor: 1, subject: 'team' });
  });

  it('takes the count noun after N-person', () => {
    expect(unitOf('5-person org')).toStrictEqual({
      kind: 'count',
      value: 5,
      end: 4,
      factor: 1,
      subject: 'org',
    });
    expect(unitOf('twelve-person team')).toStrictEqual({
      kind: 'count',
      value: 12,
      end: 2,
      factor: 1,
      subject: 'team',
    });
  });

  it('reads a count noun right after the number or one word later', () => {
    expect(unitOf('5 engineers')).toStrictEqual({
      kind: 'count',
      value: 5,
      end: 2,
      factor: 1,
      subject: 'team',
    });
    expect(unitOf('5 senior engineers')).toStrictEqual({
      kind: 'count',
      value: 5,
      end: 3,
      factor: 1,
      subject: 'team',
    });
    expect(unitOf('5 direct reports')).toStrictEqual({
      kind: 'count',
      value: 5,
      end: 3,
      factor: 1,
      subject: 'reports',
    });
  });

  it.each(['of', 'on', 'in', 'at', 'for', 'with', 'to', 'from', 'by', 'and', 'or', 'over', 'across'])(
    'does not look past the joining word "%s" for the count noun',
    (word) => {
      expect(unitOf(`5 ${word} engineers`)).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    },
  );

  it('does not read a unit two words after the number, nor a count noun after a hyphenated non-unit', () => {
    expect(unitOf('5 long years')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5-foo engineers')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
  });

  it('does not look past two words, a joining word or punctuation for the count noun', () => {
    expect(unitOf('5 very senior engineers')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5 of engineers')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5, engineers')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
    expect(unitOf('5')).toStrictEqual({ kind: 'none', value: 5, end: 1, factor: 1 });
  });
});

describe('readUnit: fractions', () => {
  it('reads a fraction after "by" as a share in percent', () => {
    expect(unitOf('by a quarter', 1)).toStrictEqual({ kind: 'share', value: 25, end: 3, factor: 1 });
  });

  it('reads a fraction before "of" as a share', () => {
    const unit = unitOf('a third of');
    expect(unit.kind).toBe('share');
    expect(unit.value).toBeCloseTo(100 / 3, 10);
    expect(unit.end).toBe(2);
  });

  it('reads "in half" as a share, but not "in a third"', () => {
    expect(unitOf('in half', 1)).toStrictEqual({ kind: 'share', value: 50, end: 2, factor: 1 });
    expect(unitOf('in a third', 1)).toMatchObject({ kind: 'none', end: 3 });
  });

  it('reads a bare quarter as three months', () => {
    expect(unitOf('a quarter')).toStrictEqual({ kind: 'duration', value: 3, end: 2, factor: 3 });
    expect(unitOf('in a quarter', 1)).toStrictEqual({ kind: 'duration', value: 3, end: 3, factor: 3 });
  });

  it('reads any other bare fraction as no unit', () => {
    expect(unitOf('a third')).toMatchObject({ kind: 'none', end: 2, factor: 1 });
    expect(unitOf('for half', 1)).toStrictEqual({ kind: 'none', value: 0.5, end: 2, factor: 1 });
  });
});

describe('typeOf', () => {
  it.each<[UnitKind, string | undefined]>([
    ['percentage', 'percentage'],
    ['multiplier', 'percentage'],
    ['share', 'percentage'],
    ['money', 'money'],
    ['duration', 'duration'],
    ['count', 'count'],
    ['none', undefined],
  ])('maps the unit kind %s to the claim type %s', (kind, type) => {
    expect(typeOf(kind)).toBe(type);
  });
});
