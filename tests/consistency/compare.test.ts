// One round-one claim against one round-two claim through the public compareClaims (merged from compare and
// compare-verdicts, issue 15 item 6): kind, reason and flags of the single finding, by claim type.
import { describe, expect, it } from 'vitest';
import { type ConsistencyTolerances, defaultTolerances } from '../../src/index.js';
import { type ClaimInput, claimOf, monthIndex, verdictOf } from './check-fixtures.js';

function judge(one: ClaimInput, two: ClaimInput, tolerances: ConsistencyTolerances = defaultTolerances) {
  return verdictOf(claimOf(one), claimOf(two), { tolerance: tolerances });
}

describe('compareClaims verdict: durations (2 months or 15 %)', () => {
  it('calls 12 months against 14 months a variation within the absolute 2-month tolerance', () => {
    expect(judge({ type: 'duration', low: 1 }, { type: 'duration', low: 3 })).toEqual({
      kind: 'variation',
      why: '1 month vs 3 months: 2 months apart, within the 2-month tolerance',
      flags: [],
    });
  });

  it('calls a gap just past the absolute 2-month tolerance a contradiction', () => {
    expect(judge({ type: 'duration', low: 1 }, { type: 'duration', low: 3.5 })).toMatchObject({
      kind: 'contradiction',
      why: '1 month vs 3.5 months: 2.5 months apart, beyond the 2-month tolerance',
    });
  });

  it('calls 17 months against 20 months a variation at the 15 % tolerance of the larger value', () => {
    expect(judge({ type: 'duration', low: 17 }, { type: 'duration', low: 20 })).toMatchObject({
      kind: 'variation',
      why: '17 months vs 20 months: 3 months apart, within the 3-month tolerance',
    });
  });

  it('calls 16.9 months against 20 months a contradiction just past the 15 % tolerance', () => {
    expect(judge({ type: 'duration', low: 16.9 }, { type: 'duration', low: 20 })).toMatchObject({
      kind: 'contradiction',
      why: '16.9 months vs 20 months: 3.1 months apart, beyond the 3-month tolerance',
    });
  });

  it('measures the gap from whichever side is larger', () => {
    expect(judge({ type: 'duration', low: 20 }, { type: 'duration', low: 16.9 })).toMatchObject({
      kind: 'contradiction',
      why: '20 months vs 16.9 months: 3.1 months apart, beyond the 3-month tolerance',
    });
  });

  it('calls the same value consistent and says so', () => {
    expect(judge({ type: 'duration', low: 14 }, { type: 'duration', low: 14 })).toEqual({
      kind: 'consistent',
      why: '14 months vs 14 months: the same value',
      flags: [],
    });
  });

  it('calls a value inside a range consistent because the values overlap', () => {
    expect(judge({ type: 'duration', low: 12, high: 14 }, { type: 'duration', low: 13 })).toMatchObject({
      kind: 'consistent',
      why: '12–14 months vs 13 months: the values overlap',
    });
  });

  it('calls two ranges with the same start but different ends overlapping, not the same value', () => {
    expect(judge({ type: 'duration', low: 12, high: 14 }, { type: 'duration', low: 12, high: 15 }).why).toBe(
      '12–14 months vs 12–15 months: the values overlap',
    );
  });

  it('calls two ranges with the same end but different starts overlapping, not the same value', () => {
    expect(judge({ type: 'duration', low: 11, high: 14 }, { type: 'duration', low: 12, high: 14 }).why).toBe(
      '11–14 months vs 12–14 months: the values overlap',
    );
  });

  it('applies a caller tolerance instead of the default', () => {
    const tolerances = {
      ...defaultTolerances,
      duration: { ...defaultTolerances.duration, variationAbsolute: 5 },
    };
    expect(judge({ type: 'duration', low: 14 }, { type: 'duration', low: 18 }, tolerances)).toMatchObject({
      kind: 'variation',
      why: '14 months vs 18 months: 4 months apart, within the 5-month tolerance',
    });
  });
});

describe('compareClaims verdict: dates (2 months, no relative part)', () => {
  it('calls January against March 2020 a variation at the 2-month tolerance', () => {
    expect(
      judge({ type: 'date', low: monthIndex(2020, 1) }, { type: 'date', low: monthIndex(2020, 3) }),
    ).toMatchObject({
      kind: 'variation',
      why: 'Jan 2020 vs Mar 2020: 2 months apart, within the 2-month tolerance',
    });
  });

  it('calls January against April 2020 a contradiction, one month past the tolerance', () => {
    expect(
      judge({ type: 'date', low: monthIndex(2020, 1) }, { type: 'date', low: monthIndex(2020, 4) }),
    ).toMatchObject({
      kind: 'contradiction',
      why: 'Jan 2020 vs Apr 2020: 3 months apart, beyond the 2-month tolerance',
    });
  });

  it('widens an approximate date by one month on each side', () => {
    expect(
      judge(
        { type: 'date', low: monthIndex(2020, 1), approximate: true },
        { type: 'date', low: monthIndex(2020, 4) },
      ),
    ).toMatchObject({
      kind: 'variation',
      why: 'about Jan 2020 vs Apr 2020: 2 months apart, within the 2-month tolerance',
    });
  });

  it('does not widen the tolerance for a large month index: dates have no relative part', () => {
    expect(
      judge({ type: 'date', low: monthIndex(2030, 1) }, { type: 'date', low: monthIndex(2030, 4) }).kind,
    ).toBe('contradiction');
  });
});

describe('compareClaims verdict: percentages (1 point or 10 %)', () => {
  it('calls 5 % against 6 % a variation at the 1-point tolerance', () => {
    expect(judge({ type: 'percentage', low: 5 }, { type: 'percentage', low: 6 })).toMatchObject({
      kind: 'variation',
      why: '5% vs 6%: 1 point apart, within the 1-point tolerance',
    });
  });

  it('calls 5 % against 7 % a contradiction past the 1-point tolerance', () => {
    expect(judge({ type: 'percentage', low: 5 }, { type: 'percentage', low: 7 })).toMatchObject({
      kind: 'contradiction',
      why: '5% vs 7%: 2 points apart, beyond the 1-point tolerance',
    });
  });

  it('calls 27 % against 30 % a variation at the 10 % tolerance', () => {
    expect(judge({ type: 'percentage', low: 27 }, { type: 'percentage', low: 30 })).toMatchObject({
      kind: 'variation',
      why: '27% vs 30%: 3 points apart, within the 3-point tolerance',
    });
  });

  it('calls 26 % against 30 % a contradiction past the 10 % tolerance', () => {
    expect(judge({ type: 'percentage', low: 26 }, { type: 'percentage', low: 30 })).toMatchObject({
      kind: 'contradiction',
      why: '26% vs 30%: 4 points apart, beyond the 3-point tolerance',
    });
  });

  it('reports growth turned into a decline as a direction change', () => {
    expect(
      judge({ type: 'percentage', low: 30, signed: true }, { type: 'percentage', low: -30, signed: true }),
    ).toEqual({
      kind: 'contradiction',
      why: '+30% vs -30%: the direction changed (one says up, the other down)',
      flags: ['sign_flip'],
    });
  });

  it('reports a decline turned into growth as a direction change too', () => {
    expect(
      judge({ type: 'percentage', low: -2, signed: true }, { type: 'percentage', low: 1, signed: true })
        .flags,
    ).toEqual(['sign_flip']);
  });

  it('does not call a change to zero a direction change, only a gap', () => {
    expect(
      judge({ type: 'percentage', low: -5, signed: true }, { type: 'percentage', low: 0, signed: true }),
    ).toEqual({
      kind: 'contradiction',
      why: '-5% vs 0%: 5 points apart, beyond the 1-point tolerance',
      flags: [],
    });
  });

  it('does not call a change from zero a direction change either', () => {
    expect(
      judge({ type: 'percentage', low: 0, signed: true }, { type: 'percentage', low: -5, signed: true })
        .flags,
    ).toEqual([]);
    expect(
      judge({ type: 'percentage', low: 5, signed: true }, { type: 'percentage', low: 0, signed: true }).flags,
    ).toEqual([]);
  });

  it('compares magnitudes when only round two gives a direction', () => {
    expect(judge({ type: 'percentage', low: 30 }, { type: 'percentage', low: -30, signed: true })).toEqual({
      kind: 'consistent',
      why: '30% vs -30%: the values overlap',
      flags: [],
    });
  });

  it('compares magnitudes when only round one gives a direction', () => {
    expect(judge({ type: 'percentage', low: -30, signed: true }, { type: 'percentage', low: 30 })).toEqual({
      kind: 'consistent',
      why: '-30% vs 30%: the values overlap',
      flags: [],
    });
  });

  it('measures the gap by magnitude when only one side gives a direction', () => {
    expect(judge({ type: 'percentage', low: -20, signed: true }, { type: 'percentage', low: 15 })).toEqual({
      kind: 'contradiction',
      why: '-20% vs 15%: 5 points apart, beyond the 2-point tolerance',
      flags: [],
    });
  });

  it('keeps the sign when neither side gives a direction', () => {
    expect(judge({ type: 'percentage', low: -30 }, { type: 'percentage', low: 30 })).toMatchObject({
      kind: 'contradiction',
      why: '-30% vs 30%: 60 points apart, beyond the 3-point tolerance',
    });
  });

  it('sizes the relative tolerance by the magnitude of two declines', () => {
    expect(
      judge({ type: 'percentage', low: -30, signed: true }, { type: 'percentage', low: -33, signed: true }),
    ).toMatchObject({
      kind: 'variation',
      why: '-30% vs -33%: 3 points apart, within the 3.3-point tolerance',
    });
  });

  it('flips a decline stated as a range when comparing magnitudes', () => {
    expect(
      judge({ type: 'percentage', low: 22 }, { type: 'percentage', low: -25, high: -20, signed: true }).kind,
    ).toBe('consistent');
  });
});

describe('compareClaims verdict: money (15 %, never converted)', () => {
  it('calls $170,000 against $200,000 a variation at the 15 % tolerance', () => {
    expect(
      judge(
        { type: 'money', low: 170_000, currency: 'USD' },
        { type: 'money', low: 200_000, currency: 'USD' },
      ),
    ).toEqual({
      kind: 'variation',
      why: '$170,000 vs $200,000: $30,000 apart, within the $30,000 tolerance',
      flags: [],
    });
  });

  it('calls $169,000 against $200,000 a contradiction past the 15 % tolerance', () => {
    expect(
      judge(
        { type: 'money', low: 169_000, currency: 'USD' },
        { type: 'money', low: 200_000, currency: 'USD' },
      ),
    ).toMatchObject({
      kind: 'contradiction',
      why: '$169,000 vs $200,000: $31,000 apart, beyond the $30,000 tolerance',
    });
  });

  it('calls the same amount in the same currency the same value with no flag', () => {
    expect(
      judge(
        { type: 'money', low: 400_000, currency: 'USD' },
        { type: 'money', low: 400_000, currency: 'USD' },
      ),
    ).toEqual({ kind: 'consistent', why: '$400,000 vs $400,000: the same value', flags: [] });
  });

  it('flags an amount whose currency only round two names', () => {
    expect(judge({ type: 'money', low: 400_000 }, { type: 'money', low: 400_000, currency: 'USD' })).toEqual({
      kind: 'consistent',
      why: '400,000 vs $400,000: the same value',
      flags: ['currency_unknown'],
    });
  });

  it('flags an amount whose currency only round one names', () => {
    expect(
      judge({ type: 'money', low: 400_000, currency: 'EUR' }, { type: 'money', low: 400_000 }).flags,
    ).toEqual(['currency_unknown']);
  });

  it('does not flag amounts that both leave the currency out', () => {
    expect(judge({ type: 'money', low: 400_000 }, { type: 'money', low: 400_000 }).flags).toEqual([]);
  });

  it('calls the same amount in two currencies a variation and does not convert', () => {
    expect(
      judge(
        { type: 'money', low: 400_000, currency: 'GBP' },
        { type: 'money', low: 400_000, currency: 'USD' },
      ),
    ).toEqual({
      kind: 'variation',
      why: '£400,000 vs $400,000: different currencies (GBP vs USD), not converted; the amounts are £0 apart, within the 25% band',
      flags: ['currency_mismatch'],
    });
  });

  it('keeps amounts in two currencies a variation at the 25 % band', () => {
    expect(
      judge(
        { type: 'money', low: 300_000, currency: 'GBP' },
        { type: 'money', low: 400_000, currency: 'USD' },
      ),
    ).toMatchObject({
      kind: 'variation',
      why: '£300,000 vs $400,000: different currencies (GBP vs USD), not converted; the amounts are £100,000 apart, within the 25% band',
    });
  });

  it('calls amounts in two currencies a contradiction past the 25 % band', () => {
    expect(
      judge(
        { type: 'money', low: 299_000, currency: 'GBP' },
        { type: 'money', low: 400_000, currency: 'USD' },
      ),
    ).toEqual({
      kind: 'contradiction',
      why: '£299,000 vs $400,000: different currencies (GBP vs USD), not converted; the amounts are £101,000 apart, beyond the 25% band',
      flags: ['currency_mismatch'],
    });
  });

  it('names a caller band in percent', () => {
    const tolerances = {
      ...defaultTolerances,
      money: { ...defaultTolerances.money, currencyMismatchRelative: 0.1 },
    };
    expect(
      judge(
        { type: 'money', low: 300_000, currency: 'GBP' },
        { type: 'money', low: 400_000, currency: 'USD' },
        tolerances,
      ),
    ).toMatchObject({ kind: 'contradiction', why: expect.stringMatching(/beyond the 10% band$/) });
  });

  it('scales a monthly amount to a year before comparing it with a yearly one', () => {
    expect(
      judge(
        { type: 'money', low: 10_000, currency: 'USD', period: 'month' },
        { type: 'money', low: 120_000, currency: 'USD', period: 'year' },
      ),
    ).toEqual({
      kind: 'consistent',
      why: '$10,000 a month vs $120,000 a year: the values overlap',
      flags: [],
    });
  });

  it('scales whichever side is monthly', () => {
    expect(
      judge(
        { type: 'money', low: 120_000, currency: 'USD', period: 'year' },
        { type: 'money', low: 10_000, currency: 'USD', period: 'month' },
      ).kind,
    ).toBe('consistent');
  });

  it('scales both ends of a monthly range and names the gap in the year', () => {
    // $13k–14k a month is $156k–168k a year: $6k above $150k, within 15 % of $168k.
    expect(
      judge(
        { type: 'money', low: 13_000, high: 14_000, currency: 'USD', period: 'month' },
        { type: 'money', low: 150_000, currency: 'USD', period: 'year' },
      ),
    ).toEqual({
      kind: 'variation',
      why: '$13,000–$14,000 a month vs $150,000 a year: $6,000 apart, within the $25,200 tolerance',
      flags: [],
    });
  });

  it('scales a weekly and a quarterly amount to a year', () => {
    const yearly = { type: 'money', low: 104_000, currency: 'USD', period: 'year' } as const;
    expect(judge({ type: 'money', low: 2_000, currency: 'USD', period: 'week' }, yearly).kind).toBe(
      'consistent',
    );
    expect(judge({ type: 'money', low: 26_000, currency: 'USD', period: 'quarter' }, yearly).kind).toBe(
      'consistent',
    );
  });

  it('does not scale two amounts of the same period', () => {
    expect(
      judge(
        { type: 'money', low: 10_000, currency: 'USD', period: 'month' },
        { type: 'money', low: 11_500, currency: 'USD', period: 'month' },
      ),
    ).toMatchObject({
      kind: 'variation',
      why: '$10,000 a month vs $11,500 a month: $1,500 apart, within the $1,725 tolerance',
    });
  });

  it('does not scale when only one side names a period', () => {
    expect(
      judge(
        { type: 'money', low: 10_000, currency: 'USD', period: 'month' },
        { type: 'money', low: 120_000, currency: 'USD' },
      ),
    ).toMatchObject({
      kind: 'contradiction',
      why: '$10,000 a month vs $120,000: $110,000 apart, beyond the $18,000 tolerance',
    });
  });

  it('does not scale a period it has no rate for', () => {
    expect(
      judge(
        { type: 'money', low: 500, currency: 'USD', period: 'day' },
        { type: 'money', low: 120_000, currency: 'USD', period: 'year' },
      ),
    ).toMatchObject({
      kind: 'contradiction',
      why: '$500 a day vs $120,000 a year: $119,500 apart, beyond the $18,000 tolerance',
    });
  });
});

describe('compareClaims verdict: counts (1 or 10 %)', () => {
  it('calls 8 against 9 a variation at the absolute tolerance of one', () => {
    expect(judge({ type: 'count', low: 8 }, { type: 'count', low: 9 })).toEqual({
      kind: 'variation',
      why: '8 vs 9: 1 apart, within the ±1 tolerance',
      flags: [],
    });
  });

  it('calls 8 against 10 a contradiction past the tolerance of one', () => {
    expect(judge({ type: 'count', low: 8 }, { type: 'count', low: 10 })).toMatchObject({
      kind: 'contradiction',
      why: '8 vs 10: 2 apart, beyond the ±1 tolerance',
    });
  });

  it('calls 27 against 30 a variation at the 10 % tolerance', () => {
    expect(judge({ type: 'count', low: 27 }, { type: 'count', low: 30 })).toMatchObject({
      kind: 'variation',
      why: '27 vs 30: 3 apart, within the ±3 tolerance',
    });
  });

  it('calls 26 against 30 a contradiction past the 10 % tolerance', () => {
    expect(judge({ type: 'count', low: 26 }, { type: 'count', low: 30 })).toMatchObject({
      kind: 'contradiction',
      why: '26 vs 30: 4 apart, beyond the ±3 tolerance',
    });
  });

  it('widens a hedged count by one below', () => {
    expect(judge({ type: 'count', low: 10, approximate: true }, { type: 'count', low: 8 })).toMatchObject({
      kind: 'variation',
      why: 'about 10 vs 8: 1 apart, within the ±1.1 tolerance',
    });
  });

  it('widens a hedged count by one above', () => {
    expect(judge({ type: 'count', low: 10, approximate: true }, { type: 'count', low: 12 })).toMatchObject({
      kind: 'variation',
      why: 'about 10 vs 12: 1 apart, within the ±1.2 tolerance',
    });
  });

  it('widens a hedged small count by the absolute hedge when it is the larger', () => {
    expect(judge({ type: 'count', low: 5, approximate: true }, { type: 'count', low: 8 })).toMatchObject({
      kind: 'contradiction',
      why: 'about 5 vs 8: 2 apart, beyond the ±1 tolerance',
    });
  });

  it('widens a hedged large count by the relative hedge when it is the larger', () => {
    expect(judge({ type: 'count', low: 50, approximate: true }, { type: 'count', low: 60 })).toMatchObject({
      kind: 'variation',
      why: 'about 50 vs 60: 5 apart, within the ±6 tolerance',
    });
  });

  it('widens a hedged range by 10 % of its larger end', () => {
    expect(
      judge({ type: 'count', low: 10, high: 20, approximate: true }, { type: 'count', low: 24 }),
    ).toMatchObject({
      kind: 'variation',
      why: 'about 10–20 vs 24: 2 apart, within the ±2.4 tolerance',
    });
    expect(
      judge({ type: 'count', low: 10, high: 20, approximate: true }, { type: 'count', low: 25 }).kind,
    ).toBe('contradiction');
  });

  it('widens a hedged round-two count as well', () => {
    expect(judge({ type: 'count', low: 12 }, { type: 'count', low: 10, approximate: true }).kind).toBe(
      'variation',
    );
  });

  it('keeps a value above an open lower bound consistent', () => {
    expect(judge({ type: 'count', low: 10, bound: 'atLeast' }, { type: 'count', low: 50 })).toEqual({
      kind: 'consistent',
      why: 'at least 10 vs 50: the values overlap',
      flags: [],
    });
  });

  it('measures a value below an open lower bound from the bound', () => {
    expect(judge({ type: 'count', low: 10, bound: 'atLeast' }, { type: 'count', low: 5 })).toMatchObject({
      kind: 'contradiction',
      why: 'at least 10 vs 5: 5 apart, beyond the ±1 tolerance',
    });
  });

  it('reads "at least 0" as open upwards', () => {
    expect(judge({ type: 'count', low: 0, bound: 'atLeast' }, { type: 'count', low: 5 }).kind).toBe(
      'consistent',
    );
    expect(judge({ type: 'count', low: 0, bound: 'atLeast' }, { type: 'count', low: -3 }).kind).toBe(
      'contradiction',
    );
  });

  it('hedges an open lower bound by the absolute hedge only', () => {
    expect(
      judge({ type: 'count', low: 10, bound: 'atLeast', approximate: true }, { type: 'count', low: 8 }),
    ).toMatchObject({
      kind: 'variation',
      why: 'about at least 10 vs 8: 1 apart, within the ±1 tolerance',
    });
  });

  it('reads an open lower bound on a decline as open downwards', () => {
    const cut = (low: number) => ({ type: 'percentage' as const, low, signed: true });
    expect(judge({ ...cut(-10), bound: 'atLeast' }, cut(-25)).kind).toBe('consistent');
    expect(judge({ ...cut(-10), bound: 'atLeast' }, cut(-5))).toMatchObject({
      kind: 'contradiction',
      why: 'at least -10% vs -5%: 5 points apart, beyond the 1-point tolerance',
    });
  });

  it('keeps a value below an open upper bound consistent, down to zero', () => {
    expect(judge({ type: 'count', low: 10, bound: 'atMost' }, { type: 'count', low: 0 })).toEqual({
      kind: 'consistent',
      why: 'at most 10 vs 0: the values overlap',
      flags: [],
    });
  });

  it('measures a value above an open upper bound from the bound', () => {
    expect(judge({ type: 'count', low: 10, bound: 'atMost' }, { type: 'count', low: 12 })).toMatchObject({
      kind: 'contradiction',
      why: 'at most 10 vs 12: 2 apart, beyond the ±1.2 tolerance',
    });
  });

  it('compares counts by value: a sign on one or both sides is no direction to flip', () => {
    expect(judge({ type: 'count', low: -3, signed: true }, { type: 'count', low: 3 }).kind).toBe(
      'contradiction',
    );
    expect(
      judge({ type: 'count', low: -3, signed: true }, { type: 'count', low: 3, signed: true }),
    ).toMatchObject({
      kind: 'contradiction',
      flags: [],
    });
  });
});

describe('compareClaims verdict: titles', () => {
  const title = (low: number, label?: string) => ({
    type: 'role' as const,
    low,
    ...(label === undefined ? {} : { label }),
  });

  it('calls the same level consistent', () => {
    expect(judge(title(3, 'lead'), title(3, 'tech lead'))).toEqual({
      kind: 'consistent',
      why: 'lead (level 3) vs tech lead (level 3): the same level on the title ladder',
      flags: [],
    });
  });

  it('calls one level up a variation within the 1-level tolerance', () => {
    expect(judge(title(3, 'lead'), title(4, 'manager'))).toEqual({
      kind: 'variation',
      why: 'lead (level 3) vs manager (level 4): 1 level apart on the title ladder, within the 1-level tolerance',
      flags: [],
    });
  });

  it('calls one level down a variation as well', () => {
    expect(judge(title(4), title(3)).why).toBe(
      'manager (level 4) vs lead (level 3): 1 level apart on the title ladder, within the 1-level tolerance',
    );
  });

  it('calls two levels down a contradiction past the 1-level tolerance', () => {
    expect(judge(title(3, 'lead'), title(1, 'member'))).toMatchObject({
      kind: 'contradiction',
      why: 'lead (level 3) vs member (level 1): 2 levels apart on the title ladder, beyond the 1-level tolerance',
    });
  });

  it('applies a caller tolerance in levels', () => {
    const tolerances = { ...defaultTolerances, role: { variationLevels: 2 } };
    expect(judge(title(3), title(1), tolerances)).toMatchObject({
      kind: 'variation',
      why: 'lead (level 3) vs member (level 1): 2 levels apart on the title ladder, within the 2-level tolerance',
    });
  });
});

describe('compareClaims verdict: reasons for leaving', () => {
  const reasons = (...categories: string[]) => ({ type: 'leaveReason' as const, low: 0, categories });

  it('calls the same reason consistent', () => {
    expect(judge(reasons('growth'), reasons('growth'))).toEqual({
      kind: 'consistent',
      why: 'growth vs growth: the same reason',
      flags: [],
    });
  });

  it('calls a dropped reason a variation', () => {
    expect(judge(reasons('growth', 'team_change'), reasons('growth'))).toEqual({
      kind: 'variation',
      why: 'growth + team change vs growth: the reasons overlap but one adds or drops a reason',
      flags: [],
    });
  });

  it('calls an added reason a variation', () => {
    expect(judge(reasons('growth'), reasons('growth', 'relocation')).kind).toBe('variation');
  });

  it('calls two reasons with nothing in common a contradiction', () => {
    expect(judge(reasons('growth'), reasons('layoff'))).toEqual({
      kind: 'contradiction',
      why: 'growth vs layoff: no reason in common',
      flags: [],
    });
  });

  it('calls two claims without categories the same reason', () => {
    expect(judge({ type: 'leaveReason', low: 0 }, { type: 'leaveReason', low: 0 }).kind).toBe('consistent');
  });
});

describe('compareClaims verdict: stances', () => {
  const stance = (label: string) => ({ type: 'stance' as const, low: 0, label });

  it('calls the same wording the same stance', () => {
    expect(judge(stance('excited about the scope'), stance('excited about the scope'))).toEqual({
      kind: 'consistent',
      why: '"excited about the scope" vs "excited about the scope": the same stance',
      flags: [],
    });
  });

  it('calls two stances without wording the same stance', () => {
    expect(judge({ type: 'stance', low: 0 }, { type: 'stance', low: 0 }).why).toBe(
      '"" vs "": the same stance',
    );
  });

  it('calls a positive stance turned negative a contradiction', () => {
    expect(judge(stance('excited about the scope'), stance('worried about the scope'))).toEqual({
      kind: 'contradiction',
      why: '"excited about the scope" vs "worried about the scope": the stance turned around',
      flags: [],
    });
  });

  it('calls a negative stance turned positive a contradiction', () => {
    expect(judge(stance('hesitant'), stance('keen')).kind).toBe('contradiction');
  });

  it('reads a starred lexicon entry as a word prefix', () => {
    expect(judge(stance('excited'), stance('doubtful about it')).kind).toBe('contradiction');
  });

  it('reads an unstarred lexicon entry as a whole word only', () => {
    expect(judge(stance('keenly aware'), stance('worried')).kind).toBe('variation');
  });

  it('calls two positive wordings a variation', () => {
    expect(judge(stance('excited about the scope'), stance('keen on the scope'))).toEqual({
      kind: 'variation',
      why: '"excited about the scope" vs "keen on the scope": the stance is worded differently',
      flags: [],
    });
  });

  it('calls two negative wordings a variation', () => {
    expect(judge(stance('worried'), stance('wary')).kind).toBe('variation');
  });

  it('calls a neutral wording against a positive one a variation', () => {
    expect(judge(stance('curious about it'), stance('excited about it')).kind).toBe('variation');
    expect(judge(stance('worried'), stance('calm')).kind).toBe('variation');
  });

  it('counts a wording with both a positive and a negative word as neutral', () => {
    expect(judge(stance('excited but worried'), stance('worried')).kind).toBe('variation');
    expect(judge(stance('keen'), stance('excited but worried')).kind).toBe('variation');
  });
});

describe('compareClaims verdict: corrections', () => {
  it('accepts a correction of a contradiction and names both values', () => {
    expect(judge({ type: 'count', low: 8 }, { type: 'count', low: 12, corrective: true })).toEqual({
      kind: 'correction',
      why: '12 explicitly corrects 8: an accepted correction, not a contradiction',
      flags: ['corrected_contradiction'],
    });
  });

  it('accepts a correction of a variation and remembers what it was', () => {
    expect(judge({ type: 'count', low: 8 }, { type: 'count', low: 9, corrective: true }).flags).toEqual([
      'corrected_variation',
    ]);
  });

  it('keeps the flags of the comparison under a correction', () => {
    expect(
      judge(
        { type: 'money', low: 100_000, currency: 'GBP' },
        { type: 'money', low: 200_000, currency: 'USD', corrective: true },
      ).flags,
    ).toEqual(['currency_mismatch', 'corrected_contradiction']);
  });

  it('leaves a corrective claim that repeats the same value consistent', () => {
    expect(judge({ type: 'count', low: 8 }, { type: 'count', low: 8, corrective: true })).toEqual({
      kind: 'consistent',
      why: '8 vs 8: the same value',
      flags: [],
    });
  });

  it('ignores a corrective marker on the round-one claim', () => {
    expect(judge({ type: 'count', low: 8, corrective: true }, { type: 'count', low: 12 }).kind).toBe(
      'contradiction',
    );
  });

  it('accepts a correction whose retracted value is 5 % above round one', () => {
    expect(
      judge({ type: 'count', low: 20 }, { type: 'count', low: 30, corrective: true, correctedFrom: 21 }).kind,
    ).toBe('correction');
  });

  it('accepts a correction whose retracted value is 5 % below round one', () => {
    expect(
      judge({ type: 'count', low: 20 }, { type: 'count', low: 30, corrective: true, correctedFrom: 19 }).kind,
    ).toBe('correction');
  });

  it('flags a correction whose retracted value is past 5 % above round one', () => {
    expect(
      judge({ type: 'count', low: 20 }, { type: 'count', low: 30, corrective: true, correctedFrom: 21.5 }),
    ).toEqual({
      kind: 'contradiction',
      why: '20 vs 30: 10 apart, beyond the ±3 tolerance; round two presents this as a correction, but the value it corrects does not match what round one said',
      flags: ['correction_mismatch'],
    });
  });

  it('flags a correction whose retracted value is past 5 % below round one', () => {
    expect(
      judge({ type: 'count', low: 20 }, { type: 'count', low: 30, corrective: true, correctedFrom: 18.5 })
        .flags,
    ).toEqual(['correction_mismatch']);
  });

  it('matches a retracted percentage by magnitude against a decline', () => {
    const cut = { type: 'percentage', signed: true } as const;
    expect(judge({ ...cut, low: -20 }, { ...cut, low: -30, corrective: true, correctedFrom: 20 }).kind).toBe(
      'correction',
    );
  });

  it('matches a retracted percentage by magnitude against a decline given as a range', () => {
    const cut = { type: 'percentage', signed: true } as const;
    expect(
      judge({ ...cut, low: -25, high: -20 }, { ...cut, low: -30, corrective: true, correctedFrom: 22 }).kind,
    ).toBe('correction');
  });

  it('applies a caller tolerance to the retracted value', () => {
    const tolerances = { ...defaultTolerances, correctionMatchRelative: 0.2 };
    expect(
      judge(
        { type: 'count', low: 20 },
        { type: 'count', low: 30, corrective: true, correctedFrom: 24 },
        tolerances,
      ).kind,
    ).toBe('correction');
  });

  it('measures the slack of a retracted value against the larger end of a range', () => {
    // 100–200: 5 % of 200 is 10, so 208 is still round one's value and 211 is not.
    const one = { type: 'count', low: 100, high: 200 } as const;
    expect(judge(one, { type: 'count', low: 400, corrective: true, correctedFrom: 208 }).kind).toBe(
      'correction',
    );
    expect(judge(one, { type: 'count', low: 400, corrective: true, correctedFrom: 211 }).kind).toBe(
      'contradiction',
    );
  });

  it('does not match a retracted size outside a range of cuts', () => {
    // Round one: "cut by 10–20%" (-20 to -10); round two retracts "15", then "25".
    const cut = { type: 'percentage', signed: true } as const;
    const one = { ...cut, low: -20, high: -10 };
    expect(judge(one, { ...cut, low: -40, corrective: true, correctedFrom: 15 }).kind).toBe('correction');
    expect(judge(one, { ...cut, low: -40, corrective: true, correctedFrom: 25 }).kind).toBe('contradiction');
  });

  it('matches a retracted value given with its sign, and refuses one past 5 % by size', () => {
    const cut = { type: 'percentage', signed: true } as const;
    const two = (correctedFrom: number) => ({ ...cut, low: -10, corrective: true, correctedFrom });
    expect(judge({ ...cut, low: -20 }, two(-20)).kind).toBe('correction');
    expect(judge({ ...cut, low: -20 }, two(22)).flags).toContain('correction_mismatch');
  });
});
