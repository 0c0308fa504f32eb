import type { FactName, FactSubjects, ReadinessFacts } from '../facts/index.js';
import { type Condition, DIMENSIONS, type DimensionId, type Rule, type RulePack } from '../rules/index.js';
import type { RuleStatus } from '../rules/outcome.js';
import { type RenderContext, render, renderContext, splitTemplate, type TemplatePart } from './template.js';
import {
  type Band,
  type BandCap,
  type BandThresholds,
  type DimensionScore,
  defaultBandThresholds,
  type Evidence,
  type MessageCatalogue,
  type PendingStep,
  type Readiness,
  type ReadinessItem,
  type ReadinessLabels,
  type ReadinessRecommendation,
} from './types.js';

interface RulePlan {
  readonly rule: Rule;
  /** The rule's dimension as an index into DIMENSIONS. */
  readonly dimensionIndex: number;
  readonly facts: readonly FactName[];
  readonly message: readonly TemplatePart[];
  readonly recommendation: readonly TemplatePart[];
  /** The due text of a pending item: the catalogue's, else the pack's, else undefined. */
  readonly due: string | undefined;
}

/** A pack prepared for building readiness reports: facts read per rule and pre-split message templates. */
export interface ReadinessPlan {
  readonly pack: RulePack;
  readonly rules: readonly RulePlan[];
  readonly locale: string;
  readonly labels: ReadinessLabels;
  readonly bands: BandThresholds;
}

/**
 * The English names of the dimensions and rule groups, as the band caps name them.
 *
 * @example
 * defaultDimensionLabels.pay;
 * // => 'pay'
 * @category Readiness
 */
export const defaultDimensionLabels: Readonly<Record<DimensionId | 'pay' | 'logistics', string>> = {
  recall: 'recall',
  research: 'research',
  audiences: 'audiences',
  questions: 'questions',
  concerns: 'concerns',
  formats: 'formats',
  compensation: 'pay and logistics',
  pay: 'pay',
  logistics: 'start date and logistics',
  setup: 'setup',
  'follow-through': 'follow-through',
};

function labelOf(key: string): string {
  return Object.hasOwn(defaultDimensionLabels, key)
    ? defaultDimensionLabels[key as keyof typeof defaultDimensionLabels]
    : key;
}

const NOTHING_PREPARED = '{{dimension}}: nothing prepared';
const DUE_LATER = 'later';

function collectFacts(condition: Condition | undefined, into: FactName[]): void {
  if (condition === undefined) return;
  if ('fact' in condition) {
    if (!into.includes(condition.fact)) into.push(condition.fact);
  } else if ('not' in condition) collectFacts(condition.not, into);
  else for (const child of 'all' in condition ? condition.all : condition.any) collectFacts(child, into);
}

/** Options of {@link planReadiness}. */
export interface PlanOptions {
  readonly messages?: MessageCatalogue;
  readonly locale?: string;
  readonly labels?: ReadinessLabels;
  readonly bandThresholds?: Partial<BandThresholds>;
}

/** Prepares a pack for {@link buildReadiness}; done once per pack, catalogue, locale and labels. */
export function planReadiness(pack: RulePack, options: PlanOptions = {}): ReadinessPlan {
  const { messages, locale, labels, bandThresholds } = options;
  return {
    pack,
    bands: bandThresholds ? { ...defaultBandThresholds, ...bandThresholds } : defaultBandThresholds,
    locale: locale ?? 'en',
    labels: labels ?? {},
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
        due: override?.due ?? rule.event.params.due,
      };
    }),
  };
}

function bandFor(bands: BandThresholds, score: number, checklistHolds: boolean, capped: boolean): Band {
  const { atRisk, ready, topQuartile } = bands;
  let band: Band = score < atRisk ? 'not-ready' : score < ready ? 'at-risk' : 'ready';
  if (band === 'ready' && checklistHolds && score >= topQuartile) band = 'top-quartile';
  if (capped && (band === 'ready' || band === 'top-quartile')) band = 'at-risk';
  return band;
}

function percent(passed: number, applicable: number): number {
  return applicable === 0 ? 0 : Math.round((100 * passed) / applicable);
}

function evidenceOf(facts: readonly FactName[], values: ReadinessFacts, subjects: FactSubjects): Evidence[] {
  const evidence: Evidence[] = [];
  for (const fact of facts) {
    const counted = subjects[fact];
    evidence.push(
      counted === undefined
        ? { fact, value: values[fact] ?? null }
        : { fact, value: values[fact] ?? null, subjects: counted },
    );
  }
  return evidence;
}

/**
 * Builds the readiness report from rule statuses in declared order. Shared by both evaluators, so equal
 * statuses give byte-identical reports. Sums run in declared order over integer weights. Pending items leave
 * the score alone (neither earned nor available) but keep the checklist from being complete.
 */
export function buildReadiness(
  plan: ReadinessPlan,
  statuses: readonly RuleStatus[],
  facts: ReadinessFacts,
  subjects: FactSubjects = {},
): Readiness {
  const context: RenderContext = renderContext(subjects, plan.locale, plan.labels);
  const items: ReadinessItem[] = [];
  const earned = new Array<number>(DIMENSIONS.length).fill(0);
  const available = new Array<number>(DIMENSIONS.length).fill(0);
  let passedWeight = 0;
  let applicableWeight = 0;
  let checklistPassed = 0;
  let checklistApplicable = 0;
  let checklistPending = 0;
  // Per group (the rule's group, else its dimension): weight available and earned, in first-seen order.
  const groups = new Map<string, { dimension: DimensionId; available: number; earned: number }>();
  for (let index = 0; index < plan.rules.length; index++) {
    const rulePlan = plan.rules[index]!;
    const { rule, dimensionIndex } = rulePlan;
    const status = statuses[index] ?? 'not-applicable';
    const applicable = status !== 'not-applicable';
    const passed = status === 'passed';
    const scored = status === 'passed' || status === 'failed';
    if (scored) {
      applicableWeight += rule.weight;
      available[dimensionIndex]! += rule.weight;
      const key = rule.group ?? rule.dimension;
      const group = groups.get(key) ?? { dimension: rule.dimension, available: 0, earned: 0 };
      group.available += rule.weight;
      if (passed) group.earned += rule.weight;
      groups.set(key, group);
    }
    if (applicable && rule.checklist === true) checklistApplicable++;
    if (status === 'pending' && rule.checklist === true) checklistPending++;
    if (passed) {
      passedWeight += rule.weight;
      earned[dimensionIndex]! += rule.weight;
      if (rule.checklist === true) checklistPassed++;
    }
    const item: ReadinessItem = {
      ruleId: rule.id,
      status,
      applicable,
      passed,
      weight: rule.weight,
      dimension: rule.dimension,
      checklist: rule.checklist === true,
      blocker: rule.blocker === true,
      message: render(rulePlan.message, facts, context),
      recommendation: render(rulePlan.recommendation, facts, context),
      evidence: evidenceOf(rulePlan.facts, facts, subjects),
      ...(status === 'pending' ? { due: rulePlan.due ?? plan.labels.dueLater ?? DUE_LATER } : {}),
      source: rule.event.params.source,
    };
    items.push(item);
  }
  const score = percent(passedWeight, applicableWeight);
  const blockers = items.filter((item) => item.blocker && item.status === 'failed');
  const dimensions: DimensionScore[] = DIMENSIONS.map((id, index) => ({
    id,
    score: earned[index]!,
    max: available[index]!,
  }));
  const caps: BandCap[] = blockers.map((item) => ({
    kind: 'blocker',
    dimension: item.dimension,
    ruleId: item.ruleId,
    message: item.recommendation,
  }));
  for (const [key, group] of groups) {
    if (group.available === 0 || group.earned > 0) continue;
    const name = plan.labels.dimensions?.[key] ?? labelOf(key);
    caps.push({
      kind: 'empty-dimension',
      dimension: group.dimension,
      ...(key === group.dimension ? {} : { group: key }),
      message: (plan.labels.nothingPrepared ?? NOTHING_PREPARED).replaceAll('{{dimension}}', name),
    });
  }
  const failed: { item: ReadinessItem; index: number; gain: number }[] = [];
  const pending: PendingStep[] = [];
  items.forEach((item, index) => {
    if (item.status === 'pending') {
      pending.push({
        ruleId: item.ruleId,
        dimension: item.dimension,
        recommendation: item.recommendation,
        due: item.due ?? plan.labels.dueLater ?? DUE_LATER,
      });
    }
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
    band: bandFor(plan.bands, score, checklistPassed === checklistApplicable, caps.length > 0),
    pack: { id: plan.pack.id, version: plan.pack.version },
    dimensions,
    items,
    blockers,
    caps,
    checklist: { passed: checklistPassed, applicable: checklistApplicable, pending: checklistPending },
    recommendations,
    pending,
  };
}
