import { wording } from '../i18n/wording.js';
import { calendarDateOf, defaultLawTable, lookupJurisdiction } from '../jurisdictions/index.js';
import { type Candidacy, requireParsedCandidacy } from '../model/index.js';
import { buildEarlierFigureWarning } from './earlier-figure.js';
import { buildRelocationLine, buildScript, buildStartDateLine, buildWorkModeLine } from './internal.js';
import {
  buildCurrentSalaryLine,
  buildDisclaimer,
  buildDisclosureWarning,
  buildLegalLines,
  describePlaces,
  placesOf,
} from './legal.js';
import { noticeNormFor } from './notice.js';
import { buildCompetingOfferLine, buildOfferComparison } from './offers.js';
import { compensationTexts } from './texts.js';
import type { CompensationBrief, CompensationBriefLine, CompensationBriefOptions } from './types.js';

/**
 * Prepares what a candidate should say when pay and logistics come up in round two: the pay
 * script from their researched range, how to handle a current-salary question under the law where
 * they live and where the job is (a pay-history ban in either place governs), the start-date, relocation and work-mode lines, a side-by-side view of the
 * offers they listed, and whether to mention a competing offer. Never invents an offer; the legal
 * part is information, not legal advice.
 *
 * @param candidacy - A candidacy as `parseCandidacy` returns it.
 * @param options - `now` (ISO date or date-time with an offset); optionally another law table (`lawTable` or `laws`), notice norms, and `locale` and `texts` for another language (`...de`).
 * @returns The brief: script, warnings, current-salary line, legal lines and disclaimer, logistics, offers.
 * @throws TypeError when `options.now` is not an ISO date or date-time with an offset.
 *
 * @example
 * const brief = compensationBrief(candidacy, { now: '2026-11-26' }); // candidacy in US-CA, range 180000–210000 USD
 * brief.script[2]?.text.includes('$210,000');
 * // => true
 *
 * @category Compensation
 */
export function compensationBrief(
  candidacy: Candidacy,
  options: CompensationBriefOptions,
): CompensationBrief {
  requireParsedCandidacy(candidacy, 'compensationBrief');
  calendarDateOf(options?.now, 'compensationBrief');
  const lawTable = options.lawTable ?? options.laws ?? defaultLawTable;
  const compensation = candidacy.compensation;
  const home = candidacy.candidate.jurisdiction;
  const where = candidacy.candidate.targetRole.jurisdiction;
  const jurisdiction = lookupJurisdiction(home, options.now, { lawTable });
  const elsewhere = where !== undefined && where.trim().toUpperCase() !== (home ?? '').trim().toUpperCase();
  const jobJurisdiction = elsewhere ? lookupJurisdiction(where, options.now, { lawTable }) : undefined;
  const w = wording(compensationTexts, options);
  const places = placesOf(w, jurisdiction, jobJurisdiction);
  const { script, warnings } = buildScript(w, compensation);
  const disclosure = buildDisclosureWarning(w, compensation, places);
  const earlier = buildEarlierFigureWarning(w, candidacy);
  const allWarnings: CompensationBriefLine[] = [
    ...warnings,
    ...(earlier === undefined ? [] : [earlier]),
    ...(disclosure === undefined ? [] : [disclosure]),
  ];
  return {
    script,
    warnings: allWarnings,
    currentSalary: buildCurrentSalaryLine(w, places),
    legal: {
      jurisdiction,
      jobJurisdiction,
      places: describePlaces(w, jurisdiction, jobJurisdiction),
      lines: buildLegalLines(w, places, lawTable),
      disclaimer: buildDisclaimer(w, places, lawTable),
    },
    startDate: buildStartDateLine(w, compensation, noticeNormFor(home, options.noticeNorms)),
    relocation: buildRelocationLine(w, compensation),
    workMode: buildWorkModeLine(w, compensation),
    offerComparison: buildOfferComparison(w, candidacy),
    competingOffer: buildCompetingOfferLine(w, candidacy),
  };
}
