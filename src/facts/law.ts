import { calendarDateOf } from '../jurisdictions/lookup.js';
import { lookupPayHistoryBan, type PayHistoryBan } from '../jurisdictions/lookup-core.js';

/** What readiness needs to know about pay-history law where the candidate lives and where the job is. */
export interface PayHistoryLaw {
  /**
   * The citation of the most specific law in force that bars the question, e.g. `California Labor Code §432.3`;
   * where both places have one, the law where the job is.
   */
  readonly citation: string;
  /**
   * A ready sentence naming it, e.g. `California Labor Code §432.3: employers may not ask about your pay history.`;
   * when the job is elsewhere, one sentence per place, each named (`Where you live (US-TX): …`).
   */
  readonly note: string;
}

function samePlace(home: string | undefined, job: string | undefined): boolean {
  return job === undefined || home?.trim().toUpperCase() === job.trim().toUpperCase();
}

function placeNote(label: string, code: string | undefined, lookup: PayHistoryBan): string {
  const place = code === undefined || code.trim() === '' ? `${label} (not given)` : `${label} (${code})`;
  return lookup.payHistoryNote === undefined
    ? `${place}: our table knows no pay-history ban.`
    : `${place}: ${lookup.payHistoryNote}`;
}

/**
 * The law that bars employers from asking about pay history, at `now`, where the candidate lives and where
 * the job is, from the jurisdictions table (with its fallback from city to state to country, and effective
 * dates). The stricter place governs: a ban in either one means the question is barred, and the note
 * names each place.
 *
 * @param jurisdiction - Where the candidate lives, a code such as `US-CA`, or undefined.
 * @param options - `now`, the time of the assessment (an ISO date-time with an offset), and `jobJurisdiction`,
 *   where the job is (`targetRole.jurisdiction`) when it differs. The positional form
 *   `payHistoryLawFor(jurisdiction, now, jobJurisdiction)` still works and is deprecated.
 * @returns The law's citation and a sentence naming it, or undefined when our table knows none in force in either place.
 * @example
 * payHistoryLawFor('US-CA', { now: '2026-12-01T09:00:00-08:00' })?.citation;
 * // => 'California Labor Code §432.3'
 * @category Readiness
 */
export function payHistoryLawFor(
  jurisdiction: string | undefined,
  options: { readonly now: string; readonly jobJurisdiction?: string | undefined },
): PayHistoryLaw | undefined;
/** @deprecated The positional form, kept working: use `payHistoryLawFor(jurisdiction, { now, jobJurisdiction })`. */
export function payHistoryLawFor(
  jurisdiction: string | undefined,
  now: string,
  jobJurisdiction?: string,
): PayHistoryLaw | undefined;
export function payHistoryLawFor(
  jurisdiction: string | undefined,
  nowOrOptions: string | { readonly now: string; readonly jobJurisdiction?: string | undefined },
  positionalJob?: string,
): PayHistoryLaw | undefined {
  const byOptions = typeof nowOrOptions === 'object' && nowOrOptions !== null;
  const now = byOptions ? nowOrOptions.now : nowOrOptions;
  const jobJurisdiction = byOptions ? nowOrOptions.jobJurisdiction : positionalJob;
  calendarDateOf(now, 'payHistoryLawFor');
  const home = lookupPayHistoryBan(jurisdiction, now);
  if (samePlace(jurisdiction, jobJurisdiction)) {
    if (home.payHistoryCitation === undefined || home.payHistoryNote === undefined) return undefined;
    return { citation: home.payHistoryCitation, note: home.payHistoryNote };
  }
  const job = lookupPayHistoryBan(jobJurisdiction, now);
  const citation = job.payHistoryCitation ?? home.payHistoryCitation;
  if (citation === undefined) return undefined;
  return {
    citation,
    note: `${placeNote('Where you live', jurisdiction, home)} ${placeNote('Where the job is', jobJurisdiction, job)}`,
  };
}
