import { type FactName, factCatalogue, type ReadinessFacts } from '../facts/index.js';
import { type Condition, DIMENSIONS, type Rule, type RulePack } from '../rules/index.js';
import type { RuleStatus } from '../rules/outcome.js';
import {
  type Band,
  type DimensionScore,
  type Evidence,
  type MessageCatalogue,
  type Readiness,
  type ReadinessItem,
  type ReadinessRecommendation,
  readinessBandThresholds,
} from './types.js';

type TemplatePart = string | { readonly fact: FactName };

interface RulePlan {
  readonly rule: Rule;
  /** The rule's dimension as an index into DIMENSIONS. */
  readonly dimensionIndex: number;
  readonly facts: readonly FactName[];
  readonly message: readonly TemplatePart[];
  readonly recommendation: readonly TemplatePart[];
}

/** A pack prepared for building readiness reports: facts read per rule and pre-split message templates. */
export interface ReadinessPlan {
  readonly pack: RulePack;
  readonly rules: readonly RulePlan[];
}

const DISPLAYABLE = new Set<string>(
  factCatalogue.filter((fact) => 'displayable' in fact).map((fact) => fact.name),
);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

function isDisplayable(name: string): name is FactName {
  return DISPLAYABLE.has(name);
}

/** Splits a text at `{{fact}}` placeholders of displayable facts; any other placeholder stays as written. */
function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? '';
    if (!isDisplayable(name)) continue;
    parts.push(text.slice(last, match.index), { fact: name });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function render(parts: readonly TemplatePart[], facts: ReadinessFacts): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else {
      const value = facts[part.fact];
      out += value === undefined || value === null ? 'unknown' : String(value);
    }
  }
  return out;
}

function collectFacts(condition: Condition | undefined, into: FactName[]): void {
  if (condition === undefined) return;
  if ('fact' in condition) {
    if (!into.includes(condition.fact)) into.push(condition.fact);
  } else if ('not' in condition) collectFacts(condition.not, into);
  else for (const child of 'all' in condition ? condition.all : condition.any) collectFacts(child, into);
}

/** Prepares a pack for {@link buildReadiness}; done once per pack and message catalogue. */
export function planReadiness(pack: RulePack, messages?: MessageCatalogue): ReadinessPlan {
  return {
    pack,
    rules: pack.rules.map((rule) => {
      const facts: FactName[] = [];
      collectFacts(rule.appliesWhen, facts);
      collectFacts(rule.conditions, facts);
      const override =
        messages !== undefined && Object.hasOwn(messages, rule.id) ? messages[rule.id] : undefined;
      return {
        rule,
        dimensionIndex: DIMENSIONS.indexOf(rule.dimension),
        facts,
        message: splitTemplate(override?.message ?? rule.event.params.message),
        recommendation: splitTemplate(override?.recommendation ?? rule.event.params.recommendation),
      };
    }),
  };
}

function bandFor(score: number, checklistHolds: boolean, blocked: boolean): Band {
  const { atRisk, ready, topQuartile } = readinessBandThresholds;
  let band: Band = score < atRisk ? 'not-ready' : score < ready ? 'at-risk' : 'ready';
  if (band === 'ready' && checklistHolds && score >= topQuartile) band = 'top-quartile';
  if (blocked && (band === 'ready' || band === 'top-quartile')) band = 'at-risk';
  return band;
}

function percent(passed: number, applicable: number): number {
  return applicable === 0 ? 0 : Math.round((100 * passed) / applicable);
}

/**
 * Builds the readiness report from rule statuses in declared order. Shared by both evaluators, so equal
 * statuses give byte-identical reports. Sums run in declared order over integer weights.
 */
export function buildReadiness(
  plan: ReadinessPlan,
  statuses: readonly RuleStatus[],
  facts: ReadinessFacts,
): Readiness {
  const items: ReadinessItem[] = [];
  const earned = new Array<number>(DIMENSIONS.length).fill(0);
  const available = new Array<number>(DIMENSIONS.length).fill(0);
  let passedWeight = 0;
  let applicableWeight = 0;
  let checklistPassed = 0;
  let checklistApplicable = 0;
  for (let index = 0; index < plan.rules.length; index++) {
    const rulePlan = plan.rules[index]!;
    const { rule, dimensionIndex } = rulePlan;
    const status = statuses[index] ?? 'not-applicable';
    const applicable = status !== 'not-applicable';
    const passed = status === 'passed';
    if (applicable) {
      applicableWeight += rule.weight;
      available[dimensionIndex]! += rule.weight;
      if (rule.checklist === true) checklistApplicable++;
    }
    if (passed) {
      passedWeight += rule.weight;
      earned[dimensionIndex]! += rule.weight;
      if (rule.checklist === true) checklistPassed++;
    }
    const evidence: Evidence[] = [];
    for (const fact of rulePlan.facts) evidence.push({ fact, value: facts[fact] ?? null });
    items.push({
      ruleId: rule.id,
      status,
      applicable,
      passed,
      weight: rule.weight,
      dimension: rule.dimension,
      checklist: rule.checklist === true,
      blocker: rule.blocker === true,
      message: render(rulePlan.message, facts),
      recommendation: render(rulePlan.recommendation, facts),
      evidence,
      source: rule.event.params.source,
    });
  }
  const score = percent(passedWeight, applicableWeight);
  const blockers = items.filter((item) => item.blocker && item.status === 'failed');
  const dimensions: DimensionScore[] = DIMENSIONS.map((id, index) => ({
    id,
    score: earned[index]!,
    max: available[index]!,
  }));
  const failed: { item: ReadinessItem; index: number; gain: number }[] = [];
  items.forEach((item, index) => {
    if (item.status !== 'failed') return;
    failed.push({ item, index, gain: percent(passedWeight + item.weight, applicableWeight) - score });
  });
  const recommendations: ReadinessRecommendation[] = failed
    .sort((a, b) => b.gain - a.gain || a.index - b.index)
    .map(({ item, gain }) => ({
      ruleId: item.ruleId,
      dimension: item.dimension,
      recommendation: item.recommendation,
      gain,
    }));
  return {
    score,
    band: bandFor(score, checklistPassed === checklistApplicable, blockers.length > 0),
    pack: { id: plan.pack.id, version: plan.pack.version },
    dimensions,
    items,
    blockers,
    checklist: { passed: checklistPassed, applicable: checklistApplicable },
    recommendations,
  };
}
