import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index.js';
import { type CorpusCase, candidacyWith, problemsOf, storyOf } from './fixtures.js';

const here = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(here, '../..');

function readCases(path: string): CorpusCase[] {
  const parsed: CorpusCase[] = JSON.parse(readFileSync(path, 'utf8'));
  return parsed;
}

function runCase(testCase: CorpusCase): string[] {
  const candidacy = candidacyWith([storyOf('story', testCase.roundOne, testCase.roundTwo)]);
  return problemsOf(testCase, checkConsistency(candidacy));
}

const publicCases = readCases(resolve(here, 'cases.public.json'));
const extraCases = readCases(resolve(here, 'cases.extra.json'));

describe('the public consistency corpus', () => {
  const shared = resolve(repositoryRoot, '../shared/consistency/cases.json');
  it.skipIf(!existsSync(shared))('keeps its copy identical to the shared corpus', () => {
    expect(readCases(resolve(here, 'cases.public.json'))).toEqual(readCases(shared));
  });

  it.each(publicCases.map((testCase) => [testCase.id, testCase] as const))(
    'passes case %s',
    (_id, testCase) => {
      expect(runCase(testCase)).toEqual([]);
    },
  );
});

describe('the held-out consistency cases written for this project', () => {
  it('holds at least twenty cases', () => {
    expect(extraCases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(extraCases.map((testCase) => [testCase.id, testCase] as const))(
    'passes case %s',
    (_id, testCase) => {
      expect(runCase(testCase)).toEqual([]);
    },
  );
});
