import { freezeDeep } from '../internal/freeze.js';
import type { LawCore, LawDetails, LawRow } from './schema.js';

/**
 * Whole law rows from their cores and details, in the order of `core`, frozen, each with its fields in the
 * order a row is written (id, code, level, lawName, citation, …, supersedes), so the joined table reads, and
 * serialises, as if it had been written in one piece. `details` is keyed by row id and must hold every id of
 * `core` (the types make sure of it for our tables).
 */
export function joinLawRows<Id extends string>(
  core: readonly (LawCore & { readonly id: Id })[],
  details: Readonly<Record<Id, LawDetails>>,
): readonly LawRow[] {
  return freezeDeep(
    core.map((row): LawRow => {
      const more = details[row.id];
      return {
        id: row.id,
        code: row.code,
        level: row.level,
        lawName: more.lawName,
        citation: row.citation,
        effectiveDate: row.effectiveDate,
        kinds: [...row.kinds],
        ...(more.employerThreshold === undefined ? {} : { employerThreshold: more.employerThreshold }),
        exceptions: [...more.exceptions],
        candidateTip: more.candidateTip,
        sources: [...more.sources],
        confidence: more.confidence,
        ...(more.conflicts === undefined ? {} : { conflicts: more.conflicts }),
        lastReviewed: more.lastReviewed,
        ...(more.notes === undefined ? {} : { notes: more.notes }),
        ...(row.decisionNoticeDays === undefined ? {} : { decisionNoticeDays: row.decisionNoticeDays }),
        ...(row.supersedes === undefined ? {} : { supersedes: [...row.supersedes] }),
      };
    }),
  );
}
