import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index.js';
import { type CorpusCase, candidacyWith, problemsOf, storyOf } from './fixtures.js';

/**
 * Fresh multi-sentence pairs written in candidates' voice before the v2 fixes (issue 15), labelled
 * by hand by the rules of ../shared/consistency/RESEARCH.md, one category each.
 */
interface FreshCase extends CorpusCase {
  readonly category: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const cases: FreshCase[] = JSON.parse(readFileSync(resolve(here, 'fresh-v2.cases.json'), 'utf8'));

/** Cases the checker still gets wrong: each must fail, so a fix shows up as a failing entry to delete. */
const knownMisses = new Set<string>([
  'f04-quarter-of-a-million-vs-400k',
  'f06-decimal-percent-words',
  'f07-a-third-of-costs',
  'f32-kicked-off-went-live',
]);

function problemsOfCase(testCase: FreshCase): string[] {
  const candidacy = candidacyWith([storyOf('story', testCase.roundOne, testCase.roundTwo)]);
  return problemsOf(testCase, checkConsistency(candidacy));
}

describe('the fresh v2 consistency cases', () => {
  it('holds at least sixty labelled cases with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(cases.length);
  });

  it.each(
    cases
      .filter((testCase) => !knownMisses.has(testCase.id))
      .map((testCase) => [testCase.id, testCase] as const),
  )('passes case %s', (_id, testCase) => {
    expect(problemsOfCase(testCase)).toEqual([]);
  });

  it.each(
    cases
      .filter((testCase) => knownMisses.has(testCase.id))
      .map((testCase) => [testCase.id, testCase] as const),
  )('still misses case %s (delete it from knownMisses once it passes)', (_id, testCase) => {
    expect(problemsOfCase(testCase)).not.toEqual([]);
  });
});
