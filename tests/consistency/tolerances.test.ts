import { describe, expect, it } from 'vitest';
import { type ClaimType, defaultTolerances, type ToleranceOverrides } from '../../src/index.js';
import { claimOf, monthIndex, verdictOf } from './check-fixtures.js';

// The default tolerances, and overrides merged over them type by type, seen in the reasons compareClaims gives
// (formerly pinned on the internal resolveTolerances, issue 15 item 6).

describe('defaultTolerances', () => {
  it('allows a two-month variation in a duration', () => {
    expect(defaultTolerances.duration.variationAbsolute).toBe(2);
  });

  it('never widens a date by a share of the month index', () => {
    expect(defaultTolerances.date.hedgeRelative).toBe(0);
    expect(defaultTolerances.date.variationRelative).toBe(0);
  });

  it('allows one title level of variation and a 25 % band across currencies', () => {
    expect(defaultTolerances.role.variationLevels).toBe(1);
    expect(defaultTolerances.money.currencyMismatchRelative).toBe(0.25);
  });
});

function exact(type: ClaimType, value: number, extra: object = {}) {
  return claimOf({ type, low: value, high: value, ...extra });
}

/** The reasons of the probe pairs under the given overrides, by name. */
function reasons(tolerance?: ToleranceOverrides): Record<string, string> {
  const options = tolerance === undefined ? undefined : { tolerance };
  const pairs: Record<string, [ReturnType<typeof exact>, ReturnType<typeof exact>]> = {
    duration: [exact('duration', 12), exact('duration', 14)],
    date: [exact('date', monthIndex(2020, 1)), exact('date', monthIndex(2020, 4))],
    percentage: [exact('percentage', 20), exact('percentage', 25)],
    count: [exact('count', 10), exact('count', 12)],
    money: [exact('money', 100_000, { currency: 'USD' }), exact('money', 120_000, { currency: 'USD' })],
    band: [exact('money', 100_000, { currency: 'USD' }), exact('money', 110_000, { currency: 'EUR' })],
    role: [exact('role', 1), exact('role', 3)],
  };
  return Object.fromEntries(
    Object.entries(pairs).map(([name, [one, two]]) => [name, verdictOf(one, two, options).why]),
  );
}

const defaults = {
  duration: '12 months vs 14 months: 2 months apart, within the 2.1-month tolerance',
  date: 'Jan 2020 vs Apr 2020: 3 months apart, beyond the 2-month tolerance',
  percentage: '20% vs 25%: 5 points apart, beyond the 2.5-point tolerance',
  count: '10 vs 12: 2 apart, beyond the ±1.2 tolerance',
  money: '$100,000 vs $120,000: $20,000 apart, beyond the $18,000 tolerance',
  band: '$100,000 vs €110,000: different currencies (USD vs EUR), not converted; the amounts are $10,000 apart, within the 25% band',
  role: 'member (level 1) vs lead (level 3): 2 levels apart on the title ladder, beyond the 1-level tolerance',
};

describe('tolerance overrides', () => {
  it('gives the defaults when nothing is overridden, or an empty override', () => {
    expect(reasons()).toEqual(defaults);
    expect(reasons({})).toEqual(defaults);
  });

  it('replaces one field of a quantity type and keeps its other fields', () => {
    // variationAbsolute 3, variationRelative still 0.15, hedge still max(1, 10 %): about 10 → 9–11.
    const tolerance = { duration: { variationAbsolute: 3 } };
    const hedged = verdictOf(exact('duration', 10, { approximate: true }), exact('duration', 14), {
      tolerance,
    });
    expect(hedged.why).toBe('about 10 months vs 14 months: 3 months apart, within the 3-month tolerance');
    expect(verdictOf(exact('duration', 20), exact('duration', 24), { tolerance }).why).toBe(
      '20 months vs 24 months: 4 months apart, beyond the 3.6-month tolerance',
    );
    expect(reasons(tolerance)).toEqual({
      ...defaults,
      duration: '12 months vs 14 months: 2 months apart, within the 3-month tolerance',
    });
  });

  it.each([
    ['duration', { duration: '12 months vs 14 months: 2 months apart, within the 7-month tolerance' }],
    ['percentage', { percentage: '20% vs 25%: 5 points apart, within the 12.5-point tolerance' }],
    ['count', { count: '10 vs 12: 2 apart, within the ±6 tolerance' }],
  ] as const)('applies an override of the %s tolerance to that type only', (type, changed) => {
    expect(reasons({ [type]: { variationRelative: 0.5 } })).toEqual({ ...defaults, ...changed });
  });

  it('applies an override of the date tolerance to dates only', () => {
    const overridden = reasons({ date: { variationAbsolute: 3 } });
    expect(overridden).toEqual({
      ...defaults,
      date: 'Jan 2020 vs Apr 2020: 3 months apart, within the 3-month tolerance',
    });
  });

  it('keeps the currency band when only the money variation is overridden', () => {
    expect(reasons({ money: { variationRelative: 0.2 } })).toEqual({
      ...defaults,
      money: '$100,000 vs $120,000: $20,000 apart, within the $24,000 tolerance',
    });
  });

  it('overrides the title levels allowed as a variation, and keeps them when another type is overridden', () => {
    expect(reasons({ role: { variationLevels: 2 } })).toEqual({
      ...defaults,
      role: 'member (level 1) vs lead (level 3): 2 levels apart on the title ladder, within the 2-level tolerance',
    });
    expect(reasons({ date: { variationAbsolute: 0 } }).role).toBe(defaults.role);
  });

  it('overrides the correction match and keeps it otherwise', () => {
    const corrected = (correctedFrom: number, tolerance?: ToleranceOverrides) =>
      verdictOf(exact('count', 20), exact('count', 30, { corrective: true, correctedFrom }), {
        tolerance: tolerance ?? {},
      }).kind;
    expect(corrected(24)).toBe('contradiction');
    expect(corrected(24, { correctionMatchRelative: 0.2 })).toBe('correction');
    expect(corrected(21, { correctionMatchRelative: 0 })).toBe('contradiction');
    expect(corrected(20, { correctionMatchRelative: 0 })).toBe('correction');
    expect(corrected(21, { role: { variationLevels: 2 } })).toBe('correction');
  });

  it('does not change the defaults it merges into', () => {
    reasons({ duration: { variationAbsolute: 9 }, money: { currencyMismatchRelative: 0.9 } });
    expect(defaultTolerances.duration.variationAbsolute).toBe(2);
    expect(defaultTolerances.money.currencyMismatchRelative).toBe(0.25);
  });
});
