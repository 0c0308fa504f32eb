import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIENCES, briefFor, type Candidacy, draftThankYous, type Interviewer } from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

const NAMES = ['Ana Ruiz', 'Ben Cho', 'Cy Diaz', 'Dee Park', 'Eli Shah', 'Fay Lund', 'Gus Moss'];
const FUNCTIONS = ['Sales', 'Design', 'Finance', undefined];
const TOPICS = [
  'The Q3 roadmap',
  'sales handoffs',
  'design reviews',
  'on-call load',
  'the finance close',
  'salary',
  'hiring plan',
  'incident reviews',
];
const REFERENCES = [
  'Her talk on testing',
  'His post on pricing: ask about tiers',
  'A podcast on hiring',
  'Both lived in Leeds',
];

const interviewersArbitrary: fc.Arbitrary<Interviewer[]> = fc
  .uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 1, maxLength: NAMES.length })
  .chain((indexes) =>
    fc.tuple(
      ...indexes.map((index) =>
        fc.record({
          id: fc.constant(`person-${index}`),
          name: fc.constant(NAMES[index]!),
          audience: fc.constantFrom(...AUDIENCES),
          function: fc.constantFrom(...FUNCTIONS),
          research: fc.record({
            plannedReferences: fc.subarray(REFERENCES, { maxLength: 2 }),
            recentActivity: fc.subarray(REFERENCES, { maxLength: 1 }),
          }),
        }),
      ),
    ),
  );

const candidacyArbitrary: fc.Arbitrary<Candidacy> = fc
  .record({
    interviewers: interviewersArbitrary,
    topics: fc.option(fc.subarray(TOPICS), { nil: undefined }),
  })
  .map(({ interviewers, topics }) => {
    const [roundOne, roundTwo] = managerCandidacy.interviews;
    const debrief = topics === undefined ? undefined : { ...roundTwo!.debrief!, topicsDiscussed: topics };
    return { ...managerCandidacy, interviews: [roundOne!, { ...roundTwo!, interviewers, debrief }] };
  });

describe('draftThankYous properties', () => {
  it('writes exactly one note per interviewer, addressed to that person only', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        const interviewers = candidacy.interviews[1]!.interviewers;
        const drafts = draftThankYous(candidacy, 'round-2');
        expect(drafts.map((draft) => draft.interviewerId)).toEqual(interviewers.map((person) => person.id));
        for (const [index, draft] of drafts.entries()) {
          const firstName = interviewers[index]!.name.split(' ')[0]!;
          expect(draft.body.startsWith(`Hi ${firstName},`)).toBe(true);
          for (const other of interviewers.filter((_, position) => position !== index)) {
            expect(draft.body).not.toContain(other.name.split(' ')[0]!);
          }
          expect(draft.body.endsWith('\nJordan Reyes')).toBe(true);
        }
      }),
    );
  });

  it('never gives two interviewers the same reference, and never invents one', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        const drafts = draftThankYous(candidacy, 'round-2');
        const texts = drafts.flatMap((draft) =>
          draft.reference ? [draft.reference.text.toLowerCase()] : [],
        );
        expect(new Set(texts).size).toBe(texts.length);
        const known = [...TOPICS, ...REFERENCES].map((text) => text.toLowerCase());
        for (const text of texts) expect(known.some((source) => source.startsWith(text))).toBe(true);
        for (const text of texts) expect(text).not.toBe('salary');
      }),
    );
  });

  it('is deterministic and leaves its input untouched, as is briefFor', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        const before = JSON.stringify(candidacy);
        expect(draftThankYous(structuredClone(candidacy), 'round-2')).toEqual(
          draftThankYous(candidacy, 'round-2'),
        );
        expect(briefFor(structuredClone(candidacy), 'round-2')).toEqual(briefFor(candidacy, 'round-2'));
        expect(JSON.stringify(candidacy)).toBe(before);
      }),
    );
  });
});
