import { type JurisdictionLookup, questionBanIn } from './lookup.js';
import { defaultLawCore } from './table-core.js';

/** What readiness reads of a lookup: the citation and the sentence of the pay-history question ban in force. */
export type PayHistoryBan = Pick<JurisdictionLookup, 'payHistoryCitation' | 'payHistoryNote'>;

/**
 * The pay-history question ban `lookupJurisdiction` finds for `code` at `now` (`payHistoryCitation`,
 * `payHistoryNote`), looked up among the cores of the default law table, so a scorer's bundle carries none of
 * the rows' names, tips and sources, nor the lookup's messages.
 *
 * @param code - The jurisdiction code; see `lookupJurisdiction`.
 * @param now - The current time; only its calendar date counts.
 * @returns The citation and note, both undefined when no ban is in force.
 */
export function lookupPayHistoryBan(code: string | undefined, now: string): PayHistoryBan {
  return questionBanIn(defaultLawCore, code, now);
}
