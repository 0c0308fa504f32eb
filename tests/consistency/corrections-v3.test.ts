import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConsistencyReport, checkConsistency } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

interface CorrectionCase {
  readonly name: string;
  readonly roundOne: string;
  readonly roundTwo: string;
  readonly expect: 'correction' | 'contradiction' | 'consistent';
  /** Why the check still gets this case wrong; such a case is expected to fail until it is fixed. */
  readonly knownMiss?: string;
}

const { cases } = JSON.parse(
  readFileSync(new URL('./corrections-v3.cases.json', import.meta.url), 'utf8'),
) as { readonly cases: readonly CorrectionCase[] };

function verdictOf(report: ConsistencyReport): CorrectionCase['expect'] {
  const kinds = new Set(report.findings.map((finding) => finding.kind));
  if (kinds.has('contradiction')) return 'contradiction';
  return kinds.has('correction') ? 'correction' : 'consistent';
}

describe('held-out corrections: another verb, a title, across sentences', () => {
  const verdict = (entry: CorrectionCase) =>
    verdictOf(checkConsistency(candidacyWith([storyOf('s', entry.roundOne, entry.roundTwo)])));
  const solved = cases.filter((entry) => entry.knownMiss === undefined);
  const missed = cases.filter((entry) => entry.knownMiss !== undefined);
  it.each(solved.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(verdict(entry)).toBe(entry.expect);
  });
  it.fails.each(missed.map((entry) => [entry.name, entry] as const))('known miss: %s', (_name, entry) => {
    expect(verdict(entry)).toBe(entry.expect);
  });
});
