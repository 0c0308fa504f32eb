import { type Candidacy, type CandidacyInput, formatIssues, parseCandidacy } from '../../src/index.js';

/** Parses a candidacy, failing loudly when the fixture itself is wrong. */
export function parseFixture(input: CandidacyInput): Candidacy {
  const result = parseCandidacy(input);
  if (!result.ok) throw new Error(`fixture does not parse:\n${formatIssues(result.issues)}`);
  return result.value;
}

/** A manager candidate: round 1 with the recruiter and the hiring manager, round 2 with five audiences. */
export const managerInput: CandidacyInput = {
  schemaVersion: 1,
  candidate: {
    name: 'Jordan Reyes',
    timeZone: 'America/New_York',
    targetRole: { title: 'Engineering Manager', company: 'Northwind', managesPeople: true },
  },
  interviews: [
    {
      id: 'round-1',
      round: 1,
      scheduledAt: '2026-11-18T10:00:00-05:00',
      durationMinutes: 45,
      medium: 'video',
      interviewers: [
        { id: 'rita', name: 'Rita Gomez', audience: 'recruiter' },
        { id: 'dana', name: 'Dana Whitfield', audience: 'hiring-manager' },
      ],
      debrief: {
        writtenAt: '2026-11-18T12:00:00-05:00',
        summary: 'Went well; scope questions about the platform team.',
        questionsAsked: [
          'What would someone in this role need to get done in the first 90 days to count as a success?',
          'what is the biggest open problem the team is working on right now',
        ],
        topicsDiscussed: ['Platform team scope', 'Hiring plan for next year'],
      },
    },
    {
      id: 'round-2',
      round: 2,
      scheduledAt: '2026-12-03T09:00:00-05:00',
      durationMinutes: 240,
      medium: 'in-person',
      interviewers: [
        {
          id: 'dana',
          name: 'Dana Whitfield',
          audience: 'hiring-manager',
          title: 'Director of Engineering',
          tenureMonths: 40,
          research: { plannedReferences: ['Her talk on incident reviews at LeadDev'] },
        },
        {
          id: 'priya',
          name: 'Priya Nair',
          audience: 'peer',
          title: 'Engineering Manager',
          tenureMonths: 4,
          research: {
            plannedReferences: ['Her post on build caching', 'Her time at Contoso', 'Her open-source linter'],
          },
        },
        {
          id: 'mei',
          name: 'Mei Lin',
          audience: 'direct-report',
          title: 'Senior Engineer',
          tenureMonths: 110,
          research: { recentActivity: ['A blog post on flaky test triage'] },
        },
        {
          id: 'omar',
          name: 'Omar Haddad',
          audience: 'senior-leadership',
          title: 'VP Engineering',
          tenureMonths: 60,
          research: {
            plannedReferences: ['The Series C announcement'],
            companyNews: ['Series C funding in October', 'Launch of the EU data region'],
          },
        },
        {
          id: 'sam',
          name: 'Sam Okafor',
          audience: 'cross-functional',
          function: 'Sales',
          title: 'Head of Enterprise Sales',
          tenureMonths: 24,
          research: { commonGround: ['Both worked at Fabrikam'] },
        },
      ],
      debrief: {
        writtenAt: '2026-12-03T15:00:00-05:00',
        summary: 'Long day, good energy.',
        questionsAsked: [],
        topicsDiscussed: [
          'The Q3 platform roadmap',
          'Sales handoffs for enterprise renewals',
          "Priya's migration to the new build system",
          'On-call load on the platform team',
          'How the EU data region launch went',
        ],
      },
    },
  ],
  stories: [
    {
      id: 'billing-rebuild',
      title: 'Rebuilding the billing pipeline',
      kind: 'project',
      tags: ['quantified-outcome', 'trade-off', 'leadership'],
      partnerFunctions: ['Finance'],
      tellings: [
        { round: 1, text: 'We rebuilt billing in 14 months and cut failed invoices by 30%.' },
        {
          round: 2,
          text: 'We rebuilt billing over 14 months; I chose to freeze new features for one quarter, and failed invoices fell by 30%.',
        },
      ],
    },
    {
      id: 'sales-launch',
      title: 'Launching usage-based pricing with the sales team',
      kind: 'project',
      tags: ['partnering', 'collaboration'],
      partnerFunctions: ['sales'],
      tellings: [{ round: 2, text: 'Sales and my team agreed a weekly pricing review.' }],
    },
    {
      id: 'design-disagreement',
      title: 'Settling a disagreement with the design lead',
      kind: 'project',
      tags: ['disagreement', 'collaboration', 'credit-sharing'],
      partnerFunctions: ['Design'],
      tellings: [{ round: 2, text: 'The design lead and I tested both flows with users and kept hers.' }],
    },
    {
      id: 'first-90',
      title: 'What I would learn in the first 90 days',
      kind: 'role-interest',
      tags: ['strategy', 'first-90-days'],
      tellings: [{ round: 2, text: 'I would spend the first month listening to customers and the team.' }],
    },
    {
      id: 'leaving-acme',
      title: 'Why I am leaving Acme',
      kind: 'reason-for-leaving',
      tags: [],
      tellings: [{ round: 1, text: 'Looking for a larger platform scope.' }],
    },
  ],
  questions: [
    {
      id: 'own-on-call',
      text: 'How is on-call load shared across the team today?',
      audiences: ['peer', 'direct-report'],
      purpose: 'shows you care about sustainable workload',
    },
    {
      id: 'own-asked',
      text: 'What does the hiring plan for next year look like?',
      audiences: ['hiring-manager'],
      askedInRound: 1,
    },
  ],
};

/** The manager candidacy, parsed. */
export const managerCandidacy: Candidacy = parseFixture(managerInput);
