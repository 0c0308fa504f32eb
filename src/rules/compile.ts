import { applyOperator, isPresent, operatorTest } from './operators.js';
import type { ConditionTrace, RuleOutcome, RuleStatus } from './outcome.js';
import type { Condition, RulePack } from './types.js';

/** A fact record as the evaluators read it: any value under any name, own properties only. */
export type FactRecord = Readonly<Record<string, unknown>>;

type Predicate = (facts: FactRecord) => boolean;

function read(facts: FactRecord, name: string): unknown {
  return Object.hasOwn(facts, name) ? facts[name] : undefined;
}

/**
 * Compiles a condition into a synchronous predicate; without side effects, the order in which json-rules-engine
 * evaluates priority groups cannot change the result, only the trace. Each leaf reads its one fact by a constant
 * name, so its property lookup stays monomorphic across fact records of one layout.
 */
function compileCondition(condition: Condition): Predicate {
  if ('fact' in condition) {
    const { fact, value } = condition;
    const test = operatorTest(condition.operator);
    return (facts) => {
      const actual = Object.hasOwn(facts, fact) ? facts[fact] : undefined;
      return actual !== undefined && actual !== null && test(actual, value);
    };
  }
  if ('not' in condition) {
    const child = compileCondition(condition.not);
    return (facts) => !child(facts);
  }
  const isAll = 'all' in condition;
  const children = (isAll ? condition.all : condition.any).map(compileCondition);
  if (children.length === 0) return () => true;
  if (children.length === 1) return children[0]!;
  if (isAll) {
    return (facts) => {
      for (const child of children) if (!child(facts)) return false;
      return true;
    };
  }
  return (facts) => {
    for (const child of children) if (child(facts)) return true;
    return false;
  };
}

function skip(condition: Condition): ConditionTrace {
  if ('fact' in condition) {
    const { fact, operator, value } = condition;
    return { kind: 'fact', fact, operator, expected: value, actual: undefined, outcome: 'skipped' };
  }
  if ('not' in condition) return { kind: 'not', outcome: 'skipped', children: [skip(condition.not)] };
  const kind = 'all' in condition ? 'all' : 'any';
  return {
    kind,
    outcome: 'skipped',
    children: ('all' in condition ? condition.all : condition.any).map(skip),
  };
}

type Traced = { readonly result: boolean; readonly trace: ConditionTrace };

/** json-rules-engine's effective priority: the condition's own, else the fact's (always 1 for runtime facts). */
function priorityOf(condition: Condition): number {
  return condition.priority !== undefined && condition.priority > 0 ? condition.priority : 1;
}

/**
 * Evaluates a condition with json-rules-engine's exact control flow (rule.js prioritizeAndRun): children of
 * all/any are grouped by priority, highest first; every member of a group is evaluated; once a group decides
 * the result, later groups are skipped; an empty all/any passes; a single child is evaluated directly.
 */
export function traceCondition(condition: Condition, facts: FactRecord): Traced {
  if ('fact' in condition) {
    const { fact, operator, value } = condition;
    const actual = read(facts, fact);
    const result = isPresent(actual) && applyOperator(operator, actual, value);
    return {
      result,
      trace: { kind: 'fact', fact, operator, expected: value, actual, outcome: result ? 'pass' : 'fail' },
    };
  }
  if ('not' in condition) {
    const child = traceCondition(condition.not, facts);
    const result = !child.result;
    return { result, trace: { kind: 'not', outcome: result ? 'pass' : 'fail', children: [child.trace] } };
  }
  const isAll = 'all' in condition;
  const kind = isAll ? 'all' : 'any';
  const list = isAll ? condition.all : condition.any;
  if (list.length === 0) return { result: true, trace: { kind, outcome: 'pass', children: [] } };
  if (list.length === 1) {
    const only = traceCondition(list[0]!, facts);
    return {
      result: only.result,
      trace: { kind, outcome: only.result ? 'pass' : 'fail', children: [only.trace] },
    };
  }
  const priorities = [...new Set(list.map(priorityOf))].sort((a, b) => b - a);
  const children = new Array<ConditionTrace>(list.length);
  let result = isAll;
  for (const priority of priorities) {
    const decided = isAll ? !result : result;
    let groupResult = isAll;
    list.forEach((child, index) => {
      if (priorityOf(child) !== priority) return;
      if (decided) {
        children[index] = skip(child);
        return;
      }
      const traced = traceCondition(child, facts);
      children[index] = traced.trace;
      groupResult = isAll ? groupResult && traced.result : groupResult || traced.result;
    });
    if (!decided) result = groupResult;
  }
  return { result, trace: { kind, outcome: result ? 'pass' : 'fail', children } };
}

/** A pack compiled into synchronous closures. */
export interface CompiledPack {
  readonly pack: RulePack;
  /** Each rule's status, in declared order; a rule that does not apply skips its conditions. */
  statuses(facts: FactRecord): RuleStatus[];
  /** Each rule's outcome with full traces, in declared order, as the engine adapter reports it. */
  outcomes(facts: FactRecord): RuleOutcome[];
}

/**
 * Compiles a validated pack once into synchronous predicates with json-rules-engine's exact operator semantics
 * plus our missing-fact rule (see {@link isPresent}).
 *
 * @param pack - A pack returned by parseRulePack, or the default pack.
 * @returns The compiled pack.
 */
export function compilePack(pack: RulePack): CompiledPack {
  const compiled = pack.rules.map((rule) => ({
    applies: rule.appliesWhen === undefined ? undefined : compileCondition(rule.appliesWhen),
    pending: rule.pendingWhen === undefined ? undefined : compileCondition(rule.pendingWhen),
    passes: compileCondition(rule.conditions),
  }));
  return {
    pack,
    statuses(facts) {
      const statuses = new Array<RuleStatus>(compiled.length);
      for (let index = 0; index < compiled.length; index++) {
        const { applies, pending, passes } = compiled[index]!;
        if (applies !== undefined && !applies(facts)) statuses[index] = 'not-applicable';
        else if (passes(facts)) statuses[index] = 'passed';
        else statuses[index] = pending?.(facts) === true ? 'pending' : 'failed';
      }
      return statuses;
    },
    outcomes(facts) {
      return pack.rules.map((rule) => {
        const applies = rule.appliesWhen === undefined ? undefined : traceCondition(rule.appliesWhen, facts);
        const pending = rule.pendingWhen === undefined ? undefined : traceCondition(rule.pendingWhen, facts);
        const conditions = traceCondition(rule.conditions, facts);
        return {
          ruleId: rule.id,
          applicable: applies === undefined || applies.result,
          passed: conditions.result,
          ...(applies === undefined ? {} : { appliesWhen: applies.trace }),
          ...(pending === undefined ? {} : { pending: pending.result, pendingWhen: pending.trace }),
          conditions: conditions.trace,
        };
      });
    },
  };
}
