import { type LintFlag, type LintRule, lintAnswer } from '../audiences/index.js';
import { checkLintArguments } from '../audiences/lint.js';
import { parseNoticeNorms } from '../compensation/index.js';
import {
  parseAudienceProfiles,
  parseBandThresholds,
  parseFactThresholds,
  parseLawTable,
  parseLintRules,
  parseQuestionBank,
  parseQuestionRules,
  parseSeniority,
  parseTenureBands,
  parseThankYouTemplate,
  parseTimelineSettings,
  parseTolerances,
} from '../config/index.js';
import { parseLexicon } from '../consistency/index.js';
import { describeValue } from '../internal/describe.js';
import { parseLocale, parseTexts } from '../locales/parse.js';
import type { Audience, Candidacy, Issue, ParseResult } from '../model/index.js';
import { parseMessageCatalogue, parseReadinessLabels } from '../readiness/index.js';
import { parseRulePack } from '../rules/index.js';
import { cachedConsistency, reportMemo } from './cache.js';
import { assembleReport, type PrepReport, type ReportData, reportParts } from './prepare.js';

/**
 * The opt-in cache of a preparer. Without it, a preparer keeps nothing between calls.
 *
 * @category Report
 */
export interface PreparerCache {
  /**
   * Keep each candidacy's consistency report, keyed by the content of its stories (the only part of a
   * candidacy the check reads), so a re-prepare after an edit outside the stories skips the check, and each
   * telling's claims, keyed by its text, round and story, so an edited telling alone is read again; and every
   * other part of the report (readiness, question plan, briefs, thank-you drafts, timeline, pay brief) keyed
   * by the content it reads, so an edit recomputes only the parts that read the edited field.
   * What is kept is a frozen copy, shared between the reports that use it.
   */
  readonly consistency: boolean;
  /** How many distinct story sets (and of each report part) to keep, least recently used dropped first (default 256, at most 100,000). */
  readonly maxEntries?: number;
}

/**
 * What a vendor may override, each key named after the exported default it replaces. Every key is
 * optional and validated by its own `parse…` function before anything is compiled.
 *
 * @category Report
 */
export interface PreparerConfig {
  /** Replaces `defaultRulePack`; validated by parseRulePack. */
  readonly rules?: unknown;
  /** Rule messages by rule id; validated by parseMessageCatalogue. */
  readonly messages?: unknown;
  /** Overrides of `defaultTolerances`; validated by parseTolerances. */
  readonly tolerance?: unknown;
  /** Replaces `englishLexicon` in the consistency check; validated by parseLexicon (extend it with extendLexicon). */
  readonly lexicon?: unknown;
  /** Replaces `defaultQuestionBank`; validated by parseQuestionBank. */
  readonly questionBank?: unknown;
  /** Replaces `defaultQuestionRules`; validated by parseQuestionRules. */
  readonly questionRules?: unknown;
  /** Replaces `defaultAudienceProfiles` in the briefs and the score; validated by parseAudienceProfiles. */
  readonly profiles?: unknown;
  /** Replaces `defaultTenureBands`; validated by parseTenureBands. */
  readonly tenureBands?: unknown;
  /** Replaces `defaultSeniority`; validated by parseSeniority. */
  readonly seniority?: unknown;
  /** Replaces `defaultLintRules` in the preparer's `lintAnswer`; validated by parseLintRules. */
  readonly lintRules?: unknown;
  /** Replaces `defaultThankYouTemplate`; validated by parseThankYouTemplate. */
  readonly thankYouTemplate?: unknown;
  /** Overrides of `defaultFactThresholds`; validated by parseFactThresholds. */
  readonly factThresholds?: unknown;
  /** Overrides of `defaultBandThresholds` (where each readiness band starts); validated by parseBandThresholds. */
  readonly bandThresholds?: unknown;
  /** Replaces `defaultLawTable`; validated by parseLawTable. */
  readonly laws?: unknown;
  /** Replaces `defaultNoticeNorms` in the pay brief; validated by parseNoticeNorms. */
  readonly noticeNorms?: unknown;
  /** Readiness labels in another language (dimensions, caps, notes, subjects); validated by parseReadinessLabels. */
  readonly labels?: unknown;
  /** Overrides of `defaultTimelineSettings`; validated by parseTimelineSettings. */
  readonly timeline?: unknown;
  /** The locale to write for (BCP 47); validated by parseLocale. */
  readonly locale?: unknown;
  /** Translations of `englishTexts`; validated by parseTexts. */
  readonly texts?: unknown;
  /** The opt-in cache; none by default. */
  readonly cache?: PreparerCache;
}

/**
 * Options of {@link Preparer.prepare}.
 *
 * @category Report
 */
export interface PreparerPrepareOptions {
  /** The moment to prepare at, an ISO date-time with an offset. */
  readonly now: string;
}

/**
 * A configuration validated and compiled once, to prepare many candidacies synchronously.
 *
 * @category Report
 */
export interface Preparer {
  /** The same report as `prepareSync`, with this preparer's data sets in place of the defaults. */
  prepare(candidacy: Candidacy, options: PreparerPrepareOptions): PrepReport;
  /** `lintAnswer` with this preparer's lint rules. */
  lintAnswer(text: string, audience: Audience): LintFlag[];
}

/** Keys a vendor might reach for that the capabilities cannot take yet, with where they would go. */
const NOT_YET: Readonly<Record<string, string>> = {};

const KNOWN_KEYS = [
  'rules',
  'messages',
  'tolerance',
  'lexicon',
  'questionBank',
  'questionRules',
  'profiles',
  'tenureBands',
  'seniority',
  'lintRules',
  'thankYouTemplate',
  'factThresholds',
  'bandThresholds',
  'laws',
  'noticeNorms',
  'labels',
  'timeline',
  'locale',
  'texts',
  'cache',
] as const;

interface Resolved extends ReportData {
  lintRules?: readonly LintRule[];
  cache?: { readonly maxEntries: number };
}

type Parser = (input: unknown) => ParseResult<unknown>;

const PARSERS: Readonly<Record<Exclude<(typeof KNOWN_KEYS)[number], 'cache'>, Parser>> = {
  rules: parseRulePack,
  messages: parseMessageCatalogue,
  tolerance: parseTolerances,
  lexicon: parseLexicon,
  questionBank: parseQuestionBank,
  questionRules: parseQuestionRules,
  profiles: parseAudienceProfiles,
  tenureBands: parseTenureBands,
  seniority: parseSeniority,
  lintRules: parseLintRules,
  thankYouTemplate: parseThankYouTemplate,
  factThresholds: parseFactThresholds,
  bandThresholds: parseBandThresholds,
  laws: parseLawTable,
  noticeNorms: parseNoticeNorms,
  labels: parseReadinessLabels,
  timeline: parseTimelineSettings,
  locale: parseLocale,
  texts: parseTexts,
};

const DEFAULT_CACHE_ENTRIES = 256;
const MAX_CACHE_ENTRIES = 100_000;

function cacheIssues(cache: unknown): { issues: Issue[]; maxEntries?: number } {
  if (typeof cache !== 'object' || cache === null || Array.isArray(cache)) {
    return {
      issues: [
        {
          code: 'invalid_type',
          path: ['cache'],
          message: `expected an object, found ${describeValue(cache)}`,
        },
      ],
    };
  }
  const issues: Issue[] = [];
  for (const key of Object.keys(cache)) {
    if (key !== 'consistency' && key !== 'maxEntries') {
      issues.push({
        code: 'unknown_field',
        path: ['cache', key],
        message: `unknown field "${key}": use consistency and maxEntries`,
      });
    }
  }
  const { consistency, maxEntries = DEFAULT_CACHE_ENTRIES } = cache as {
    consistency?: unknown;
    maxEntries?: unknown;
  };
  if (typeof consistency !== 'boolean') {
    issues.push({
      code: 'invalid_type',
      path: ['cache', 'consistency'],
      message: `expected true or false, found ${describeValue(consistency)}`,
    });
  }
  if (
    typeof maxEntries !== 'number' ||
    !Number.isInteger(maxEntries) ||
    maxEntries < 1 ||
    maxEntries > MAX_CACHE_ENTRIES
  ) {
    issues.push({
      code: 'invalid_value',
      path: ['cache', 'maxEntries'],
      message: `expected a whole number from 1 to ${MAX_CACHE_ENTRIES}, found ${describeValue(maxEntries)}`,
    });
  }
  if (issues.length > 0 || consistency !== true) return { issues };
  return { issues, maxEntries: maxEntries as number };
}

function resolve(config: unknown): ParseResult<Resolved> {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return {
      ok: false,
      issues: [
        {
          code: 'invalid_type',
          path: [],
          message: `expected a configuration object (or {} for the defaults), found ${describeValue(config)}`,
        },
      ],
    };
  }
  const issues: Issue[] = [];
  const resolved: Record<string, unknown> = {};
  for (const key of Object.keys(config)) {
    const value: unknown = Reflect.get(config, key);
    if (value === undefined) continue;
    if (key === 'cache') {
      const cache = cacheIssues(value);
      issues.push(...cache.issues);
      if (cache.maxEntries !== undefined) resolved.cache = { maxEntries: cache.maxEntries };
      continue;
    }
    const parser = Object.hasOwn(PARSERS, key) ? PARSERS[key as keyof typeof PARSERS] : undefined;
    if (parser === undefined) {
      const why = NOT_YET[key];
      issues.push({
        code: 'unknown_field',
        path: [key],
        message: why
          ? `"${key}" cannot be applied yet: ${why}; remove it`
          : `unknown field "${key}": use one of ${KNOWN_KEYS.join(', ')}`,
      });
      continue;
    }
    const parsed = parser(value);
    if (parsed.ok) resolved[key] = parsed.value;
    else issues.push(...parsed.issues.map((issue) => ({ ...issue, path: [key, ...issue.path] })));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: resolved as unknown as Resolved, warnings: [] };
}

/**
 * Validates a vendor's configuration once, compiles it once, and returns a preparer whose
 * `prepare(candidacy, { now })` is synchronous. Every data set is checked by its own `parse…` function;
 * an invalid configuration comes back as `{ ok: false, issues }` with each issue's path starting at the
 * config key (`questionBank[3].audiences[0]`), never as a crash on the first candidacy. Never throws.
 *
 * Keys are named after the defaults they replace: `rules`, `messages`, `tolerance`, `lexicon`, `questionBank`,
 * `questionRules`, `profiles`, `tenureBands`, `seniority`, `lintRules`, `thankYouTemplate`,
 * `factThresholds`, `bandThresholds`, `laws`, `noticeNorms`, `labels`, `timeline`, `locale`, `texts`, and the opt-in `cache`.
 *
 * @param config - The overrides; `{}` for the defaults.
 * @returns `{ ok: true, value: preparer }`, or `{ ok: false, issues }`.
 * @example
 * const made = createPreparer({ timeline: { thankYouHours: 12 } });
 * made.ok && made.value.prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' }).focusInterview.id;
 * // => 'round-2-panel'
 * @category Report
 */
export function createPreparer(config: PreparerConfig = {}): ParseResult<Preparer> {
  let resolved: ParseResult<Resolved>;
  try {
    resolved = resolve(config);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          code: 'unreadable_input',
          path: [],
          message: `expected plain data, found a configuration that could not be read (${error instanceof Error ? error.name : 'unknown error'})`,
        },
      ],
    };
  }
  if (!resolved.ok) return resolved;
  const data = resolved.value;
  const lintOptions = {
    ...(data.lintRules ? { rules: data.lintRules } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
    ...(data.texts ? { texts: data.texts } : {}),
  };
  const { cache } = data;
  const parts = cache
    ? {
        ...reportParts(data, 'preparer.prepare', (options) => cachedConsistency(cache.maxEntries, options)),
        memo: reportMemo(cache.maxEntries),
      }
    : reportParts(data, 'preparer.prepare');

  const preparer: Preparer = {
    prepare(candidacy, options) {
      return assembleReport(candidacy, options, parts);
    },
    lintAnswer(text, audience) {
      checkLintArguments(text, audience, 'preparer.lintAnswer');
      return lintAnswer(text, audience, lintOptions);
    },
  };
  return { ok: true, value: Object.freeze(preparer), warnings: [] };
}
