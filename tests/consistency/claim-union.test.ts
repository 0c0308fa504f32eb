// Claim is a union by `type`: each kind has its own unit and fields. Checked on what the public API returns
// for real tellings (the bundled examples), and in the types (tsc checks this file).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Claim,
  type ClaimOf,
  checkConsistency,
  extractClaims,
  type MoneyClaim,
  parseCandidacy,
} from '../../src/index.js';

const examples = readdirSync(new URL('../../examples/', import.meta.url)).filter((name) =>
  name.endsWith('.json'),
);

/** Every claim a report quotes: both sides of each finding, the rereads and the unpaired claims. */
function claimsOf(name: string): Claim[] {
  const parsed = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) return [];
  const report = checkConsistency(parsed.value);
  return report.findings.flatMap((finding) => [finding.roundOne, finding.roundTwo]);
}

/** The unit each kind is documented to carry (src/consistency/README.md). */
const UNIT_OF: { readonly [Type in Claim['type']]: (unit: string) => boolean } = {
  duration: (unit) => unit === 'months',
  date: (unit) => unit === 'month-index',
  percentage: (unit) => unit === 'percent',
  money: (unit) => unit === 'unknown' || /^[A-Z]{3}$/.test(unit),
  count: (unit) => unit === 'count',
  role: (unit) => unit === 'level',
  leaveReason: (unit) => unit === 'categories',
  stance: (unit) => unit === 'polarity' || unit === 'text',
};

describe('Claim as a union by kind', () => {
  const claims = examples.flatMap(claimsOf);

  it('reads claims from the bundled examples', () => {
    expect(claims.length).toBeGreaterThan(10);
  });

  it.each(examples)('gives every claim of %s the unit of its kind and no field of another kind', (name) => {
    for (const claim of claimsOf(name)) {
      expect(UNIT_OF[claim.type](claim.unit), `${claim.type} in ${claim.unit}`).toBe(true);
      if (claim.type !== 'money') expect(claim).not.toHaveProperty('currency');
      if (claim.type !== 'percentage') expect(claim).not.toHaveProperty('signed');
      if (claim.type !== 'leaveReason') expect(claim).not.toHaveProperty('categories');
      if (claim.type === 'leaveReason') expect(claim.categories.length).toBeGreaterThan(0);
      if (claim.type === 'role' || claim.type === 'stance') expect(claim.label).not.toBe('');
    }
  });

  it('narrows on type in the types', () => {
    const money = extractClaims('Our budget was $2.5 million a year.').find(
      (claim): claim is ClaimOf<'money'> => claim.type === 'money',
    );
    // ClaimOf<'money'> is MoneyClaim: its currency is a string field of its own (tsc checks the assignment).
    const asMoney: MoneyClaim | undefined = money;
    expect(asMoney).toBeDefined();
    const currency: string | undefined = asMoney?.currency;
    expect(currency).toBe('USD');
    for (const claim of claims) {
      // Another kind's field reads as undefined on any claim, so code over all claims needs no narrowing.
      const anyCurrency: string | undefined = claim.currency;
      if (claim.type === 'duration') {
        // @ts-expect-error a duration has no currency of its own
        const never: string = claim.currency;
        expect(never).toBeUndefined();
      }
      expect(anyCurrency === undefined || claim.type === 'money').toBe(true);
    }
  });
});
