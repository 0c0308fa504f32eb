import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CandidacyInput, compensationBrief, defaultLawTable } from '../../src/index.js';
import { makeCandidacy } from './fixtures.js';

const plainDate = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const currency = fc.oneof(
  fc.constantFrom('USD', 'EUR', 'GBP', 'JPY', 'CHF'),
  fc.stringMatching(/^[A-Z]{3}$/),
);

const jurisdiction = fc.oneof(
  fc.constantFrom(
    'US-CA',
    'US-CA-SF',
    'US-NY',
    'US-NY-NYC',
    'US-AL',
    'US-OR',
    'DE',
    'FR',
    'EU',
    'JP',
    'US-TX',
  ),
  // Every code the law table knows, as a candidate's home or a job's place; parseCandidacy refuses unknown ones.
  fc.constantFrom(...new Set(defaultLawTable.map((row) => row.code))),
);

const amount = fc.integer({ min: 0, max: 5_000_000 });

const compensation: fc.Arbitrary<NonNullable<CandidacyInput['compensation']>> = fc.record(
  {
    range: fc
      .record({
        low: amount,
        width: amount,
        currency,
        basis: fc.constantFrom('total' as const, 'base' as const),
      })
      .map(({ low, width, currency: code, basis }) => ({
        min: low,
        max: low + width,
        currency: code,
        basis,
      })),
    researched: fc.boolean(),
    discloseCurrentSalary: fc.boolean(),
    walkAway: amount,
    noticePeriodWeeks: fc.double({ min: 0, max: 104, noNaN: true }),
    earliestStart: plainDate,
    relocation: fc.constantFrom('yes' as const, 'no' as const, 'open-in-principle' as const),
    workMode: fc.constantFrom('remote' as const, 'hybrid' as const, 'on-site' as const, 'flexible' as const),
  },
  { requiredKeys: [] },
);

const offer = fc.record(
  {
    company: fc.oneof(
      fc.constantFrom('Acme', 'Globex', 'Initech'),
      fc.string({ minLength: 1, maxLength: 20 }),
    ),
    status: fc.constantFrom(
      'expected' as const,
      'received' as const,
      'accepted' as const,
      'declined' as const,
    ),
    expectedBy: plainDate,
    deadline: plainDate,
    package: fc.record(
      {
        base: amount,
        bonus: amount,
        equity: amount,
        benefits: fc.string({ maxLength: 40 }),
        currency,
      },
      { requiredKeys: ['currency'] },
    ),
  },
  { requiredKeys: ['company', 'status'] },
);

const candidacy = fc
  .record(
    {
      jurisdiction,
      jobJurisdiction: jurisdiction,
      compensation,
      pipeline: fc.record({
        otherProcesses: fc.array(
          fc.record({
            company: fc.constantFrom('Globex', 'Hooli'),
            stage: fc.constantFrom('interviewing' as const, 'final-round' as const),
          }),
          { maxLength: 2 },
        ),
        offers: fc.array(offer, { maxLength: 4 }),
      }),
    },
    { requiredKeys: [] },
  )
  .map((overrides) => makeCandidacy(overrides));

describe('compensationBrief properties', () => {
  it('never throws on a valid candidacy', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        compensationBrief(value, { now });
      }),
    );
  });

  it('gives the same brief for the same input', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        expect(compensationBrief(value, { now })).toEqual(compensationBrief(value, { now }));
      }),
    );
  });

  it('does not mutate the candidacy', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        const before = structuredClone(value);
        compensationBrief(value, { now });
        expect(value).toEqual(before);
      }),
    );
  });

  it('compares exactly the listed offers that carry a package', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        const listed = (value.pipeline?.offers ?? []).filter((item) => item.package !== undefined);
        const rows = compensationBrief(value, { now }).offerComparison?.rows ?? [];
        expect(rows.map((row) => row.company)).toEqual(listed.map((item) => item.company));
      }),
    );
  });

  it('always carries the disclaimer and cites a guide section on every part', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        const brief = compensationBrief(value, { now });
        expect(brief.legal.disclaimer.text).toMatch(/not legal advice/);
        const parts = [...brief.script, ...brief.warnings, ...brief.legal.lines, brief.competingOffer];
        for (const part of parts) expect(['seed#compensation', 'seed#after']).toContain(part.source);
      }),
    );
  });

  it('never contradicts itself: a single figure is never called a range, a range always ends on its top', () => {
    fc.assert(
      fc.property(candidacy, plainDate, (value, now) => {
        const range = value.compensation?.range;
        const [anchor, , top] = compensationBrief(value, { now }).script.map((part) => part.text);
        if (range === undefined) return;
        if (range.min === range.max) {
          expect(`${anchor} ${top}`).not.toMatch(/rather than a single figure|top of your range/);
          expect(top).toMatch(/repeat the same figure/);
        } else {
          expect(anchor).toMatch(/ to /);
          expect(top).toMatch(/name the top of your range/);
          expect(anchor?.includes(top?.split(': ')[1]?.split(' in ')[0] ?? '\u0000')).toBe(true);
        }
      }),
    );
  });
});
