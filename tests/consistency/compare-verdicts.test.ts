import { describe, expect, it } from 'vitest';
import { judgeClaims } from '../../src/consistency/compare.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { defaultTolerances } from '../../src/consistency/tolerances.js';
import type { Claim } from '../../src/index.js';
import { claimOf as claim } from './check-fixtures.js';

// judgeClaims on hand-built claims, with the default tolerances:
//   count      gap allowed = max(1, 10 % of the largest value); "about" widens by max(1, 10 %)
//   duration   max(2 months, 15 %)            date   2 months
//   percentage max(1 point, 10 %)             money  15 % (25 % band across currencies)
//   role       1 level                        correction match: within 5 % of round one's value

function value(type: Claim['type'], amount: number, fields: Partial<Claim> = {}): Claim {
  return claim({ type, low: amount, high: amount, ...fields });
}

function judge(one: Claim, two: Claim) {
  return judgeClaims(one, two, defaultTolerances, englishLexicon);
}

const MONTH = (year: number, month: number) => year * 12 + month - 1;

describe('judgeClaims on counts', () => {
  it('calls equal values the same value', () => {
    expect(judge(value('count', 8), value('count', 8))).toEqual({
      kind: 'consistent',
      why: '8 vs 8: the same value',
      flags: [],
    });
  });

  it('calls a value inside a range an overlap, not the same value', () => {
    const verdict = judge(claim({ type: 'count', low: 8, high: 10 }), value('count', 9));
    expect(verdict.kind).toBe('consistent');
    expect(verdict.why).toBe('8–10 vs 9: the values overlap');
  });

  it('calls ranges that share only one end an overlap', () => {
    expect(judge(claim({ type: 'count', low: 8, high: 10 }), claim({ type: 'count', low: 8, high: 12 })).why).toBe(
      '8–10 vs 8–12: the values overlap',
    );
    expect(judge(claim({ type: 'count', low: 6, high: 10 }), claim({ type: 'count', low: 8, high: 10 })).why).toBe(
      '6–10 vs 8–10: the values overlap',
    );
  });

  it('treats a gap of exactly the absolute tolerance as a variation', () => {
    // 5 vs 6: 10 % of 6 is 0.6, so the 1-person floor applies and a gap of 1 is allowed.
    expect(judge(value('count', 5), value('count', 6))).toEqual({
      kind: 'variation',
      why: '5 vs 6: 1 apart, within the ±1 tolerance',
      flags: [],
    });
  });

  it('treats a gap one past the absolute tolerance as a contradiction', () => {
    expect(judge(value('count', 5), value('count', 7)).kind).toBe('contradiction');
  });

  it('scales the tolerance with the larger value and measures the gap both ways', () => {
    expect(judge(value('count', 10), value('count', 11)).why).toBe(
      '10 vs 11: 1 apart, within the ±1.1 tolerance',
    );
    expect(judge(value('count', 12), value('count', 10))).toEqual({
      kind: 'contradiction',
      why: '12 vs 10: 2 apart, beyond the ±1.2 tolerance',
      flags: [],
    });
    expect(judge(value('count', 20), value('count', 22)).kind).toBe('variation');
    expect(judge(value('count', 20), value('count', 23)).kind).toBe('contradiction');
  });

  it('widens a hedged value before measuring the gap', () => {
    // about 10 → 9–11; 12 is 1 past it, within 10 % of 12.
    const verdict = judge(value('count', 10, { approximate: true }), value('count', 12));
    expect(verdict.kind).toBe('variation');
    expect(verdict.why).toBe('about 10 vs 12: 1 apart, within the ±1.2 tolerance');
    expect(judge(value('count', 10), value('count', 12)).kind).toBe('contradiction');
  });

  it('widens a hedged range by a share of its larger end', () => {
    // about 10–20 widens by 10 % of 20 = 2 → 8–22; 24 is 2 past it, within 2.4.
    const hedged = claim({ type: 'count', low: 10, high: 20, approximate: true });
    expect(judge(hedged, value('count', 24)).kind).toBe('variation');
    expect(judge(hedged, value('count', 25)).kind).toBe('contradiction');
  });

  it('reads "at least" as open upwards, and from zero too', () => {
    expect(judge(value('count', 10, { bound: 'atLeast' }), value('count', 50))).toEqual({
      kind: 'consistent',
      why: 'at least 10 vs 50: the values overlap',
      flags: [],
    });
    expect(judge(value('count', 0, { bound: 'atLeast' }), value('count', 5)).kind).toBe('consistent');
    expect(judge(value('count', 0, { bound: 'atLeast' }), value('count', -3)).kind).toBe('contradiction');
  });

  it('reads "at most" as reaching down to zero', () => {
    expect(judge(value('count', 10, { bound: 'atMost' }), value('count', 3))).toEqual({
      kind: 'consistent',
      why: 'at most 10 vs 3: the values overlap',
      flags: [],
    });
    expect(judge(value('count', 10, { bound: 'atMost' }), value('count', 13)).kind).toBe('contradiction');
  });

  it('compares counts by value, even when only one carries a sign', () => {
    expect(judge(value('count', -3, { signed: true }), value('count', 3)).kind).toBe('contradiction');
  });

  it('keeps a sign on counts: only percentages have a direction to flip', () => {
    const verdict = judge(value('count', -3, { signed: true }), value('count', 3, { signed: true }));
    expect(verdict.kind).toBe('contradiction');
    expect(verdict.flags).toEqual([]);
  });
});

describe('judgeClaims on percentages', () => {
  it('flags a change of direction between two signed percentages', () => {
    expect(
      judge(value('percentage', 20, { signed: true }), value('percentage', -20, { signed: true })),
    ).toEqual({
      kind: 'contradiction',
      why: '+20% vs -20%: the direction changed (one says up, the other down)',
      flags: ['sign_flip'],
    });
  });

  it('compares a signed cut with an unsigned figure by size alone', () => {
    expect(judge(value('percentage', -20, { signed: true }), value('percentage', 20))).toEqual({
      kind: 'consistent',
      why: '-20% vs 20%: the values overlap',
      flags: [],
    });
  });

  it('does not call a direction change when only one side has a direction', () => {
    const verdict = judge(value('percentage', 20), value('percentage', -20, { signed: true }));
    expect(verdict.flags).not.toContain('sign_flip');
    expect(verdict.kind).toBe('consistent');
  });

  it('gives a flat change no direction to flip', () => {
    expect(
      judge(value('percentage', 5, { signed: true }), value('percentage', 0, { signed: true })).flags,
    ).toEqual([]);
    expect(
      judge(value('percentage', -5, { signed: true }), value('percentage', 0, { signed: true })).flags,
    ).toEqual([]);
  });

  it('measures a signed cut against an unsigned figure by size, gap included', () => {
    // -20 signed vs 15: sizes 20 and 15, 5 points apart, beyond 10 % of 20.
    expect(judge(value('percentage', -20, { signed: true }), value('percentage', 15)).why).toBe(
      '-20% vs 15%: 5 points apart, beyond the 2-point tolerance',
    );
    expect(judge(value('percentage', -20, { signed: true }), value('percentage', 25)).kind).toBe(
      'contradiction',
    );
  });

  it('reads "at least" on a cut as a cut of that size or more', () => {
    // "cut by at least 5%" covers -5 and below: -20 fits, -2 does not.
    const atLeastCut = value('percentage', -5, { signed: true, bound: 'atLeast' });
    expect(judge(atLeastCut, value('percentage', -20, { signed: true })).kind).toBe('consistent');
    expect(judge(atLeastCut, value('percentage', -2, { signed: true })).kind).toBe('contradiction');
  });

  it('measures two same-direction percentages in points', () => {
    expect(
      judge(value('percentage', 20, { signed: true }), value('percentage', 25, { signed: true })),
    ).toEqual({
      kind: 'contradiction',
      why: '+20% vs +25%: 5 points apart, beyond the 2.5-point tolerance',
      flags: [],
    });
    expect(judge(value('percentage', 30), value('percentage', 31)).why).toBe(
      '30% vs 31%: 1 point apart, within the 3.1-point tolerance',
    );
  });
});

describe('judgeClaims on money', () => {
  it('converts a monthly figure to a yearly one before comparing', () => {
    const yearly = value('money', 150_000, { currency: 'USD', period: 'year' });
    const monthly = value('money', 12_500, { currency: 'USD', period: 'month' });
    expect(judge(yearly, monthly)).toEqual({
      kind: 'consistent',
      why: '$150,000 a year vs $12,500 a month: the values overlap',
      flags: [],
    });
  });

  it('converts both ends of a monthly range', () => {
    // $13k–14k a month is $156k–168k a year: $6k above $150k, within 15 % of $168k.
    const monthly = claim({ type: 'money', low: 13_000, high: 14_000, currency: 'USD', period: 'month' });
    const verdict = judge(monthly, value('money', 150_000, { currency: 'USD', period: 'year' }));
    expect(verdict.kind).toBe('variation');
    expect(verdict.why).toBe(
      '$13,000–$14,000 a month vs $150,000 a year: $6,000 apart, within the $25,200 tolerance',
    );
  });

  it('leaves a rate alone when the other side names no period', () => {
    const monthly = value('money', 12_500, { currency: 'USD', period: 'month' });
    expect(judge(monthly, value('money', 12_500, { currency: 'USD' })).why).toBe(
      '$12,500 a month vs $12,500: the same value',
    );
  });

  it('reports the gap of two rates of the same period in that period', () => {
    const one = value('money', 10_000, { currency: 'USD', period: 'month' });
    const two = value('money', 20_000, { currency: 'USD', period: 'month' });
    expect(judge(one, two).why).toBe(
      '$10,000 a month vs $20,000 a month: $10,000 apart, beyond the $3,000 tolerance',
    );
  });

  it('allows 15 % between amounts in the same currency', () => {
    expect(
      judge(value('money', 100_000, { currency: 'USD' }), value('money', 110_000, { currency: 'USD' })),
    ).toEqual({
      kind: 'variation',
      why: '$100,000 vs $110,000: $10,000 apart, within the $16,500 tolerance',
      flags: [],
    });
    expect(
      judge(value('money', 100_000, { currency: 'USD' }), value('money', 120_000, { currency: 'USD' })).why,
    ).toBe('$100,000 vs $120,000: $20,000 apart, beyond the $18,000 tolerance');
  });

  it('never converts currencies: it compares within a 25 % band and says so', () => {
    expect(
      judge(value('money', 100_000, { currency: 'USD' }), value('money', 110_000, { currency: 'EUR' })),
    ).toEqual({
      kind: 'variation',
      why: '$100,000 vs €110,000: different currencies (USD vs EUR), not converted; the amounts are $10,000 apart, within the 25% band',
      flags: ['currency_mismatch'],
    });
    const far = judge(
      value('money', 100_000, { currency: 'USD' }),
      value('money', 200_000, { currency: 'EUR' }),
    );
    expect(far.kind).toBe('contradiction');
    expect(far.why).toContain('the amounts are $100,000 apart, beyond the 25% band');
    // 75k vs 100k: 25k is exactly 25 % of 100k, still within the band.
    expect(
      judge(value('money', 75_000, { currency: 'GBP' }), value('money', 100_000, { currency: 'USD' })).kind,
    ).toBe('variation');
    // 100k vs 133k: 33k is within 25 % of 133k.
    expect(
      judge(value('money', 100_000, { currency: 'GBP' }), value('money', 133_000, { currency: 'USD' })).kind,
    ).toBe('variation');
  });

  it('flags an amount compared with one of unknown currency', () => {
    const verdict = judge(value('money', 100_000, { currency: 'USD' }), value('money', 100_000));
    expect(verdict).toEqual({
      kind: 'consistent',
      why: '$100,000 vs 100,000: the same value',
      flags: ['currency_unknown'],
    });
    expect(judge(value('money', 100_000), value('money', 100_000, { currency: 'EUR' })).flags).toEqual([
      'currency_unknown',
    ]);
    expect(judge(value('money', 100_000), value('money', 100_000)).flags).toEqual([]);
  });
});

describe('judgeClaims on dates and durations', () => {
  it('allows two months between dates, and no more', () => {
    expect(judge(value('date', MONTH(2020, 1)), value('date', MONTH(2020, 3)))).toEqual({
      kind: 'variation',
      why: 'Jan 2020 vs Mar 2020: 2 months apart, within the 2-month tolerance',
      flags: [],
    });
    expect(judge(value('date', MONTH(2020, 1)), value('date', MONTH(2020, 4)))).toEqual({
      kind: 'contradiction',
      why: 'Jan 2020 vs Apr 2020: 3 months apart, beyond the 2-month tolerance',
      flags: [],
    });
    // A large month index must not widen the date tolerance: it has no relative part.
    expect(judge(value('date', MONTH(2030, 1)), value('date', MONTH(2030, 4))).kind).toBe('contradiction');
  });

  it('allows the larger of two months and 15 % between durations', () => {
    expect(judge(value('duration', 12), value('duration', 14)).why).toBe(
      '12 months vs 14 months: 2 months apart, within the 2.1-month tolerance',
    );
    expect(judge(value('duration', 12), value('duration', 18)).why).toBe(
      '12 months vs 18 months: 6 months apart, beyond the 2.7-month tolerance',
    );
  });
});

describe('judgeClaims on titles', () => {
  it('calls the same level the same, naming the level', () => {
    expect(judge(value('role', 3), value('role', 3, { label: 'tech lead' }))).toEqual({
      kind: 'consistent',
      why: 'lead (level 3) vs tech lead (level 3): the same level on the title ladder',
      flags: [],
    });
  });

  it('allows one level and says "level" in the singular', () => {
    expect(judge(value('role', 3), value('role', 4))).toEqual({
      kind: 'variation',
      why: 'lead (level 3) vs manager (level 4): 1 level apart on the title ladder, within the 1-level tolerance',
      flags: [],
    });
  });

  it('calls two levels or more a contradiction', () => {
    expect(judge(value('role', 1), value('role', 4))).toEqual({
      kind: 'contradiction',
      why: 'member (level 1) vs manager (level 4): 3 levels apart on the title ladder, beyond the 1-level tolerance',
      flags: [],
    });
  });
});

describe('judgeClaims on reasons for leaving', () => {
  const reason = (...categories: string[]) => claim({ type: 'leaveReason', categories, low: 0, high: 0 });

  it('calls the same reasons the same', () => {
    expect(judge(reason('layoff'), reason('layoff'))).toEqual({
      kind: 'consistent',
      why: 'layoff vs layoff: the same reason',
      flags: [],
    });
    expect(judge(claim({ type: 'leaveReason' }), claim({ type: 'leaveReason' })).kind).toBe('consistent');
  });

  it('calls an added or dropped reason a variation', () => {
    expect(judge(reason('layoff', 'career_growth'), reason('layoff'))).toEqual({
      kind: 'variation',
      why: 'layoff + career growth vs layoff: the reasons overlap but one adds or drops a reason',
      flags: [],
    });
    expect(judge(reason('layoff'), reason('layoff', 'relocation')).kind).toBe('variation');
  });

  it('calls reasons with nothing in common a contradiction', () => {
    expect(judge(reason('layoff'), reason('fired'))).toEqual({
      kind: 'contradiction',
      why: 'layoff vs fired: no reason in common',
      flags: [],
    });
  });
});

describe('judgeClaims on stances', () => {
  const stance = (label?: string) => claim({ type: 'stance', ...(label === undefined ? {} : { label }) });

  it('calls the same wording the same stance', () => {
    expect(judge(stance('excited about the role'), stance('excited about the role'))).toEqual({
      kind: 'consistent',
      why: '"excited about the role" vs "excited about the role": the same stance',
      flags: [],
    });
    expect(judge(stance(), stance('')).kind).toBe('consistent');
  });

  it('calls a positive stance turned negative a contradiction', () => {
    expect(judge(stance('excited'), stance('worried'))).toEqual({
      kind: 'contradiction',
      why: '"excited" vs "worried": the stance turned around',
      flags: [],
    });
  });

  it('matches a word stem given with a trailing star', () => {
    // 'doubt*' is in the negative list: "doubtful" matches it, "delighted" does not.
    expect(judge(stance('keen on it'), stance('doubtful about the move')).kind).toBe('contradiction');
    expect(judge(stance('keen'), stance('delighted')).kind).toBe('variation');
  });

  it('calls a change of wording without a change of sides a variation', () => {
    expect(judge(stance('excited'), stance('keen'))).toEqual({
      kind: 'variation',
      why: '"excited" vs "keen": the stance is worded differently',
      flags: [],
    });
    expect(judge(stance('worried'), stance('calm')).kind).toBe('variation');
    expect(judge(stance('excited'), stance('calm')).kind).toBe('variation');
  });

  it('matches a stance word whole unless the list gives it a star', () => {
    // 'wary' is listed without a star: "warm" is not wary.
    expect(judge(stance('excited'), stance('warm welcome')).kind).toBe('variation');
  });

  it('reads a mixed stance as neither side', () => {
    expect(judge(stance('excited but worried'), stance('worried')).kind).toBe('variation');
  });
});

describe('judgeClaims on corrections', () => {
  const corrective = (type: Claim['type'], amount: number, fields: Partial<Claim> = {}) =>
    value(type, amount, { corrective: true, ...fields });

  it('accepts an explicit correction instead of flagging the change', () => {
    expect(judge(value('count', 8), corrective('count', 10))).toEqual({
      kind: 'correction',
      why: '10 explicitly corrects 8: an accepted correction, not a contradiction',
      flags: ['corrected_contradiction'],
    });
    expect(judge(value('count', 10), corrective('count', 11)).flags).toEqual(['corrected_variation']);
  });

  it('keeps a consistent verdict as it is, correction or not', () => {
    expect(judge(value('count', 10), corrective('count', 10)).kind).toBe('consistent');
  });

  it('keeps the flags of the comparison on a correction', () => {
    const verdict = judge(
      value('money', 100_000, { currency: 'USD' }),
      corrective('money', 200_000, { currency: 'EUR' }),
    );
    expect(verdict.kind).toBe('correction');
    expect(verdict.flags).toEqual(['currency_mismatch', 'corrected_contradiction']);
  });

  it('accepts a retracted value within 5 % of what round one said', () => {
    const one = value('count', 100);
    for (const retracted of [95, 100, 105]) {
      expect(judge(one, corrective('count', 150, { correctedFrom: retracted })).kind).toBe('correction');
    }
  });

  it('does not accept a correction of a value round one never gave', () => {
    const one = value('count', 100);
    for (const retracted of [94, 106]) {
      const verdict = judge(one, corrective('count', 150, { correctedFrom: retracted }));
      expect(verdict.kind).toBe('contradiction');
      expect(verdict.why).toBe(
        '100 vs 150: 50 apart, beyond the ±15 tolerance; round two presents this as a correction, but the value it corrects does not match what round one said',
      );
      expect(verdict.flags).toEqual(['correction_mismatch']);
    }
  });

  it('measures the slack against the larger end of a range', () => {
    // 100–200: 5 % of 200 is 10, so 208 is still round one's value.
    const one = claim({ type: 'count', low: 100, high: 200 });
    expect(judge(one, corrective('count', 400, { correctedFrom: 208 })).kind).toBe('correction');
    expect(judge(one, corrective('count', 400, { correctedFrom: 211 })).kind).toBe('contradiction');
  });

  it('matches a retracted size against a range of cuts', () => {
    // Round one: "cut by 10–20%" (-20 to -10); round two retracts "15".
    const one = claim({ type: 'percentage', low: -20, high: -10, signed: true });
    expect(judge(one, corrective('percentage', -40, { signed: true, correctedFrom: 15 })).kind).toBe(
      'correction',
    );
    expect(judge(one, corrective('percentage', -40, { signed: true, correctedFrom: 25 })).kind).toBe(
      'contradiction',
    );
  });

  it('matches a retracted value by size when round one gave it with a sign', () => {
    // Round one: "cut by 20%" (-20); round two retracts "21", by size within 5 % (1 point).
    const one = value('percentage', -20, { signed: true });
    const two = (retracted: number) =>
      corrective('percentage', -10, { signed: true, correctedFrom: retracted });
    expect(judge(one, two(21)).kind).toBe('correction');
    expect(judge(one, two(19)).kind).toBe('correction');
    expect(judge(one, two(22)).flags).toContain('correction_mismatch');
    expect(judge(one, two(18)).flags).toContain('correction_mismatch');
    expect(judge(one, two(-20)).kind).toBe('correction');
  });
});
