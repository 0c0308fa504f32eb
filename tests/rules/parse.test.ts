import { describe, expect, it } from 'vitest';
import { defaultRulePack, formatIssues, parseRulePack } from '../../src/index.js';

const event = {
  type: 'readiness-item',
  params: { message: 'm', recommendation: 'r', source: 'seed#checklist' },
};

function packWith(rule: Record<string, unknown>): unknown {
  return {
    id: 'vendor',
    version: '1',
    rules: [{ id: 'a', dimension: 'recall', weight: 5, event, conditions: { all: [] }, ...rule }],
  };
}

const leaf = { fact: 'questionsPlanned', operator: 'greaterThan', value: 3 };

function issuesOf(input: unknown): string {
  const result = parseRulePack(input);
  expect(result.ok).toBe(false);
  return result.ok ? '' : formatIssues(result.issues);
}

describe('parseRulePack', () => {
  it('accepts the default pack', () => {
    expect(parseRulePack(defaultRulePack).ok).toBe(true);
  });

  it('accepts the default pack after a JSON round trip and returns a frozen copy', () => {
    const result = parseRulePack(JSON.parse(JSON.stringify(defaultRulePack)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(defaultRulePack);
    expect(Object.isFrozen(result.value.rules[0]?.conditions)).toBe(true);
  });

  it('refuses a __proto__ key anywhere, with its location', () => {
    const input = JSON.parse(
      '{"id":"v","version":"1","rules":[{"id":"a","dimension":"recall","weight":1,"conditions":{"all":[{"fact":"questionsPlanned","operator":"equal","value":1,"__proto__":{"x":1}}]},"event":{"type":"readiness-item","params":{"message":"m","recommendation":"r","source":"seed#x"}}}]}',
    );
    expect(issuesOf(input)).toContain(
      'forbidden key "__proto__": remove it (it could reach object prototypes) → at rules[0].conditions.all[0].__proto__',
    );
  });

  it('refuses constructor and prototype keys', () => {
    expect(issuesOf({ ...(packWith({}) as object), constructor: 1 })).toContain(
      'forbidden key "constructor"',
    );
    expect(issuesOf(packWith({ prototype: {} }))).toContain('forbidden key "prototype"');
  });

  it('refuses an undeclared fact and suggests the closest one', () => {
    const text = issuesOf(packWith({ conditions: { all: [{ ...leaf, fact: 'questionPlanned' }] } }));
    expect(text).toContain('did you mean "questionsPlanned"?');
    expect(text).toContain('→ at rules[0].conditions.all[0].fact');
  });

  it('refuses an operator outside the allow-list', () => {
    expect(issuesOf(packWith({ conditions: { all: [{ ...leaf, operator: 'regex' }] } }))).toContain(
      '→ at rules[0].conditions.all[0].operator',
    );
  });

  it('refuses a path on a condition', () => {
    expect(issuesOf(packWith({ conditions: { all: [{ ...leaf, path: '$.a' }] } }))).toContain(
      'expected no "path"',
    );
  });

  it('refuses a fact reference as a value', () => {
    expect(
      issuesOf(packWith({ conditions: { all: [{ ...leaf, operator: 'equal', value: { fact: 'x' } }] } })),
    ).toContain('→ at rules[0].conditions.all[0].value');
  });

  it('refuses a named condition reference', () => {
    expect(issuesOf(packWith({ conditions: { all: [{ condition: 'shared' }] } }))).toContain(
      'named condition references are not supported',
    );
  });

  it('refuses a non-integer weight', () => {
    expect(issuesOf(packWith({ weight: 1.5, conditions: { all: [leaf] } }))).toContain(
      '→ at rules[0].weight',
    );
  });

  it('refuses a non-integer priority on a condition', () => {
    expect(issuesOf(packWith({ conditions: { all: [{ ...leaf, priority: 'high' }] } }))).toContain(
      'expected an integer priority',
    );
  });

  it('refuses duplicate rule ids', () => {
    const rule = { id: 'a', dimension: 'recall', weight: 1, conditions: { all: [leaf] }, event };
    expect(issuesOf({ id: 'v', version: '1', rules: [rule, rule] })).toContain(
      'expected a unique rule id, found "a" again (first at rules[0]): rename one → at rules[1].id',
    );
  });

  it('refuses conditions nested too deep', () => {
    let conditions: unknown = leaf;
    for (let level = 0; level < 12; level++) conditions = { all: [conditions] };
    expect(issuesOf(packWith({ conditions }))).toContain('nested at most 8 levels');
  });

  it('refuses a 5,000-level nesting without overflowing the stack', () => {
    let conditions: unknown = leaf;
    for (let level = 0; level < 5000; level++) conditions = { not: conditions };
    expect(issuesOf(packWith({ conditions }))).toContain('nested at most 40 levels');
  });

  it('refuses an empty any, which json-rules-engine would pass', () => {
    expect(issuesOf(packWith({ conditions: { any: [] } }))).toContain('an empty "any" always passes');
  });

  it('refuses a leaf as the root', () => {
    expect(issuesOf(packWith({ conditions: leaf }))).toContain('wrap it as { "all": [ … ] }');
  });

  it('refuses a numeric operator on a boolean fact', () => {
    expect(
      issuesOf(
        packWith({ conditions: { all: [{ fact: 'checklistRun', operator: 'greaterThan', value: 1 }] } }),
      ),
    ).toContain('only on number facts');
  });

  it('refuses an equal whose value can never match the fact type', () => {
    expect(
      issuesOf(
        packWith({ conditions: { all: [{ fact: 'checklistRun', operator: 'equal', value: 'yes' }] } }),
      ),
    ).toContain('it could never match');
  });

  it('refuses a placeholder naming a fact that is not displayable', () => {
    const params = { message: 'm', recommendation: 'You have {{checklistRun}}', source: 'seed#x' };
    expect(
      issuesOf(packWith({ conditions: { all: [leaf] }, event: { type: 'readiness-item', params } })),
    ).toContain('found {{checklistRun}}');
  });

  it('refuses unknown fields on a rule with their location', () => {
    expect(issuesOf(packWith({ conditions: { all: [leaf] }, onSuccess: 'x' }))).toContain(
      '→ at rules[0].onSuccess',
    );
  });

  it('refuses more rules than the cap', () => {
    const rule = { id: 'a', dimension: 'recall', weight: 1, conditions: { all: [leaf] }, event };
    const rules = Array.from({ length: 501 }, (_, index) => ({ ...rule, id: `r${index}` }));
    expect(issuesOf({ id: 'v', version: '1', rules })).toContain('expected at most 500 items');
  });

  it('never throws, whatever it is given', () => {
    const cyclic: Record<string, unknown> = { id: 'v' };
    cyclic.rules = [cyclic];
    for (const input of [undefined, null, 42, 'pack', [], () => 1, new Date(0), cyclic, Symbol('x')]) {
      expect(() => parseRulePack(input)).not.toThrow();
      expect(parseRulePack(input).ok).toBe(false);
    }
  });
});
