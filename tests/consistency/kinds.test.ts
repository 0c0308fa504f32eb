import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

/** Hand-written text -> claims tables, one file per claim kind (issue 15), run through the public extractClaims. */
interface KindCase {
  readonly text: string;
  readonly expected: readonly { readonly attribute: string; readonly low: number; readonly high: number }[];
}

const folder = resolve(dirname(fileURLToPath(import.meta.url)), 'kinds');
const files = readdirSync(folder).filter((name) => name.endsWith('.cases.json'));

describe.each(files)('claim kinds: %s', (file) => {
  const cases: KindCase[] = JSON.parse(readFileSync(resolve(folder, file), 'utf8'));
  it.each(cases.map((testCase) => [testCase.text, testCase] as const))('reads %j', (_text, testCase) => {
    const claims = extractClaims(testCase.text).map((claim) => ({
      attribute: claim.attribute,
      low: claim.low,
      high: claim.high,
    }));
    expect(claims).toHaveLength(testCase.expected.length);
    testCase.expected.forEach((expected, index) => {
      expect(claims[index]?.attribute).toBe(expected.attribute);
      expect(claims[index]?.low).toBeCloseTo(expected.low, 6);
      expect(claims[index]?.high).toBeCloseTo(expected.high, 6);
    });
  });
});
