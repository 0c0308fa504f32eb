import { deriveFactsWithSubjects } from '../facts/index.js';
import { describeValue, requireOptionsObject } from '../internal/describe.js';
import type { Candidacy } from '../model/index.js';
import { isParsedPack } from '../rules/brand.js';
import { compilePack } from '../rules/compile.js';
import { defaultRulePack } from '../rules/default-pack.js';
import type { RulePack } from '../rules/types.js';
import { checkedBands } from './bands.js';
import { buildReadiness, type PlanOptions, planReadiness, type ReadinessPlan } from './build.js';
import { namingCaller } from './template.js';
import type { CreateScorerOptions, Readiness, ScoreContext, ScoreOptions, Scorer } from './types.js';

/** Keeps the explained report built from one set of facts: `key` is their JSON, `build` makes it on a miss. */
export type KeepReadiness = (key: string, build: () => Readiness) => Readiness;

/**
 * A compiled scorer, and the preparer cache's way in: the same score with the explained report kept by the
 * facts it is built from.
 *
 * @internal
 */
export interface CompiledScorer extends Scorer {
  scoreKeeping(candidacy: Candidacy, options: ScoreOptions, keep?: KeepReadiness): Readiness;
}

interface PreparedPack {
  readonly pack: RulePack;
  readonly plan: ReadinessPlan;
}

/** Validated, frozen copies of the packs seen so far, keyed by the caller's object. */
const prepared = new WeakMap<RulePack, PreparedPack>();

/**
 * The pack and its plan, once per pack object; shared with the engine evaluator (assess-engine.ts). Only
 * validated packs compile: `defaultRulePack`, or a pack parseRulePack returned (frozen, so it cannot change
 * after the check). Validation is parseRulePack's job alone, so a scorer never loads the validator.
 */
export function preparePack(pack: RulePack, caller: string): PreparedPack {
  const known = prepared.get(pack);
  if (known !== undefined) return known;
  if (pack !== defaultRulePack && !isParsedPack(pack)) {
    const found =
      typeof pack === 'object' && pack !== null ? 'a pack that was not validated' : describeValue(pack);
    throw new TypeError(
      `${caller}: expected defaultRulePack or a pack from parseRulePack, found ${found}: pass parseRulePack(pack).value (it lists any problems)`,
    );
  }
  const ready = { pack, plan: planReadiness(pack) };
  prepared.set(pack, ready);
  return ready;
}

/** The plan options among a scorer's options; shared with the engine evaluator (assess-engine.ts). */
export function planOptions(options: CreateScorerOptions): PlanOptions {
  return {
    ...(options.messages === undefined ? {} : { messages: options.messages }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
    ...(options.labels === undefined ? {} : { labels: options.labels }),
    ...(options.bandThresholds === undefined ? {} : { bandThresholds: options.bandThresholds }),
  };
}

/** How facts are read (profiles, thresholds) among a scorer's options; shared with assess-engine.ts. */
export function factOptions(options: Pick<CreateScorerOptions, 'profiles' | 'thresholds'>): {
  profiles?: NonNullable<CreateScorerOptions['profiles']>;
  thresholds?: NonNullable<CreateScorerOptions['thresholds']>;
} {
  return {
    ...(options.profiles === undefined ? {} : { profiles: options.profiles }),
    ...(options.thresholds === undefined ? {} : { thresholds: options.thresholds }),
  };
}

const SCORER_OPTIONS = new Set([
  'rules',
  'messages',
  'locale',
  'labels',
  'profiles',
  'thresholds',
  'bandThresholds',
]);

/**
 * Compiles a rule pack once into a synchronous scorer for batches. Its reports equal those of `assessReadiness`
 * to the byte (proven by differential tests; assessReadiness lives in `second-round/engine`), at a fraction of the cost.
 *
 * @param options - Optionally `rules` (a pack from parseRulePack; the default pack when omitted), `messages`
 *   (texts by rule id), `locale`, `labels`, `bandThresholds` (where each band starts), and how facts are read:
 *   `profiles` (the audience profiles the briefs use) and `thresholds`.
 * @returns A scorer whose `score(candidacy, { now })` returns the readiness report (the positional
 *   `score(candidacy, now)` still works and is deprecated).
 * @throws When `rules` is not a valid rule pack (a programming error).
 * @example
 * const scorer = createScorer();
 * scorer.score(candidacy, { now: '2026-12-02T09:00:00-05:00' }).band;
 * // => 'top-quartile'
 * @category Readiness
 */
export function createScorer(options?: CreateScorerOptions): Scorer;
/**
 * The positional form of {@link createScorer}: the pack first, then the other options.
 *
 * @param pack - A pack from parseRulePack; the default pack when omitted.
 * @param options - The options of the options form, without `rules`.
 * @returns The same scorer as `createScorer({ rules: pack, ...options })`.
 * @category Readiness
 */
export function createScorer(pack?: RulePack, options?: CreateScorerOptions): Scorer;
export function createScorer(
  packOrOptions?: RulePack | CreateScorerOptions,
  positionalOptions?: CreateScorerOptions,
): Scorer {
  // The options form, createScorer({ rules, … }): a first argument made of option names only (a pack has an
  // id, a version and its rules as a list; anything else is refused as a pack below).
  const optionsForm =
    typeof packOrOptions === 'object' &&
    packOrOptions !== null &&
    positionalOptions === undefined &&
    !Array.isArray((packOrOptions as Partial<RulePack>).rules) &&
    Object.keys(packOrOptions).every((key) => SCORER_OPTIONS.has(key));
  const options = optionsForm ? (packOrOptions as CreateScorerOptions) : positionalOptions;
  requireOptionsObject(options, 'createScorer', "call createScorer(pack, { locale: 'de', … })");
  const pack = optionsForm ? options?.rules : (packOrOptions as RulePack | undefined);
  if (!optionsForm && options?.rules !== undefined && options.rules !== pack) {
    throw new TypeError(
      'createScorer: expected one pack, found a pack and options.rules: call createScorer({ rules, … }) or createScorer(rules, { … })',
    );
  }
  return compileScorer(pack, options, 'createScorer');
}

/**
 * The scorer of createScorer, with misuse errors naming `caller` (the report's prepare functions compile
 * their scorer here, so a bad data set passed to prepareSync names prepareSync).
 */
export function compileScorer(
  pack: RulePack | undefined,
  options: CreateScorerOptions | undefined,
  caller: string,
): CompiledScorer {
  const ready = preparePack(pack ?? defaultRulePack, caller);
  if (options?.bandThresholds !== undefined) checkedBands(options.bandThresholds, caller);
  const compiled = compilePack(ready.pack);
  const plan =
    options === undefined
      ? ready.plan
      : namingCaller(caller, () => planReadiness(ready.pack, planOptions(options)));
  const reading = factOptions(options ?? {});
  const run = (candidacy: Candidacy, options: ScoreOptions, keep?: KeepReadiness): Readiness => {
    const { facts, subjects } = deriveFactsWithSubjects(
      candidacy,
      {
        now: options.now,
        ...(options.consistency === undefined ? {} : { consistency: options.consistency }),
        ...reading,
      },
      'scorer.score',
    );
    const build = () => buildReadiness(plan, compiled.statuses(facts), facts, subjects);
    // The explained report is pure in the facts and their subjects (this scorer's pack, plan and labels fixed).
    return keep === undefined ? build() : keep(JSON.stringify([facts, subjects]), build);
  };
  return {
    score(candidacy: Candidacy, nowOrOptions: string | ScoreOptions, context?: ScoreContext) {
      // The positional form, or anything that is not an options object, is read as `now` itself.
      // (deriveFacts checks `now` and names scorer.score when it is wrong.)
      const options: ScoreOptions =
        typeof nowOrOptions === 'object' && nowOrOptions !== null
          ? nowOrOptions
          : { ...context, now: nowOrOptions };
      return run(candidacy, options);
    },
    scoreKeeping: run,
  };
}
