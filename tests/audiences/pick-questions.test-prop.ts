import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  type Audience,
  type BankQuestion,
  type Candidacy,
  defaultQuestionBank,
  type Interviewer,
  pickQuestions,
  type Question,
} from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Rewrites a text the way a person might note it down: other case, punctuation and spacing. */
function scramble(text: string, variant: number): string {
  if (variant === 0) return text.toUpperCase();
  if (variant === 1) return `  ${text.replace(/\?$/, '').replace(/ /g, '   ')} `;
  return text.replace(/,/g, '').replace(/\?$/, '!');
}

const audienceArbitrary = fc.constantFrom(...AUDIENCES);
const bankTexts = defaultQuestionBank.map((question) => question.text.replace('{company}', 'Northwind'));

const ownQuestionArbitrary: fc.Arbitrary<Question> = fc.record({
  id: fc.constantFrom('own-a', 'own-b', 'own-c', 'own-d', 'first-90-days'),
  text: fc.oneof(
    fc.constantFrom(
      'How does the team celebrate a launch?',
      'What is the salary band for this level?',
      'Who reports to whom here?',
      'What would you want from a new manager?',
    ),
    fc.constantFrom(...bankTexts),
  ),
  audiences: fc.uniqueArray(audienceArbitrary, { maxLength: 3 }),
  askedInRound: fc.option(fc.constant(1), { nil: undefined }),
});

const candidacyArbitrary: fc.Arbitrary<Candidacy> = fc
  .record({
    audiences: fc.array(audienceArbitrary, { minLength: 1, maxLength: 7 }),
    managesPeople: fc.boolean(),
    own: fc.uniqueArray(ownQuestionArbitrary, { maxLength: 4, selector: (question) => question.id }),
    asked: fc.array(fc.tuple(fc.constantFrom(...bankTexts), fc.integer({ min: 0, max: 2 })), {
      maxLength: 8,
    }),
  })
  .map(({ audiences, managesPeople, own, asked }) => {
    const interviewers: Interviewer[] = audiences.map((audience, index) => ({
      id: `person-${index}`,
      name: `Person ${index}`,
      audience,
    }));
    const [roundOne, roundTwo] = managerCandidacy.interviews;
    return {
      ...managerCandidacy,
      candidate: {
        ...managerCandidacy.candidate,
        targetRole: { ...managerCandidacy.candidate.targetRole, managesPeople },
      },
      questions: own,
      interviews: [
        {
          ...roundOne!,
          debrief: {
            ...roundOne!.debrief!,
            questionsAsked: asked.map(([text, variant]) => scramble(text, variant)),
          },
        },
        { ...roundTwo!, interviewers, debrief: undefined },
      ],
    };
  });

const adversarialBank: readonly BankQuestion[] = [
  { id: 'pay-leader', text: 'What bonus does this level get?', audiences: ['senior-leadership'] },
  { id: 'rank-peer', text: 'What is the reporting line here?', audiences: ['peer'] },
  ...defaultQuestionBank,
];

const bankArbitrary: fc.Arbitrary<readonly BankQuestion[]> = fc.oneof(
  fc.constant(defaultQuestionBank),
  fc.subarray([...defaultQuestionBank], { minLength: 3 }),
  fc.constant(adversarialBank),
);

const categoryOf = new Map(defaultQuestionBank.map((question) => [question.id, question.category]));

function setKey(ids: readonly string[]): string {
  return [...ids].sort().join('|');
}

describe('pickQuestions properties', () => {
  it('gives each interviewer at most three distinct questions, all of them planned', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const plan = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        const planned = plan.planned.map((pick) => pick.id);
        expect(new Set(planned).size).toBe(planned.length);
        expect(planned.length).toBeLessThanOrEqual(6);
        for (const entry of plan.perInterviewer) {
          const ids = entry.questions.map((pick) => pick.id);
          expect(ids.length).toBeLessThanOrEqual(3);
          expect(new Set(ids).size).toBe(ids.length);
          for (const id of ids) expect(planned).toContain(id);
        }
      }),
    );
  });

  it('gives 2–3 per interviewer and 4–6 overall whenever it raises no warning', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const plan = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        fc.pre(plan.warnings.every((warning) => warning.includes('does not manage people')));
        expect(plan.planned.length).toBeGreaterThanOrEqual(4);
        expect(plan.planned.length).toBeLessThanOrEqual(6);
        for (const entry of plan.perInterviewer) expect(entry.questions.length).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('meets 2 per interviewer and 4–6 overall for any panel when the default bank is untouched', () => {
    fc.assert(
      fc.property(
        fc.array(audienceArbitrary, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (audiences, manages) => {
          const interviewers = audiences.map((audience, index) => ({
            id: `p${index}`,
            name: `P ${index}`,
            audience,
          }));
          const candidacy: Candidacy = {
            ...managerCandidacy,
            questions: [],
            candidate: {
              ...managerCandidacy.candidate,
              targetRole: { ...managerCandidacy.candidate.targetRole, managesPeople: manages },
            },
            interviews: [{ ...managerCandidacy.interviews[1]!, interviewers, debrief: undefined }],
          };
          const plan = pickQuestions(candidacy, { interviewId: 'round-2' });
          expect(plan.warnings.filter((warning) => !warning.includes('does not manage people'))).toEqual([]);
          expect(plan.planned.length).toBeGreaterThanOrEqual(4);
          for (const entry of plan.perInterviewer) expect(entry.questions.length).toBeGreaterThanOrEqual(2);
        },
      ),
    );
  });

  it('never gives two different audiences the identical set without a warning', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const plan = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        const byAudience = new Map<Audience, string>();
        for (const entry of plan.perInterviewer) {
          byAudience.set(entry.audience, setKey(entry.questions.map((pick) => pick.id)));
        }
        const keys = [...byAudience.values()];
        if (new Set(keys).size < keys.length) expect(plan.warnings.length).toBeGreaterThan(0);
        if (plan.warnings.length === 0) expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });

  it('never plans a question already asked, whatever its case, punctuation or spacing', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const plan = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        const asked = new Set([
          ...candidacy.interviews
            .flatMap((interview) => interview.debrief?.questionsAsked ?? [])
            .map(normalise),
          ...(candidacy.questions ?? [])
            .filter((q) => q.askedInRound !== undefined)
            .map((q) => normalise(q.text)),
        ]);
        for (const pick of plan.planned) expect(asked.has(normalise(pick.text))).toBe(false);
      }),
    );
  });

  it('keeps pay from leadership, rank from peers and management questions from non-managing roles', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const plan = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        const managesPeople = candidacy.candidate.targetRole.managesPeople;
        for (const entry of plan.perInterviewer) {
          for (const pick of entry.questions) {
            const category = categoryOf.get(pick.id);
            const text = pick.text.toLowerCase();
            if (entry.audience === 'senior-leadership') {
              expect(category).not.toBe('pay-logistics');
              expect(text).not.toMatch(/salary|bonus|package/);
            }
            if (entry.audience === 'peer') {
              expect(category).not.toBe('hierarchy');
              expect(text).not.toMatch(/reports to|reporting line/);
            }
            if (!managesPeople) expect(text).not.toMatch(/new manager|next manager/);
          }
        }
      }),
    );
  });

  it('is deterministic and leaves its input untouched', () => {
    fc.assert(
      fc.property(candidacyArbitrary, bankArbitrary, (candidacy, bank) => {
        const before = JSON.stringify({ candidacy, bank });
        const first = pickQuestions(candidacy, { interviewId: 'round-2', bank });
        const second = pickQuestions(structuredClone(candidacy), {
          interviewId: 'round-2',
          bank: structuredClone(bank),
        });
        expect(second).toEqual(first);
        expect(JSON.stringify({ candidacy, bank })).toBe(before);
      }),
    );
  });
});
