import { describe, expect, it } from 'vitest';
import { resolveTolerances } from '../../src/consistency/tolerances.js';
import { defaultTolerances } from '../../src/index.js';

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

describe('resolveTolerances', () => {
  it('gives the defaults when nothing is overridden', () => {
    expect(resolveTolerances(undefined)).toEqual(defaultTolerances);
  });

  it('gives the defaults for an empty override', () => {
    expect(resolveTolerances({})).toEqual(defaultTolerances);
  });

  it('replaces one field of a quantity type and keeps its other fields', () => {
    const resolved = resolveTolerances({ duration: { variationAbsolute: 3 } });
    expect(resolved.duration).toEqual({
      hedgeAbsolute: 1,
      hedgeRelative: 0.1,
      variationAbsolute: 3,
      variationRelative: 0.15,
    });
    expect(resolved.count).toEqual(defaultTolerances.count);
  });

  it.each(['duration', 'date', 'percentage', 'count'] as const)(
    'applies an override of the %s tolerance to that type only',
    (type) => {
      const resolved = resolveTolerances({ [type]: { variationRelative: 0.5 } });
      expect(resolved[type]).toEqual({ ...defaultTolerances[type], variationRelative: 0.5 });
      for (const other of ['duration', 'date', 'percentage', 'count'] as const) {
        if (other !== type) expect(resolved[other]).toEqual(defaultTolerances[other]);
      }
    },
  );

  it('keeps the currency band when only the money variation is overridden', () => {
    const resolved = resolveTolerances({ money: { variationRelative: 0.2 } });
    expect(resolved.money).toEqual({
      hedgeAbsolute: 0,
      hedgeRelative: 0.1,
      variationAbsolute: 0,
      variationRelative: 0.2,
      currencyMismatchRelative: 0.25,
    });
  });

  it('keeps the money defaults when another type is overridden', () => {
    expect(resolveTolerances({ count: { variationAbsolute: 2 } }).money).toEqual(defaultTolerances.money);
  });

  it('overrides the title levels allowed as a variation', () => {
    expect(resolveTolerances({ role: { variationLevels: 0 } }).role).toEqual({ variationLevels: 0 });
  });

  it('keeps the title levels when another type is overridden', () => {
    expect(resolveTolerances({ date: { variationAbsolute: 0 } }).role).toEqual({ variationLevels: 1 });
  });

  it('overrides the correction match and keeps it otherwise', () => {
    expect(resolveTolerances({ correctionMatchRelative: 0.2 }).correctionMatchRelative).toBe(0.2);
    expect(resolveTolerances({ correctionMatchRelative: 0 }).correctionMatchRelative).toBe(0);
    expect(resolveTolerances({ role: { variationLevels: 2 } }).correctionMatchRelative).toBe(0.05);
  });

  it('does not change the defaults it merges into', () => {
    resolveTolerances({ duration: { variationAbsolute: 9 }, money: { currencyMismatchRelative: 0.9 } });
    expect(defaultTolerances.duration.variationAbsolute).toBe(2);
    expect(defaultTolerances.money.currencyMismatchRelative).toBe(0.25);
  });
});
