import { describe, expect, it } from 'vitest';
import { formatAmount, formatClaim, formatGap, formatTolerance } from '../../src/consistency/format.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { claimOf } from './check-fixtures.js';

function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

const duration = claimOf({ type: 'duration' });
const date = claimOf({ type: 'date' });
const percentage = claimOf({ type: 'percentage' });
const signedPercentage = claimOf({ type: 'percentage', signed: true });
const dollars = claimOf({ type: 'money', currency: 'USD' });
const count = claimOf({ type: 'count' });

describe('formatAmount', () => {
  it('writes a duration in months', () => {
    expect(formatAmount(duration, 14)).toBe('14 months');
  });

  it('writes one month in the singular', () => {
    expect(formatAmount(duration, 1)).toBe('1 month');
  });

  it('writes a duration that rounds to one month in the singular', () => {
    expect(formatAmount(duration, 0.96)).toBe('1 month');
    expect(formatAmount(duration, 1.04)).toBe('1 month');
  });

  it('writes a duration just past the rounding of one month in the plural', () => {
    expect(formatAmount(duration, 1.05)).toBe('1.1 months');
    expect(formatAmount(duration, 0.94)).toBe('0.9 months');
  });

  it('rounds a duration to one decimal', () => {
    expect(formatAmount(duration, 12 * (6 / 52))).toBe('1.4 months');
    expect(formatAmount(duration, 2.25)).toBe('2.3 months');
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
    expect(formatAmount(date, index)).toBe(text);
  });

  it('writes a direction-signed rise with a plus sign', () => {
    expect(formatAmount(signedPercentage, 30)).toBe('+30%');
  });

  it('writes a direction-signed fall with its minus sign only', () => {
    expect(formatAmount(signedPercentage, -30)).toBe('-30%');
  });

  it('writes a signed zero without a plus sign', () => {
    expect(formatAmount(signedPercentage, 0)).toBe('0%');
  });

  it('writes an unsigned percentage without a plus sign', () => {
    expect(formatAmount(percentage, 30)).toBe('30%');
    expect(formatAmount(claimOf({ type: 'percentage', signed: false }), 30)).toBe('30%');
  });

  it('rounds a percentage to one decimal', () => {
    expect(formatAmount(percentage, 12.345)).toBe('12.3%');
  });

  it.each([
    ['USD', 150_000, '$150,000'],
    ['EUR', 2_500_000, '€2,500,000'],
    ['GBP', 3_000_000_000, '£3,000,000,000'],
    ['JPY', 500, '¥500'],
    ['CHF', 1_200, 'CHF\u00a01,200'],
  ])('writes %s %d as "%s"', (currency, value, text) => {
    expect(formatAmount(claimOf({ type: 'money', currency }), value)).toBe(text);
  });

  it('writes money without a currency as a bare amount', () => {
    expect(formatAmount(claimOf({ type: 'money' }), 420_000)).toBe('420,000');
  });

  it('puts the minus sign of a negative amount before the currency sign', () => {
    expect(formatAmount(dollars, -40_000)).toBe('-$40,000');
  });

  it('writes a zero amount without a minus sign', () => {
    expect(formatAmount(dollars, 0)).toBe('$0');
  });

  it.each([
    [1_000_000_000, '$1,000,000,000'],
    [1_000_000, '$1,000,000'],
    [1_000, '$1,000'],
    [999, '$999'],
    [1_500, '$1,500'],
  ])('writes every amount in full, grouped, never "$1k" or "$1M": %d is "%s"', (value, text) => {
    expect(formatAmount(dollars, value)).toBe(text);
  });

  it('writes an amount just below a billion in full', () => {
    expect(formatAmount(dollars, 950_000_000)).toBe('$950,000,000');
  });

  it('writes a count with the locale’s grouping', () => {
    expect(formatAmount(count, 12)).toBe('12');
    expect(formatAmount(count, 9_999)).toBe('9,999');
  });

  it('writes a large count in full, without a scale suffix', () => {
    expect(formatAmount(count, 10_000)).toBe('10,000');
    expect(formatAmount(count, 2_000_000)).toBe('2,000,000');
  });

  it('writes a large negative count in full', () => {
    expect(formatAmount(count, -10_000)).toBe('-10,000');
  });
});

describe('formatClaim', () => {
  it('shows a role by its label and level', () => {
    expect(formatClaim(claimOf({ type: 'role', low: 3, high: 3, label: 'tech lead' }), englishLexicon)).toBe(
      'tech lead (level 3)',
    );
  });

  it('names a role without a label after its level', () => {
    expect(formatClaim(claimOf({ type: 'role', low: 4, high: 4 }), englishLexicon)).toBe('manager (level 4)');
  });

  it('calls a role with an unknown level "a title"', () => {
    expect(formatClaim(claimOf({ type: 'role', low: 99, high: 99 }), englishLexicon)).toBe(
      'a title (level 99)',
    );
  });

  it('joins the reasons for leaving with a plus and spaces for underscores', () => {
    const reasons = claimOf({ type: 'leaveReason', categories: ['career_growth', 'company_direction'] });
    expect(formatClaim(reasons, englishLexicon)).toBe('career growth + company direction');
  });

  it('replaces every underscore of a reason', () => {
    const reasons = claimOf({ type: 'leaveReason', categories: ['a_long_reason_name'] });
    expect(formatClaim(reasons, englishLexicon)).toBe('a long reason name');
  });

  it('shows a reason claim without categories as empty', () => {
    expect(formatClaim(claimOf({ type: 'leaveReason' }), englishLexicon)).toBe('');
  });

  it('quotes a stance', () => {
    expect(formatClaim(claimOf({ type: 'stance', label: 'in favour' }), englishLexicon)).toBe('"in favour"');
  });

  it('quotes a stance without a label as an empty quote', () => {
    expect(formatClaim(claimOf({ type: 'stance' }), englishLexicon)).toBe('""');
  });

  it('shows an exact duration with its unit', () => {
    expect(formatClaim(claimOf({ type: 'duration', low: 14, high: 14 }), englishLexicon)).toBe('14 months');
  });

  it('prefixes an approximate value with "about"', () => {
    expect(
      formatClaim(claimOf({ type: 'duration', low: 14, high: 14, approximate: true }), englishLexicon),
    ).toBe('about 14 months');
  });

  it('prefixes a lower bound with "at least" and an upper bound with "at most"', () => {
    expect(formatClaim(claimOf({ type: 'count', low: 10, high: 10, bound: 'atLeast' }), englishLexicon)).toBe(
      'at least 10',
    );
    expect(formatClaim(claimOf({ type: 'count', low: 10, high: 10, bound: 'atMost' }), englishLexicon)).toBe(
      'at most 10',
    );
  });

  it('puts the hedge before the bound', () => {
    const claim = claimOf({ type: 'count', low: 10, high: 10, approximate: true, bound: 'atLeast' });
    expect(formatClaim(claim, englishLexicon)).toBe('about at least 10');
  });

  it('appends the period of a rate', () => {
    const salary = claimOf({ type: 'money', currency: 'USD', low: 150_000, high: 150_000, period: 'year' });
    expect(formatClaim(salary, englishLexicon)).toBe('$150,000 a year');
  });

  it('writes a duration range with the unit once', () => {
    expect(formatClaim(claimOf({ type: 'duration', low: 12, high: 14 }), englishLexicon)).toBe(
      '12–14 months',
    );
  });

  it('writes a duration range starting at one month with the unit once', () => {
    expect(formatClaim(claimOf({ type: 'duration', low: 1, high: 2 }), englishLexicon)).toBe('1–2 months');
  });

  it('writes both ends of a money range with their currency, hedge and period', () => {
    const salary = claimOf({
      type: 'money',
      currency: 'USD',
      low: 100_000,
      high: 150_000,
      approximate: true,
      period: 'year',
    });
    expect(formatClaim(salary, englishLexicon)).toBe('about $100,000–$150,000 a year');
  });

  it('writes a bounded count range with its bound', () => {
    expect(formatClaim(claimOf({ type: 'count', low: 10, high: 12, bound: 'atMost' }), englishLexicon)).toBe(
      'at most 10–12',
    );
  });

  it('writes both ends of a percentage range with the percent sign', () => {
    expect(formatClaim(claimOf({ type: 'percentage', low: 5, high: 10 }), englishLexicon)).toBe('5%–10%');
  });

  it('writes a single month as month and year', () => {
    const month = monthIndex(2024, 3);
    expect(formatClaim(claimOf({ type: 'date', low: month, high: month }), englishLexicon)).toBe('Mar 2024');
  });

  it('writes a date range inside one year with the year once', () => {
    const quarter = claimOf({ type: 'date', low: monthIndex(2024, 1), high: monthIndex(2024, 3) });
    expect(formatClaim(quarter, englishLexicon)).toBe('Jan–Mar 2024');
  });

  it('writes a date range inside one year ending in December with the year once', () => {
    const late = claimOf({ type: 'date', low: monthIndex(2021, 9), high: monthIndex(2021, 12) });
    expect(formatClaim(late, englishLexicon)).toBe('Sep–Dec 2021');
  });

  it('writes a date range across two years with both years', () => {
    const winter = claimOf({ type: 'date', low: monthIndex(2023, 11), high: monthIndex(2024, 2) });
    expect(formatClaim(winter, englishLexicon)).toBe('Nov 2023–Feb 2024');
  });

  it('writes a range from December to January of the next year with both years', () => {
    const turn = claimOf({ type: 'date', low: monthIndex(2023, 12), high: monthIndex(2024, 1) });
    expect(formatClaim(turn, englishLexicon)).toBe('Dec 2023–Jan 2024');
  });

  it('hedges an approximate date range but ignores a bound on it', () => {
    const quarter = claimOf({
      type: 'date',
      low: monthIndex(2024, 1),
      high: monthIndex(2024, 3),
      approximate: true,
      bound: 'atLeast',
    });
    expect(formatClaim(quarter, englishLexicon)).toBe('about Jan–Mar 2024');
  });
});

describe('formatGap', () => {
  it('writes a duration gap in months', () => {
    expect(formatGap(duration, 4)).toBe('4 months');
    expect(formatGap(duration, 1)).toBe('1 month');
  });

  it('writes a date gap in months', () => {
    expect(formatGap(date, 2)).toBe('2 months');
    expect(formatGap(date, 1)).toBe('1 month');
  });

  it('writes a percentage gap in points', () => {
    expect(formatGap(percentage, 2.5)).toBe('2.5 points');
    expect(formatGap(percentage, 1)).toBe('1 point');
  });

  it('writes a money gap in the claim currency', () => {
    expect(formatGap(dollars, 300_000)).toBe('$300,000');
    expect(formatGap(claimOf({ type: 'money', currency: 'EUR' }), 20_000)).toBe('€20,000');
  });

  it('writes a count gap as a plain rounded number', () => {
    expect(formatGap(count, 3)).toBe('3');
    expect(formatGap(count, 12_000)).toBe('12,000');
    expect(formatGap(count, 2.44)).toBe('2.4');
  });

  it('writes a role gap in levels as a plain number', () => {
    expect(formatGap(claimOf({ type: 'role' }), 2)).toBe('2');
  });
});

describe('formatTolerance', () => {
  it('writes a duration or date tolerance as a month adjective', () => {
    expect(formatTolerance(duration, 2)).toBe('2-month');
    expect(formatTolerance(date, 1)).toBe('1-month');
    expect(formatTolerance(duration, 2.1)).toBe('2.1-month');
  });

  it('writes a percentage tolerance as a point adjective', () => {
    expect(formatTolerance(percentage, 5)).toBe('5-point');
  });

  it('writes a money tolerance as an amount', () => {
    expect(formatTolerance(dollars, 420_000)).toBe('$420,000');
  });

  it('writes a count or role tolerance as plus or minus a number', () => {
    expect(formatTolerance(count, 1)).toBe('±1');
    expect(formatTolerance(claimOf({ type: 'role' }), 1)).toBe('±1');
    expect(formatTolerance(count, 1.25)).toBe('±1.3');
  });
});
