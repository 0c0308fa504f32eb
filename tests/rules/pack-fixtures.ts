import { expect } from 'vitest';
import { type Issue, parseRulePack, type RulePack } from '../../src/index.js';

/** A valid readiness-item event. */
export const event = {
  type: 'readiness-item',
  params: { message: 'm', recommendation: 'r', source: 'seed#checklist' },
} as const;

/** A valid leaf condition on a number fact. */
export const leaf = { fact: 'questionsPlanned', operator: 'greaterThan', value: 3 } as const;

/** A valid rule, with fields replaced or added by `overrides`. */
export function rule(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'a', dimension: 'recall', weight: 5, conditions: { all: [leaf] }, event, ...overrides };
}

/** A pack holding `rules`. */
export function pack(...rules: unknown[]): Record<string, unknown> {
  return { id: 'vendor', version: '1', rules };
}

/** The issues parseRulePack reports for `input`; fails the test when the pack is accepted. */
export function issuesOf(input: unknown): readonly Issue[] {
  const result = parseRulePack(input);
  expect(result.ok, 'expected the pack to be refused').toBe(false);
  return result.ok ? [] : result.issues;
}

/** The pack parseRulePack returns for `input`; fails the test when the pack is refused. */
export function accepted(input: unknown): RulePack {
  const result = parseRulePack(input);
  expect(result.ok ? [] : result.issues).toEqual([]);
  if (!result.ok) throw new Error('refused');
  return result.value;
}

/** The issues for a single rule whose conditions are `conditions`. */
export function conditionIssues(conditions: unknown): readonly Issue[] {
  return issuesOf(pack(rule({ conditions })));
}

/** The path of rule 0's conditions, extended by `rest`. */
export function at(...rest: (string | number)[]): (string | number)[] {
  return ['rules', 0, 'conditions', ...rest];
}

/** `count` copies of a valid leaf. */
export function leaves(count: number): unknown[] {
  return Array.from({ length: count }, () => ({ ...leaf }));
}

/** A condition tree of `levels` nested "all" nodes around one leaf. */
export function nested(levels: number): unknown {
  let node: unknown = { ...leaf };
  for (let level = 0; level < levels; level++) node = { all: [node] };
  return node;
}
