import { type Candidacy, type CandidacyInput, parseCandidacy } from '../../src/index.js';

/** The time every fixture is assessed at: the day before round two. */
export const NOW = '2026-12-02T09:00:00-05:00';

const research = (extra: { companyNews?: string[] } = {}) => ({
  background: 'Ten years in product, previously at a payments company.',
  commonGround: ['Same university'],
  recentActivity: ['Talk on pricing experiments'],
  plannedReferences: ['Ask about the pricing talk'],
  researchedAt: '2026-12-01T18:00:00-05:00',
  ...extra,
});

/** A candidacy that does everything the guide asks: every applicable default rule passes. */
export function thoroughInput(): CandidacyInput {
  return {
    schemaVersion: 1,
    candidate: {
      name: 'Dana Example',
      timeZone: 'America/New_York',
      jurisdiction: 'US-NY',
      targetRole: { title: 'Engineering Manager', company: 'Acme', managesPeople: true },
    },
    interviews: [
      {
        id: 'r1',
        round: 1,
        scheduledAt: '2026-11-20T10:00:00-05:00',
        durationMinutes: 45,
        medium: 'video',
        interviewers: [{ id: 'rec', name: 'Riley', audience: 'recruiter' }],
        debrief: {
          writtenAt: '2026-11-20T11:00:00-05:00',
          summary: 'Went well; distributed teams came up.',
          questionsAsked: ['What does the team work on?'],
          topicsDiscussed: ['platform rebuild'],
        },
      },
      {
        id: 'r2',
        round: 2,
        scheduledAt: '2026-12-03T14:00:00-05:00',
        durationMinutes: 240,
        medium: 'video',
        platform: 'zoom',
        formats: ['conversation', 'presentation', 'technical'],
        interviewers: [
          { id: 'hm', name: 'Hana', audience: 'hiring-manager', tenureMonths: 40, research: research() },
          { id: 'peer', name: 'Pat', audience: 'peer', tenureMonths: 20, research: research() },
          { id: 'dr', name: 'Drew', audience: 'direct-report', tenureMonths: 12, research: research() },
          {
            id: 'vp',
            name: 'Vic',
            audience: 'senior-leadership',
            tenureMonths: 100,
            research: research({ companyNews: ['Series C announced'] }),
          },
          {
            id: 'xf',
            name: 'Sam',
            audience: 'cross-functional',
            function: 'sales',
            tenureMonths: 30,
            research: research(),
          },
        ],
        presentation: {
          slotMinutes: 20,
          rehearsals: [
            { at: '2026-11-30T19:00:00-05:00', minutes: 23 },
            { at: '2026-12-01T19:00:00-05:00', minutes: 19 },
          ],
          closingSlideAnswersObviousQuestions: true,
          backupPlan: 'Printed slides and a PDF link',
        },
      },
    ],
    stories: [
      {
        id: 'rebuild',
        title: 'Platform rebuild',
        kind: 'project',
        tags: ['quantified-outcome', 'trade-off', 'leadership'],
        tellings: [
          {
            round: 1,
            text: 'I led the platform rebuild over 14 months.',
            facts: [{ subject: 'rebuild duration', kind: 'duration', value: 14, unit: 'months' }],
          },
          {
            round: 2,
            text: 'The rebuild took 14 months; we chose to freeze features for a quarter instead of running two stacks, which cut incidents by 40%.',
            facts: [{ subject: 'rebuild duration', kind: 'duration', value: 14, unit: 'months' }],
          },
        ],
      },
      {
        id: 'mentoring',
        title: 'Growing a junior engineer',
        kind: 'strength',
        tags: ['people-development', 'feedback', 'advocacy'],
        tellings: [],
      },
      {
        id: 'design-clash',
        title: 'Disagreeing with design',
        kind: 'other',
        tags: ['disagreement', 'collaboration'],
      },
      {
        id: 'ninety',
        title: 'First 90 days plan',
        kind: 'role-interest',
        tags: ['strategy', 'first-90-days'],
      },
      {
        id: 'sales-launch',
        title: 'Launch with sales',
        kind: 'project',
        tags: ['partnering'],
        partnerFunctions: ['Sales'],
      },
      {
        id: 'leaving',
        title: 'Why I am leaving',
        kind: 'reason-for-leaving',
        tags: [],
        tellings: [
          { round: 1, text: 'I am looking for a bigger scope and a team to grow.' },
          { round: 2, text: 'I am looking for a bigger scope and a team to grow myself.' },
        ],
      },
    ],
    questions: [
      {
        id: 'q1',
        text: 'What would make someone successful in the first 90 days?',
        audiences: ['hiring-manager', 'senior-leadership'],
      },
      {
        id: 'q2',
        text: 'What is the biggest open problem the team is solving?',
        audiences: ['hiring-manager', 'peer', 'cross-functional'],
      },
      { id: 'q3', text: 'How does the team decide when it disagrees?', audiences: ['peer', 'direct-report'] },
      { id: 'q4', text: 'What would you want from a new manager?', audiences: ['direct-report'] },
      {
        id: 'q5',
        text: 'What strategic bet is this role part of?',
        audiences: ['senior-leadership', 'cross-functional'],
      },
    ],
    concerns: [
      {
        id: 'c1',
        raisedInRound: 1,
        raisedBy: 'rec',
        topic: 'Leading distributed teams',
        plan: { action: 'revisit', improvedAnswer: 'The migration with three time zones.', timing: 'early' },
      },
    ],
    compensation: {
      range: { min: 180000, max: 210000, currency: 'USD', basis: 'total' },
      researched: true,
      discloseCurrentSalary: false,
      walkAway: 175000,
      noticePeriodWeeks: 3,
      relocation: 'open-in-principle',
      workMode: 'hybrid',
    },
    pipeline: { otherProcesses: [{ company: 'Globex', stage: 'interviewing' }], offers: [] },
    prep: {
      roundOneNotesReviewedAt: '2026-12-01T08:00:00-05:00',
      checklistRunAt: '2026-12-02T08:00:00-05:00',
      setupTestedAt: '2026-12-01T20:00:00-05:00',
      platformTestedAt: '2026-12-02T08:30:00-05:00',
      thankYouDraftedAt: '2026-12-01T21:00:00-05:00',
      outcomePlans: {
        ifOffer: 'Anchor at the top of the range.',
        ifRejected: 'Thank them and ask for feedback.',
      },
      formatPrep: { technical: { platformPracticedAt: '2026-12-02T07:00:00-05:00' } },
    },
  };
}

/** Parses fixture input, failing loudly when a fixture itself is invalid. */
export function parseFixture(input: CandidacyInput): Candidacy {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(`invalid fixture: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** The thorough candidacy, parsed. */
export function thoroughCandidacy(): Candidacy {
  return parseFixture(thoroughInput());
}
