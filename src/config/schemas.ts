import * as z from 'zod/mini';
import type {
  AudienceProfile,
  BankQuestion,
  LintRule,
  QuestionRules,
  TenureBand,
} from '../audiences/index.js';
import { QUESTION_CATEGORIES, QUESTION_INTENTS } from '../audiences/index.js';
import type { ToleranceOverrides } from '../consistency/index.js';
import type { FactThresholds } from '../facts/index.js';
import { AudienceSchema, QuestionSchema, STORY_TAGS, StorySchema } from '../model/index.js';
import type { MessageCatalogue } from '../readiness/index.js';
import type { TimelineSettingsOverrides } from '../timeline/index.js';

// Every schema below is written from the TypeScript type of the data set it validates; the `Agrees`
// checks at the bottom fail to compile when the two drift apart. zod/mini, like the model's schemas, so
// validating a configuration loads no second flavour of zod.

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const whole = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const list = <T extends z.core.SomeType>(item: T, max: number, min = 0) =>
  z.readonly(z.array(item).check(z.minLength(min), z.maxLength(max)));
const fixed = <T extends z.core.$ZodLooseShape>(shape: T) => z.readonly(z.strictObject(shape));

const Text = text(1, 2000);
const Source = text(1, 200);
const Phrases = list(text(1, 200), 500);
const Fraction = z.number().check(z.gte(0), z.lte(1));
const NonNegative = z.number().check(z.gte(0), z.lte(1_000_000));
const Category = z.enum(QUESTION_CATEGORIES);
const Range = (max: number) => fixed({ min: whole(0, max), max: whole(0, max) });

/** One question of a bank: a candidacy question plus an optional category, intents and source. */
export const BankQuestionSchema = fixed({
  ...QuestionSchema.shape,
  category: z.optional(Category),
  intents: z.optional(list(z.enum(QUESTION_INTENTS), QUESTION_INTENTS.length)),
  source: z.optional(Source),
});

/** A question bank, as `defaultQuestionBank`: at most 2,000 questions with unique ids. */
export const QuestionBankSchema = list(BankQuestionSchema, 2000);

/** One audience profile, as the values of `defaultAudienceProfiles`. */
export const AudienceProfileSchema = fixed({
  audience: AudienceSchema,
  caresAbout: list(Text, 50),
  leadWith: list(Text, 50),
  avoid: list(Text, 50),
  storyTags: z.readonly(z.array(z.enum(STORY_TAGS))),
  storyKinds: z.readonly(z.array(StorySchema.shape.kind)),
  matchesPartnerFunction: z.boolean(),
  gapNeed: Text,
  gapStake: Text,
  source: Source,
});

/** All six audience profiles, keyed by audience, as `defaultAudienceProfiles`. */
export const AudienceProfilesSchema = fixed({
  recruiter: AudienceProfileSchema,
  'hiring-manager': AudienceProfileSchema,
  peer: AudienceProfileSchema,
  'direct-report': AudienceProfileSchema,
  'senior-leadership': AudienceProfileSchema,
  'cross-functional': AudienceProfileSchema,
});

/** The limits and exclusions of pickQuestions, as `defaultQuestionRules`. */
export const QuestionRulesSchema = fixed({
  perInterviewer: Range(20),
  planned: Range(50),
  excludedCategories: z.readonly(z.partialRecord(AudienceSchema, z.readonly(z.array(Category)))),
  managementCategories: z.readonly(z.array(Category)),
  categoryPhrases: z.readonly(z.partialRecord(Category, Phrases)),
  source: Source,
});

const LintBase = {
  id: text(1, 200),
  audiences: z.readonly(z.array(AudienceSchema)),
  message: Text,
  suggestion: Text,
  source: Source,
};

/** One lint rule of lintAnswer: phrases, a story without a number, or too much "I". */
export const LintRuleSchema = z.discriminatedUnion('kind', [
  fixed({ ...LintBase, kind: z.literal('phrases'), phrases: Phrases, flagsMoney: z.optional(z.boolean()) }),
  fixed({ ...LintBase, kind: z.literal('no-number'), minWords: whole(0, 10_000), numberWords: Phrases }),
  fixed({
    ...LintBase,
    kind: z.literal('credit-ratio'),
    singular: Phrases,
    plural: Phrases,
    minSingular: whole(0, 10_000),
    ratio: z.number().check(z.positive(), z.lte(1000)),
  }),
  fixed({
    ...LintBase,
    kind: z.literal('sequence'),
    sequences: list(list(fixed({ any: Phrases, optional: z.optional(z.boolean()) }), 20, 1), 200, 1),
  }),
]);

/** The lint rules, as `defaultLintRules`: at most 500 with unique ids. */
export const LintRulesSchema = list(LintRuleSchema, 500);

/** One tenure band of interviewer briefs, as the items of `defaultTenureBands`. */
export const TenureBandSchema = fixed({
  id: text(1, 200),
  fromMonths: NonNegative,
  toMonths: z.optional(NonNegative),
  insight: Text,
  source: Source,
});

/** The tenure bands, as `defaultTenureBands`. */
export const TenureBandsSchema = list(TenureBandSchema, 50, 1);

/** Audiences from most to least senior, as `defaultSeniority`. */
export const SenioritySchema = list(AudienceSchema, 6);

const quantityTolerance = {
  hedgeAbsolute: z.optional(NonNegative),
  hedgeRelative: z.optional(Fraction),
  variationAbsolute: z.optional(NonNegative),
  variationRelative: z.optional(Fraction),
};
const QuantityToleranceSchema = fixed(quantityTolerance);

/** Tolerance overrides of the consistency check, merged type by type over `defaultTolerances`. */
export const TolerancesSchema = fixed({
  duration: z.optional(QuantityToleranceSchema),
  date: z.optional(QuantityToleranceSchema),
  percentage: z.optional(QuantityToleranceSchema),
  money: z.optional(fixed({ ...quantityTolerance, currencyMismatchRelative: z.optional(Fraction) })),
  count: z.optional(QuantityToleranceSchema),
  role: z.optional(fixed({ variationLevels: z.optional(whole(0, 7)) })),
  correctionMatchRelative: z.optional(Fraction),
});

/**
 * The shape of rule messages, keyed by rule id (for JSON tooling): the check itself is parseMessageCatalogue,
 * which also reads the placeholders and bounds the catalogue.
 */
export const MessagesSchema = z.readonly(
  z.record(text(1, 200), fixed({ message: Text, recommendation: Text, due: z.optional(Text) })),
);

const Hour = whole(0, 23);
const DayStepShapeSchema = z.discriminatedUnion('as', [
  fixed({ as: z.literal('all-day') }),
  fixed({ as: z.literal('slot'), hour: Hour, minutes: whole(0, 59) }),
]);
const SpanShapeSchema = z.enum(['all-day', 'markers']);

/** Timeline setting overrides, merged over `defaultTimelineSettings` (`eventShapes` key by key). */
export const TimelineSettingsSchema = fixed({
  thankYouHours: z.optional(NonNegative),
  fromRound: z.optional(whole(1, 20)),
  followUpDays: z.optional(Range(365)),
  decisionWindowDays: z.optional(Range(365)),
  dayCounting: z.optional(z.enum(['calendar', 'business'])),
  checklistHoursBefore: z.optional(NonNegative),
  platformTestMinutesBefore: z.optional(NonNegative),
  platformPracticeMinutesBefore: z.optional(NonNegative),
  routePlanHoursBefore: z.optional(NonNegative),
  rehearsalCount: z.optional(whole(0, 30)),
  dueSoonHours: z.optional(NonNegative),
  snoozeHours: z.optional(NonNegative),
  eventShapes: z.optional(
    fixed({
      research: z.optional(DayStepShapeSchema),
      checklist: z.optional(DayStepShapeSchema),
      rehearsal: z.optional(DayStepShapeSchema),
      routePlan: z.optional(DayStepShapeSchema),
      followUp: z.optional(DayStepShapeSchema),
      competingOffer: z.optional(DayStepShapeSchema),
      decisionWindow: z.optional(SpanShapeSchema),
      outcomePlan: z.optional(SpanShapeSchema),
    }),
  ),
  thankYouDueHours: z.optional(NonNegative),
  reminderHour: z.optional(Hour),
  quietHours: z.optional(fixed({ from: Hour, to: Hour })),
  outreachDays: z.optional(z.enum(['business', 'any'])),
});

/** Fact threshold overrides of deriveFacts, merged over `defaultFactThresholds`. */
export const FactThresholdsSchema = fixed({
  repeatSimilarity: z.optional(Fraction),
  improvedAnswerNewShare: z.optional(Fraction),
  otherProcessRecentDays: z.optional(whole(0, 3650)),
});

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
