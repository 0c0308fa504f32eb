import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Claim, extractClaims } from '../../src/index.js';

/**
 * Hand-written text -> claims tables, one file per claim kind (issue 15), run through the public extractClaims.
 * Every expected claim names its attribute and bounds; the other fields are checked only when a case gives them
 * (`quote` is the claim's quoted span, `source.text`; `absent` lists fields the claim must not carry). A case may
 * give the round it is read in, `only` (the claim types compared) and `fails` (a known misreading, in words).
 */
interface ExpectedClaim {
  readonly attribute: string;
  readonly low: number;
  readonly high: number;
  readonly type?: Claim['type'];
  readonly unit?: string;
  readonly currency?: string;
  readonly period?: string;
  readonly signed?: boolean;
  readonly bound?: Claim['bound'];
  readonly categories?: readonly string[];
  readonly label?: string;
  readonly approximate?: boolean;
  readonly range?: boolean;
  readonly corrective?: boolean;
  readonly correctedFrom?: number;
  readonly quote?: string;
  /** Optional fields the claim must not carry (a duration has no `period`, a percentage no `currency`). */
  readonly absent?: readonly (keyof Claim)[];
}

interface KindCase {
  readonly text: string;
  readonly round?: number;
  /** Compare only the claims of these types (the text says more, and this case is about one kind). */
  readonly only?: readonly Claim['type'][];
  /** A known misreading, said in words: the case runs as an expected failure until the reader is fixed. */
  readonly fails?: string;
  readonly expected: readonly ExpectedClaim[];
}

/** The fields compared as they are (numbers other than the bounds included: correctedFrom to 1e-6). */
const exactFields = [
  'type',
  'unit',
  'currency',
  'period',
  'signed',
  'bound',
  'categories',
  'label',
  'approximate',
  'range',
  'corrective',
] as const;

const folder = resolve(dirname(fileURLToPath(import.meta.url)), 'kinds');
const files = readdirSync(folder).filter((name) => name.endsWith('.cases.json'));

describe.each(files)('claim kinds: %s', (file) => {
  const cases: KindCase[] = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
  const table = (known: boolean) =>
    cases
      .filter((testCase) => (testCase.fails !== undefined) === known)
      .map((testCase) => [testCase.text, testCase] as const);
  const readsAsExpected = (testCase: KindCase) => {
    const claims = extractClaims(
      testCase.text,
      testCase.round === undefined ? {} : { round: testCase.round },
    ).filter((claim) => testCase.only === undefined || testCase.only.includes(claim.type));
    expect(claims.map((claim) => claim.attribute)).toEqual(
      testCase.expected.map((expected) => expected.attribute),
    );
    testCase.expected.forEach((expected, index) => {
      const claim = claims[index]!;
      expect(claim.low).toBeCloseTo(expected.low, 6);
      expect(claim.high).toBeCloseTo(expected.high, 6);
      for (const field of exactFields) {
        if (expected[field] !== undefined)
          expect({ [field]: claim[field] }).toEqual({ [field]: expected[field] });
      }
      if (expected.correctedFrom !== undefined)
        expect(claim.correctedFrom).toBeCloseTo(expected.correctedFrom, 6);
      if (expected.quote !== undefined) expect(claim.source.text).toBe(expected.quote);
      for (const field of expected.absent ?? []) expect(claim).not.toHaveProperty(field);
      if (testCase.round !== undefined) expect(claim.source.round).toBe(testCase.round);
    });
  };
  it.each(table(false))('reads %j', (_text, testCase) => readsAsExpected(testCase));
  if (table(true).length > 0) {
    it.fails.each(table(true))('misreads %j (known, see the case)', (_text, testCase) =>
      readsAsExpected(testCase),
    );
  }
});
