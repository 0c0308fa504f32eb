import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ConsistencyReport, checkConsistency } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

interface CorrectionCase {
  readonly name: string;
  readonly roundOne: string;
  readonly roundTwo: string;
  readonly expect: 'correction' | 'contradiction' | 'consistent';
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
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    const report = checkConsistency(candidacyWith([storyOf('s', entry.roundOne, entry.roundTwo)]));
    expect(verdictOf(report)).toBe(entry.expect);
  });
});
