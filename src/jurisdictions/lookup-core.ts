import { type JurisdictionLookup, lookupInTable } from './lookup.js';
import type { LawCore } from './schema.js';
import { defaultLawCore } from './table-core.js';

/**
 * `lookupJurisdiction` on the cores of the default law table: the same chain, rows in force, flags, citation and
 * note, without the rows' names, tips and sources (`payHistoryLawName` is undefined). What readiness reads.
 *
 * @param code - The jurisdiction code; see `lookupJurisdiction`.
 * @param now - The current time; only its calendar date counts.
 * @returns What `lookupJurisdiction` returns, with core rows.
 */
export function lookupLawCore(code: string | undefined, now: string): JurisdictionLookup<LawCore> {
  return lookupInTable<LawCore>(defaultLawCore, code, now);
}
