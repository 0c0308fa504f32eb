import { describe, expect, it } from 'vitest';
import { formatAmount, formatClaim, formatGap, formatTolerance } from '../../src/consistency/format.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { type ClaimInput as ClaimFields, claimOf as claim } from './check-fixtures.js';

// The words a candidate reads in each finding's `why`: values, ranges, gaps and tolerances.

const month = (year: number, number: number) => year * 12 + number - 1;
const shown = (fields: ClaimFields) => formatClaim(claim(fields), englishLexicon);

describe('formatAmount', () => {
  it('names a month index as month and year', () => {
    const date = claim({ type: 'date' });
    expect(formatAmount(date, month(2020, 1))).toBe('Jan 2020');
    expect(formatAmount(date, month(2021, 6))).toBe('Jun 2021');
    expect(formatAmount(date, month(2019, 12))).toBe('Dec 2019');
  });

  it('says "month" for exactly one month and "months" otherwise', () => {
    const duration = claim({ type: 'duration' });
    expect(formatAmount(duration, 1)).toBe('1 month');
    expect(formatAmount(duration, 2)).toBe('2 months');
    expect(formatAmount(duration, 0)).toBe('0 months');
    expect(formatAmount(duration, 1.5)).toBe('1.5 months');
    expect(formatAmount(duration, 14.25)).toBe('14.3 months');
  });

  it('puts a plus on a rise only when the figure had a direction', () => {
    expect(formatAmount(claim({ type: 'percentage', signed: true }), 30)).toBe('+30%');
    expect(formatAmount(claim({ type: 'percentage', signed: true }), -30)).toBe('-30%');
    expect(formatAmount(claim({ type: 'percentage', signed: true }), 0)).toBe('0%');
    expect(formatAmount(claim({ type: 'percentage' }), 30)).toBe('30%');
  });

  it('writes money in full with its currency, the way formatMoney does (one formatter)', () => {
    expect(formatAmount(claim({ type: 'money', currency: 'USD' }), 150_000)).toBe('$150,000');
    expect(formatAmount(claim({ type: 'money', currency: 'EUR' }), 2_500_000)).toBe('€2,500,000');
    expect(formatAmount(claim({ type: 'money', currency: 'GBP' }), 3_000_000_000)).toBe('£3,000,000,000');
    expect(formatAmount(claim({ type: 'money', currency: 'JPY' }), 999)).toBe('¥999');
    expect(formatAmount(claim({ type: 'money', currency: 'CHF' }), 90_000)).toBe('CHF\u00a090,000');
    expect(formatAmount(claim({ type: 'money' }), 90_000)).toBe('90,000');
    expect(formatAmount(claim({ type: 'money', currency: 'USD' }), -5_000)).toBe('-$5,000');
  });

  it('never shortens a magnitude, and rounds to whole units', () => {
    const money = claim({ type: 'money', currency: 'USD' });
    expect([999.5, 999_000, 1_000_000_000].map((value) => formatAmount(money, value))).toEqual([
      '$1,000',
      '$999,000',
      '$1,000,000,000',
    ]);
  });

  it('writes counts grouped, in full', () => {
    const count = claim({ type: 'count' });
    expect(formatAmount(count, 12)).toBe('12');
    expect(formatAmount(count, 9_999)).toBe('9,999');
    expect(formatAmount(count, 10_000)).toBe('10,000');
    expect(formatAmount(count, -20_000)).toBe('-20,000');
  });
});

describe('formatClaim', () => {
  it('names a title by its label, else by its level on the ladder', () => {
    expect(shown({ type: 'role', low: 3, high: 3, label: 'tech lead' })).toBe('tech lead (level 3)');
    expect(shown({ type: 'role', low: 4, high: 4 })).toBe('manager (level 4)');
    expect(shown({ type: 'role', low: 42, high: 42 })).toBe('a title (level 42)');
  });

  it('joins reasons for leaving in words', () => {
    expect(shown({ type: 'leaveReason', categories: ['career_growth', 'layoff'] })).toBe(
      'career growth + layoff',
    );
    expect(shown({ type: 'leaveReason', categories: ['better_pay_and_title'] })).toBe('better pay and title');
    expect(shown({ type: 'leaveReason' })).toBe('');
  });

  it('quotes a stance', () => {
    expect(shown({ type: 'stance', label: 'keen on the move' })).toBe('"keen on the move"');
    expect(shown({ type: 'stance' })).toBe('""');
  });

  it('says when a value was hedged, bounded or a rate', () => {
    expect(shown({ type: 'duration', low: 6, high: 6, approximate: true })).toBe('about 6 months');
    expect(shown({ type: 'count', low: 10, high: 10, bound: 'atLeast' })).toBe('at least 10');
    expect(shown({ type: 'count', low: 10, high: 10, bound: 'atMost' })).toBe('at most 10');
    expect(shown({ type: 'money', low: 150_000, high: 150_000, currency: 'USD', period: 'year' })).toBe(
      '$150,000 a year',
    );
    expect(shown({ type: 'count', low: 10, high: 10, approximate: true, bound: 'atLeast' })).toBe(
      'about at least 10',
    );
  });

  it('writes a range with the unit once, at its end', () => {
    expect(shown({ type: 'duration', low: 12, high: 14 })).toBe('12–14 months');
    expect(shown({ type: 'duration', low: 1, high: 2 })).toBe('1–2 months');
    expect(shown({ type: 'count', low: 8, high: 10, approximate: true })).toBe('about 8–10');
    expect(shown({ type: 'money', low: 13_000, high: 14_000, currency: 'USD', period: 'month' })).toBe(
      '$13,000–$14,000 a month',
    );
    expect(shown({ type: 'percentage', low: 10, high: 20, signed: true })).toBe('+10%–+20%');
  });

  it('writes a date range within one year with the year once', () => {
    expect(shown({ type: 'date', low: month(2020, 3), high: month(2020, 6) })).toBe('Mar–Jun 2020');
    expect(shown({ type: 'date', low: month(2020, 3), high: month(2020, 6), approximate: true })).toBe(
      'about Mar–Jun 2020',
    );
  });

  it('writes both years of a date range across a new year', () => {
    expect(shown({ type: 'date', low: month(2019, 11), high: month(2020, 2) })).toBe('Nov 2019–Feb 2020');
  });

  it('writes a single date as month and year', () => {
    expect(shown({ type: 'date', low: month(2022, 9), high: month(2022, 9) })).toBe('Sep 2022');
  });
});

describe('formatGap', () => {
  it('measures date and duration gaps in months', () => {
    expect(formatGap(claim({ type: 'duration' }), 1)).toBe('1 month');
    expect(formatGap(claim({ type: 'duration' }), 3)).toBe('3 months');
    expect(formatGap(claim({ type: 'date' }), 1)).toBe('1 month');
    expect(formatGap(claim({ type: 'date' }), 2.5)).toBe('2.5 months');
  });

  it('measures percentage gaps in points', () => {
    expect(formatGap(claim({ type: 'percentage' }), 1)).toBe('1 point');
    expect(formatGap(claim({ type: 'percentage' }), 2.5)).toBe('2.5 points');
  });

  it('measures money gaps in the first claim’s currency', () => {
    expect(formatGap(claim({ type: 'money', currency: 'EUR' }), 20_000)).toBe('€20,000');
  });

  it('measures count and other gaps as plain numbers', () => {
    expect(formatGap(claim({ type: 'count' }), 2)).toBe('2');
    expect(formatGap(claim({ type: 'count' }), 12_000)).toBe('12,000');
    expect(formatGap(claim({ type: 'role' }), 2.25)).toBe('2.3');
  });
});

describe('formatTolerance', () => {
  it('writes tolerances as compound adjectives in the claim’s unit', () => {
    expect(formatTolerance(claim({ type: 'duration' }), 2.1)).toBe('2.1-month');
    expect(formatTolerance(claim({ type: 'date' }), 2)).toBe('2-month');
    expect(formatTolerance(claim({ type: 'percentage' }), 2.5)).toBe('2.5-point');
    expect(formatTolerance(claim({ type: 'money', currency: 'USD' }), 18_000)).toBe('$18,000');
    expect(formatTolerance(claim({ type: 'count' }), 1.2)).toBe('±1.2');
  });
});
