import * as z from 'zod/mini';
import { InterviewSchema } from './interview.js';
import { CANDIDACY_LIMITS } from './limits.js';
import { described, withMeta } from './meta.js';
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
  title: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'The job title'),
  company: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'The company hiring'),
  managesPeople: described(z.boolean(), 'Whether the role manages people'),
  /** Where the job is, when it differs from where the candidate lives (same codes). */
  jurisdiction: described(
    z.optional(JurisdictionSchema),
    'Where the job is, when it differs from where the candidate lives (same codes); its pay law applies too',
  ),
});

/** The role the candidate is interviewing for. */
export type TargetRole = z.output<typeof TargetRoleSchema>;

/** The person preparing. */
export const CandidateSchema = z.strictObject({
  name: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'The candidate’s name'),
  timeZone: timeZoneSchema('Where the candidate lives, as an IANA zone name; times are shown in it'),
  jurisdiction: described(
    z.optional(JurisdictionSchema),
    'Where the candidate lives, for pay law, e.g. US-CA, US-NY-NYC, DE, EU',
  ),
  targetRole: described(TargetRoleSchema, 'The role the candidate is interviewing for'),
});

/** The person preparing. */
export type Candidate = z.output<typeof CandidateSchema>;

/** A question the candidate plans to ask, or has asked. */
export const QuestionSchema = z.strictObject({
  id: described(IdSchema, 'The question id, unique among the questions'),
  text: described(
    TextSchema.check(z.minLength(1), z.maxLength(1000)),
    'The question, as the candidate would ask it',
  ),
  audiences: described(
    z._default(z.array(AudienceSchema).check(z.maxLength(6)), []),
    'The audiences the question suits',
  ),
  purpose: described(
    z.optional(TextSchema.check(z.maxLength(1000))),
    'What the candidate wants to learn from it',
  ),
  askedInRound: described(z.optional(RoundSchema), 'The round the question was already asked in'),
});

/** A question the candidate plans to ask, or has asked. */
export type Question = z.output<typeof QuestionSchema>;

/** Something that felt weak or unresolved after an earlier round, and the plan for it. */
export const ConcernSchema = z.strictObject({
  id: described(IdSchema, 'The concern id, unique among the concerns'),
  raisedInRound: described(RoundSchema, 'The round the concern came up in'),
  raisedBy: described(z.optional(IdSchema), 'The id of the interviewer who raised it, one of the panel'),
  topic: described(TextSchema.check(z.minLength(1), z.maxLength(1000)), 'What felt weak or unresolved'),
  plan: described(
    z.optional(
      z.strictObject({
        action: described(
          z.enum(['revisit', 'acknowledge-and-pivot']),
          'Bring the topic back with a better answer, or acknowledge it and move on',
        ),
        improvedAnswer: described(z.optional(TextSchema), 'The better answer, when revisiting'),
        timing: described(z.enum(['early', 'late']), 'Early or late in the next interview'),
      }),
    ),
    'What the candidate plans to do about it',
  ),
});

/** Something that felt weak or unresolved after an earlier round. */
export type Concern = z.output<typeof ConcernSchema>;

const AmountSchema = z.number().check(z.gte(0), z.lte(1e12));
const CurrencySchema = withMeta(
  z.string().check(z.regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 currency code like USD or EUR' })),
  { description: 'An ISO 4217 currency code in capitals, e.g. USD, EUR' },
);

/** The candidate's pay and logistics positions. */
export const CompensationSchema = z.strictObject({
  range: described(
    z.optional(
      z.strictObject({
        min: described(AmountSchema, 'The bottom of the range; at most max'),
        max: described(AmountSchema, 'The top of the range'),
        currency: CurrencySchema,
        basis: described(z.enum(['total', 'base']), 'Whether the range is total pay or base salary'),
      }),
    ),
    'The pay range the candidate will name',
  ),
  researched: described(z.optional(z.boolean()), 'Whether the range comes from market research'),
  discloseCurrentSalary: described(
    z.optional(z.boolean()),
    'Whether the candidate is willing to share current pay',
  ),
  walkAway: described(z.optional(AmountSchema), 'The number below which the candidate would say no'),
  noticePeriodWeeks: described(
    z.optional(z.number().check(z.gte(0), z.lte(104))),
    'The notice to give the current employer, in weeks',
  ),
  earliestStart: described(z.optional(DateOrDateTimeSchema), 'The earliest day the candidate could start'),
  relocation: described(
    z.optional(z.enum(['yes', 'no', 'open-in-principle'])),
    'Whether the candidate would move',
  ),
  workMode: described(
    z.optional(z.enum(['remote', 'hybrid', 'on-site', 'flexible'])),
    'How the candidate wants to work',
  ),
});

/** The candidate's pay and logistics positions. */
export type Compensation = z.output<typeof CompensationSchema>;

/** The normalised stages of another hiring process. */
export const StageKindSchema = withMeta(
  z.enum(['applied', 'screening', 'interviewing', 'final-round', 'offer', 'paused', 'closed']),
  { description: 'The stage normalised; read from the stage text when left out' },
);

/** A normalised stage of another hiring process. */
export type StageKind = z.output<typeof StageKindSchema>;

/** Another hiring process the candidate is in. */
export const ProcessSchema = z.strictObject({
  company: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'The other company'),
  /** The stage in the vendor's own words ("round 1", "onsite scheduled"), kept as sent. */
  stage: described(
    TextSchema.check(z.minLength(1), z.maxLength(300)),
    'The stage in the sender’s own words ("round 1", "onsite scheduled"), kept as sent',
  ),
  /** The stage normalised; derived from `stage` by {@link stageKindOf} when left out. */
  stageKind: z.optional(StageKindSchema),
  lastActivityAt: described(z.optional(DateOrDateTimeSchema), 'When that process last moved'),
});

/** Another hiring process the candidate is in. */
export type Process = z.output<typeof ProcessSchema>;

/** An offer, expected or received; one from another company than the target is a competing offer. */
export const OfferSchema = z.strictObject({
  company: described(TextSchema.check(z.minLength(1), z.maxLength(300)), 'The company making the offer'),
  status: described(z.enum(['expected', 'received', 'accepted', 'declined']), 'Where the offer stands'),
  expectedBy: described(z.optional(DateOrDateTimeSchema), 'When the offer is expected'),
  deadline: described(
    z.optional(DateOrDateTimeSchema),
    'When the answer is due; a plain date is read as the end of that day (a warning)',
  ),
  package: described(
    z.optional(
      z.strictObject({
        base: described(z.optional(AmountSchema), 'Base salary per year'),
        bonus: described(z.optional(AmountSchema), 'Target bonus per year'),
        equity: described(z.optional(AmountSchema), 'Equity value per year'),
        benefits: described(
          z.optional(TextSchema.check(z.maxLength(2000))),
          'Benefits worth noting, in words',
        ),
        currency: CurrencySchema,
      }),
    ),
    'What the offer pays',
  ),
});

/** An offer, expected or received. */
export type Offer = z.output<typeof OfferSchema>;

const FormatPrepSchema = described(
  z.strictObject({
    practicedAt: described(z.optional(DateTimeSchema), 'When the format was last practised'),
    platformPracticedAt: described(
      z.optional(DateTimeSchema),
      'When the platform (coding pad, whiteboard) was practised',
    ),
    designTemplateReady: described(
      z.optional(z.boolean()),
      'Whether a template for design questions is ready',
    ),
    notes: described(z.optional(TextSchema), 'Notes on the preparation'),
  }),
  'Preparation for this format',
);

/** Self-reported preparation, each step with the time it was done. */
export const PrepStateSchema = z.strictObject({
  roundOneNotesReviewedAt: described(z.optional(DateTimeSchema), 'When the round-one notes were reviewed'),
  checklistRunAt: described(z.optional(DateTimeSchema), 'When the day-before checklist was run'),
  setupTestedAt: described(z.optional(DateTimeSchema), 'When camera, microphone and connection were tested'),
  platformTestedAt: described(z.optional(DateTimeSchema), 'When the interview platform was tested'),
  routePlannedAt: described(
    z.optional(DateTimeSchema),
    'When the route to an in-person interview was planned',
  ),
  thankYouDraftedAt: described(z.optional(DateTimeSchema), 'When the thank-you notes were drafted'),
  thankYouSent: described(
    z.optional(
      z
        .array(
          z.strictObject({
            interviewerId: described(IdSchema, 'The id of the interviewer thanked, one of the panel'),
            at: described(DateTimeSchema, 'When the note was sent'),
          }),
        )
        .check(z.maxLength(CANDIDACY_LIMITS.thankYouSent)),
    ),
    'The thank-you notes sent, one per interviewer',
  ),
  followUpSentAt: described(
    z.optional(DateTimeSchema),
    'When the follow-up after the decision date was sent',
  ),
  outcomePlans: described(
    z.optional(
      z.strictObject({
        ifOffer: described(z.optional(TextSchema), 'What to do if an offer comes'),
        ifRejected: described(z.optional(TextSchema), 'What to do if the answer is no'),
      }),
    ),
    'Plans for either outcome',
  ),
  formatPrep: described(
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
    'Preparation per interview format',
  ),
});

/** Self-reported preparation, each step with the time it was done. */
export type PrepState = z.output<typeof PrepStateSchema>;

/**
 * The whole input: one candidate, one company, every round. The schema checks each field;
 * {@link parseCandidacy} adds the checks that span fields (unique ids, references, rounds).
 */
export const CandidacySchema = z.strictObject({
  schemaVersion: described(z.literal(SUPPORTED_SCHEMA_VERSIONS), 'The version of this format: 1'),
  candidate: described(CandidateSchema, 'The person preparing'),
  interviews: described(
    z.array(InterviewSchema).check(z.minLength(1), z.maxLength(CANDIDACY_LIMITS.interviews)),
    'Every interview of every round, dated or planned',
  ),
  stories: described(
    z._default(z.array(StorySchema).check(z.maxLength(CANDIDACY_LIMITS.stories)), []),
    'The candidate’s stories, each with its tellings per round',
  ),
  questions: described(
    z.optional(z.array(QuestionSchema).check(z.maxLength(CANDIDACY_LIMITS.questions))),
    'The candidate’s own questions; the built-in bank fills gaps',
  ),
  concerns: described(
    z.optional(z.array(ConcernSchema).check(z.maxLength(CANDIDACY_LIMITS.concerns))),
    'What felt weak after an earlier round, and the plan for it',
  ),
  compensation: described(z.optional(CompensationSchema), 'Pay and logistics positions'),
  pipeline: described(
    z.optional(
      z.strictObject({
        otherProcesses: described(
          z._default(z.array(ProcessSchema).check(z.maxLength(CANDIDACY_LIMITS.otherProcesses)), []),
          'Other hiring processes the candidate is in',
        ),
        offers: described(
          z._default(z.array(OfferSchema).check(z.maxLength(CANDIDACY_LIMITS.offers)), []),
          'Offers expected or received; never invented',
        ),
      }),
    ),
    'The rest of the candidate’s search',
  ),
  prep: described(
    z.optional(PrepStateSchema),
    'What the candidate has done, each step with the time it was done',
  ),
});

/** The whole input: one candidate, one company, every round, as {@link parseCandidacy} returns it. */
export type Candidacy = z.output<typeof CandidacySchema>;

/** The JSON a vendor sends, before defaults are filled in. */
export type CandidacyInput = z.input<typeof CandidacySchema>;
