import { describe, expect, it } from 'vitest';
import type { Draft } from '../../src/consistency/draft.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readMultiplierWord } from '../../src/consistency/kinds/percentage.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { readQuantity } from '../../src/consistency/quantities.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

function quantityAt(text: string, at: number, previousEnd = -1) {
  return readQuantity(tokenize(text), at, compiled, previousEnd);
}

function draftsAt(text: string, at: number, previousEnd = -1): Draft[] {
  return quantityAt(text, at, previousEnd)?.drafts ?? [];
}

describe('readQuantity: what it skips', () => {
  it('reads nothing where no number starts', () => {
    expect(quantityAt('hello there', 0)).toBeUndefined();
  });

  it('skips a number after a label word such as "top"', () => {
    expect(quantityAt('our top 10 customers', 2)).toEqual({ drafts: [], end: 3 });
  });

  it('skips "a year" after a word that makes it a rate, and the unit with it', () => {
    expect(quantityAt('We saved $150k a year', 3)).toEqual({ drafts: [], end: 5 });
  });

  it('skips "a year" right after the previous quantity', () => {
    expect(quantityAt('It took a year', 2, 2)).toEqual({ drafts: [], end: 4 });
  });

  it('skips a relative date such as "a year ago" or "3 years later"', () => {
    expect(quantityAt('a year ago', 0)).toEqual({ drafts: [], end: 2 });
    expect(quantityAt('3 years ago', 0)).toEqual({ drafts: [], end: 3 });
    expect(quantityAt('3 years later', 0)).toEqual({ drafts: [], end: 3 });
  });

  it('skips a four-digit number without a unit as a year', () => {
    expect(quantityAt('2019', 0)).toEqual({ drafts: [], end: 1 });
  });

  it('skips a bare fraction without a unit', () => {
    expect(quantityAt('a third', 0)).toEqual({ drafts: [], end: 2 });
  });

  it('skips a bare number when no count subject is near', () => {
    expect(quantityAt('5 to 10', 0)).toEqual({ drafts: [], end: 1 });
  });
});

describe('readQuantity: single values', () => {
  it('reads "a year" after a lead word, or at the start, as twelve months', () => {
    expect(draftsAt('It took a year', 2)).toEqual([
      expect.objectContaining({
        type: 'duration',
        low: 12,
        high: 12,
        unit: 'months',
        unitFactor: 12,
        range: false,
      }),
    ]);
    expect(draftsAt('a year', 0)).toEqual([expect.objectContaining({ type: 'duration', low: 12, high: 12 })]);
  });

  it('reads a count with its subject', () => {
    expect(draftsAt('I had 5 engineers', 2)).toEqual([
      expect.objectContaining({ type: 'count', low: 5, high: 5, unit: 'count', subject: 'team' }),
    ]);
  });

  it('reads a four-digit count when it has a count noun', () => {
    expect(draftsAt('2019 engineers', 0)).toEqual([
      expect.objectContaining({ type: 'count', low: 2019, high: 2019, subject: 'team' }),
    ]);
  });

  it('reads a money amount with its currency', () => {
    expect(draftsAt('$5 million', 0)).toEqual([
      expect.objectContaining({ type: 'money', low: 5_000_000, high: 5_000_000, unit: 'USD', currency: 'USD' }),
    ]);
  });

  it('reads a rate after an amount as its period', () => {
    expect(quantityAt('We saved $150k a year', 2)).toEqual({
      drafts: [expect.objectContaining({ type: 'money', low: 150_000, period: 'year', end: 5 })],
      end: 5,
    });
  });

  it('signs a percentage by its direction word', () => {
    expect(draftsAt('Revenue fell 12%', 2)).toEqual([
      expect.objectContaining({ type: 'percentage', low: -12, high: -12, signed: true, subject: 'revenue' }),
    ]);
    expect(draftsAt('Revenue grew 12%', 2)).toEqual([
      expect.objectContaining({ low: 12, high: 12, signed: true }),
    ]);
    expect(draftsAt('Revenue was 12%', 2)).toEqual([
      expect.objectContaining({ low: 12, high: 12, signed: false }),
    ]);
  });

  it('reads a multiplier as a rise whatever the direction word', () => {
    expect(draftsAt('costs fell 3x', 2)).toEqual([
      expect.objectContaining({ type: 'percentage', low: 200, high: 200, signed: true }),
    ]);
  });

  it('reads a fraction after "by" as a signed percentage', () => {
    expect(draftsAt('We cut costs by a fifth', 4)).toEqual([
      expect.objectContaining({ type: 'percentage', low: -20, high: -20, subject: 'cost' }),
    ]);
  });

  it('marks an -ish number as approximate, and a plain one as exact', () => {
    expect(draftsAt('18ish engineers', 0)).toEqual([expect.objectContaining({ low: 18, approximate: true })]);
    expect(draftsAt('18 engineers', 0)).toEqual([expect.objectContaining({ low: 18, approximate: false })]);
  });

  it('marks a hedge before the number as approximate and a bound as a bound', () => {
    expect(draftsAt('about 18 engineers', 1)).toEqual([
      expect.objectContaining({ low: 18, approximate: true, start: 0 }),
    ]);
    expect(draftsAt('more than 10 engineers', 2)).toEqual([
      expect.objectContaining({ low: 10, bound: 'atLeast', start: 0 }),
    ]);
  });

  it('sets no unit factor on months', () => {
    expect(draftsAt('3 months', 0)[0]).not.toHaveProperty('unitFactor');
  });
});

describe('readQuantity: durations joined by "and"', () => {
  it('adds a smaller unit joined by "and"', () => {
    expect(draftsAt('three years and four months', 0)).toEqual([
      expect.objectContaining({ type: 'duration', low: 40, high: 40 }),
    ]);
  });

  it('does not add an equal or larger unit', () => {
    expect(draftsAt('one year and two years', 0)).toEqual([expect.objectContaining({ low: 12, high: 12 })]);
    expect(draftsAt('four months and three years', 0)).toEqual([expect.objectContaining({ low: 4, high: 4 })]);
  });

  it('does not add "a month", a count, or nothing after "and"', () => {
    expect(draftsAt('two years and a month', 0)).toEqual([expect.objectContaining({ low: 24, high: 24 })]);
    expect(draftsAt('two years and 5 engineers', 0)).toEqual([expect.objectContaining({ low: 24, high: 24 })]);
    expect(draftsAt('two years and', 0)).toEqual([expect.objectContaining({ low: 24, high: 24 })]);
  });

  it('adds weeks in months', () => {
    const [draft] = draftsAt('two years and 26 weeks', 0);
    expect(draft?.low).toBeCloseTo(30, 10);
  });
});

describe('readQuantity: ranges', () => {
  it('reads a range with the unit after the second number', () => {
    expect(quantityAt('12 to 14 months', 0)).toEqual({
      drafts: [expect.objectContaining({ type: 'duration', low: 12, high: 14, range: true, unit: 'months' })],
      end: 4,
    });
  });

  it('reads a range joined by a hyphen or a dash', () => {
    for (const text of ['8-12%', '8 – 12%', '8 — 12%']) {
      expect(draftsAt(text, 0)).toEqual([
        expect.objectContaining({ type: 'percentage', low: 8, high: 12, range: true }),
      ]);
    }
  });

  it('reads a range with a unit after each number', () => {
    expect(draftsAt('eight percent to twelve percent', 0)).toEqual([
      expect.objectContaining({ type: 'percentage', low: 8, high: 12, range: true }),
    ]);
  });

  it('reads "between X and Y" as a range', () => {
    expect(draftsAt('between 2 and 4 years', 1)).toEqual([
      expect.objectContaining({ type: 'duration', low: 24, high: 48, range: true }),
    ]);
    expect(draftsAt('between two and four years', 1)).toEqual([
      expect.objectContaining({ type: 'duration', low: 24, high: 48, range: true }),
    ]);
  });

  it('does not read "and" as a joiner without "between"', () => {
    expect(quantityAt('2 and 4 years', 0)).toEqual({ drafts: [], end: 1 });
  });

  it('negates and swaps the bounds of a falling range', () => {
    expect(draftsAt('Revenue fell 8 to 12%', 2)).toEqual([
      expect.objectContaining({ low: -12, high: -8, signed: true, range: true }),
    ]);
  });

  it('reads no range when the second value is not above the first', () => {
    expect(quantityAt('14 to 12 months', 0)).toEqual({ drafts: [], end: 1 });
    expect(quantityAt('12 to 12 months', 0)).toEqual({ drafts: [], end: 1 });
  });

  it('reads no range after "a year", nor to "a year"', () => {
    expect(draftsAt('a year to two years', 0)).toEqual([
      expect.objectContaining({ type: 'duration', low: 12, high: 12, range: false }),
    ]);
    expect(quantityAt('0.5 to a year', 0)).toEqual({ drafts: [], end: 1 });
  });

  it('reads no range across two kinds or two currencies', () => {
    expect(draftsAt('5% to $10', 0)).toEqual([
      expect.objectContaining({ type: 'percentage', low: 5, high: 5, range: false }),
    ]);
    expect(draftsAt('$5 to €10', 0)).toEqual([
      expect.objectContaining({ type: 'money', low: 5, high: 5, currency: 'USD', range: false }),
    ]);
  });
});

describe('readQuantity: changes "from X to Y"', () => {
  it('reads a percentage change as a from part and a to part, unsigned', () => {
    const result = quantityAt('Churn dropped from 12% to 9%', 3);
    expect(result?.end).toBe(6);
    expect(result?.drafts).toEqual([
      expect.objectContaining({ type: 'percentage', part: 'from', low: 12, high: 12, subject: 'churn' }),
      expect.objectContaining({ type: 'percentage', part: 'to', low: 9, high: 9, subject: 'churn' }),
    ]);
    expect(result?.drafts.map((draft) => draft.signed)).toEqual([undefined, undefined]);
  });

  it('reads a duration "from X to Y" as a range, not a change', () => {
    expect(draftsAt('from 3 to 5 years', 1)).toEqual([
      expect.objectContaining({ type: 'duration', low: 36, high: 60, range: true }),
    ]);
  });

  it('reads two bare numbers after "from" as a count change of a subject nearby', () => {
    const result = quantityAt('grew the team from 3 to 12', 4);
    expect(result?.end).toBe(7);
    expect(result?.drafts).toEqual([
      expect.objectContaining({ type: 'count', part: 'from', low: 3, subject: 'team' }),
      expect.objectContaining({ type: 'count', part: 'to', low: 12, subject: 'team' }),
    ]);
  });

  it('reads nothing from a bare count change with no subject', () => {
    expect(quantityAt('from 3 to 12', 1)).toEqual({ drafts: [], end: 4 });
  });

  it('gives both parts the subject found by either', () => {
    const result = quantityAt('from 4 to 9 people', 1);
    expect(result?.drafts.map((draft) => [draft.part, draft.low, draft.subject])).toEqual([
      ['from', 4, 'team'],
      ['to', 9, 'team'],
    ]);
  });
});

describe('readMultiplierWord', () => {
  it('reads "halved" as a fall of 50 percent of its subject', () => {
    expect(readMultiplierWord(tokenize('We halved churn'), 1, compiled)).toEqual(
      expect.objectContaining({
        type: 'percentage',
        low: -50,
        high: -50,
        unit: 'percent',
        signed: true,
        approximate: false,
        range: false,
        start: 1,
        end: 2,
        subject: 'churn',
      }),
    );
  });

  it('reads "doubled" as a rise of 100 percent', () => {
    expect(readMultiplierWord(tokenize('revenue doubled'), 1, compiled)).toMatchObject({
      low: 100,
      high: 100,
      subject: 'revenue',
    });
  });

  it('reads nothing from another word', () => {
    expect(readMultiplierWord(tokenize('revenue grew'), 1, compiled)).toBeUndefined();
  });
});

describe('readQuantity: draft details', () => {
  it('reads no rate period after a duration', () => {
    const [draft] = draftsAt('3 months a year', 0);
    expect(draft).toMatchObject({ type: 'duration', low: 3, end: 2 });
    expect(draft).not.toHaveProperty('period');
  });

  it('names the unit of a percentage and keeps no currency on it', () => {
    const [draft] = draftsAt('Revenue grew 12%', 2);
    expect(draft).toMatchObject({ unit: 'percent' });
    expect(draft).not.toHaveProperty('currency');
  });

  it('starts the quote of a count at its noun when linked by "of"', () => {
    expect(draftsAt('a team of 8', 3)).toEqual([
      expect.objectContaining({ type: 'count', low: 8, subject: 'team', quoteStart: 1 }),
    ]);
    expect(draftsAt('8 engineers', 0)[0]).not.toHaveProperty('quoteStart');
  });

  it('takes the nearest content word as the subject of a percentage without a known subject', () => {
    expect(draftsAt('the relaunch grew 40%', 3)).toEqual([
      expect.objectContaining({ type: 'percentage', low: 40, subject: 'relaunch' }),
    ]);
  });
});
