import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/consistency/draft.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readMultiplierWord } from '../../src/consistency/kinds/percentage.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readQuantity } from '../../src/consistency/quantities.js';
import { tokenize } from '../../src/text/index.js';

// readQuantity(tokens, index, compiled, previousEnd): the claims a number at token `index` makes,
// with ranges ("8 to 12"), changes ("from 3 to 12"), compound lengths, rates and what it measures.

const compiled = compileLexicon(englishLexicon);

function read(text: string, at: number, previousEnd = -1) {
  return readQuantity(tokenize(text), at, compiled, previousEnd);
}

function drafts(text: string, at: number, previousEnd = -1): Partial<Draft>[] {
  return (read(text, at, previousEnd)?.drafts ?? []).map((draft) => {
    const { type, low, high, subject, part, range, signed, start, end } = draft;
    return { type, low, high, subject, part, range, signed, start, end };
  });
}

describe('readQuantity: ranges', () => {
  it('reads "8 to 12 engineers" as one range claim about the team', () => {
    expect(drafts('8 to 12 engineers', 0)).toEqual([
      {
        type: 'count',
        low: 8,
        high: 12,
        subject: 'team',
        part: undefined,
        range: true,
        signed: undefined,
        start: 0,
        end: 4,
      },
    ]);
  });

  it('reads a dashed percentage range, and a range between two words', () => {
    expect(drafts('8-12% of users', 0)[0]).toMatchObject({
      type: 'percentage',
      low: 8,
      high: 12,
      range: true,
      signed: false,
    });
    expect(drafts('between 5 and 10 engineers', 1)[0]).toMatchObject({
      type: 'count',
      low: 5,
      high: 10,
      range: true,
    });
  });

  it('reads a money range only in one currency', () => {
    const [range] = read('$5k-$10k budget', 0)?.drafts ?? [];
    expect(range).toMatchObject({
      type: 'money',
      low: 5000,
      high: 10_000,
      currency: 'USD',
      unit: 'USD',
      range: true,
    });
    const mixed = read('$5k to €10k budget', 0)?.drafts ?? [];
    expect(mixed).toHaveLength(1);
    expect(mixed[0]).toMatchObject({ type: 'money', low: 5000, high: 5000, range: false });
  });

  it('does not read a backward range or "and" without "between" as a range', () => {
    expect(read('12 to 8 engineers', 0)).toEqual({ drafts: [], end: 1 });
    expect(read('5 and 10 engineers', 0)).toEqual({ drafts: [], end: 1 });
  });
});

describe('readQuantity: changes', () => {
  it('reads "from 3 to 12" after a count subject as a from and a to', () => {
    expect(drafts('the team grew from 3 to 12 engineers', 4)).toEqual([
      {
        type: 'count',
        low: 3,
        high: 3,
        subject: 'team',
        part: 'from',
        range: false,
        signed: undefined,
        start: 4,
        end: 5,
      },
      {
        type: 'count',
        low: 12,
        high: 12,
        subject: 'team',
        part: 'to',
        range: false,
        signed: undefined,
        start: 6,
        end: 8,
      },
    ]);
    expect(read('the team grew from 3 to 12 engineers', 4)?.end).toBe(8);
  });

  it('reads a change with the unit after each number', () => {
    expect(drafts('churn went from eight percent to five percent', 3)).toMatchObject([
      { type: 'percentage', low: 8, high: 8, part: 'from', subject: 'churn', signed: undefined },
      { type: 'percentage', low: 5, high: 5, part: 'to', subject: 'churn', signed: undefined },
    ]);
  });

  it('reads a bare count change only with a count subject near', () => {
    expect(drafts('grew the team from 3 to 12', 4)).toMatchObject([
      { type: 'count', low: 3, part: 'from', subject: 'team' },
      { type: 'count', low: 12, part: 'to', subject: 'team' },
    ]);
    expect(read('went from 3 to 12', 2)).toEqual({ drafts: [], end: 5 });
  });

  it('reads "from 2 to 4 years" as a range of lengths, not a change', () => {
    expect(drafts('from 2 to 4 years', 1)).toMatchObject([{ type: 'duration', low: 24, high: 48, range: true }]);
  });
});

describe('readQuantity: lengths of time', () => {
  it('adds a smaller unit joined by "and"', () => {
    expect(drafts('three years and four months', 0)).toMatchObject([
      { type: 'duration', low: 40, high: 40, end: 5 },
    ]);
    expect(drafts('3 years and 2 weeks', 0)[0]?.low).toBeCloseTo(36 + (2 * 12) / 52, 9);
  });

  it('does not add "a month", a larger unit, or another kind of number', () => {
    expect(drafts('three years and a month', 0)[0]).toMatchObject({ low: 36, end: 2 });
    expect(drafts('3 months and 2 years', 0)[0]).toMatchObject({ low: 3, end: 2 });
    expect(drafts('3 years and 4 engineers', 0)[0]).toMatchObject({ low: 36, end: 2 });
  });

  it('keeps the written unit’s size to read a bare retracted number later', () => {
    expect(read('2 years', 0)?.drafts[0]?.unitFactor).toBe(12);
    expect(read('6 months', 0)?.drafts[0]).not.toHaveProperty('unitFactor');
  });
});

describe('readQuantity: "a year" as a length, a rate or a relative date', () => {
  it('reads "in a year" as twelve months', () => {
    expect(drafts('done in a year', 2)).toMatchObject([{ type: 'duration', low: 12, start: 2, end: 4 }]);
  });

  it('skips "a day" after a noun, "twice a year", and "a year ago"', () => {
    expect(read('2M transactions a day', 2)).toEqual({ drafts: [], end: 4 });
    expect(read('met twice a year', 2)).toEqual({ drafts: [], end: 4 });
    expect(read('a year ago', 0)).toEqual({ drafts: [], end: 2 });
  });

  it('skips "a year" right after another quantity', () => {
    expect(read('8 engineers , a year', 3, 3)).toEqual({ drafts: [], end: 5 });
    expect(drafts('8 engineers , a year', 3)).toMatchObject([{ type: 'duration', low: 12 }]);
  });
});

describe('readQuantity: numbers that are no claim', () => {
  it('skips "3 years ago", labels, bare years and bare fractions', () => {
    expect(read('3 years ago', 0)).toEqual({ drafts: [], end: 3 });
    expect(read('3 years later', 0)).toEqual({ drafts: [], end: 3 });
    expect(read('version 2 of the app', 1)).toEqual({ drafts: [], end: 2 });
    expect(read('in 2019', 1)).toEqual({ drafts: [], end: 2 });
    expect(read('half the team', 0)).toEqual({ drafts: [], end: 1 });
  });

  it('skips a count that measures nothing it can name', () => {
    expect(read('I met 8', 2)).toEqual({ drafts: [], end: 3 });
    expect(read('no number here', 0)).toBeUndefined();
  });
});

describe('readQuantity: signs, hedges and money', () => {
  it('gives a percentage the direction of its verb', () => {
    expect(drafts('revenue grew 30%', 2)[0]).toMatchObject({
      low: 30,
      high: 30,
      signed: true,
      subject: 'revenue',
    });
    expect(drafts('costs fell 30%', 2)[0]).toMatchObject({ low: -30, high: -30, signed: true, subject: 'cost' });
    expect(drafts('costs fell 10-20%', 2)[0]).toMatchObject({ low: -20, high: -10, signed: true });
    expect(drafts('3x the revenue', 0)[0]).toMatchObject({ low: 200, signed: true });
  });

  it('reads a hedge before the number or on it', () => {
    expect(read('about 8 engineers', 1)?.drafts[0]?.approximate).toBe(true);
    expect(read('18ish engineers', 0)?.drafts[0]?.approximate).toBe(true);
    expect(read('8 engineers', 0)?.drafts[0]?.approximate).toBe(false);
  });

  it('reads money with its currency as the unit', () => {
    expect(read('5000 pounds budget', 0)?.drafts[0]).toMatchObject({
      type: 'money',
      unit: 'GBP',
      currency: 'GBP',
    });
  });
});

describe('readMultiplierWord', () => {
  it('reads doubled and halved as signed percentage changes', () => {
    expect(readMultiplierWord(tokenize('revenue doubled'), 1, compiled)).toMatchObject({
      type: 'percentage',
      low: 100,
      high: 100,
      signed: true,
      subject: 'revenue',
      start: 1,
      end: 2,
    });
    expect(readMultiplierWord(tokenize('we halved costs'), 1, compiled)).toMatchObject({
      low: -50,
      subject: 'cost',
    });
    expect(readMultiplierWord(tokenize('we walked'), 1, compiled)).toBeUndefined();
  });
});

describe('readQuantity: the words after which "a year" is a length', () => {
  const leads = [
    'in',
    'for',
    'over',
    'within',
    'took',
    'take',
    'takes',
    'taking',
    'about',
    'around',
    'roughly',
    'nearly',
    'almost',
    'after',
    'than',
    'spent',
    'lasted',
    'last',
    'under',
    'just',
    'only',
    'barely',
    'approximately',
    'some',
    'ran',
    'run',
    'during',
    'needed',
    'required',
    'was',
    'is',
    'been',
    'of',
    'like',
    'least',
    'most',
    'to',
    ',',
    '(',
  ];

  it.each(leads)('reads "%s a year" as twelve months', (lead) => {
    expect(drafts(`${lead} a year`, 1)).toMatchObject([{ type: 'duration', low: 12, high: 12 }]);
  });

  it.each(['saved', 'users', 'revenue'])('reads "%s a year" as a rate, not a length', (word) => {
    expect(read(`${word} a year`, 1)).toEqual({ drafts: [], end: 3 });
  });

  it('reads "a year" at the very start as a length, and "a year later" as a date', () => {
    expect(drafts('a year of work', 0)).toMatchObject([{ type: 'duration', low: 12 }]);
    expect(read('a year later', 0)).toEqual({ drafts: [], end: 2 });
  });
});
