import type {
  AudienceProfile,
  BankQuestion,
  LintRule,
  QuestionRules,
  TenureBand,
} from '../audiences/index.js';
import type { ToleranceOverrides } from '../consistency/index.js';
import type { FactThresholds } from '../facts/index.js';
import { type LawTable, LawTableSchema } from '../jurisdictions/index.js';
import type { Audience, Issue, ParseResult } from '../model/index.js';
import { type MessageCatalogue, parseMessageCatalogue } from '../readiness/index.js';
import type { TimelineSettingsOverrides } from '../timeline/index.js';
import { duplicateIds, invertedRange, parseWith } from './result.js';
import {
  AudienceProfilesSchema,
  FactThresholdsSchema,
  LintRulesSchema,
  QuestionBankSchema,
  QuestionRulesSchema,
  SenioritySchema,
  TenureBandsSchema,
  TimelineSettingsSchema,
  TolerancesSchema,
} from './schemas.js';

/**
 * Validates a question bank (the shape of `defaultQuestionBank`): every question's fields, and unique ids.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The bank, frozen, or every problem with its path. Never throws.
 * @example
 * parseQuestionBank(defaultQuestionBank).ok;
 * // => true
 * @category Configuration
 */
export function parseQuestionBank(input: unknown): ParseResult<readonly BankQuestion[]> {
  return parseWith(QuestionBankSchema, input, [(bank) => duplicateIds(bank)]);
}

/**
 * Validates audience profiles (the shape of `defaultAudienceProfiles`): all six audiences, each profile
 * naming the audience it is filed under.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The profiles, frozen, or every problem with its path. Never throws.
 * @example
 * parseAudienceProfiles(defaultAudienceProfiles).ok;
 * // => true
 * @category Configuration
 */
export function parseAudienceProfiles(
  input: unknown,
): ParseResult<Readonly<Record<Audience, AudienceProfile>>> {
  return parseWith(AudienceProfilesSchema, input, [
    (profiles) =>
      Object.entries(profiles).flatMap(([key, profile]): Issue[] =>
        profile.audience === key
          ? []
          : [
              {
                code: 'invalid_value',
                path: [key, 'audience'],
                message: `expected "${key}" (the key this profile is filed under), found "${profile.audience}"`,
              },
            ],
      ),
  ]);
}

/**
 * Validates question rules (the shape of `defaultQuestionRules`): 1 ≤ min ≤ max for both limits.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The rules, frozen, or every problem with its path. Never throws.
 * @example
 * parseQuestionRules({ ...defaultQuestionRules, planned: { min: 6, max: 4 } }).ok;
 * // => false
 * @category Configuration
 */
export function parseQuestionRules(input: unknown): ParseResult<QuestionRules> {
  return parseWith(QuestionRulesSchema, input, [
    (rules) => [
      ...invertedRange(rules.perInterviewer, ['perInterviewer']),
      ...invertedRange(rules.planned, ['planned']),
      ...(['perInterviewer', 'planned'] as const).flatMap((key): Issue[] =>
        rules[key].min >= 1
          ? []
          : [
              {
                code: 'too_small',
                path: [key, 'min'],
                message: `expected at least 1, found ${rules[key].min}`,
              },
            ],
      ),
    ],
  ]);
}

/**
 * Validates lint rules (the shape of `defaultLintRules`): each rule by its `kind`, and unique ids.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The rules, frozen, or every problem with its path. Never throws.
 * @example
 * parseLintRules(defaultLintRules).ok;
 * // => true
 * @category Configuration
 */
export function parseLintRules(input: unknown): ParseResult<readonly LintRule[]> {
  return parseWith(LintRulesSchema, input, [(rules) => duplicateIds(rules)]);
}

// parseThankYouTemplate lives with the template (src/audiences/thank-you.ts): it checks the declared
// placeholders of each sentence, which a schema cannot.
export { parseThankYouTemplate } from '../audiences/thank-you.js';
// parseBandThresholds lives with the scorer (src/readiness/bands.ts): createScorer checks its thresholds with
// it, and scoring must not load zod.
export { parseBandThresholds } from '../readiness/bands.js';

/**
 * Validates tenure bands (the shape of `defaultTenureBands`): each band ending after it starts.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The bands, frozen, or every problem with its path. Never throws.
 * @example
 * parseTenureBands(defaultTenureBands).ok;
 * // => true
 * @category Configuration
 */
export function parseTenureBands(input: unknown): ParseResult<readonly TenureBand[]> {
  return parseWith(TenureBandsSchema, input, [
    (bands) => [
      ...duplicateIds(bands),
      ...bands.flatMap((band, index): Issue[] =>
        band.toMonths === undefined || band.fromMonths < band.toMonths
          ? []
          : [
              {
                code: 'range_inverted',
                path: [index, 'toMonths'],
                message: `expected toMonths after fromMonths (${band.fromMonths}), found ${band.toMonths}`,
              },
            ],
      ),
    ],
  ]);
}

/**
 * Validates a seniority order (the shape of `defaultSeniority`): audiences, each once.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The order, frozen, or every problem with its path. Never throws.
 * @example
 * parseSeniority(['peer', 'peer']).ok;
 * // => false
 * @category Configuration
 */
export function parseSeniority(input: unknown): ParseResult<readonly Audience[]> {
  return parseWith(SenioritySchema, input, [
    (order) =>
      duplicateIds(order.map((id) => ({ id }))).map((issue) => ({ ...issue, path: issue.path.slice(0, 1) })),
  ]);
}

/**
 * Validates a law table (the shape of `defaultLawTable`) with `LawTableSchema`: valid rows, unique ids.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The table, frozen, or every problem with its path. Never throws.
 * @example
 * parseLawTable(defaultLawTable).ok;
 * // => true
 * @category Configuration
 */
export function parseLawTable(input: unknown): ParseResult<LawTable> {
  return parseWith(LawTableSchema, input);
}

/**
 * Validates consistency tolerance overrides (partial `defaultTolerances`): fractions in 0–1, amounts ≥ 0.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The overrides, frozen, or every problem with its path. Never throws.
 * @example
 * parseTolerances({ duration: { variationRelative: 0.2 } }).ok;
 * // => true
 * @category Configuration
 */
export function parseTolerances(input: unknown): ParseResult<ToleranceOverrides> {
  return parseWith(TolerancesSchema, input);
}

/**
 * @deprecated The same function as {@link parseMessageCatalogue}, the one check of rule messages (it owns
 * the template grammar and runs without zod): use `parseMessageCatalogue`.
 * @category Configuration
 */
export const parseMessages: (input: unknown) => ParseResult<MessageCatalogue> = parseMessageCatalogue;

/**
 * Validates timeline setting overrides (partial `defaultTimelineSettings`): whole days with min ≤ max.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The overrides, frozen, or every problem with its path. Never throws.
 * @example
 * parseTimelineSettings({ followUpDays: { min: 10, max: 7 } }).ok;
 * // => false
 * @category Configuration
 */
export function parseTimelineSettings(input: unknown): ParseResult<TimelineSettingsOverrides> {
  return parseWith(TimelineSettingsSchema, input, [
    (settings) => [
      ...invertedRange(settings.followUpDays, ['followUpDays']),
      ...invertedRange(settings.decisionWindowDays, ['decisionWindowDays']),
    ],
  ]);
}

/**
 * Validates fact threshold overrides (partial `defaultFactThresholds`): fractions in 0–1.
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The overrides, frozen, or every problem with its path. Never throws.
 * @example
 * parseFactThresholds({ repeatSimilarity: 1.5 }).ok;
 * // => false
 * @category Configuration
 */
export function parseFactThresholds(input: unknown): ParseResult<Partial<FactThresholds>> {
  return parseWith(FactThresholdsSchema, input);
}
