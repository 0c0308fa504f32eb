import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Candidacy,
  createPreparer,
  defaultAudienceProfiles,
  defaultQuestionBank,
  type PreparerConfig,
  type PrepReport,
  prepare,
  prepareSync,
  type ReportData,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';
import { candidacyArbitrary, NOWS } from '../fuzz/arbitraries.js';

// One owner of report assembly: prepare, prepareSync and preparer.prepare must give the same report to the
// byte, with the defaults and with the same data sets given as typed options or as a vendor's JSON.

const names = readdirSync('examples')
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''));

/** Before round one, between the rounds, during round two, the evening after, weeks later. */
const MOMENTS = [
  '2027-02-20T09:00:00-05:00',
  '2027-03-05T09:00:00-05:00',
  '2027-03-09T12:00:00-05:00',
  '2027-03-10T11:00:00-05:00',
  '2027-03-10T20:00:00-05:00',
  '2027-04-30T09:00:00-04:00',
  ...NOWS,
];

/** A vendor configuration touching every part of the report: typed for prepare, plain data for a preparer. */
const vendorJson: ReportData = {
  tolerance: { duration: { variationAbsolute: 6 } },
  questionBank: defaultQuestionBank.slice(0, 12),
  profiles: {
    ...defaultAudienceProfiles,
    peer: { ...defaultAudienceProfiles.peer, caresAbout: ['How you review code'] },
  },
  tenureBands: [{ id: 'any', fromMonths: 0, insight: 'Ask what changed this year.', source: 'vendor' }],
  seniority: [
    'peer',
    'senior-leadership',
    'hiring-manager',
    'cross-functional',
    'direct-report',
    'recruiter',
  ],
  timeline: { thankYouHours: 12, eventShapes: { research: { as: 'all-day' } } },
};

function preparerOf(config: PreparerConfig) {
  const made = createPreparer(config);
  if (!made.ok) throw new Error(`config rejected: ${made.issues.map((issue) => issue.message).join('; ')}`);
  return made.value;
}

const plain = preparerOf({});
const vendor = preparerOf(vendorJson);
const cached = preparerOf({ ...vendorJson, cache: { consistency: true, maxEntries: 4 } });

function bytes(report: PrepReport): string {
  return JSON.stringify(report);
}

describe('prepare, prepareSync and createPreparer().prepare assemble one report', () => {
  const cases = names.flatMap((name) => MOMENTS.map((now) => [name, now] as const));
  it.each(cases)('%s at %s', async (name, now) => {
    const candidacy = example(name);
    const sync = prepareSync(candidacy, { now });
    expect(bytes(plain.prepare(candidacy, { now }))).toBe(bytes(sync));
    expect(bytes(await prepare(candidacy, { now }))).toBe(bytes(sync));
    const withData = prepareSync(candidacy, { now, ...vendorJson });
    expect(bytes(vendor.prepare(candidacy, { now }))).toBe(bytes(withData));
    expect(bytes(await prepare(candidacy, { now, ...vendorJson }))).toBe(bytes(withData));
    expect(bytes(cached.prepare(candidacy, { now }))).toBe(bytes(withData));
  });

  it('the vendor data changes the report (so the comparison above can fail)', () => {
    const candidacy = example('thorough-manager');
    const now = '2027-03-09T12:00:00-05:00';
    expect(bytes(vendor.prepare(candidacy, { now }))).not.toBe(bytes(plain.prepare(candidacy, { now })));
  });

  it('on generated candidacies at generated moments', () => {
    fc.assert(
      fc.property(candidacyArbitrary, fc.constantFrom(...MOMENTS), (candidacy: Candidacy, now: string) => {
        expect(bytes(plain.prepare(candidacy, { now }))).toBe(bytes(prepareSync(candidacy, { now })));
        expect(bytes(vendor.prepare(candidacy, { now }))).toBe(
          bytes(prepareSync(candidacy, { now, ...vendorJson })),
        );
      }),
      { numRuns: 40 },
    );
  });
});
