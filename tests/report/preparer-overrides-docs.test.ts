import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPreparer, formatPath, type PreparerConfig } from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// docs/embedding.md, "Your own readiness bands": this test reads the JSON block the page shows, so the
// page's claims (53 is at-risk by default, not-ready with Acme's bands; a lone atRisk of 80 is located at
// bandThresholds.atRisk) cannot drift.

const page = readFileSync('docs/embedding.md', 'utf8');
const block = /<!-- acme-bands\.json -->\s*```json\n([\s\S]*?)\n```/.exec(page)?.[1];
const acme = JSON.parse(block ?? 'null') as { bandThresholds: unknown };
const NOW = '2027-03-09T12:00:00-05:00';
const vendor = example('vendor-export');

function bandWith(config: PreparerConfig): [number, string] {
  const made = createPreparer(config);
  if (!made.ok) throw new Error('the documented configuration is rejected');
  const { score, band } = made.value.prepare(vendor, { now: NOW }).readiness;
  return [score, band];
}

describe("docs/embedding.md: a vendor's own readiness bands", () => {
  it('the page shows the three thresholds', () => {
    expect(acme.bandThresholds).toEqual({ atRisk: 60, ready: 80, topQuartile: 95 });
  });
  it('53 is at-risk with the defaults and not-ready with the bands on the page', () => {
    expect(bandWith({})).toEqual([53, 'at-risk']);
    expect(bandWith({ bandThresholds: acme.bandThresholds })).toEqual([53, 'not-ready']);
  });
  it('a lone atRisk of 80 is located at bandThresholds.atRisk, as the page says', () => {
    const made = createPreparer({ bandThresholds: { atRisk: 80 } });
    expect(made.ok ? [] : made.issues.map((issue) => formatPath(issue.path))).toEqual([
      'bandThresholds.atRisk',
    ]);
  });
});
