import type { OperatorName } from './types.js';

/** How one condition came out: passed, failed, or never evaluated (a priority group short-circuited first). */
export type ConditionOutcome = 'pass' | 'fail' | 'skipped';

/** The trace of one leaf: the fact's actual value against the expected literal. */
export interface FactConditionTrace {
  readonly kind: 'fact';
  readonly fact: string;
  readonly operator: OperatorName;
  readonly expected: unknown;
  /** The fact's value; undefined when the fact is missing or the leaf was skipped. */
  readonly actual: unknown;
  readonly outcome: ConditionOutcome;
}

/** The trace of an all/any/not node and its children. */
export interface GroupConditionTrace {
  readonly kind: 'all' | 'any' | 'not';
  readonly outcome: ConditionOutcome;
  readonly children: readonly ConditionTrace[];
}

/** A per-condition trace of one evaluation. */
export type ConditionTrace = FactConditionTrace | GroupConditionTrace;

/** One rule evaluated against one fact record, with traces; `passed` is the conditions' result either way. */
export interface RuleOutcome {
  readonly ruleId: string;
  readonly applicable: boolean;
  readonly passed: boolean;
  readonly appliesWhen?: ConditionTrace;
  /** True when the rule has a `pendingWhen` and it holds. */
  readonly pending?: boolean;
  readonly pendingWhen?: ConditionTrace;
  readonly conditions: ConditionTrace;
}

/** The part of an outcome that scoring reads. */
export type RuleStatus = 'passed' | 'failed' | 'not-applicable' | 'pending';

/** Reduces an outcome to the status scoring reads: a failing rule whose `pendingWhen` holds is pending. */
export function statusOf(outcome: {
  readonly applicable: boolean;
  readonly passed: boolean;
  readonly pending?: boolean;
}): RuleStatus {
  if (!outcome.applicable) return 'not-applicable';
  if (outcome.passed) return 'passed';
  return outcome.pending === true ? 'pending' : 'failed';
}
