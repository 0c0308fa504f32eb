import type { Claim } from './types.js';

/** Two claims paired for comparison, with how they were paired. */
export interface ClaimPair {
  readonly one: Claim;
  readonly two: Claim;
  readonly attribute: string;
  readonly flags: readonly string[];
}

/** The result of aligning two sides. */
export interface Alignment {
  readonly pairs: readonly ClaimPair[];
  readonly unverified: readonly Claim[];
}

/** Options of the alignment step. */
export interface AlignOptions {
  /** Pair a subject-less claim with the only unpaired claim of its type on the other side. */
  readonly typeFallback: boolean;
  /** A retracted value matches a round-one claim when within this fraction. */
  readonly matchRelative: number;
}

const FALLBACK_TYPES = new Set(['percentage', 'money', 'count']);

function signature(claim: Claim): string {
  return [
    claim.low,
    claim.high,
    claim.currency ?? '',
    claim.period ?? '',
    (claim.categories ?? []).join('+'),
    claim.label ?? '',
  ].join('|');
}

interface Side {
  readonly chosen: Map<string, Claim>;
  readonly ambiguous: Claim[];
}

/** Groups by attribute; a corrective claim supersedes the others; differing values are ambiguous. */
function resolveSide(claims: readonly Claim[]): Side {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.attribute) ?? [];
    group.push(claim);
    groups.set(claim.attribute, group);
  }
  const chosen = new Map<string, Claim>();
  const ambiguous: Claim[] = [];
  for (const [attribute, group] of groups) {
    const correctives = group.filter((claim) => claim.corrective);
    const candidates = correctives.length > 0 ? correctives : group;
    const distinct = new Set(candidates.map(signature));
    if (distinct.size === 1) chosen.set(attribute, candidates[0]!);
    else for (const claim of group) ambiguous.push(claim);
  }
  return { chosen, ambiguous };
}

/**
 * Whether a quoted or retracted value names this claim: within `relative` of its interval, either as
 * signed values or as magnitudes ("not 22%" against a cut of 20–25%).
 */
export function valueMatches(claim: Claim, value: number, relative: number): boolean {
  const smallest = Math.min(Math.abs(claim.low), Math.abs(claim.high));
  const largest = Math.max(Math.abs(claim.low), Math.abs(claim.high));
  const slack = relative * largest;
  const magnitude = Math.abs(value);
  return (
    (value >= claim.low - slack && value <= claim.high + slack) ||
    (magnitude >= smallest - slack && magnitude <= largest + slack)
  );
}

/**
 * Only like-for-like claims may pair by type alone: both signed changes (never a level such as
 * "95% uptime" against "grew 30%"), the same rate period, no open bound.
 */
function isFallbackCompatible(first: Claim, second: Claim): boolean {
  if (first.type === 'percentage' && (first.signed !== true || second.signed !== true)) return false;
  if (first.period !== second.period) return false;
  return first.bound === undefined && second.bound === undefined;
}

function typeKey(claim: Claim): string {
  return `${claim.type}.${claim.part ?? ''}`;
}

/**
 * Pairs round-one and round-two claims: by attribute; then a subject-less round-two claim
 * inherits the subject of the round-one claim whose value it quotes; then, optionally, the only
 * unpaired claim of a type on each side. Anything else stays unverified.
 */
export function alignClaims(
  roundOne: readonly Claim[],
  roundTwo: readonly Claim[],
  options: AlignOptions,
): Alignment {
  const one = resolveSide(roundOne);
  const two = resolveSide(roundTwo);
  const pairs: ClaimPair[] = [];
  const openOne = new Map(one.chosen);
  const openTwo = new Map(two.chosen);
  for (const [attribute, claim] of two.chosen) {
    const match = openOne.get(attribute);
    if (match === undefined) continue;
    pairs.push({ one: match, two: claim, attribute, flags: [] });
    openOne.delete(attribute);
    openTwo.delete(attribute);
  }
  const inherit = (flag: string, readValue: (claim: Claim) => number | undefined) => {
    for (const [attribute, claim] of [...openTwo]) {
      const value = readValue(claim);
      if (claim.subject !== undefined || value === undefined) continue;
      const candidates = [...openOne.values()].filter(
        (other) =>
          other.type === claim.type &&
          other.part === claim.part &&
          other.subject !== undefined &&
          valueMatches(other, value, options.matchRelative),
      );
      if (candidates.length !== 1) continue;
      const match = candidates[0]!;
      pairs.push({ one: match, two: claim, attribute: match.attribute, flags: [flag] });
      openOne.delete(match.attribute);
      openTwo.delete(attribute);
    }
  };
  inherit('subject_from_quote', (claim) => claim.correctedFrom);
  inherit('subject_from_value', (claim) => (claim.low === claim.high ? claim.low : undefined));
  // A correction says what it corrects even in other words ("we spent $2.6M, not $2M" against "the budget was
  // $2M"): an unpaired corrective claim pairs with the round-one claim of its type whose value it retracts, or
  // with the only unpaired one of its type when it names no value and is the only correction of that type.
  for (const [attribute, claim] of [...openTwo]) {
    if (!claim.corrective) continue;
    const sameType = [...openOne.values()].filter((other) => other.type === claim.type);
    const retracted =
      claim.correctedFrom === undefined
        ? undefined
        : sameType.filter((other) => valueMatches(other, claim.correctedFrom!, options.matchRelative));
    const correctionsOfType = [...openTwo.values()].filter(
      (other) => other.corrective && other.type === claim.type,
    ).length;
    const candidates = retracted ?? (correctionsOfType === 1 ? sameType : []);
    if (candidates.length !== 1) continue;
    const match = candidates[0]!;
    pairs.push({ one: match, two: claim, attribute: match.attribute, flags: ['paired_by_correction'] });
    openOne.delete(match.attribute);
    openTwo.delete(attribute);
  }
  if (options.typeFallback) {
    const ambiguousTypes = new Set([...one.ambiguous, ...two.ambiguous].map(typeKey));
    const byType = (open: Map<string, Claim>) => {
      const grouped = new Map<string, Claim[]>();
      for (const claim of open.values()) {
        const group = grouped.get(typeKey(claim)) ?? [];
        group.push(claim);
        grouped.set(typeKey(claim), group);
      }
      return grouped;
    };
    const typesTwo = byType(openTwo);
    for (const [key, groupOne] of byType(openOne)) {
      const groupTwo = typesTwo.get(key);
      const first = groupOne[0]!;
      if (groupTwo === undefined || groupOne.length !== 1 || groupTwo.length !== 1 || ambiguousTypes.has(key))
        continue;
      const second = groupTwo[0]!;
      if (!FALLBACK_TYPES.has(first.type) || (first.subject !== undefined && second.subject !== undefined))
        continue;
      if (!isFallbackCompatible(first, second)) continue;
      pairs.push({
        one: first,
        two: second,
        attribute: first.subject !== undefined ? first.attribute : second.attribute,
        flags: ['type_fallback'],
      });
      openOne.delete(first.attribute);
      openTwo.delete(second.attribute);
    }
  }
  const unverified = [...openOne.values(), ...one.ambiguous, ...openTwo.values(), ...two.ambiguous];
  return { pairs, unverified };
}
