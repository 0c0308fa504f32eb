import * as z from 'zod';
import { InterviewSchema } from './interview.js';
import { CANDIDACY_LIMITS } from './limits.js';
import {
  AudienceSchema,
  DateOrDateTimeSchema,
  DateTimeSchema,
  IdSchema,
  JurisdictionSchema,
  RoundSchema,
  TextSchema,
  timeZoneSchema,
} from './primitives.js';
import { StorySchema } from './story.js';

/** The schema versions this release reads. */
export const SUPPORTED_SCHEMA_VERSIONS = [1] as const;

/** The role the candidate is interviewing for. */
export const TargetRoleSchema = z.strictObject({
  title: TextSchema.min(1).max(300).describe('The job title'),
  company: TextSchema.min(1).max(300).describe('The company hiring'),
  managesPeople: z.boolean().describe('Whether the role manages people'),
  /** Where the job is, when it differs from where the candidate lives (same codes). */
  jurisdiction: JurisdictionSchema.optional().describe(
    'Where the job is, when it differs from where the candidate lives (same codes); its pay law applies too',
  ),
});

/** The role the candidate is interviewing for. */
export type TargetRole = z.output<typeof TargetRoleSchema>;

/** The person preparing. */
export const CandidateSchema = z.strictObject({
  name: TextSchema.min(1).max(300).describe('The candidate’s name'),
  timeZone: timeZoneSchema('Where the candidate lives, as an IANA zone name; times are shown in it'),
  jurisdiction: JurisdictionSchema.optional().describe(
    'Where the candidate lives, for pay law, e.g. US-CA, US-NY-NYC, DE, EU',
  ),
  targetRole: TargetRoleSchema.describe('The role the candidate is interviewing for'),
});

/** The person preparing. */
export type Candidate = z.output<typeof CandidateSchema>;

/** A question the candidate plans to ask, or has asked. */
export const QuestionSchema = z.strictObject({
  id: IdSchema.describe('The question id, unique among the questions'),
  text: TextSchema.min(1).max(1000).describe('The question, as the candidate would ask it'),
  audiences: z.array(AudienceSchema).max(6).default([]).describe('The audiences the question suits'),
  purpose: TextSchema.max(1000).optional().describe('What the candidate wants to learn from it'),
  askedInRound: RoundSchema.optional().describe('The round the question was already asked in'),
});

/** A question the candidate plans to ask, or has asked. */
export type Question = z.output<typeof QuestionSchema>;

/** Something that felt weak or unresolved after an earlier round, and the plan for it. */
export const ConcernSchema = z.strictObject({
  id: IdSchema.describe('The concern id, unique among the concerns'),
  raisedInRound: RoundSchema.describe('The round the concern came up in'),
  raisedBy: IdSchema.optional().describe('The id of the interviewer who raised it, one of the panel'),
  topic: TextSchema.min(1).max(1000).describe('What felt weak or unresolved'),
  plan: z
    .strictObject({
      action: z
        .enum(['revisit', 'acknowledge-and-pivot'])
        .describe('Bring the topic back with a better answer, or acknowledge it and move on'),
      improvedAnswer: TextSchema.optional().describe('The better answer, when revisiting'),
      timing: z.enum(['early', 'late']).describe('Early or late in the next interview'),
    })
    .optional()
    .describe('What the candidate plans to do about it'),
});

/** Something that felt weak or unresolved after an earlier round. */
export type Concern = z.output<typeof ConcernSchema>;

const AmountSchema = z.number().min(0).max(1e12);
const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 currency code like USD or EUR' })
  .meta({ description: 'An ISO 4217 currency code in capitals, e.g. USD, EUR' });

/** The candidate's pay and logistics positions. */
export const CompensationSchema = z.strictObject({
  range: z
    .strictObject({
      min: AmountSchema.describe('The bottom of the range; at most max'),
      max: AmountSchema.describe('The top of the range'),
      currency: CurrencySchema,
      basis: z.enum(['total', 'base']).describe('Whether the range is total pay or base salary'),
    })
    .optional()
    .describe('The pay range the candidate will name'),
  researched: z.boolean().optional().describe('Whether the range comes from market research'),
  discloseCurrentSalary: z
    .boolean()
    .optional()
    .describe('Whether the candidate is willing to share current pay'),
  walkAway: AmountSchema.optional().describe('The number below which the candidate would say no'),
  noticePeriodWeeks: z
    .number()
    .min(0)
    .max(104)
    .optional()
    .describe('The notice to give the current employer, in weeks'),
  earliestStart: DateOrDateTimeSchema.optional().describe('The earliest day the candidate could start'),
  relocation: z
    .enum(['yes', 'no', 'open-in-principle'])
    .optional()
    .describe('Whether the candidate would move'),
  workMode: z
    .enum(['remote', 'hybrid', 'on-site', 'flexible'])
    .optional()
    .describe('How the candidate wants to work'),
});

/** The candidate's pay and logistics positions. */
export type Compensation = z.output<typeof CompensationSchema>;

/** The normalised stages of another hiring process. */
export const StageKindSchema = z
  .enum(['applied', 'screening', 'interviewing', 'final-round', 'offer', 'paused', 'closed'])
  .meta({ description: 'The stage normalised; read from the stage text when left out' });

/** A normalised stage of another hiring process. */
export type StageKind = z.output<typeof StageKindSchema>;

/** Another hiring process the candidate is in. */
export const ProcessSchema = z.strictObject({
  company: TextSchema.min(1).max(300).describe('The other company'),
  /** The stage in the vendor's own words ("round 1", "onsite scheduled"), kept as sent. */
  stage: TextSchema.min(1)
    .max(300)
    .describe('The stage in the sender’s own words ("round 1", "onsite scheduled"), kept as sent'),
  /** The stage normalised; derived from `stage` by {@link stageKindOf} when left out. */
  stageKind: StageKindSchema.optional(),
  lastActivityAt: DateOrDateTimeSchema.optional().describe('When that process last moved'),
});

/** Another hiring process the candidate is in. */
export type Process = z.output<typeof ProcessSchema>;

/** An offer, expected or received; one from another company than the target is a competing offer. */
export const OfferSchema = z.strictObject({
  company: TextSchema.min(1).max(300).describe('The company making the offer'),
  status: z.enum(['expected', 'received', 'accepted', 'declined']).describe('Where the offer stands'),
  expectedBy: DateOrDateTimeSchema.optional().describe('When the offer is expected'),
  deadline: DateOrDateTimeSchema.optional().describe(
    'When the answer is due; a plain date is read as the end of that day (a warning)',
  ),
  package: z
    .strictObject({
      base: AmountSchema.optional().describe('Base salary per year'),
      bonus: AmountSchema.optional().describe('Target bonus per year'),
      equity: AmountSchema.optional().describe('Equity value per year'),
      benefits: TextSchema.max(2000).optional().describe('Benefits worth noting, in words'),
      currency: CurrencySchema,
    })
    .optional()
    .describe('What the offer pays'),
});

/** An offer, expected or received. */
export type Offer = z.output<typeof OfferSchema>;

const FormatPrepSchema = z
  .strictObject({
    practicedAt: DateTimeSchema.optional().describe('When the format was last practised'),
    platformPracticedAt: DateTimeSchema.optional().describe(
      'When the platform (coding pad, whiteboard) was practised',
    ),
    designTemplateReady: z.boolean().optional().describe('Whether a template for design questions is ready'),
    notes: TextSchema.optional().describe('Notes on the preparation'),
  })
  .describe('Preparation for this format');

/** Self-reported preparation, each step with the time it was done. */
export const PrepStateSchema = z.strictObject({
  roundOneNotesReviewedAt: DateTimeSchema.optional().describe('When the round-one notes were reviewed'),
  checklistRunAt: DateTimeSchema.optional().describe('When the day-before checklist was run'),
  setupTestedAt: DateTimeSchema.optional().describe('When camera, microphone and connection were tested'),
  platformTestedAt: DateTimeSchema.optional().describe('When the interview platform was tested'),
  routePlannedAt: DateTimeSchema.optional().describe('When the route to an in-person interview was planned'),
  thankYouDraftedAt: DateTimeSchema.optional().describe('When the thank-you notes were drafted'),
  thankYouSent: z
    .array(
      z.strictObject({
        interviewerId: IdSchema.describe('The id of the interviewer thanked, one of the panel'),
        at: DateTimeSchema.describe('When the note was sent'),
      }),
    )
    .max(CANDIDACY_LIMITS.thankYouSent)
    .optional()
    .describe('The thank-you notes sent, one per interviewer'),
  followUpSentAt: DateTimeSchema.optional().describe('When the follow-up after the decision date was sent'),
  outcomePlans: z
    .strictObject({
      ifOffer: TextSchema.optional().describe('What to do if an offer comes'),
      ifRejected: TextSchema.optional().describe('What to do if the answer is no'),
    })
    .optional()
    .describe('Plans for either outcome'),
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
    .optional()
    .describe('Preparation per interview format'),
});

/** Self-reported preparation, each step with the time it was done. */
export type PrepState = z.output<typeof PrepStateSchema>;

/**
 * The whole input: one candidate, one company, every round. The schema checks each field;
 * {@link parseCandidacy} adds the checks that span fields (unique ids, references, rounds).
 */
export const CandidacySchema = z.strictObject({
  schemaVersion: z.literal(SUPPORTED_SCHEMA_VERSIONS).describe('The version of this format: 1'),
  candidate: CandidateSchema.describe('The person preparing'),
  interviews: z
    .array(InterviewSchema)
    .min(1)
    .max(CANDIDACY_LIMITS.interviews)
    .describe('Every interview of every round, dated or planned'),
  stories: z
    .array(StorySchema)
    .max(CANDIDACY_LIMITS.stories)
    .default([])
    .describe('The candidate’s stories, each with its tellings per round'),
  questions: z
    .array(QuestionSchema)
    .max(CANDIDACY_LIMITS.questions)
    .optional()
    .describe('The candidate’s own questions; the built-in bank fills gaps'),
  concerns: z
    .array(ConcernSchema)
    .max(CANDIDACY_LIMITS.concerns)
    .optional()
    .describe('What felt weak after an earlier round, and the plan for it'),
  compensation: CompensationSchema.optional().describe('Pay and logistics positions'),
  pipeline: z
    .strictObject({
      otherProcesses: z
        .array(ProcessSchema)
        .max(CANDIDACY_LIMITS.otherProcesses)
        .default([])
        .describe('Other hiring processes the candidate is in'),
      offers: z
        .array(OfferSchema)
        .max(CANDIDACY_LIMITS.offers)
        .default([])
        .describe('Offers expected or received; never invented'),
    })
    .optional()
    .describe('The rest of the candidate’s search'),
  prep: PrepStateSchema.optional().describe(
    'What the candidate has done, each step with the time it was done',
  ),
});

/** The whole input: one candidate, one company, every round, as {@link parseCandidacy} returns it. */
export type Candidacy = z.output<typeof CandidacySchema>;

/** The JSON a vendor sends, before defaults are filled in. */
export type CandidacyInput = z.input<typeof CandidacySchema>;
