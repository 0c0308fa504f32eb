import * as z from 'zod';
import type {
  AudienceProfile,
  BankQuestion,
  LintRule,
  QuestionRules,
  TenureBand,
} from '../audiences/index.js';
import { QUESTION_CATEGORIES } from '../audiences/index.js';
import type { ToleranceOverrides } from '../consistency/index.js';
import type { FactThresholds } from '../facts/index.js';
import { AudienceSchema, QuestionSchema, STORY_TAGS, StorySchema } from '../model/index.js';
import type { MessageCatalogue } from '../readiness/index.js';
import type { TimelineSettingsOverrides } from '../timeline/index.js';

// Every schema below is written from the TypeScript type of the data set it validates; the `Agrees`
// checks at the bottom fail to compile when the two drift apart.

const Text = z.string().min(1).max(2000);
const Source = z.string().min(1).max(200);
const Phrases = z.array(z.string().min(1).max(200)).max(500).readonly();
const Fraction = z.number().min(0).max(1);
const NonNegative = z.number().min(0).max(1_000_000);
const Category = z.enum(QUESTION_CATEGORIES);
const Range = (max: number) =>
  z.strictObject({ min: z.number().int().min(0).max(max), max: z.number().int().min(0).max(max) }).readonly();

/** One question of a bank: a candidacy question plus an optional category and source. */
export const BankQuestionSchema = z
  .strictObject({
    ...QuestionSchema.shape,
    category: Category.optional(),
    source: Source.optional(),
  })
  .readonly();

/** A question bank, as `defaultQuestionBank`: at most 2,000 questions with unique ids. */
export const QuestionBankSchema = z.array(BankQuestionSchema).max(2000).readonly();

/** One audience profile, as the values of `defaultAudienceProfiles`. */
export const AudienceProfileSchema = z
  .strictObject({
    audience: AudienceSchema,
    caresAbout: z.array(Text).max(50).readonly(),
    leadWith: z.array(Text).max(50).readonly(),
    avoid: z.array(Text).max(50).readonly(),
    storyTags: z.array(z.enum(STORY_TAGS)).readonly(),
    storyKinds: z.array(StorySchema.shape.kind).readonly(),
    matchesPartnerFunction: z.boolean(),
    gapNeed: Text,
    gapStake: Text,
    source: Source,
  })
  .readonly();

/** All six audience profiles, keyed by audience, as `defaultAudienceProfiles`. */
export const AudienceProfilesSchema = z
  .strictObject({
    recruiter: AudienceProfileSchema,
    'hiring-manager': AudienceProfileSchema,
    peer: AudienceProfileSchema,
    'direct-report': AudienceProfileSchema,
    'senior-leadership': AudienceProfileSchema,
    'cross-functional': AudienceProfileSchema,
  })
  .readonly();

/** The limits and exclusions of pickQuestions, as `defaultQuestionRules`. */
export const QuestionRulesSchema = z
  .strictObject({
    perInterviewer: Range(20),
    planned: Range(50),
    excludedCategories: z.partialRecord(AudienceSchema, z.array(Category).readonly()).readonly(),
    managementCategories: z.array(Category).readonly(),
    categoryPhrases: z.partialRecord(Category, Phrases).readonly(),
    source: Source,
  })
  .readonly();

const LintBase = {
  id: z.string().min(1).max(200),
  audiences: z.array(AudienceSchema).readonly(),
  message: Text,
  suggestion: Text,
  source: Source,
};

/** One lint rule of lintAnswer: phrases, a story without a number, or too much "I". */
export const LintRuleSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({
      ...LintBase,
      kind: z.literal('phrases'),
      phrases: Phrases,
      flagsMoney: z.boolean().optional(),
    })
    .readonly(),
  z
    .strictObject({
      ...LintBase,
      kind: z.literal('no-number'),
      minWords: z.number().int().min(0).max(10_000),
      numberWords: Phrases,
    })
    .readonly(),
  z
    .strictObject({
      ...LintBase,
      kind: z.literal('credit-ratio'),
      singular: Phrases,
      plural: Phrases,
      minSingular: z.number().int().min(0).max(10_000),
      ratio: z.number().positive().max(1000),
    })
    .readonly(),
  z
    .strictObject({
      ...LintBase,
      kind: z.literal('sequence'),
      sequences: z
        .array(
          z
            .array(z.strictObject({ any: Phrases, optional: z.boolean().optional() }).readonly())
            .min(1)
            .max(20)
            .readonly(),
        )
        .min(1)
        .max(200)
        .readonly(),
    })
    .readonly(),
]);

/** The lint rules, as `defaultLintRules`: at most 500 with unique ids. */
export const LintRulesSchema = z.array(LintRuleSchema).max(500).readonly();

/** One tenure band of interviewer briefs, as the items of `defaultTenureBands`. */
export const TenureBandSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    fromMonths: NonNegative,
    toMonths: NonNegative.optional(),
    insight: Text,
    source: Source,
  })
  .readonly();

/** The tenure bands, as `defaultTenureBands`. */
export const TenureBandsSchema = z.array(TenureBandSchema).min(1).max(50).readonly();

/** Audiences from most to least senior, as `defaultSeniority`. */
export const SenioritySchema = z.array(AudienceSchema).max(6).readonly();

const QuantityToleranceSchema = z
  .strictObject({
    hedgeAbsolute: NonNegative.optional(),
    hedgeRelative: Fraction.optional(),
    variationAbsolute: NonNegative.optional(),
    variationRelative: Fraction.optional(),
  })
  .readonly();

/** Tolerance overrides of the consistency check, merged type by type over `defaultTolerances`. */
export const TolerancesSchema = z
  .strictObject({
    duration: QuantityToleranceSchema.optional(),
    date: QuantityToleranceSchema.optional(),
    percentage: QuantityToleranceSchema.optional(),
    money: z
      .strictObject({
        ...QuantityToleranceSchema.unwrap().shape,
        currencyMismatchRelative: Fraction.optional(),
      })
      .readonly()
      .optional(),
    count: QuantityToleranceSchema.optional(),
    role: z
      .strictObject({ variationLevels: z.number().int().min(0).max(7).optional() })
      .readonly()
      .optional(),
    correctionMatchRelative: Fraction.optional(),
  })
  .readonly();

/** Rule messages in another language or voice, keyed by rule id. */
export const MessagesSchema = z
  .record(
    z.string().min(1).max(200),
    z.strictObject({ message: Text, recommendation: Text, due: Text.optional() }).readonly(),
  )
  .readonly();

const Hour = z.number().int().min(0).max(23);
const DayStepShapeSchema = z.discriminatedUnion('as', [
  z.strictObject({ as: z.literal('all-day') }).readonly(),
  z.strictObject({ as: z.literal('slot'), hour: Hour, minutes: z.number().int().min(0).max(59) }).readonly(),
]);
const SpanShapeSchema = z.enum(['all-day', 'markers']);

/** Timeline setting overrides, merged over `defaultTimelineSettings` (`eventShapes` key by key). */
export const TimelineSettingsSchema = z
  .strictObject({
    thankYouHours: NonNegative.optional(),
    fromRound: z.number().int().min(1).max(20).optional(),
    followUpDays: Range(365).optional(),
    decisionWindowDays: Range(365).optional(),
    dayCounting: z.enum(['calendar', 'business']).optional(),
    checklistHoursBefore: NonNegative.optional(),
    platformTestMinutesBefore: NonNegative.optional(),
    platformPracticeMinutesBefore: NonNegative.optional(),
    routePlanHoursBefore: NonNegative.optional(),
    rehearsalCount: z.number().int().min(0).max(30).optional(),
    dueSoonHours: NonNegative.optional(),
    snoozeHours: NonNegative.optional(),
    eventShapes: z
      .strictObject({
        research: DayStepShapeSchema.optional(),
        checklist: DayStepShapeSchema.optional(),
        rehearsal: DayStepShapeSchema.optional(),
        routePlan: DayStepShapeSchema.optional(),
        followUp: DayStepShapeSchema.optional(),
        competingOffer: DayStepShapeSchema.optional(),
        decisionWindow: SpanShapeSchema.optional(),
        outcomePlan: SpanShapeSchema.optional(),
      })
      .readonly()
      .optional(),
    thankYouDueHours: NonNegative.optional(),
    reminderHour: Hour.optional(),
    quietHours: z.strictObject({ from: Hour, to: Hour }).readonly().optional(),
    outreachDays: z.enum(['business', 'any']).optional(),
  })
  .readonly();

/** Fact threshold overrides of deriveFacts, merged over `defaultFactThresholds`. */
export const FactThresholdsSchema = z
  .strictObject({
    repeatSimilarity: Fraction.optional(),
    improvedAnswerNewShare: Fraction.optional(),
    otherProcessRecentDays: z.number().int().min(0).max(3650).optional(),
  })
  .readonly();

// ── The schemas agree with the types: each parsed value can be passed where the type is expected. ──
type Agrees<Parsed, Type> = [Parsed] extends [Type] ? true : false;
const agree: readonly true[] = [
  true satisfies Agrees<z.output<typeof BankQuestionSchema>, BankQuestion>,
  true satisfies Agrees<z.output<typeof AudienceProfileSchema>, AudienceProfile>,
  true satisfies Agrees<z.output<typeof QuestionRulesSchema>, QuestionRules>,
  true satisfies Agrees<z.output<typeof LintRuleSchema>, LintRule>,
  true satisfies Agrees<z.output<typeof TenureBandSchema>, TenureBand>,
  true satisfies Agrees<z.output<typeof TolerancesSchema>, ToleranceOverrides>,
  true satisfies Agrees<z.output<typeof MessagesSchema>, MessageCatalogue>,
  true satisfies Agrees<z.output<typeof TimelineSettingsSchema>, TimelineSettingsOverrides>,
  true satisfies Agrees<z.output<typeof FactThresholdsSchema>, Partial<FactThresholds>>,
  true satisfies Agrees<Required<z.output<typeof FactThresholdsSchema>>, FactThresholds>,
  true satisfies Agrees<FactThresholds, Required<z.output<typeof FactThresholdsSchema>>>,
];
void agree;
