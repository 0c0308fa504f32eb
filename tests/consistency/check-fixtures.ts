import type { Claim, ClaimType } from '../../src/index.js';

/** The fields a test sets on a claim; everything else gets a plain default. */
export type ClaimInput = Partial<Claim> & { readonly type: ClaimType };

/**
 * A claim built by hand for unit tests of the comparison, alignment, check and wording steps: `low` defaults
 * to 0, `high` to `low`, the attribute to `type[.subject][.part]`, the flags to false and the source to round 1.
 */
export function claimOf(input: ClaimInput): Claim {
  const attribute = [input.type, input.subject, input.part].filter((part) => part !== undefined).join('.');
  return {
    attribute,
    low: 0,
    high: input.low ?? 0,
    unit: 'unit',
    approximate: false,
    range: false,
    derived: false,
    corrective: false,
    source: { round: 1, start: 0, end: 0, text: '', sentence: '' },
    ...input,
  };
}

/** A month index as the consistency check counts months: year × 12 + month − 1. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}
