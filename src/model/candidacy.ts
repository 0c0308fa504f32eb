import * as z from 'zod/mini';
import { atLeast, atMost, matching, maxLength, minLength } from './checks.js';
import { InterviewSchema } from './interview.js';
import { CANDIDACY_LIMITS } from './limits.js';
import { field } from './meta.js';
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
  title: field(TextSchema.check(minLength(1), maxLength(300))),
  company: field(TextSchema.check(minLength(1), maxLength(300))),
  managesPeople: field(z.boolean()),
  /** Where the job is, when it differs from where the candidate lives (same codes). */
  jurisdiction: field(z.optional(JurisdictionSchema)),
});

/** The role the candidate is interviewing for. */
export type TargetRole = z.output<typeof TargetRoleSchema>;

/** The person preparing. */
export const CandidateSchema = z.strictObject({
  name: field(TextSchema.check(minLength(1), maxLength(300))),
  timeZone: timeZoneSchema(),
  jurisdiction: field(z.optional(JurisdictionSchema)),
  targetRole: field(TargetRoleSchema),
});

/** The person preparing. */
export type Candidate = z.output<typeof CandidateSchema>;

/** A question the candidate plans to ask, or has asked. */
export const QuestionSchema = z.strictObject({
  id: field(IdSchema),
  text: field(TextSchema.check(minLength(1), maxLength(1000))),
  audiences: field(z._default(z.array(AudienceSchema).check(maxLength(6)), [])),
  purpose: field(z.optional(TextSchema.check(maxLength(1000)))),
  askedInRound: field(z.optional(RoundSchema)),
});

/** A question the candidate plans to ask, or has asked. */
export type Question = z.output<typeof QuestionSchema>;

/** Something that felt weak or unresolved after an earlier round, and the plan for it. */
export const ConcernSchema = z.strictObject({
  id: field(IdSchema),
  raisedInRound: field(RoundSchema),
  raisedBy: field(z.optional(IdSchema)),
  topic: field(TextSchema.check(minLength(1), maxLength(1000))),
  plan: field(
    z.optional(
      z.strictObject({
        action: field(z.enum(['revisit', 'acknowledge-and-pivot'])),
        improvedAnswer: field(z.optional(TextSchema)),
        timing: field(z.enum(['early', 'late'])),
      }),
    ),
  ),
});

/** Something that felt weak or unresolved after an earlier round. */
export type Concern = z.output<typeof ConcernSchema>;

const AmountSchema = z.number().check(atLeast(0), atMost(1e12));
/** An ISO 4217 currency code in capitals (internal: each pay figure's currency). */
export const CurrencySchema = field(
  z.string().check(matching(/^[A-Z]{3}$/, 'an ISO 4217 currency code like USD or EUR')),
);

/** The candidate's pay and logistics positions. */
export const CompensationSchema = z.strictObject({
  range: field(
    z.optional(
      z.strictObject({
        min: field(AmountSchema),
        max: field(AmountSchema),
        currency: CurrencySchema,
        basis: field(z.enum(['total', 'base'])),
      }),
    ),
  ),
  researched: field(z.optional(z.boolean())),
  discloseCurrentSalary: field(z.optional(z.boolean())),
  walkAway: field(z.optional(AmountSchema)),
  noticePeriodWeeks: field(z.optional(z.number().check(atLeast(0), atMost(104)))),
  earliestStart: field(z.optional(DateOrDateTimeSchema)),
  relocation: field(z.optional(z.enum(['yes', 'no', 'open-in-principle']))),
  workMode: field(z.optional(z.enum(['remote', 'hybrid', 'on-site', 'flexible']))),
});

/** The candidate's pay and logistics positions. */
export type Compensation = z.output<typeof CompensationSchema>;

/** The normalised stages of another hiring process. */
export const StageKindSchema = field(
  z.enum(['applied', 'screening', 'interviewing', 'final-round', 'offer', 'paused', 'closed']),
);

/** A normalised stage of another hiring process. */
export type StageKind = z.output<typeof StageKindSchema>;

/** Another hiring process the candidate is in. */
export const ProcessSchema = z.strictObject({
  company: field(TextSchema.check(minLength(1), maxLength(300))),
  /** The stage in the vendor's own words ("round 1", "onsite scheduled"), kept as sent. */
  stage: field(TextSchema.check(minLength(1), maxLength(300))),
  /** The stage normalised; derived from `stage` by {@link stageKindOf} when left out. */
  stageKind: z.optional(StageKindSchema),
  lastActivityAt: field(z.optional(DateOrDateTimeSchema)),
});

/** Another hiring process the candidate is in. */
export type Process = z.output<typeof ProcessSchema>;

/** An offer, expected or received; one from another company than the target is a competing offer. */
export const OfferSchema = z.strictObject({
  company: field(TextSchema.check(minLength(1), maxLength(300))),
  status: field(z.enum(['expected', 'received', 'accepted', 'declined'])),
  expectedBy: field(z.optional(DateOrDateTimeSchema)),
  deadline: field(z.optional(DateOrDateTimeSchema)),
  package: field(
    z.optional(
      z.strictObject({
        base: field(z.optional(AmountSchema)),
        bonus: field(z.optional(AmountSchema)),
        equity: field(z.optional(AmountSchema)),
        benefits: field(z.optional(TextSchema.check(maxLength(2000)))),
        currency: CurrencySchema,
      }),
    ),
  ),
});

/** An offer, expected or received. */
export type Offer = z.output<typeof OfferSchema>;

const FormatPrepSchema = field(
  z.strictObject({
    practicedAt: field(z.optional(DateTimeSchema)),
    platformPracticedAt: field(z.optional(DateTimeSchema)),
    designTemplateReady: field(z.optional(z.boolean())),
    notes: field(z.optional(TextSchema)),
  }),
);

/** Self-reported preparation, each step with the time it was done. */
export const PrepStateSchema = z.strictObject({
  roundOneNotesReviewedAt: field(z.optional(DateTimeSchema)),
  checklistRunAt: field(z.optional(DateTimeSchema)),
  setupTestedAt: field(z.optional(DateTimeSchema)),
  platformTestedAt: field(z.optional(DateTimeSchema)),
  routePlannedAt: field(z.optional(DateTimeSchema)),
  thankYouDraftedAt: field(z.optional(DateTimeSchema)),
  thankYouSent: field(
    z.optional(
      z
        .array(
          z.strictObject({
            interviewerId: field(IdSchema),
            at: field(DateTimeSchema),
          }),
        )
        .check(maxLength(CANDIDACY_LIMITS.thankYouSent)),
    ),
  ),
  followUpSentAt: field(z.optional(DateTimeSchema)),
  outcomePlans: field(
    z.optional(
      z.strictObject({
        ifOffer: field(z.optional(TextSchema)),
        ifRejected: field(z.optional(TextSchema)),
      }),
    ),
  ),
  formatPrep: field(
    z.optional(
      z.strictObject({
        'case-study': z.optional(FormatPrepSchema),
        'take-home': z.optional(FormatPrepSchema),
        presentation: z.optional(FormatPrepSchema),
        technical: z.optional(FormatPrepSchema),
        'role-play': z.optional(FormatPrepSchema),
        'shadow-day': z.optional(FormatPrepSchema),
        conversation: z.optional(FormatPrepSchema),
      }),
    ),
  ),
});

/** Self-reported preparation, each step with the time it was done. */
export type PrepState = z.output<typeof PrepStateSchema>;

/**
 * The whole input: one candidate, one company, every round. The schema checks each field;
 * {@link parseCandidacy} adds the checks that span fields (unique ids, references, rounds).
 */
export const CandidacySchema = z.strictObject({
  schemaVersion: field(z.literal(SUPPORTED_SCHEMA_VERSIONS)),
  candidate: field(CandidateSchema),
  interviews: field(z.array(InterviewSchema).check(minLength(1), maxLength(CANDIDACY_LIMITS.interviews))),
  stories: field(z._default(z.array(StorySchema).check(maxLength(CANDIDACY_LIMITS.stories)), [])),
  questions: field(z.optional(z.array(QuestionSchema).check(maxLength(CANDIDACY_LIMITS.questions)))),
  concerns: field(z.optional(z.array(ConcernSchema).check(maxLength(CANDIDACY_LIMITS.concerns)))),
  compensation: field(z.optional(CompensationSchema)),
  pipeline: field(
    z.optional(
      z.strictObject({
        otherProcesses: field(
          z._default(z.array(ProcessSchema).check(maxLength(CANDIDACY_LIMITS.otherProcesses)), []),
        ),
        offers: field(z._default(z.array(OfferSchema).check(maxLength(CANDIDACY_LIMITS.offers)), [])),
      }),
    ),
  ),
  prep: field(z.optional(PrepStateSchema)),
});

/** The whole input: one candidate, one company, every round, as {@link parseCandidacy} returns it. */
export type Candidacy = z.output<typeof CandidacySchema>;

/** The JSON a vendor sends, before defaults are filled in. */
export type CandidacyInput = z.input<typeof CandidacySchema>;
