import { deriveFactsWithSubjects } from '../facts/index.js';
import type { Candidacy } from '../model/index.js';
import { evaluateWithEngine } from '../rules/engine.js';
import { defaultRulePack } from '../rules/index.js';
import { statusOf } from '../rules/outcome.js';
import { factOptions, planOptions, preparePack } from './assess.js';
import { checkedBands } from './bands.js';
import { buildReadiness, planReadiness } from './build.js';
import { namingCaller } from './template.js';
import type { AssessReadinessOptions, Readiness } from './types.js';

// The reference evaluator on json-rules-engine, in its own module so that only `second-round/engine` loads it.

/**
 * Assesses how ready a candidate is for the round being prepared, item by item, on json-rules-engine (the
 * reference evaluator). The score is the passed weight over the applicable weight (0–100); the band follows
 * {@link defaultBandThresholds} (or `options.bandThresholds`); top-quartile needs the whole applicable checklist; a failing blocker (an
 * unresolved contradiction) caps the band at at-risk.
 *
 * @param candidacy - A candidacy as parseCandidacy returns it.
 * @param options - `now` (ISO date-time with offset), optionally `rules` (a pack from parseRulePack), `messages`
 *   (texts by rule id), `bandThresholds` (where each band starts) and `consistency` (a consistency report).
 * @returns A promise of the readiness report.
 * @throws When `now` is not an ISO date-time with an offset, or `rules` is not a valid pack (programming errors).
 * @example
 * const readiness = await assessReadiness(candidacy, { now: '2026-12-02T09:00:00-05:00' });
 * readiness.items.length;
 * // => 46
 * @category Engine
 */
export async function assessReadiness(
  candidacy: Candidacy,
  options: AssessReadinessOptions,
): Promise<Readiness> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError(
      `assessReadiness: expected options with now, found ${String(options)}: call assessReadiness(candidacy, { now: '2026-12-02T09:00:00-05:00' })`,
    );
  }
  const { pack, plan } = preparePack(options.rules ?? defaultRulePack, 'assessReadiness');
  if (options.bandThresholds !== undefined) checkedBands(options.bandThresholds, 'assessReadiness');
  const { facts, subjects } = deriveFactsWithSubjects(
    candidacy,
    {
      now: options.now,
      ...(options.consistency === undefined ? {} : { consistency: options.consistency }),
      ...factOptions(options),
    },
    'assessReadiness',
  );
  const outcomes = await evaluateWithEngine(pack, facts);
  const custom =
    options.messages !== undefined ||
    options.locale !== undefined ||
    options.labels !== undefined ||
    options.bandThresholds !== undefined;
  const chosenPlan = custom
    ? namingCaller('assessReadiness', () => planReadiness(pack, planOptions(options)))
    : plan;
  return buildReadiness(chosenPlan, outcomes.map(statusOf), facts, subjects);
}
