import * as z from 'zod';
import { InterviewSchema } from './interview.js';
import {
  AudienceSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  IdSchema,
  JurisdictionSchema,
  RoundSchema,
  TextSchema,
  TimeZoneSchema,
} from './primitives.js';
import { StorySchema } from './story.js';

/** The schema versions this release reads. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** The role the candidate is interviewing for. */
export const TargetRoleSchema = z.strictObject({
  title: TextSchema.min(1).max(300),
  company: TextSchema.min(1).max(300),
  managesPeople: z.boolean(),
  /** Where the job is, when it differs from where the candidate lives (same codes). */
  jurisdiction: JurisdictionSchema.optional(),
});

/** The role the candidate is interviewing for. */
export type TargetRole = z.output<typeof TargetRoleSchema>;

/** The person preparing. */
export const CandidateSchema = z.strictObject({
  name: TextSchema.min(1).max(300),
  timeZone: TimeZoneSchema,
  jurisdiction: JurisdictionSchema.optional(),
  targetRole: TargetRoleSchema,
});

/** The person preparing. */
export type Candidate = z.output<typeof CandidateSchema>;

/** A question the candidate plans to ask, or has asked. */
export const QuestionSchema = z.strictObject({
  id: IdSchema,
  text: TextSchema.min(1).max(1000),
  audiences: z.array(AudienceSchema).max(6).default([]),
  purpose: TextSchema.max(1000).optional(),
  askedInRound: RoundSchema.optional(),
});

/** A question the candidate plans to ask, or has asked. */
export type Question = z.output<typeof QuestionSchema>;

/** Something that felt weak or unresolved after an earlier round, and the plan for it. */
export const ConcernSchema = z.strictObject({
  id: IdSchema,
  raisedInRound: RoundSchema,
  raisedBy: IdSchema.optional(),
  topic: TextSchema.min(1).max(1000),
  plan: z
    .strictObject({
      action: z.enum(['revisit', 'acknowledge-and-pivot']),
      improvedAnswer: TextSchema.optional(),
      timing: z.enum(['early', 'late']),
    })
    .optional(),
});

/** Something that felt weak or unresolved after an earlier round. */
export type Concern = z.output<typeof ConcernSchema>;

const AmountSchema = z.number().min(0).max(1e12);
const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 currency code like USD or EUR' });

/** The candidate's pay and logistics positions. */
export const CompensationSchema = z.strictObject({
  range: z
    .strictObject({
      min: AmountSchema,
      max: AmountSchema,
      currency: CurrencySchema,
      basis: z.enum(['total', 'base']),
    })
    .optional(),
  researched: z.boolean().optional(),
  discloseCurrentSalary: z.boolean().optional(),
  walkAway: AmountSchema.optional(),
  noticePeriodWeeks: z.number().min(0).max(104).optional(),
  earliestStart: DateOrDateTimeSchema.optional(),
  relocation: z.enum(['yes', 'no', 'open-in-principle']).optional(),
  workMode: z.enum(['remote', 'hybrid', 'on-site', 'flexible']).optional(),
});

/** The candidate's pay and logistics positions. */
export type Compensation = z.output<typeof CompensationSchema>;

/** The normalised stages of another hiring process. */
export const StageKindSchema = z.enum([
  'applied',
  'screening',
  'interviewing',
  'final-round',
  'offer',
  'paused',
  'closed',
]);

/** A normalised stage of another hiring process. */
export type StageKind = z.output<typeof StageKindSchema>;

/** Another hiring process the candidate is in. */
export const ProcessSchema = z.strictObject({
  company: TextSchema.min(1).max(300),
  /** The stage in the vendor's own words ("round 1", "onsite scheduled"), kept as sent. */
  stage: TextSchema.min(1).max(300),
  /** The stage normalised; derived from `stage` by {@link stageKindOf} when left out. */
  stageKind: StageKindSchema.optional(),
  lastActivityAt: DateOrDateTimeSchema.optional(),
});

/** Another hiring process the candidate is in. */
export type Process = z.output<typeof ProcessSchema>;

/** An offer, expected or received; one from another company than the target is a competing offer. */
export const OfferSchema = z.strictObject({
  company: TextSchema.min(1).max(300),
  status: z.enum(['expected', 'received', 'accepted', 'declined']),
  expectedBy: DateOrDateTimeSchema.optional(),
  deadline: DateOrDateTimeSchema.optional(),
  package: z
    .strictObject({
      base: AmountSchema.optional(),
      bonus: AmountSchema.optional(),
      equity: AmountSchema.optional(),
      benefits: TextSchema.max(2000).optional(),
      currency: CurrencySchema,
    })
    .optional(),
});

/** An offer, expected or received. */
export type Offer = z.output<typeof OfferSchema>;

const FormatPrepSchema = z.strictObject({
  practicedAt: DateTimeSchema.optional(),
  platformPracticedAt: DateTimeSchema.optional(),
  designTemplateReady: z.boolean().optional(),
  notes: TextSchema.optional(),
});

/** Self-reported preparation, each step with the time it was done. */
export const PrepStateSchema = z.strictObject({
  roundOneNotesReviewedAt: DateTimeSchema.optional(),
  checklistRunAt: DateTimeSchema.optional(),
  setupTestedAt: DateTimeSchema.optional(),
  platformTestedAt: DateTimeSchema.optional(),
  routePlannedAt: DateTimeSchema.optional(),
  thankYouDraftedAt: DateTimeSchema.optional(),
  thankYouSent: z
    .array(z.strictObject({ interviewerId: IdSchema, at: DateTimeSchema }))
    .max(200)
    .optional(),
  followUpSentAt: DateTimeSchema.optional(),
  outcomePlans: z
    .strictObject({ ifOffer: TextSchema.optional(), ifRejected: TextSchema.optional() })
    .optional(),
  formatPrep: z
    .strictObject({
      'case-study': FormatPrepSchema.optional(),
      'take-home': FormatPrepSchema.optional(),
      presentation: FormatPrepSchema.optional(),
      technical: FormatPrepSchema.optional(),
      'role-play': FormatPrepSchema.optional(),
      'shadow-day': FormatPrepSchema.optional(),
      conversation: FormatPrepSchema.optional(),
    })
    .optional(),
});

/** Self-reported preparation, each step with the time it was done. */
export type PrepState = z.output<typeof PrepStateSchema>;

/**
 * The whole input: one candidate, one company, every round. The schema checks each field;
 * {@link parseCandidacy} adds the checks that span fields (unique ids, references, rounds).
 */
export const CandidacySchema = z.strictObject({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSIONS),
  candidate: CandidateSchema,
  interviews: z.array(InterviewSchema).min(1).max(100),
  stories: z.array(StorySchema).max(500).default([]),
  questions: z.array(QuestionSchema).max(500).optional(),
  concerns: z.array(ConcernSchema).max(100).optional(),
  compensation: CompensationSchema.optional(),
  pipeline: z
    .strictObject({
      otherProcesses: z.array(ProcessSchema).max(200).default([]),
      offers: z.array(OfferSchema).max(100).default([]),
    })
    .optional(),
  prep: PrepStateSchema.optional(),
});

/** The whole input: one candidate, one company, every round, as {@link parseCandidacy} returns it. */
export type Candidacy = z.output<typeof CandidacySchema>;

/** The JSON a vendor sends, before defaults are filled in. */
export type CandidacyInput = z.input<typeof CandidacySchema>;
