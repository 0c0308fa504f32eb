import type { ConsistencyTolerances, ToleranceOverrides } from './types.js';

/**
 * The default tolerances of the consistency check, per claim type (durations in months, dates in
 * months, percentages in points, money and counts in their own units).
 *
 * @example
 * defaultTolerances.duration.variationAbsolute // => 2
 *
 * @category Consistency
 */
export const defaultTolerances: ConsistencyTolerances = {
  duration: { hedgeAbsolute: 1, hedgeRelative: 0.1, variationAbsolute: 2, variationRelative: 0.15 },
  date: { hedgeAbsolute: 1, hedgeRelative: 0, variationAbsolute: 2, variationRelative: 0 },
  percentage: { hedgeAbsolute: 1, hedgeRelative: 0.1, variationAbsolute: 1, variationRelative: 0.1 },
  money: {
    hedgeAbsolute: 0,
    hedgeRelative: 0.1,
    variationAbsolute: 0,
    variationRelative: 0.15,
    currencyMismatchRelative: 0.25,
  },
  count: { hedgeAbsolute: 1, hedgeRelative: 0.1, variationAbsolute: 1, variationRelative: 0.1 },
  role: { variationLevels: 1 },
  correctionMatchRelative: 0.05,
};

/** Merges caller overrides over the defaults, type by type. */
export function resolveTolerances(overrides: ToleranceOverrides | undefined): ConsistencyTolerances {
  if (overrides === undefined) return defaultTolerances;
  return {
    duration: { ...defaultTolerances.duration, ...overrides.duration },
    date: { ...defaultTolerances.date, ...overrides.date },
    percentage: { ...defaultTolerances.percentage, ...overrides.percentage },
    money: { ...defaultTolerances.money, ...overrides.money },
    count: { ...defaultTolerances.count, ...overrides.count },
    role: { ...defaultTolerances.role, ...overrides.role },
    correctionMatchRelative: overrides.correctionMatchRelative ?? defaultTolerances.correctionMatchRelative,
  };
}
