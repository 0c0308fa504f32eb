/**
 * The json-rules-engine adapter: the only file that imports json-rules-engine. It is the reference evaluator;
 * the compiled scorer (compile.ts) must agree with it on every rule and every condition.
 */
import {
  Engine,
  type TopLevelCondition as EngineTopLevelCondition,
  type RuleResult,
} from 'json-rules-engine';
import type { FactRecord } from './compile.js';
import { isPresent } from './operators.js';
import type { ConditionOutcome, ConditionTrace, RuleOutcome } from './outcome.js';
import type { Condition, RulePack, TopLevelCondition } from './types.js';

/** Our missing-fact rule as a json-rules-engine decorator: `present:notEqual` fails when the fact is missing. */
const PRESENT_DECORATOR = 'present';

interface EngineLane {
  readonly engine: Engine;
  /** The tail of the run queue: runs on one engine must never overlap (its run status is shared). */
  queue: Promise<unknown>;
}

/** One engine per pack object; the packs are frozen, so the cache cannot go stale. */
const lanes = new WeakMap<RulePack, EngineLane>();

/** A node of json-rules-engine's condition type (its own name for it is not exported). */
type EngineNode = Extract<EngineTopLevelCondition, { all: unknown }>['all'][number];

function toEngineNode(condition: Condition): EngineNode {
  const priority = condition.priority === undefined ? {} : { priority: condition.priority };
  if ('fact' in condition) {
    const value = Array.isArray(condition.value) ? [...condition.value] : condition.value;
    return {
      fact: condition.fact,
      operator: `${PRESENT_DECORATOR}:${condition.operator}`,
      value,
      ...priority,
    };
  }
  if ('not' in condition) return { not: toEngineNode(condition.not), ...priority };
  if ('all' in condition) return { all: condition.all.map(toEngineNode), ...priority };
  return { any: condition.any.map(toEngineNode), ...priority };
}

function toEngineTop(condition: TopLevelCondition): EngineTopLevelCondition {
  if ('not' in condition) return { not: toEngineNode(condition.not) };
  if ('all' in condition) return { all: condition.all.map(toEngineNode) };
  return { any: condition.any.map(toEngineNode) };
}

function createLane(pack: RulePack): EngineLane {
  const engine = new Engine([], {
    allowUndefinedFacts: true,
    allowUndefinedConditions: false,
    replaceFactsInEventParams: false,
    // Packs carry no `path` (parseRulePack refuses it), so jsonpath-plus never sees vendor input.
    pathResolver: () => undefined,
  });
  engine.addOperatorDecorator(
    PRESENT_DECORATOR,
    (fact: unknown, value: unknown, next) => isPresent(fact) && next(fact, value),
  );
  pack.rules.forEach((rule, index) => {
    const event = { type: 'readiness-item', params: { ruleId: rule.id } };
    if (rule.appliesWhen !== undefined) {
      engine.addRule({
        name: `${index}:appliesWhen`,
        conditions: toEngineTop(rule.appliesWhen),
        event,
        priority: 1,
      });
    }
    if (rule.pendingWhen !== undefined) {
      engine.addRule({
        name: `${index}:pendingWhen`,
        conditions: toEngineTop(rule.pendingWhen),
        event,
        priority: 1,
      });
    }
    engine.addRule({
      name: `${index}:conditions`,
      conditions: toEngineTop(rule.conditions),
      event,
      priority: 1,
    });
  });
  return { engine, queue: Promise.resolve() };
}

function field(node: unknown, key: string): unknown {
  return typeof node === 'object' && node !== null && Object.hasOwn(node, key)
    ? Reflect.get(node, key)
    : undefined;
}

function outcomeOf(node: unknown): ConditionOutcome {
  const result = field(node, 'result');
  if (result === undefined) return 'skipped';
  return result === true ? 'pass' : 'fail';
}

/** Maps json-rules-engine's annotated condition tree onto ours, walking our pack tree alongside it. */
function toTrace(condition: Condition, node: unknown, rootOutcome?: ConditionOutcome): ConditionTrace {
  const outcome = rootOutcome ?? outcomeOf(node);
  if ('fact' in condition) {
    const { fact, operator, value } = condition;
    const actual = outcome === 'skipped' ? undefined : field(node, 'factResult');
    return { kind: 'fact', fact, operator, expected: value, actual, outcome };
  }
  if ('not' in condition)
    return { kind: 'not', outcome, children: [toTrace(condition.not, field(node, 'not'))] };
  const kind = 'all' in condition ? 'all' : 'any';
  const list = 'all' in condition ? condition.all : condition.any;
  const nodes = field(node, kind);
  const children = list.map((child, index) =>
    toTrace(child, Array.isArray(nodes) ? nodes[index] : undefined),
  );
  return { kind, outcome, children };
}

function readRuleResults(pack: RulePack, results: readonly RuleResult[]): RuleOutcome[] {
  const byName = new Map<string, RuleResult>();
  for (const result of results) byName.set(String(result.name), result);
  return pack.rules.map((rule, index) => {
    const conditions = byName.get(`${index}:conditions`);
    const applies = rule.appliesWhen === undefined ? undefined : byName.get(`${index}:appliesWhen`);
    const pendingResult = rule.pendingWhen === undefined ? undefined : byName.get(`${index}:pendingWhen`);
    if (
      conditions === undefined ||
      (rule.appliesWhen !== undefined && applies === undefined) ||
      (rule.pendingWhen !== undefined && pendingResult === undefined)
    ) {
      throw new Error(
        `assessReadiness: json-rules-engine returned no result for rule "${rule.id}"; this is a bug, please report it`,
      );
    }
    const passed = conditions.result === true;
    const applicable = applies === undefined || applies.result === true;
    return {
      ruleId: rule.id,
      applicable,
      passed,
      ...(rule.appliesWhen === undefined || applies === undefined
        ? {}
        : { appliesWhen: toTrace(rule.appliesWhen, applies.conditions, applicable ? 'pass' : 'fail') }),
      ...(rule.pendingWhen === undefined || pendingResult === undefined
        ? {}
        : {
            pending: pendingResult.result === true,
            pendingWhen: toTrace(
              rule.pendingWhen,
              pendingResult.conditions,
              pendingResult.result === true ? 'pass' : 'fail',
            ),
          }),
      conditions: toTrace(rule.conditions, conditions.conditions, passed ? 'pass' : 'fail'),
    };
  });
}

/**
 * Evaluates a validated pack on json-rules-engine: one engine per pack, runs on it strictly one after another,
 * results re-sorted into declared order, per-condition traces mapped into our types.
 *
 * @param pack - A pack returned by parseRulePack, or the default pack.
 * @param facts - The fact record (missing facts absent or null).
 * @returns One outcome per rule, in declared order.
 */
export function evaluateWithEngine(pack: RulePack, facts: FactRecord): Promise<RuleOutcome[]> {
  let lane = lanes.get(pack);
  if (lane === undefined) {
    lane = createLane(pack);
    lanes.set(pack, lane);
  }
  const { engine } = lane;
  const run = lane.queue.then(() => engine.run({ ...facts }));
  lane.queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run.then(({ results, failureResults }) => readRuleResults(pack, [...results, ...failureResults]));
}
