import { describe, expect, it } from 'vitest';
import { applyOperator, isPresent, operatorTest } from '../../src/rules/operators.js';
import { statusOf } from '../../src/rules/outcome.js';

// The built-in operators with json-rules-engine 7.3.1's semantics, written out by hand from its
// engine-default-operators.js: strict equality, indexOf for in/notIn, contains only on arrays, and
// numeric comparisons guarded by parseFloat with JavaScript's coercion of the operands.

describe('equality and membership', () => {
  it('compares strictly', () => {
    expect(applyOperator('equal', 3, 3)).toBe(true);
    expect(applyOperator('equal', 3, '3')).toBe(false);
    expect(applyOperator('notEqual', 3, '3')).toBe(true);
    expect(applyOperator('notEqual', 'a', 'a')).toBe(false);
  });

  it('tests in/notIn with indexOf, a substring test when the list is a string', () => {
    expect(applyOperator('in', 'b', ['a', 'b'])).toBe(true);
    expect(applyOperator('in', 'c', ['a', 'b'])).toBe(false);
    expect(applyOperator('in', 'ell', 'hello')).toBe(true);
    expect(applyOperator('in', 1, { 0: 1 })).toBe(false);
    expect(applyOperator('notIn', 'c', ['a', 'b'])).toBe(true);
    expect(applyOperator('notIn', 'a', ['a', 'b'])).toBe(false);
    expect(applyOperator('notIn', 'x', 'hello')).toBe(true);
  });

  it('tests contains/doesNotContain only on array facts', () => {
    expect(applyOperator('contains', ['a', 'b'], 'b')).toBe(true);
    expect(applyOperator('contains', ['a'], 'b')).toBe(false);
    expect(applyOperator('contains', 'abc', 'b')).toBe(false);
    expect(applyOperator('doesNotContain', ['a'], 'b')).toBe(true);
    expect(applyOperator('doesNotContain', ['a', 'b'], 'b')).toBe(false);
    expect(applyOperator('doesNotContain', 'abc', 'z')).toBe(false);
  });
});

describe('numeric comparisons', () => {
  it('compares numbers at and around the boundary', () => {
    expect([1, 2, 3].map((fact) => applyOperator('lessThan', fact, 2))).toEqual([true, false, false]);
    expect([1, 2, 3].map((fact) => applyOperator('lessThanInclusive', fact, 2))).toEqual([true, true, false]);
    expect([1, 2, 3].map((fact) => applyOperator('greaterThan', fact, 2))).toEqual([false, false, true]);
    expect([1, 2, 3].map((fact) => applyOperator('greaterThanInclusive', fact, 2))).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('refuses a fact that does not start with a number', () => {
    for (const operator of [
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
    ] as const) {
      expect(applyOperator(operator, 'abc', 5), operator).toBe(false);
      expect(applyOperator(operator, Number.NaN, 5), operator).toBe(false);
      expect(applyOperator(operator, [], 5), operator).toBe(false);
    }
  });

  it('compares a numeric string with a number as numbers', () => {
    expect(applyOperator('lessThan', '10', 9)).toBe(false);
    expect(applyOperator('greaterThan', '10', 9)).toBe(true);
    expect(applyOperator('greaterThanInclusive', '9', 9)).toBe(true);
  });

  it('compares two strings by code unit, as JavaScript does', () => {
    // "10" < "9" as text: json-rules-engine's parseFloat guard lets the text comparison through.
    expect(applyOperator('lessThan', '10', '9')).toBe(true);
    expect(applyOperator('greaterThan', '10', '9')).toBe(false);
    expect(applyOperator('lessThanInclusive', '9', '9')).toBe(true);
    expect(applyOperator('greaterThanInclusive', '9', '9')).toBe(true);
    expect(applyOperator('greaterThan', '9', '10')).toBe(true);
  });

  it('fails every comparison with a value that is not a number', () => {
    for (const operator of [
      'lessThan',
      'lessThanInclusive',
      'greaterThan',
      'greaterThanInclusive',
    ] as const) {
      expect(applyOperator(operator, 5, 'abc'), operator).toBe(false);
      expect(applyOperator(operator, '5', Number.NaN), operator).toBe(false);
    }
  });

  it('gives the same test through operatorTest', () => {
    expect(operatorTest('lessThan')(1, 2)).toBe(true);
    expect(operatorTest('equal')(1, 2)).toBe(false);
  });
});

describe('missing facts and rule status', () => {
  it('treats only undefined and null as missing', () => {
    expect(isPresent(undefined)).toBe(false);
    expect(isPresent(null)).toBe(false);
    expect(isPresent(0)).toBe(true);
    expect(isPresent('')).toBe(true);
    expect(isPresent(false)).toBe(true);
  });

  it('reduces an outcome to passed, failed or not applicable', () => {
    expect(statusOf({ applicable: true, passed: true })).toBe('passed');
    expect(statusOf({ applicable: true, passed: false })).toBe('failed');
    expect(statusOf({ applicable: false, passed: true })).toBe('not-applicable');
    expect(statusOf({ applicable: false, passed: false })).toBe('not-applicable');
  });
});
