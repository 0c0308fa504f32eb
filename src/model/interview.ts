import * as z from 'zod';
import { CANDIDACY_LIMITS } from './limits.js';
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

const TextListSchema = z.array(TextSchema).max(200);

/** What the candidate found out about one interviewer before the round. */
export const ResearchSchema = z
  .strictObject({
    background: TextSchema.optional().describe('What the interviewer does and has done, in a few words'),
    previousCompanies: TextListSchema.optional().describe('Companies the interviewer worked at before'),
    recentActivity: TextListSchema.optional().describe(
      'Recent talks, posts or launches by the interviewer worth mentioning',
    ),
    commonGround: TextListSchema.optional().describe('What the candidate and the interviewer share'),
    plannedReferences: TextListSchema.optional().describe(
      'Points of the research the candidate plans to bring up in the interview',
    ),
    researchedAt: DateTimeSchema.optional().describe('When the research was done'),
    companyNews: TextListSchema.optional().describe("Recent news about the interviewer's company or team"),
  })
  .describe(
    'What the candidate found out about this interviewer; merged by interviewer id across rounds, a later entry overriding an earlier one field by field',
  );

/** What the candidate found out about one interviewer before the round. */
export type Research = z.output<typeof ResearchSchema>;

/** One person on the panel. */
export const InterviewerSchema = z.strictObject({
  id: IdSchema.describe(
    'The interviewer id, unique within the interview; the same person keeps the same id in every round',
  ),
  name: TextSchema.min(1).describe('The interviewer’s name, as the candidate addresses them'),
  audience: AudienceSchema.describe(
    'Who the interviewer is to the candidate, which decides what they care about',
  ),
  function: TextSchema.optional().describe('The interviewer’s function, e.g. Engineering, Finance'),
  title: TextSchema.optional().describe('The interviewer’s job title'),
  tenureMonths: z
    .number()
    .min(0)
    .max(1200)
    .optional()
    .describe('How long the interviewer has been at the company, in months'),
  research: ResearchSchema.optional(),
});

/** One person on the panel. */
export type Interviewer = z.output<typeof InterviewerSchema>;

/** The candidate's own notes, written right after a round. */
export const DebriefSchema = z
  .strictObject({
    writtenAt: DateTimeSchema.describe('When the notes were written'),
    summary: TextSchema.describe('How the interview went, in the candidate’s words'),
    questionsAsked: TextListSchema.describe('The questions the candidate asked'),
    questionsFaced: TextListSchema.optional().describe('The questions the candidate was asked'),
    topicsDiscussed: TextListSchema.describe('The topics that came up'),
  })
  .describe('The candidate’s own notes, written right after the interview');

/** The candidate's own notes, written right after a round. */
export type Debrief = z.output<typeof DebriefSchema>;

/** A take-home assignment attached to an interview. */
export const TakeHomeSchema = z
  .strictObject({
    assignedAt: DateTimeSchema.describe('When the assignment was given'),
    dueAt: DateTimeSchema.describe('When the assignment is due; after assignedAt'),
    timeboxHours: z.number().positive().max(200).describe('The hours the company suggested spending'),
    hoursSpent: z.number().min(0).max(1000).optional().describe('The hours actually spent so far'),
    writeupWords: z
      .number()
      .int()
      .min(0)
      .max(100_000)
      .optional()
      .describe('The length of the write-up, in words'),
  })
  .describe('A take-home assignment attached to this interview');

/** A take-home assignment attached to an interview. */
export type TakeHome = z.output<typeof TakeHomeSchema>;

/** A presentation to the panel and how it was rehearsed. */
export const PresentationSchema = z
  .strictObject({
    slotMinutes: z.number().positive().max(600).describe('The minutes given for the presentation'),
    rehearsals: z
      .array(
        z.strictObject({
          at: DateTimeSchema.describe('When the rehearsal took place'),
          minutes: z.number().positive().max(600).describe('How long the run-through took, in minutes'),
        }),
      )
      .max(100)
      .default([])
      .describe('Timed run-throughs of the presentation'),
    closingSlideAnswersObviousQuestions: z
      .boolean()
      .optional()
      .describe('Whether the closing slide answers the questions the panel will obviously ask'),
    backupPlan: TextSchema.optional().describe('What to do if the screen share or the projector fails'),
  })
  .describe('A presentation to the panel and how it was rehearsed');

/** A presentation to the panel and how it was rehearsed. */
export type Presentation = z.output<typeof PresentationSchema>;

/** One interview of one round: when, how, in which formats and with whom. */
export const InterviewSchema = z.strictObject({
  id: IdSchema.describe('The interview id, unique among the interviews'),
  round: RoundSchema.describe(
    'The round: 1 is the screen, 2 the decision round; several interviews (sessions) may share a round',
  ),
  /** When it starts; leave it out for a round that is planned but not yet scheduled. */
  scheduledAt: DateTimeSchema.optional().describe(
    'When the interview starts; leave it out for an interview planned but not yet scheduled',
  ),
  /** How long it lasts; when left out, timelines assume an hour. */
  durationMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .optional()
    .describe('How long the interview lasts, in minutes; an hour when left out'),
  timeZone: timeZoneSchema(
    'Where the interview happens, as an IANA zone name, when it differs from the candidate’s',
  ).optional(),
  medium: z.enum(['video', 'in-person', 'phone']).describe('How the interview is held'),
  platform: TextSchema.optional().describe('The video or coding platform, e.g. zoom, coderpad'),
  location: TextSchema.optional().describe('The address of an in-person interview'),
  formats: z
    .array(InterviewFormatSchema)
    .max(7)
    .default(['conversation'])
    .describe('The formats of the interview; a conversation when left out'),
  interviewers: z
    .array(InterviewerSchema)
    .max(CANDIDACY_LIMITS.interviewersPerInterview)
    .default([])
    .describe('The people on the panel; none yet for a panel not yet known (a warning)'),
  decisionExpectedBy: DateOrDateTimeSchema.optional().describe('When the company said it would decide'),
  debrief: DebriefSchema.optional(),
  takeHome: TakeHomeSchema.optional(),
  presentation: PresentationSchema.optional(),
});

/** One interview of one round: when, how, in which formats and with whom. */
export type Interview = z.output<typeof InterviewSchema>;
