import type { OperatorName } from './types.js';

/**
 * json-rules-engine 7.3.1's built-in operators, reproduced exactly (engine-default-operators.js): strict
 * equality, `indexOf` for in/notIn (a substring test when the value is a string), contains/doesNotContain only
 * on array facts, and the numeric operators guarded by `parseFloat(fact).toString() !== 'NaN'` (so numeric
 * strings compare by JavaScript coercion).
 */
function isNumeric(value: unknown): boolean {
  // Same answer as parseFloat(value).toString() !== 'NaN', without allocating a string for numbers.
  if (typeof value === 'number') return !Number.isNaN(value);
  return !Number.isNaN(Number.parseFloat(String(value)));
}

/** JavaScript's `<`, `<=`, `>`, `>=` coercion for our operands: two strings compare by code unit, else as numbers. */
function compare(fact: unknown, value: unknown): number {
  if (typeof fact === 'string' && typeof value === 'string')
    return fact < value ? -1 : fact > value ? 1 : fact === value ? 0 : Number.NaN;
  const left = Number(fact);
  const right = Number(value);
  return left < right ? -1 : left > right ? 1 : left === right ? 0 : Number.NaN;
}

function indexIn(list: unknown, item: unknown): number {
  if (typeof list === 'string') return list.indexOf(String(item));
  return Array.isArray(list) ? list.indexOf(item) : -1;
}

/** An operator's test: the fact's value against the condition's literal. */
export type OperatorTest = (fact: unknown, value: unknown) => boolean;

const OPERATOR_TESTS: Readonly<Record<OperatorName, OperatorTest>> = {
  equal: (fact, value) => fact === value,
  notEqual: (fact, value) => fact !== value,
  in: (fact, value) => indexIn(value, fact) > -1,
  notIn: (fact, value) => indexIn(value, fact) === -1,
  contains: (fact, value) => Array.isArray(fact) && fact.indexOf(value) > -1,
  doesNotContain: (fact, value) => Array.isArray(fact) && fact.indexOf(value) === -1,
  lessThan: (fact, value) => isNumeric(fact) && compare(fact, value) < 0,
  lessThanInclusive: (fact, value) => isNumeric(fact) && compare(fact, value) <= 0,
  greaterThan: (fact, value) => isNumeric(fact) && compare(fact, value) > 0,
  greaterThanInclusive: (fact, value) => isNumeric(fact) && compare(fact, value) >= 0,
};

/** The test of a built-in operator, with json-rules-engine's exact semantics. */
export function operatorTest(operator: OperatorName): OperatorTest {
  return OPERATOR_TESTS[operator];
}

/** Evaluates a built-in operator the way json-rules-engine does. */
export function applyOperator(operator: OperatorName, fact: unknown, value: unknown): boolean {
  return OPERATOR_TESTS[operator](fact, value);
}

/**
 * Our explicit missing-fact semantics, applied before every operator on both paths: a fact that is undefined
 * or null fails the leaf, whatever the operator (json-rules-engine alone lets notEqual and notIn pass).
 */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}
