import { describe, expect, it } from 'vitest';
import type { CompareClaimsOptions } from '../../src/index.js';
import { type ClaimInput, claimOf, monthIndex, verdictOf } from './check-fixtures.js';

// The words a candidate reads in each finding's `why`: values, ranges, gaps and tolerances, read back from the
// public compareClaims (merged from format and format-texts, issue 15 item 6). A claim compared with itself
// reads "X vs X: …", which shows how X is written; two exact values a gap apart read "G apart, … the T tolerance".

/** How a claim is written in a `why`: the claim is compared with itself and both sides must read the same. */
function shown(input: ClaimInput): string {
  const why = verdictOf(claimOf(input), claimOf(input)).why;
  const [left, ...rest] = why.split(' vs ');
  const right = rest.join(' vs ');
  expect(right.startsWith(`${left}: `), why).toBe(true);
  return left!;
}

/** How a value alone is written: a claim of exactly that value. */
function amount(input: ClaimInput, value: number): string {
  return shown({ ...input, low: value, high: value });
}

/** The gap and the tolerance a `why` names for two exact values of one type. */
function measured(input: ClaimInput, one: number, two: number, options?: CompareClaimsOptions) {
  const why = verdictOf(
    claimOf({ ...input, low: one, high: one }),
    claimOf({ ...input, low: two, high: two }),
    options,
  ).why;
  const match = /: (.+) apart, (?:within|beyond) the (.+?) (?:tolerance|band)/.exec(why);
  expect(match, why).not.toBeNull();
  return { gap: match![1], tolerance: match![2] };
}

const duration = { type: 'duration' } as const;
const date = { type: 'date' } as const;
const percentage = { type: 'percentage' } as const;
const signed = { type: 'percentage', signed: true } as const;
const dollars = { type: 'money', currency: 'USD' } as const;
const count = { type: 'count' } as const;

describe('how a value is written', () => {
  it('writes a duration in months, one month in the singular, rounded to one decimal', () => {
    expect(amount(duration, 14)).toBe('14 months');
    expect(amount(duration, 1)).toBe('1 month');
    expect(amount(duration, 0)).toBe('0 months');
    expect(amount(duration, 1.5)).toBe('1.5 months');
    expect(amount(duration, 14.25)).toBe('14.3 months');
    expect(amount(duration, 12 * (6 / 52))).toBe('1.4 months');
    expect(amount(duration, 2.25)).toBe('2.3 months');
  });

  it('writes a duration that rounds to one month in the singular, and one just past it in the plural', () => {
    expect(amount(duration, 0.96)).toBe('1 month');
    expect(amount(duration, 1.04)).toBe('1 month');
    expect(amount(duration, 1.05)).toBe('1.1 months');
    expect(amount(duration, 0.94)).toBe('0.9 months');
  });

  it.each([
    [monthIndex(2024, 1), 'Jan 2024'],
    [monthIndex(2024, 2), 'Feb 2024'],
    [monthIndex(2024, 3), 'Mar 2024'],
    [monthIndex(2024, 4), 'Apr 2024'],
    [monthIndex(2024, 5), 'May 2024'],
    [monthIndex(2021, 6), 'Jun 2021'],
    [monthIndex(2021, 7), 'Jul 2021'],
    [monthIndex(2021, 8), 'Aug 2021'],
    [monthIndex(2021, 9), 'Sep 2021'],
    [monthIndex(2021, 10), 'Oct 2021'],
    [monthIndex(2021, 11), 'Nov 2021'],
    [monthIndex(2023, 12), 'Dec 2023'],
  ])('writes month index %d as "%s"', (index, text) => {
    expect(amount(date, index)).toBe(text);
  });

  it('puts a plus on a rise only when the figure had a direction, and rounds to one decimal', () => {
    expect(amount(signed, 30)).toBe('+30%');
    expect(amount(signed, -30)).toBe('-30%');
    expect(amount(signed, 0)).toBe('0%');
    expect(amount(percentage, 30)).toBe('30%');
    expect(amount({ type: 'percentage', signed: false }, 30)).toBe('30%');
    expect(amount(percentage, 12.345)).toBe('12.3%');
  });

  it.each([
    ['USD', 150_000, '$150,000'],
    ['EUR', 2_500_000, '€2,500,000'],
    ['GBP', 3_000_000_000, '£3,000,000,000'],
    ['JPY', 500, '¥500'],
    ['CHF', 1_200, 'CHF\u00a01,200'],
  ])('writes %s %d as "%s"', (currency, value, text) => {
    expect(amount({ type: 'money', currency }, value)).toBe(text);
  });

  it('writes money without a currency as a bare amount, a minus before the sign, no minus on zero', () => {
    expect(amount({ type: 'money' }, 420_000)).toBe('420,000');
    expect(amount(dollars, -40_000)).toBe('-$40,000');
    expect(amount(dollars, 0)).toBe('$0');
  });

  it.each([
    [1_000_000_000, '$1,000,000,000'],
    [950_000_000, '$950,000,000'],
    [1_000_000, '$1,000,000'],
    [999_000, '$999,000'],
    [1_000, '$1,000'],
    [999.5, '$1,000'],
    [999, '$999'],
    [1_500, '$1,500'],
  ])(
    'writes every amount in full, grouped, rounded to whole units, never "$1k" or "$1M": %d is "%s"',
    (value, text) => {
      expect(amount(dollars, value)).toBe(text);
    },
  );

  it('writes counts grouped and in full, negative ones too', () => {
    expect(amount(count, 12)).toBe('12');
    expect(amount(count, 9_999)).toBe('9,999');
    expect(amount(count, 10_000)).toBe('10,000');
    expect(amount(count, 2_000_000)).toBe('2,000,000');
    expect(amount(count, -10_000)).toBe('-10,000');
  });
});

describe('how a claim is written', () => {
  it('names a title by its label, else by its level on the ladder, else "a title"', () => {
    expect(shown({ type: 'role', low: 3, high: 3, label: 'tech lead' })).toBe('tech lead (level 3)');
    expect(shown({ type: 'role', low: 4, high: 4 })).toBe('manager (level 4)');
    expect(shown({ type: 'role', low: 99, high: 99 })).toBe('a title (level 99)');
  });

  it('joins reasons for leaving with a plus and writes every underscore as a space', () => {
    expect(shown({ type: 'leaveReason', categories: ['career_growth', 'company_direction'] })).toBe(
      'career growth + company direction',
    );
    expect(shown({ type: 'leaveReason', categories: ['a_long_reason_name'] })).toBe('a long reason name');
    expect(shown({ type: 'leaveReason' })).toBe('');
  });

  it('quotes a stance, an empty one too', () => {
    expect(shown({ type: 'stance', label: 'in favour' })).toBe('"in favour"');
    expect(shown({ type: 'stance' })).toBe('""');
  });

  it('says when a value was hedged, bounded or a rate, the hedge before the bound', () => {
    expect(shown({ type: 'duration', low: 6, high: 6, approximate: true })).toBe('about 6 months');
    expect(shown({ type: 'count', low: 10, high: 10, bound: 'atLeast' })).toBe('at least 10');
    expect(shown({ type: 'count', low: 10, high: 10, bound: 'atMost' })).toBe('at most 10');
    expect(shown({ type: 'count', low: 10, high: 10, approximate: true, bound: 'atLeast' })).toBe(
      'about at least 10',
    );
    expect(shown({ type: 'money', low: 150_000, high: 150_000, currency: 'USD', period: 'year' })).toBe(
      '$150,000 a year',
    );
  });

  it('writes a range with the unit once, or on both ends where the unit is a sign', () => {
    expect(shown({ type: 'duration', low: 12, high: 14 })).toBe('12–14 months');
    expect(shown({ type: 'duration', low: 1, high: 2 })).toBe('1–2 months');
    expect(shown({ type: 'count', low: 8, high: 10, approximate: true })).toBe('about 8–10');
    expect(shown({ type: 'count', low: 10, high: 12, bound: 'atMost' })).toBe('at most 10–12');
    expect(shown({ type: 'percentage', low: 5, high: 10 })).toBe('5%–10%');
    expect(shown({ type: 'percentage', low: 10, high: 20, signed: true })).toBe('+10%–+20%');
    expect(shown({ type: 'money', low: 13_000, high: 14_000, currency: 'USD', period: 'month' })).toBe(
      '$13,000–$14,000 a month',
    );
    expect(
      shown({
        type: 'money',
        currency: 'USD',
        low: 100_000,
        high: 150_000,
        approximate: true,
        period: 'year',
      }),
    ).toBe('about $100,000–$150,000 a year');
  });

  it('writes a date range within one year with the year once, across a new year with both', () => {
    expect(shown({ type: 'date', low: monthIndex(2024, 3), high: monthIndex(2024, 3) })).toBe('Mar 2024');
    expect(shown({ type: 'date', low: monthIndex(2024, 1), high: monthIndex(2024, 3) })).toBe('Jan–Mar 2024');
    expect(shown({ type: 'date', low: monthIndex(2021, 9), high: monthIndex(2021, 12) })).toBe(
      'Sep–Dec 2021',
    );
    expect(shown({ type: 'date', low: monthIndex(2023, 11), high: monthIndex(2024, 2) })).toBe(
      'Nov 2023–Feb 2024',
    );
    expect(shown({ type: 'date', low: monthIndex(2023, 12), high: monthIndex(2024, 1) })).toBe(
      'Dec 2023–Jan 2024',
    );
  });

  it('hedges an approximate date range but ignores a bound on it, not on a single date', () => {
    expect(
      shown({
        type: 'date',
        low: monthIndex(2024, 1),
        high: monthIndex(2024, 3),
        approximate: true,
        bound: 'atLeast',
      }),
    ).toBe('about Jan–Mar 2024');
    expect(
      shown({ type: 'date', low: monthIndex(2024, 3), high: monthIndex(2024, 3), bound: 'atLeast' }),
    ).toBe('at least Mar 2024');
  });
});

describe('how a gap is written', () => {
  it('measures duration and date gaps in months, one in the singular', () => {
    expect(measured(duration, 10, 14).gap).toBe('4 months');
    expect(measured(duration, 10, 11).gap).toBe('1 month');
    expect(measured(date, monthIndex(2020, 1), monthIndex(2020, 3)).gap).toBe('2 months');
    expect(measured(date, monthIndex(2020, 1), monthIndex(2020, 2)).gap).toBe('1 month');
    expect(measured(date, 24_240, 24_242.5).gap).toBe('2.5 months');
  });

  it('measures percentage gaps in points, one in the singular', () => {
    expect(measured(percentage, 20, 22.5).gap).toBe('2.5 points');
    expect(measured(percentage, 5, 6).gap).toBe('1 point');
  });

  it('measures money gaps in the currency of the claims', () => {
    expect(measured(dollars, 1_000_000, 1_300_000).gap).toBe('$300,000');
    expect(measured({ type: 'money', currency: 'EUR' }, 100_000, 120_000).gap).toBe('€20,000');
  });

  it('measures count gaps as plain numbers, grouped and rounded', () => {
    expect(measured(count, 10, 13).gap).toBe('3');
    expect(measured(count, 10_000, 22_000).gap).toBe('12,000');
    expect(measured(count, 10, 12.44).gap).toBe('2.4');
  });
});

describe('how a tolerance is written', () => {
  it('writes a duration or date tolerance as a month adjective', () => {
    expect(measured(duration, 1, 3).tolerance).toBe('2-month');
    expect(measured(duration, 12, 14).tolerance).toBe('2.1-month');
    expect(measured(date, monthIndex(2020, 1), monthIndex(2020, 4)).tolerance).toBe('2-month');
    expect(
      measured(date, monthIndex(2020, 1), monthIndex(2020, 4), {
        tolerance: { date: { variationAbsolute: 1 } },
      }).tolerance,
    ).toBe('1-month');
  });

  it('writes a percentage tolerance as a point adjective', () => {
    expect(measured(percentage, 45, 50).tolerance).toBe('5-point');
    expect(measured(percentage, 20, 25).tolerance).toBe('2.5-point');
  });

  it('writes a money tolerance as an amount', () => {
    expect(measured(dollars, 100_000, 120_000).tolerance).toBe('$18,000');
    expect(measured(dollars, 2_500_000, 2_800_000).tolerance).toBe('$420,000');
  });

  it('writes a count tolerance as plus or minus a number, rounded', () => {
    expect(measured(count, 8, 9).tolerance).toBe('±1');
    expect(measured(count, 10, 12).tolerance).toBe('±1.2');
    expect(measured(count, 10, 12.5).tolerance).toBe('±1.3');
  });
});
