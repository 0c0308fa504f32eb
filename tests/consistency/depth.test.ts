import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index.js';
import { type CorpusCase, candidacyWith, problemsOf, storyOf } from './fixtures.js';

/**
 * Multi-sentence pairs written in candidates' voice before the depth fixes (issue 15, items 3-5),
 * labelled by hand by the rules of ../shared/consistency/RESEARCH.md: alignment that survives depth,
 * totals against parts, counts of any noun, dates by verb, reasons, corrections, others' titles,
 * stance and plain retellings. Harness semantics of the corpus: every expected item with its kind,
 * any other non-consistent finding is a false alarm. A case with `fails` is a known misreading, said
 * in words: it runs as an expected failure until the checker is fixed.
 */
interface DepthCase extends CorpusCase {
  readonly category: string;
  readonly fails?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const cases: DepthCase[] = JSON.parse(readFileSync(resolve(here, 'depth.cases.json'), 'utf8'));

function problemsOfCase(testCase: DepthCase): string[] {
  const candidacy = candidacyWith([storyOf('story', testCase.roundOne, testCase.roundTwo)]);
  return problemsOf(testCase, checkConsistency(candidacy));
}

const table = (known: boolean) =>
  cases
    .filter((testCase) => (testCase.fails !== undefined) === known)
    .map((testCase) => [testCase.id, testCase] as const);

describe('the depth consistency cases', () => {
  it('holds at least fifty labelled cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
    expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(cases.length);
  });

  it.each(table(false))('passes case %s', (_id, testCase) => {
    expect(problemsOfCase(testCase)).toEqual([]);
  });

  it.each(table(true))('still misreads case %s (remove `fails` once it passes)', (_id, testCase) => {
    expect(problemsOfCase(testCase)).not.toEqual([]);
  });
});
