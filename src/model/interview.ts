import * as z from 'zod';
import {
  AudienceSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  IdSchema,
  InterviewFormatSchema,
  RoundSchema,
  TextSchema,
  TimeZoneSchema,
} from './primitives.js';

const TextListSchema = z.array(TextSchema).max(200);

/** What the candidate found out about one interviewer before the round. */
export const ResearchSchema = z.strictObject({
  background: TextSchema.optional(),
  previousCompanies: TextListSchema.optional(),
  recentActivity: TextListSchema.optional(),
  commonGround: TextListSchema.optional(),
  plannedReferences: TextListSchema.optional(),
  researchedAt: DateTimeSchema.optional(),
  companyNews: TextListSchema.optional(),
});

/** What the candidate found out about one interviewer before the round. */
export type Research = z.output<typeof ResearchSchema>;

/** One person on the panel. */
export const InterviewerSchema = z.strictObject({
  id: IdSchema,
  name: TextSchema.min(1),
  audience: AudienceSchema,
  function: TextSchema.optional(),
  title: TextSchema.optional(),
  tenureMonths: z.number().min(0).max(1200).optional(),
  research: ResearchSchema.optional(),
});

/** One person on the panel. */
export type Interviewer = z.output<typeof InterviewerSchema>;

/** The candidate's own notes, written right after a round. */
export const DebriefSchema = z.strictObject({
  writtenAt: DateTimeSchema,
  summary: TextSchema,
  questionsAsked: TextListSchema,
  questionsFaced: TextListSchema.optional(),
  topicsDiscussed: TextListSchema,
});

/** The candidate's own notes, written right after a round. */
export type Debrief = z.output<typeof DebriefSchema>;

/** A take-home assignment attached to an interview. */
export const TakeHomeSchema = z.strictObject({
  assignedAt: DateTimeSchema,
  dueAt: DateTimeSchema,
  timeboxHours: z.number().positive().max(200),
  hoursSpent: z.number().min(0).max(1000).optional(),
  writeupWords: z.number().int().min(0).max(100_000).optional(),
});

/** A take-home assignment attached to an interview. */
export type TakeHome = z.output<typeof TakeHomeSchema>;

/** A presentation to the panel and how it was rehearsed. */
export const PresentationSchema = z.strictObject({
  slotMinutes: z.number().positive().max(600),
  rehearsals: z
    .array(z.strictObject({ at: DateTimeSchema, minutes: z.number().positive().max(600) }))
    .max(100)
    .default([]),
  closingSlideAnswersObviousQuestions: z.boolean().optional(),
  backupPlan: TextSchema.optional(),
});

/** A presentation to the panel and how it was rehearsed. */
export type Presentation = z.output<typeof PresentationSchema>;

/** One interview of one round: when, how, in which formats and with whom. */
export const InterviewSchema = z.strictObject({
  id: IdSchema,
  round: RoundSchema,
  /** When it starts; leave it out for a round that is planned but not yet scheduled. */
  scheduledAt: DateTimeSchema.optional(),
  /** How long it lasts; when left out, timelines assume an hour. */
  durationMinutes: z
    .number()
    .positive()
    .max(24 * 60)
    .optional(),
  timeZone: TimeZoneSchema.optional(),
  medium: z.enum(['video', 'in-person', 'phone']),
  platform: TextSchema.optional(),
  location: TextSchema.optional(),
  formats: z.array(InterviewFormatSchema).max(7).default(['conversation']),
  interviewers: z.array(InterviewerSchema).max(50).default([]),
  decisionExpectedBy: DateOrDateTimeSchema.optional(),
  debrief: DebriefSchema.optional(),
  takeHome: TakeHomeSchema.optional(),
  presentation: PresentationSchema.optional(),
});

/** One interview of one round: when, how, in which formats and with whom. */
export type Interview = z.output<typeof InterviewSchema>;
