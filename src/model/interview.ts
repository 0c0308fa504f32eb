import * as z from 'zod/mini';
import { CANDIDACY_LIMITS } from './limits.js';
import { described } from './meta.js';
import {
  AudienceSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  IdSchema,
  InterviewFormatSchema,
  RoundSchema,
  TextSchema,
  timeZoneSchema,
} from './primitives.js';

const TextListSchema = z.array(TextSchema).check(z.maxLength(200));

/** What the candidate found out about one interviewer before the round. */
export const ResearchSchema = described(
  z.strictObject({
    background: described(z.optional(TextSchema), 'What the interviewer does and has done, in a few words'),
    previousCompanies: described(z.optional(TextListSchema), 'Companies the interviewer worked at before'),
    recentActivity: described(
      z.optional(TextListSchema),
      'Recent talks, posts or launches by the interviewer worth mentioning',
    ),
    commonGround: described(z.optional(TextListSchema), 'What the candidate and the interviewer share'),
    plannedReferences: described(
      z.optional(TextListSchema),
      'Points of the research the candidate plans to bring up in the interview',
    ),
    researchedAt: described(z.optional(DateTimeSchema), 'When the research was done'),
    companyNews: described(z.optional(TextListSchema), "Recent news about the interviewer's company or team"),
  }),
  'What the candidate found out about this interviewer; merged by interviewer id across rounds, a later entry overriding an earlier one field by field',
);

/** What the candidate found out about one interviewer before the round. */
export type Research = z.output<typeof ResearchSchema>;

/** One person on the panel. */
export const InterviewerSchema = z.strictObject({
  id: described(
    IdSchema,
    'The interviewer id, unique within the interview; the same person keeps the same id in every round',
  ),
  name: described(
    TextSchema.check(z.minLength(1)),
    'The interviewer’s name, as the candidate addresses them',
  ),
  audience: described(
    AudienceSchema,
    'Who the interviewer is to the candidate, which decides what they care about',
  ),
  function: described(z.optional(TextSchema), 'The interviewer’s function, e.g. Engineering, Finance'),
  title: described(z.optional(TextSchema), 'The interviewer’s job title'),
  tenureMonths: described(
    z.optional(z.number().check(z.gte(0), z.lte(1200))),
    'How long the interviewer has been at the company, in months',
  ),
  research: z.optional(ResearchSchema),
});

/** One person on the panel. */
export type Interviewer = z.output<typeof InterviewerSchema>;

/** The candidate's own notes, written right after a round. */
export const DebriefSchema = described(
  z.strictObject({
    writtenAt: described(DateTimeSchema, 'When the notes were written'),
    summary: described(TextSchema, 'How the interview went, in the candidate’s words'),
    questionsAsked: described(TextListSchema, 'The questions the candidate asked'),
    questionsFaced: described(z.optional(TextListSchema), 'The questions the candidate was asked'),
    topicsDiscussed: described(TextListSchema, 'The topics that came up'),
  }),
  'The candidate’s own notes, written right after the interview',
);

/** The candidate's own notes, written right after a round. */
export type Debrief = z.output<typeof DebriefSchema>;

/** A take-home assignment attached to an interview. */
export const TakeHomeSchema = described(
  z.strictObject({
    assignedAt: described(DateTimeSchema, 'When the assignment was given'),
    dueAt: described(DateTimeSchema, 'When the assignment is due; after assignedAt'),
    timeboxHours: described(
      z.number().check(z.positive(), z.lte(200)),
      'The hours the company suggested spending',
    ),
    hoursSpent: described(
      z.optional(z.number().check(z.gte(0), z.lte(1000))),
      'The hours actually spent so far',
    ),
    writeupWords: described(
      z.optional(z.number().check(z.int(), z.gte(0), z.lte(100_000))),
      'The length of the write-up, in words',
    ),
  }),
  'A take-home assignment attached to this interview',
);

/** A take-home assignment attached to an interview. */
export type TakeHome = z.output<typeof TakeHomeSchema>;

/** A presentation to the panel and how it was rehearsed. */
export const PresentationSchema = described(
  z.strictObject({
    slotMinutes: described(
      z.number().check(z.positive(), z.lte(600)),
      'The minutes given for the presentation',
    ),
    rehearsals: described(
      z._default(
        z
          .array(
            z.strictObject({
              at: described(DateTimeSchema, 'When the rehearsal took place'),
              minutes: described(
                z.number().check(z.positive(), z.lte(600)),
                'How long the run-through took, in minutes',
              ),
            }),
          )
          .check(z.maxLength(100)),
        [],
      ),
      'Timed run-throughs of the presentation',
    ),
    closingSlideAnswersObviousQuestions: described(
      z.optional(z.boolean()),
      'Whether the closing slide answers the questions the panel will obviously ask',
    ),
    backupPlan: described(z.optional(TextSchema), 'What to do if the screen share or the projector fails'),
  }),
  'A presentation to the panel and how it was rehearsed',
);

/** A presentation to the panel and how it was rehearsed. */
export type Presentation = z.output<typeof PresentationSchema>;

/** One interview of one round: when, how, in which formats and with whom. */
export const InterviewSchema = z.strictObject({
  id: described(IdSchema, 'The interview id, unique among the interviews'),
  round: described(
    RoundSchema,
    'The round: 1 is the screen, 2 the decision round; several interviews (sessions) may share a round',
  ),
  /** When it starts; leave it out for a round that is planned but not yet scheduled. */
  scheduledAt: described(
    z.optional(DateTimeSchema),
    'When the interview starts; leave it out for an interview planned but not yet scheduled',
  ),
  /** How long it lasts; when left out, timelines assume an hour. */
  durationMinutes: described(
    z.optional(z.number().check(z.positive(), z.lte(24 * 60))),
    'How long the interview lasts, in minutes; an hour when left out',
  ),
  timeZone: z.optional(
    timeZoneSchema('Where the interview happens, as an IANA zone name, when it differs from the candidate’s'),
  ),
  medium: described(z.enum(['video', 'in-person', 'phone']), 'How the interview is held'),
  platform: described(z.optional(TextSchema), 'The video or coding platform, e.g. zoom, coderpad'),
  location: described(z.optional(TextSchema), 'The address of an in-person interview'),
  formats: described(
    z._default(z.array(InterviewFormatSchema).check(z.maxLength(7)), ['conversation']),
    'The formats of the interview; a conversation when left out',
  ),
  interviewers: described(
    z._default(z.array(InterviewerSchema).check(z.maxLength(CANDIDACY_LIMITS.interviewersPerInterview)), []),
    'The people on the panel; none yet for a panel not yet known (a warning)',
  ),
  decisionExpectedBy: described(z.optional(DateOrDateTimeSchema), 'When the company said it would decide'),
  debrief: z.optional(DebriefSchema),
  takeHome: z.optional(TakeHomeSchema),
  presentation: z.optional(PresentationSchema),
});

/** One interview of one round: when, how, in which formats and with whom. */
export type Interview = z.output<typeof InterviewSchema>;
