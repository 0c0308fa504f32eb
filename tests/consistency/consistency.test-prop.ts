import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidacy, checkConsistency, compareClaims, extractClaims } from '../../src/index.js';
import publicCases from './cases.public.json';
import { candidacyWith, storyOf } from './fixtures.js';

const fragments = [
  'The rebuild took 14 months',
  'a year and a half',
  'I led a team of 8',
  'As tech lead',
  'revenue grew 30%',
  'churn fell from 12% to 9%',
  'I left because I wanted growth',
  'Correction: it was 16 months, not 14',
  'I said 30% last time, but it was 35%',
  'a $2.5M budget',
  '€400k',
  'from Q3 2022 to Q1 2024',
  'roughly two years',
  'about 6 weeks',
  '12-14 months',
  'a 12-person team',
  '5 direct reports',
  'we aimed for 40%',
  'in late 2021',
  'half a million dollars',
  'I was laid off',
  'doubled ARR',
];

const sentence = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 20 })), { maxLength: 6 })
  .map((parts) => `${parts.join(', ')}.`);

const storyTexts = fc.array(fc.tuple(sentence, sentence), { minLength: 1, maxLength: 4 });

function candidacyOf(pairs: readonly (readonly [string, string])[]): Candidacy {
  return candidacyWith(pairs.map(([one, two], index) => storyOf(`s${index}`, one, two)));
}

describe('consistency properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 300 }), (one, two) => {
        compareClaims(extractClaims(one, { round: 1 }), extractClaims(two, { round: 2 }));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary unicode and punctuation-heavy text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        extractClaims(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(storyTexts, (pairs) => {
        const candidacy = candidacyOf(pairs);
        expect(checkConsistency(candidacy)).toEqual(checkConsistency(candidacy));
      }),
      { numRuns: 150 },
    );
  });

  it('finds nothing but consistency when a story is told identically in both rounds', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        const report = checkConsistency(candidacyOf([[text, text]]));
        const kinds = report.findings.map((finding) => finding.kind);
        expect(kinds.filter((kind) => kind === 'contradiction' || kind === 'variation')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('yields no non-consistent finding when identical tellings are swapped between rounds', () => {
    fc.assert(
      fc.property(sentence, sentence, (one, two) => {
        const report = checkConsistency(
          candidacyOf([
            [one, one],
            [two, two],
          ]),
        );
        const swapped = checkConsistency(
          candidacyOf([
            [two, two],
            [one, one],
          ]),
        );
        for (const each of [report, swapped]) {
          const flagged = each.findings.filter(
            (finding) => finding.scope === 'across-rounds' && finding.kind !== 'consistent',
          );
          expect(flagged).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same verdicts for key-matched claims whichever round comes first', () => {
    fc.assert(
      fc.property(sentence, sentence, (one, two) => {
        const plain = (text: string) => !/correct|said|not /i.test(text);
        fc.pre(plain(one) && plain(two));
        const verdicts = (first: string, second: string) =>
          checkConsistency(candidacyOf([[first, second]]))
            .findings.filter((finding) => finding.flags.length === 0)
            .map((finding) => `${finding.attribute}:${finding.kind}`)
            .sort();
        expect(verdicts(one, two)).toEqual(verdicts(two, one));
      }),
      { numRuns: 200 },
    );
  });

  it('does not mutate its input', () => {
    fc.assert(
      fc.property(storyTexts, (pairs) => {
        const candidacy = candidacyOf(pairs);
        const before = structuredClone(candidacy);
        checkConsistency(candidacy);
        expect(candidacy).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every corpus telling free of contradictions against itself', () => {
    for (const testCase of publicCases) {
      for (const text of [testCase.roundOne, testCase.roundTwo]) {
        const report = checkConsistency(candidacyOf([[text, text]]));
        expect(report.consistent).toBe(true);
      }
    }
  });
});
