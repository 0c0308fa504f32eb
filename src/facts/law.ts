import { lookupJurisdiction } from '../jurisdictions/index.js';

/** What readiness needs to know about pay-history law where the candidate is. */
export interface PayHistoryLaw {
  /** The citation of the most specific law in force that bars the question, e.g. `California Labor Code §432.3`. */
  readonly citation: string;
  /** A ready sentence naming it, e.g. `California Labor Code §432.3: employers may not ask about your pay history.` */
  readonly note: string;
}

/**
 * The law that bars employers from asking about pay history where the candidate is, at `now`, from the
 * jurisdictions table (with its fallback from city to state to country, and effective dates).
 *
 * @param jurisdiction - A jurisdiction code such as `US-CA`, or undefined.
 * @param now - The time of the assessment, an ISO date-time with an offset.
 * @returns The law's citation and a sentence naming it, or undefined when our table knows none in force.
 * @example
 * payHistoryLawFor('US-CA', '2026-12-01T09:00:00-08:00')?.citation;
 * // => 'California Labor Code §432.3'
 * @category Readiness
 */
export function payHistoryLawFor(jurisdiction: string | undefined, now: string): PayHistoryLaw | undefined {
  const lookup = lookupJurisdiction(jurisdiction, now);
  if (lookup.payHistoryCitation === undefined || lookup.payHistoryNote === undefined) return undefined;
  return { citation: lookup.payHistoryCitation, note: lookup.payHistoryNote };
}
