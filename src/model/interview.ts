import * as z from 'zod/mini';
import { atLeast, atMost, integer, maxLength, minLength, positive } from './checks.js';
import { CANDIDACY_LIMITS } from './limits.js';
import { field } from './meta.js';
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

const TextListSchema = z.array(TextSchema).check(maxLength(200));

/** What the candidate found out about one interviewer before the round. */
export const ResearchSchema = field(
  z.strictObject({
    background: field(z.optional(TextSchema)),
    previousCompanies: field(z.optional(TextListSchema)),
    recentActivity: field(z.optional(TextListSchema)),
    commonGround: field(z.optional(TextListSchema)),
    plannedReferences: field(z.optional(TextListSchema)),
    researchedAt: field(z.optional(DateTimeSchema)),
    companyNews: field(z.optional(TextListSchema)),
  }),
);

/** What the candidate found out about one interviewer before the round. */
export type Research = z.output<typeof ResearchSchema>;

/** One person on the panel. */
export const InterviewerSchema = z.strictObject({
  id: field(IdSchema),
  name: field(TextSchema.check(minLength(1))),
  audience: field(AudienceSchema),
  function: field(z.optional(TextSchema)),
  title: field(z.optional(TextSchema)),
  tenureMonths: field(z.optional(z.number().check(atLeast(0), atMost(1200)))),
  research: z.optional(ResearchSchema),
});

/** One person on the panel. */
export type Interviewer = z.output<typeof InterviewerSchema>;

/** The candidate's own notes, written right after a round. */
export const DebriefSchema = field(
  z.strictObject({
    writtenAt: field(DateTimeSchema),
    summary: field(TextSchema),
    questionsAsked: field(TextListSchema),
    questionsFaced: field(z.optional(TextListSchema)),
    topicsDiscussed: field(TextListSchema),
  }),
);

/** The candidate's own notes, written right after a round. */
export type Debrief = z.output<typeof DebriefSchema>;

/** A take-home assignment attached to an interview. */
export const TakeHomeSchema = field(
  z.strictObject({
    assignedAt: field(DateTimeSchema),
    dueAt: field(DateTimeSchema),
    timeboxHours: field(z.number().check(positive(), atMost(200))),
    hoursSpent: field(z.optional(z.number().check(atLeast(0), atMost(1000)))),
    writeupWords: field(z.optional(z.number().check(integer(), atLeast(0), atMost(100_000)))),
  }),
);

/** A take-home assignment attached to an interview. */
export type TakeHome = z.output<typeof TakeHomeSchema>;

/** A presentation to the panel and how it was rehearsed. */
export const PresentationSchema = field(
  z.strictObject({
    slotMinutes: field(z.number().check(positive(), atMost(600))),
    rehearsals: field(
      z._default(
        z
          .array(
            z.strictObject({
              at: field(DateTimeSchema),
              minutes: field(z.number().check(positive(), atMost(600))),
            }),
          )
          .check(maxLength(100)),
        [],
      ),
    ),
    closingSlideAnswersObviousQuestions: field(z.optional(z.boolean())),
    backupPlan: field(z.optional(TextSchema)),
  }),
);

/** A presentation to the panel and how it was rehearsed. */
export type Presentation = z.output<typeof PresentationSchema>;

/** One interview of one round: when, how, in which formats and with whom. */
export const InterviewSchema = z.strictObject({
  id: field(IdSchema),
  round: field(RoundSchema),
  /** When it starts; leave it out for a round that is planned but not yet scheduled. */
  scheduledAt: field(z.optional(DateTimeSchema)),
  /** How long it lasts; when left out, timelines assume an hour. */
  durationMinutes: field(z.optional(z.number().check(positive(), atMost(24 * 60)))),
  timeZone: z.optional(timeZoneSchema()),
  medium: field(z.enum(['video', 'in-person', 'phone'])),
  platform: field(z.optional(TextSchema)),
  location: field(z.optional(TextSchema)),
  formats: field(z._default(z.array(InterviewFormatSchema).check(maxLength(7)), ['conversation'])),
  interviewers: field(
    z._default(z.array(InterviewerSchema).check(maxLength(CANDIDACY_LIMITS.interviewersPerInterview)), []),
  ),
  decisionExpectedBy: field(z.optional(DateOrDateTimeSchema)),
  debrief: z.optional(DebriefSchema),
  takeHome: z.optional(TakeHomeSchema),
  presentation: z.optional(PresentationSchema),
});

/** One interview of one round: when, how, in which formats and with whom. */
export type Interview = z.output<typeof InterviewSchema>;
