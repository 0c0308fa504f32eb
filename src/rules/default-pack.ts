import { freezeDeep } from '../internal/freeze.js';
import { formatRules } from './default-rules-formats.js';
import { logisticsRules } from './default-rules-logistics.js';
import { preparationRules } from './default-rules-preparation.js';
import type { RulePack } from './types.js';

/**
 * The readiness rules we ship, as plain JSON-compatible data: the guide's 13-item checklist plus guidance on
 * recall, research, audiences, questions, concerns, formats, pay and logistics, setup and follow-through.
 * Frozen: copy and edit it to reweight or add rules, then validate the copy with {@link parseRulePack} (a
 * scorer compiles only this pack and packs parseRulePack returned).
 *
 * @example
 * defaultRulePack.rules.filter((rule) => rule.checklist).length;
 * // => 13
 * @category Readiness
 */
export const defaultRulePack: RulePack = /* @__PURE__ */ freezeDeep({
  id: 'second-round/default',
  version: '1.0.0',
  rules: [...preparationRules, ...formatRules, ...logisticsRules],
});
