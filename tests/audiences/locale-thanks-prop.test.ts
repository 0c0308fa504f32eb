import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { AUDIENCES, type Candidacy, draftThankYous, type Interviewer } from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

// German and English notes mixed, as a German candidate's notes are; up to eight people (the variants).
const NAMES = [
  'Ute Brandt',
  'Kai Neumann',
  'Lea Vogel',
  'Jan Ott',
  'Ida Roth',
  'Max Wolf',
  'Tim Sommer',
  'Eva Kern',
];
const TOPICS = [
  'Übergabe an den Vertrieb',
  'Die Roadmap für das dritte Quartal',
  'on-call load',
  'Gehaltsvorstellung',
  'Kündigungsfrist',
  'design reviews',
  'Wie das Team Releases plant',
  'the finance close',
];
const RESEARCH = [
  'Ihr Vortrag über Lasttests',
  'Her post on pricing: ask about tiers',
  'Spoke at a meetup on hiring',
  'Beide haben in Leipzig studiert',
  'Der Podcast zur Plattformstrategie',
];

const panelArbitrary: fc.Arbitrary<[string, Interviewer[], string[] | undefined]> = fc.tuple(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc
    .uniqueArray(fc.integer({ min: 0, max: NAMES.length - 1 }), { minLength: 1, maxLength: NAMES.length })
    .chain((indexes) =>
      fc.tuple(
        ...indexes.map((index) =>
          fc.record({
            id: fc.constant(`p${index}`),
            name: fc.constant(NAMES[index]!),
            audience: fc.constantFrom(...AUDIENCES),
            research: fc.record({
              plannedReferences: fc.subarray(RESEARCH, { maxLength: 1 }),
              commonGround: fc.subarray(RESEARCH, { maxLength: 1 }),
            }),
          }),
        ),
      ),
    ),
  fc.option(fc.subarray(TOPICS), { nil: undefined }),
);

function withPanel(id: string, interviewers: Interviewer[], topics: string[] | undefined): Candidacy {
  const [screen, second] = managerCandidacy.interviews;
  const debrief = topics && { ...second!.debrief!, topicsDiscussed: topics, questionsAsked: [] };
  return { ...managerCandidacy, interviews: [screen!, { ...second!, id, interviewers, debrief }] };
}

describe('German thank-you drafts, any panel of up to eight', () => {
  it('share no sentence but the sign-off, stay under 90 words and quote the notes as written', () => {
    fc.assert(
      fc.property(panelArbitrary, ([id, interviewers, topics]) => {
        const drafts = draftThankYous(withPanel(id, interviewers, topics), {
          interviewId: id,
          locale: 'de-DE',
          texts: de.texts,
          template: de.thankYouTemplate,
        });
        const seen = new Set<string>();
        for (const draft of drafts) {
          const lines = draft.body.split('\n');
          expect(lines[0]).toBe(`Hallo ${draft.to},`);
          for (const sentence of lines.slice(1, -2).flatMap((line) => line.split(/(?<=[.!?])\s+/))) {
            if (sentence.trim() === '') continue;
            expect(seen.has(sentence), sentence).toBe(false);
            seen.add(sentence);
          }
          expect(draft.body.split(/\s+/).length).toBeLessThanOrEqual(90);
          expect(draft.body).not.toMatch(/[{}]/);
          if (draft.reference !== undefined) expect(draft.body).toContain(draft.reference.text);
          expect(['Gehaltsvorstellung', 'Kündigungsfrist']).not.toContain(draft.reference?.text);
        }
      }),
    );
  });
});
