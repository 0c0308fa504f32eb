import fc from 'fast-check';
import {
  AUDIENCES,
  type Candidacy,
  formatIssues,
  INTERVIEW_FORMATS,
  parseCandidacy,
  STORY_TAGS,
} from '../../src/index.js';

/** The moments the fuzzers assess at: before, between and after the generated rounds, in several offsets. */
export const NOWS = [
  '2026-11-15T09:00:00-05:00',
  '2026-11-27T12:00:00+00:00',
  '2026-12-02T09:00:00-05:00',
  '2026-12-04T23:30:00+05:30',
  '2026-12-20T08:00:00-08:00',
  '2027-02-01T10:00:00+01:00',
] as const;

export const nowArbitrary = fc.constantFrom(...NOWS);

const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/Berlin', 'Asia/Kolkata', 'UTC'] as const;
const OFFSETS = ['-05:00', '-08:00', '+00:00', '+01:00', '+05:30'] as const;

/**
 * Vendors' "no date" values and the calendar's edges: .NET's MinValue and MaxValue, a two-digit year, a
 * local mean time, and a far-future instant in the year 10000 UTC.
 */
const EDGE_INSTANTS = [
  '0001-01-01T00:00:00Z',
  '0099-06-30T09:00:00-05:00',
  '1850-06-01T15:00:00Z',
  '9999-12-31T23:59:59+14:00',
  '9999-12-31T23:59:59-12:00',
] as const;

/** An ISO date-time with offset between mid-November and late December 2026. */
const nearInstant = fc
  .record({
    day: fc.integer({ min: 10, max: 50 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.constantFrom(0, 15, 30, 45),
    offset: fc.constantFrom(...OFFSETS),
  })
  .map(({ day, hour, minute, offset }) => {
    const month = day > 30 ? 12 : 11;
    const date = day > 30 ? day - 30 : day;
    const pad = (value: number) => String(value).padStart(2, '0');
    return `2026-${pad(month)}-${pad(date)}T${pad(hour)}:${pad(minute)}:00${offset}`;
  });

/** Mostly a date-time near the bench's `now`; one in twenty at the calendar's edges. */
export const instantArbitrary = fc.oneof(
  { arbitrary: nearInstant, weight: 19 },
  { arbitrary: fc.constantFrom(...EDGE_INSTANTS), weight: 1 },
);

const plainDate = fc.constantFrom('2026-12-18', '2027-01-04', '2027-02-01');
const dateOrInstant = fc.oneof(plainDate, instantArbitrary);

const sentence = fc
  .array(
    fc.constantFrom(
      'I',
      'we',
      'led',
      'rebuilt',
      'the billing platform',
      'in 14 months',
      'over 6 weeks',
      'a team of 8',
      'grew to 12 engineers',
      'cut errors by 40%',
      'saved $2M',
      'as the lead',
      'as a member',
      'because I wanted a bigger scope',
      'instead of',
      'chose',
      'about',
      'onboarded 22 customers',
      'in 2023',
      'honestly',
      'we decided',
    ),
    { maxLength: 14 },
  )
  .map((words) => words.join(' '));

const shortTexts = fc.array(
  fc.constantFrom(
    'Same university',
    'Talk on pricing experiments',
    'Series C announced',
    'Ask about the pricing talk',
    'Her post on hiring',
    'Worked at Globex',
  ),
  { maxLength: 4 },
);

const research = fc.record(
  {
    background: fc.constantFrom('Ten years in product.', ''),
    previousCompanies: shortTexts,
    recentActivity: shortTexts,
    commonGround: shortTexts,
    plannedReferences: shortTexts,
    researchedAt: instantArbitrary,
    companyNews: shortTexts,
  },
  { requiredKeys: [] },
);

const interviewer = (id: string) =>
  fc
    .record(
      {
        audience: fc.constantFrom(...AUDIENCES),
        function: fc.constantFrom('sales', 'design', 'engineering', 'finance'),
        title: fc.constantFrom('VP Engineering', 'Staff Engineer', 'Recruiter'),
        tenureMonths: fc.integer({ min: 0, max: 240 }),
        research,
      },
      { requiredKeys: ['audience'] },
    )
    .map((fields) => ({ id, name: `Person ${id}`, ...fields }));

const questionTexts = fc.constantFrom(
  'What is the biggest open problem the team is solving?',
  'How is success measured at six months?',
  'How does the team decide what to build?',
  'What would you want from a new manager?',
  'What is the strategic bet for next year?',
  'Who do I report to?',
  'What does a great first 90 days look like?',
);

const interview = (round: number, index: number) =>
  fc
    .record(
      {
        scheduledAt: instantArbitrary,
        durationMinutes: fc.integer({ min: 15, max: 240 }),
        timeZone: fc.constantFrom(...ZONES),
        medium: fc.constantFrom('video', 'in-person', 'phone'),
        platform: fc.constantFrom('zoom', 'meet'),
        location: fc.constantFrom('HQ, floor 3'),
        formats: fc.subarray([...INTERVIEW_FORMATS], { minLength: 1 }),
        interviewers: fc
          .integer({ min: 0, max: 4 })
          .chain((count) =>
            fc.tuple(...Array.from({ length: count }, (_, at) => interviewer(`p${(index + at) % 6}`))),
          ),
        decisionExpectedBy: dateOrInstant,
        debrief: fc.record(
          {
            writtenAt: instantArbitrary,
            summary: sentence,
            questionsAsked: fc.array(questionTexts, { maxLength: 3 }),
            questionsFaced: fc.array(questionTexts, { maxLength: 2 }),
            topicsDiscussed: shortTexts,
          },
          { requiredKeys: ['writtenAt', 'summary', 'questionsAsked', 'topicsDiscussed'] },
        ),
        takeHome: fc
          .record(
            {
              timeboxHours: fc.integer({ min: 1, max: 10 }),
              hoursSpent: fc.integer({ min: 0, max: 15 }),
              writeupWords: fc.integer({ min: 0, max: 2000 }),
            },
            { requiredKeys: ['timeboxHours'] },
          )
          .map((fields) => ({
            assignedAt: '2026-11-28T09:00:00-05:00',
            dueAt: '2026-12-01T09:00:00-05:00',
            ...fields,
          })),
        presentation: fc.record(
          {
            slotMinutes: fc.integer({ min: 5, max: 60 }),
            rehearsals: fc.array(
              fc.record({ at: instantArbitrary, minutes: fc.integer({ min: 1, max: 70 }) }),
              {
                maxLength: 3,
              },
            ),
            closingSlideAnswersObviousQuestions: fc.boolean(),
            backupPlan: fc.constantFrom('Printed slides', ''),
          },
          { requiredKeys: ['slotMinutes'] },
        ),
      },
      { requiredKeys: ['scheduledAt', 'durationMinutes', 'medium'] },
    )
    .map((fields) => ({ id: `iv${index}`, round, ...fields }));

const fact = fc.record(
  {
    subject: fc.constantFrom('rebuild duration', 'team size', 'title', 'reason', 'savings'),
    kind: fc.constantFrom('duration', 'count', 'percentage', 'money', 'date', 'title', 'reason', 'stance'),
    value: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constantFrom('lead', 'member', 'scope')),
    unit: fc.constantFrom('months', 'weeks', 'people'),
    approximate: fc.boolean(),
    corrects: fc.constant(true as const),
  },
  { requiredKeys: ['subject', 'kind', 'value'] },
);

const story = (id: string, rounds: readonly number[]) =>
  fc
    .record(
      {
        kind: fc.constantFrom('project', 'reason-for-leaving', 'role-interest', 'strength', 'other'),
        tags: fc.subarray([...STORY_TAGS], { maxLength: 5 }),
        partnerFunctions: fc.subarray(['Sales', 'design', 'Finance']),
        tellings: fc
          .subarray([...rounds])
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map((round) =>
                fc
                  .record(
                    { text: sentence, facts: fc.array(fact, { maxLength: 3 }) },
                    { requiredKeys: ['text'] },
                  )
                  .map((fields) => ({ round, ...fields })),
              ),
            ),
          ),
      },
      { requiredKeys: ['kind'] },
    )
    .map((fields) => ({ id, title: `Story ${id}`, ...fields }));

const formatPrep = fc.record(
  {
    practicedAt: instantArbitrary,
    platformPracticedAt: instantArbitrary,
    designTemplateReady: fc.boolean(),
    notes: fc.constantFrom('Practised twice.'),
  },
  { requiredKeys: [] },
);

const amount = fc.integer({ min: 40, max: 400 }).map((thousands) => thousands * 1000);

/** Raw JSON of a valid candidacy: parseCandidacy accepts every value (a property checks it). */
export const candidacyInputArbitrary = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 })
  .chain((roundList) => {
    const rounds = [...new Set(roundList)].sort((a, b) => a - b);
    return fc.tuple(...roundList.map((round, index) => interview(round, index))).chain((interviews) => {
      const interviewerIds = [
        ...new Set(interviews.flatMap((item) => item.interviewers?.map((person) => person.id) ?? [])),
      ];
      const interviewerId =
        interviewerIds.length === 0 ? fc.constant(undefined) : fc.constantFrom(...interviewerIds);
      const roundArbitrary = fc.constantFrom(...rounds);
      return fc
        .record(
          {
            jurisdiction: fc.constantFrom('US-CA', 'US-NY', 'US-NY-NYC', 'DE', 'EU', 'GB', 'US-TX'),
            timeZone: fc.constantFrom(...ZONES),
            managesPeople: fc.boolean(),
            stories: fc
              .integer({ min: 0, max: 5 })
              .chain((count) =>
                fc.tuple(...Array.from({ length: count }, (_, at) => story(`s${at}`, rounds))),
              ),
            questions: fc.array(
              fc.record(
                {
                  text: questionTexts,
                  audiences: fc.subarray([...AUDIENCES], { maxLength: 3 }),
                  purpose: fc.constantFrom('Learn the bar.'),
                  askedInRound: roundArbitrary,
                },
                { requiredKeys: ['text'] },
              ),
              { maxLength: 8 },
            ),
            concerns: fc.array(
              fc.record(
                {
                  raisedInRound: roundArbitrary,
                  raisedBy: interviewerId,
                  topic: fc.constantFrom('distributed teams', 'depth in pricing'),
                  plan: fc.record(
                    {
                      action: fc.constantFrom('revisit', 'acknowledge-and-pivot'),
                      improvedAnswer: fc.constantFrom('A better example with numbers.', ''),
                      timing: fc.constantFrom('early', 'late'),
                    },
                    { requiredKeys: ['action', 'timing'] },
                  ),
                },
                { requiredKeys: ['raisedInRound', 'topic'] },
              ),
              { maxLength: 3 },
            ),
            compensation: fc.record(
              {
                range: fc
                  .tuple(amount, amount, fc.constantFrom('USD', 'EUR'), fc.constantFrom('total', 'base'))
                  .map(([a, b, currency, basis]) => ({
                    min: Math.min(a, b),
                    max: Math.max(a, b),
                    currency,
                    basis,
                  })),
                researched: fc.boolean(),
                discloseCurrentSalary: fc.boolean(),
                walkAway: amount,
                noticePeriodWeeks: fc.integer({ min: 0, max: 16 }),
                earliestStart: dateOrInstant,
                relocation: fc.constantFrom('yes', 'no', 'open-in-principle'),
                workMode: fc.constantFrom('remote', 'hybrid', 'on-site', 'flexible'),
              },
              { requiredKeys: [] },
            ),
            pipeline: fc.record(
              {
                otherProcesses: fc.array(
                  fc.record(
                    {
                      company: fc.constantFrom('Globex', 'Initech'),
                      stage: fc.constantFrom(
                        'applied',
                        'screening',
                        'interviewing',
                        'final-round',
                        'offer',
                        'paused',
                        'closed',
                      ),
                      lastActivityAt: dateOrInstant,
                    },
                    { requiredKeys: ['company', 'stage'] },
                  ),
                  { maxLength: 2 },
                ),
                offers: fc.array(
                  fc.record(
                    {
                      company: fc.constantFrom('Globex', 'Initech'),
                      status: fc.constantFrom('expected', 'received', 'accepted', 'declined'),
                      expectedBy: dateOrInstant,
                      deadline: dateOrInstant,
                      package: fc.record(
                        { base: amount, bonus: amount, equity: amount, currency: fc.constant('USD') },
                        { requiredKeys: ['currency'] },
                      ),
                    },
                    { requiredKeys: ['company', 'status'] },
                  ),
                  { maxLength: 2 },
                ),
              },
              { requiredKeys: [] },
            ),
            prep: fc.record(
              {
                roundOneNotesReviewedAt: instantArbitrary,
                checklistRunAt: instantArbitrary,
                setupTestedAt: instantArbitrary,
                platformTestedAt: instantArbitrary,
                routePlannedAt: instantArbitrary,
                thankYouDraftedAt: instantArbitrary,
                thankYouSent: fc.array(fc.record({ interviewerId, at: instantArbitrary }), {
                  maxLength: interviewerIds.length === 0 ? 0 : 3,
                }),
                followUpSentAt: instantArbitrary,
                outcomePlans: fc.record(
                  {
                    ifOffer: fc.constantFrom('Negotiate on base', ''),
                    ifRejected: fc.constant('Ask for feedback'),
                  },
                  { requiredKeys: [] },
                ),
                formatPrep: fc.record(
                  Object.fromEntries(INTERVIEW_FORMATS.map((format) => [format, formatPrep])),
                  { requiredKeys: [] },
                ),
              },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['managesPeople', 'timeZone', 'stories'] },
        )
        .map(({ jurisdiction, timeZone, managesPeople, questions, concerns, ...rest }) => ({
          schemaVersion: 1,
          candidate: {
            name: 'Random Candidate',
            timeZone,
            ...(jurisdiction === undefined ? {} : { jurisdiction }),
            targetRole: { title: 'Engineering Lead', company: 'Acme', managesPeople },
          },
          interviews,
          ...(questions === undefined
            ? {}
            : { questions: questions.map((question, at) => ({ id: `q${at}`, ...question })) }),
          ...(concerns === undefined
            ? {}
            : {
                concerns: concerns.map(({ raisedBy, ...concern }, at) => ({
                  id: `c${at}`,
                  ...concern,
                  ...(raisedBy === undefined ? {} : { raisedBy }),
                })),
              }),
          ...rest,
        }));
    });
  });

/** Parses a generated input; the generator is wrong (not the code) when this throws. */
export function parseGenerated(input: unknown): Candidacy {
  const result = parseCandidacy(input);
  if (!result.ok)
    throw new Error(`the candidacy arbitrary produced an invalid candidacy:\n${formatIssues(result.issues)}`);
  return result.value;
}

/** Random valid candidacies, parsed. */
export const candidacyArbitrary: fc.Arbitrary<Candidacy> = candidacyInputArbitrary.map(parseGenerated);
