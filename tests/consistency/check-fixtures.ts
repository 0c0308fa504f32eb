import {
  type Claim,
  type ClaimType,
  type CompareClaimsOptions,
  type ConsistencyFinding,
  compareClaims,
} from '../../src/index.js';

/**
 * The fields a test sets on a claim; everything else gets a plain default. Loose on purpose: compareClaims
 * also meets claims that come from JSON, where a count may carry a sign or money a label.
 */
export type ClaimInput = {
  readonly [Key in keyof Claim]?: Key extends 'type' ? ClaimType : Key extends 'unit' ? string : Claim[Key];
} & { readonly type: ClaimType };

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
  } as Claim;
}

/** A month index as the consistency check counts months: year × 12 + month − 1. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The verdict on two hand-built claims, read through the public compareClaims: one round-one claim against one round-two claim. */
export interface Verdict {
  readonly kind: ConsistencyFinding['kind'];
  readonly why: string;
  readonly flags: readonly string[];
}

/**
 * Compares `one` (round one) with `two` (round two) through {@link compareClaims} and returns the single
 * finding's kind, reason and flags; throws when the two claims were not paired into exactly one finding,
 * so a test never passes on an empty report.
 */
export function verdictOf(one: Claim, two: Claim, options?: CompareClaimsOptions): Verdict {
  const report = compareClaims(
    [{ ...one, source: { ...one.source, round: 1 } }],
    [{ ...two, source: { ...two.source, round: 2 } }],
    options,
  );
  if (report.findings.length !== 1) {
    throw new Error(
      `verdictOf: expected one finding, got ${report.findings.length} (${report.unverified.length} unverified)`,
    );
  }
  const [finding] = report.findings;
  return { kind: finding!.kind, why: finding!.why, flags: finding!.flags };
}
