import fc from 'fast-check';
import {
  AUDIENCES,
  type Candidacy,
  type CandidacyInput,
  INTERVIEW_FORMATS,
  STORY_TAGS,
} from '../../src/index.js';
import { parseFixture } from './fixtures.js';

const TIMES = [
  '2026-11-20T10:00:00-05:00',
  '2026-11-28T09:00:00-05:00',
  '2026-12-01T18:00:00-05:00',
  '2026-12-02T08:00:00-05:00',
  '2026-12-03T14:00:00-05:00',
  '2026-12-10T09:00:00+01:00',
] as const;

const time = fc.constantFrom(...TIMES);
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const words = fc
  .array(
    fc.constantFrom(
      'we',
      'rebuilt',
      'the',
      'platform',
      'in',
      '14',
      'months',
      'chose',
      'instead of',
      'team',
      'grew',
      '40%',
    ),
    {
      maxLength: 12,
    },
  )
  .map((list) => list.join(' '));
const texts = fc.array(
  fc.constantFrom('Same school', 'Talk on pricing', 'Series C', 'Ask about the talk', ' '),
  {
    maxLength: 3,
  },
);

function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

const research = fc
  .record({
    background: optional(fc.constantFrom('Product lead', '')),
    commonGround: optional(texts),
    recentActivity: optional(texts),
    plannedReferences: optional(texts),
    companyNews: optional(texts),
  })
  .map(definedOnly);

const interviewer = (id: string) =>
  fc
    .record({
      audience: fc.constantFrom(...AUDIENCES),
      function: optional(fc.constantFrom('sales', 'design')),
      tenureMonths: optional(fc.integer({ min: 0, max: 120 })),
      research: optional(research),
    })
    .map((fields) => definedOnly({ id, name: `Person ${id}`, ...fields }));

const interview = (round: number) =>
  fc
    .record({
      scheduledAt: time,
      medium: fc.constantFrom('video', 'in-person', 'phone'),
      formats: fc.subarray([...INTERVIEW_FORMATS], { minLength: 1 }),
      interviewers: fc
        .integer({ min: 0, max: 4 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, index) => interviewer(`i${round}-${index}`))),
        ),
      debrief: optional(
        fc.record({
          writtenAt: time,
          summary: fc.constant('notes'),
          questionsAsked: fc.subarray([
            'What is the biggest open problem the team is solving?',
            'Who do I report to?',
          ]),
          topicsDiscussed: fc.constant<string[]>([]),
        }),
      ),
      presentation: optional(
        fc
          .record({
            slotMinutes: fc.integer({ min: 10, max: 30 }),
            rehearsals: fc.array(fc.record({ at: time, minutes: fc.integer({ min: 5, max: 40 }) }), {
              maxLength: 3,
            }),
            closingSlideAnswersObviousQuestions: optional(fc.boolean()),
            backupPlan: optional(fc.constantFrom('Printed slides', '')),
          })
          .map(definedOnly),
      ),
      takeHome: optional(
        fc
          .record({
            timeboxHours: fc.integer({ min: 2, max: 8 }),
            hoursSpent: optional(fc.integer({ min: 0, max: 12 })),
            writeupWords: optional(fc.integer({ min: 0, max: 1500 })),
          })
          .map((fields) =>
            definedOnly({
              assignedAt: '2026-11-28T09:00:00-05:00',
              dueAt: '2026-12-01T09:00:00-05:00',
              ...fields,
            }),
          ),
      ),
    })
    .map((fields) => definedOnly({ id: `r${round}`, round, durationMinutes: 60, ...fields }));

const factSubjects = fc.constantFrom('rebuild duration', 'team size', 'title', 'reason');

const story = (id: string, rounds: number) =>
  fc
    .record({
      kind: fc.constantFrom('project', 'reason-for-leaving', 'role-interest', 'strength', 'other'),
      tags: fc.subarray([...STORY_TAGS], { maxLength: 4 }),
      partnerFunctions: optional(fc.subarray(['Sales', 'design'])),
      tellings: fc
        .subarray(
          Array.from({ length: rounds }, (_, index) => index + 1),
          { maxLength: rounds },
        )
        .chain((chosen) =>
          fc.tuple(
            ...chosen.map((round) =>
              fc
                .record({
                  round: fc.constant(round),
                  text: words,
                  facts: optional(
                    fc.array(
                      fc
                        .record({
                          subject: factSubjects,
                          kind: fc.constantFrom('duration', 'count', 'title'),
                          value: fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom('lead', 'member')),
                          corrects: optional(fc.constant(true as const)),
                        })
                        .map(definedOnly),
                      { maxLength: 3 },
                    ),
                  ),
                })
                .map(definedOnly),
            ),
          ),
        ),
    })
    .map((fields) => definedOnly({ id, title: `Story ${id}`, ...fields }));

/** Random valid candidacies: one to three rounds, panels, stories, questions, concerns, pay and preparation. */
export const candidacyArbitrary: fc.Arbitrary<Candidacy> = fc
  .integer({ min: 1, max: 3 })
  .chain((rounds) =>
    fc.record({
      jurisdiction: optional(fc.constantFrom('US-CA', 'US-NY')),
      managesPeople: fc.boolean(),
      interviews: fc.tuple(...Array.from({ length: rounds }, (_, index) => interview(index + 1))),
      stories: fc
        .integer({ min: 0, max: 5 })
        .chain((count) =>
          fc.tuple(...Array.from({ length: count }, (_, index) => story(`s${index}`, rounds))),
        ),
      questions: optional(
        fc.array(
          fc
            .record({
              text: fc.constantFrom(
                'What is the biggest open problem the team is solving?',
                'How is success measured at six months?',
                'How does the team decide?',
                'What would you want from a new manager?',
                'What is the strategic bet?',
              ),
              audiences: fc.subarray([...AUDIENCES], { maxLength: 3 }),
              askedInRound: optional(fc.integer({ min: 1, max: rounds })),
            })
            .map(definedOnly),
          { maxLength: 8 },
        ),
      ),
      concerns: optional(
        fc.array(
          fc
            .record({
              raisedInRound: fc.integer({ min: 1, max: rounds }),
              topic: fc.constant('distributed teams'),
              plan: optional(
                fc
                  .record({
                    action: fc.constantFrom('revisit', 'acknowledge-and-pivot'),
                    improvedAnswer: optional(fc.constantFrom('A better example.', '')),
                    timing: fc.constantFrom('early', 'late'),
                  })
                  .map(definedOnly),
              ),
            })
            .map(definedOnly),
          { maxLength: 4 },
        ),
      ),
      compensation: optional(
        fc
          .record({
            range: optional(
              fc
                .record({
                  min: fc.integer({ min: 50, max: 150 }),
                  spread: fc.integer({ min: 0, max: 60 }),
                  basis: fc.constantFrom('total', 'base'),
                })
                .map(({ min, spread, basis }) => ({
                  min: min * 1000,
                  max: (min + spread) * 1000,
                  currency: 'USD',
                  basis,
                })),
            ),
            researched: optional(fc.boolean()),
            discloseCurrentSalary: optional(fc.boolean()),
            walkAway: optional(fc.integer({ min: 40000, max: 200000 })),
            noticePeriodWeeks: optional(fc.integer({ min: 0, max: 12 })),
            earliestStart: optional(fc.constantFrom('2027-01-04', '2026-12-20')),
            relocation: optional(fc.constantFrom('yes', 'no', 'open-in-principle')),
            workMode: optional(fc.constantFrom('remote', 'hybrid', 'on-site', 'flexible')),
          })
          .map(definedOnly),
      ),
      otherProcesses: optional(
        fc.array(
          fc.record({
            company: fc.constant('Globex'),
            stage: fc.constantFrom('interviewing', 'paused', 'closed'),
          }),
          { maxLength: 2 },
        ),
      ),
      prep: optional(
        fc
          .record({
            roundOneNotesReviewedAt: optional(time),
            checklistRunAt: optional(time),
            setupTestedAt: optional(time),
            platformTestedAt: optional(time),
            routePlannedAt: optional(time),
            thankYouDraftedAt: optional(time),
            outcomePlans: optional(
              fc
                .record({
                  ifOffer: optional(fc.constantFrom('Negotiate', '')),
                  ifRejected: optional(fc.constant('Thank them')),
                })
                .map(definedOnly),
            ),
            formatPrep: optional(
              fc
                .record({
                  technical: optional(fc.record({ platformPracticedAt: optional(time) }).map(definedOnly)),
                  'case-study': optional(fc.record({ practicedAt: optional(time) }).map(definedOnly)),
                })
                .map(definedOnly),
            ),
          })
          .map(definedOnly),
      ),
    }),
  )
  .map((parts): CandidacyInput => {
    const questions = parts.questions?.map((question, index) => ({ id: `q${index}`, ...question }));
    const concerns = parts.concerns?.map((concern, index) => ({ id: `c${index}`, ...concern }));
    return definedOnly({
      schemaVersion: 1 as const,
      candidate: definedOnly({
        name: 'Random Candidate',
        timeZone: 'America/New_York',
        jurisdiction: parts.jurisdiction,
        targetRole: { title: 'Lead', company: 'Acme', managesPeople: parts.managesPeople },
      }),
      interviews: parts.interviews,
      stories: parts.stories,
      questions,
      concerns,
      compensation: parts.compensation,
      pipeline:
        parts.otherProcesses === undefined ? undefined : { otherProcesses: parts.otherProcesses, offers: [] },
      prep: parts.prep,
    });
  })
  .map(parseFixture);
