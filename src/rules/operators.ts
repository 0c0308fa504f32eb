import type { OperatorName } from './types.js';

/**
 * json-rules-engine 7.3.1's built-in operators, reproduced exactly (engine-default-operators.js): strict
 * equality, `indexOf` for in/notIn (a substring test when the value is a string), contains/doesNotContain only
 * on array facts, and the numeric operators guarded by `parseFloat(fact).toString() !== 'NaN'` (so numeric
 * strings compare by JavaScript coercion).
 */
function isNumeric(value: unknown): boolean {
  return Number.parseFloat(String(value)).toString() !== 'NaN';
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

/** Evaluates a built-in operator the way json-rules-engine does. */
export function applyOperator(operator: OperatorName, fact: unknown, value: unknown): boolean {
  switch (operator) {
    case 'equal':
      return fact === value;
    case 'notEqual':
      return fact !== value;
    case 'in':
      return indexIn(value, fact) > -1;
    case 'notIn':
      return indexIn(value, fact) === -1;
    case 'contains':
      return Array.isArray(fact) && fact.indexOf(value) > -1;
    case 'doesNotContain':
      return Array.isArray(fact) && fact.indexOf(value) === -1;
    case 'lessThan':
      return isNumeric(fact) && compare(fact, value) < 0;
    case 'lessThanInclusive':
      return isNumeric(fact) && compare(fact, value) <= 0;
    case 'greaterThan':
      return isNumeric(fact) && compare(fact, value) > 0;
    case 'greaterThanInclusive':
      return isNumeric(fact) && compare(fact, value) >= 0;
  }
}

/**
 * Our explicit missing-fact semantics, applied before every operator on both paths: a fact that is undefined
 * or null fails the leaf, whatever the operator (json-rules-engine alone lets notEqual and notIn pass).
 */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}
