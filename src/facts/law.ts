/**
 * The law that bars employers from asking about pay history where the candidate lives, if we know one.
 *
 * SEAM: a placeholder until the jurisdictions table lands; the lead replaces its body with the jurisdictions
 * lookup (with fallback and effective dates at `now`). It knows only US-CA for now.
 *
 * @param jurisdiction - A jurisdiction code such as `US-CA`, or undefined.
 * @param now - The time of the assessment, an ISO date-time (effective dates will read it).
 * @returns The law's name and citation, or undefined when none is known.
 * @example
 * payHistoryLawFor('US-CA', '2026-12-01T09:00:00-08:00');
 * // => 'California Labor Code §432.3'
 * @category Readiness
 */
export function payHistoryLawFor(jurisdiction: string | undefined, now: string): string | undefined {
  void now;
  if (jurisdiction === 'US-CA') return 'California Labor Code §432.3';
  return undefined;
}
