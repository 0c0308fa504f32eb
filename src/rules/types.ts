import type { FactName } from '../facts/index.js';

/**
 * The readiness dimensions, in report order.
 *
 * @example
 * DIMENSIONS[0];
 * // => 'recall'
 * @category Readiness
 */
export const DIMENSIONS = [
  'recall',
  'research',
  'audiences',
  'questions',
  'concerns',
  'formats',
  'compensation',
  'setup',
  'follow-through',
] as const;

/** A readiness dimension id. */
export type DimensionId = (typeof DIMENSIONS)[number];

/**
 * The json-rules-engine operators a pack may use; decorators (`not:`, `everyFact:` …) are not accepted.
 *
 * @example
 * OPERATORS.includes('notIn');
 * // => true
 * @category Readiness
 */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;

/** An allow-listed operator. */
export type OperatorName = (typeof OPERATORS)[number];

/** A literal a condition compares against. */
export type ConditionScalar = string | number | boolean;

/** A leaf: compare one declared fact to a literal. */
export interface FactCondition {
  readonly fact: FactName;
  readonly operator: OperatorName;
  readonly value: ConditionScalar | readonly ConditionScalar[];
  readonly priority?: number;
  readonly name?: string;
}

/** Every child must pass. */
export interface AllCondition {
  readonly all: readonly Condition[];
  readonly priority?: number;
  readonly name?: string;
}

/** At least one child must pass. */
export interface AnyCondition {
  readonly any: readonly Condition[];
  readonly priority?: number;
  readonly name?: string;
}

/** The child must fail. */
export interface NotCondition {
  readonly not: Condition;
  readonly priority?: number;
  readonly name?: string;
}

/** The root of a rule's conditions: json-rules-engine's TopLevelCondition, without named references. */
export type TopLevelCondition = AllCondition | AnyCondition | NotCondition;

/** Any node of a condition tree. */
export type Condition = TopLevelCondition | FactCondition;

/** The event a readiness rule carries: what to tell the candidate and where the guide says so. */
export interface ReadinessEvent {
  readonly type: 'readiness-item';
  readonly params: {
    /** What the item checks, as the candidate reads it. */
    readonly message: string;
    /** What to do next when it fails; may hold `{{fact}}` placeholders of displayable facts. */
    readonly recommendation: string;
    /** When a pending step falls due, as the candidate reads it ("the morning of the interview"). */
    readonly due?: string;
    /** The guide's section, as `seed#<section>`. */
    readonly source: string;
  };
}

/** One readiness rule: when it applies, what must hold, and how much it weighs. */
export interface Rule {
  readonly id: string;
  readonly dimension: DimensionId;
  /** An integer from 1 to 100. */
  readonly weight: number;
  /** One of the guide's 13 checklist items: the top band needs every applicable one to pass. */
  readonly checklist?: boolean;
  /** Failing it caps the band at at-risk. */
  readonly blocker?: boolean;
  /**
   * The part of its dimension the rule belongs to, for the empty-part cap ("pay" and "logistics" inside
   * `compensation`); the dimension when omitted. A group whose applicable rules all fail caps the band at
   * at-risk ("pay: nothing prepared").
   */
  readonly group?: string;
  /** When present and failing, the rule does not apply and leaves the score alone. */
  readonly appliesWhen?: TopLevelCondition;
  /**
   * When present and holding for a rule whose conditions fail, the step's time has not come (the morning-of
   * warm-up the day before, a step of an interview with no date yet): the item is `pending`, never failed.
   */
  readonly pendingWhen?: TopLevelCondition;
  readonly conditions: TopLevelCondition;
  readonly event: ReadinessEvent;
}

/** A rule pack: an id, a version and rules in declared order. */
export interface RulePack {
  readonly id: string;
  readonly version: string;
  readonly rules: readonly Rule[];
}
