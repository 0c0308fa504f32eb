import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Condition,
  type ConditionScalar,
  defaultRulePack,
  type FactCondition,
  factCatalogue,
  OPERATORS,
  type OperatorName,
  type Rule,
  type RulePack,
  type TopLevelCondition,
} from '../../src/index.js';
import { compilePack } from '../../src/rules/compile.js';
import { evaluateWithEngine } from '../../src/rules/engine.js';
import { statusOf } from '../../src/rules/outcome.js';

const factNames = factCatalogue.map((fact) => fact.name);
const FEW_FACTS = factNames.slice(0, 6);

/** Values that probe json-rules-engine's edge cases: missing, null, NaN, numeric strings, substrings, arrays. */
const factValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.boolean(),
  fc.integer({ min: -5, max: 10 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom('0', '3', '10', '3.5abc', 'abc', '', 'null', 'yes', 'no', 'open-in-principle', 'nior'),
  fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom('a', 'yes', '3')), { maxLength: 4 }),
);

const facts = fc.dictionary(fc.constantFrom(...FEW_FACTS), factValue);

const scalar = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -5, max: 10 }),
  fc.constantFrom('3', '10', 'abc', 'yes', 'no', 'a', 'senior engineer', 'null'),
);

function valueFor(operator: OperatorName): fc.Arbitrary<ConditionScalar | readonly ConditionScalar[]> {
  if (operator === 'in' || operator === 'notIn') {
    return fc.oneof(
      fc.array(scalar, { maxLength: 4 }),
      fc.constantFrom('senior engineer', 'yes no', '310', ''),
    );
  }
  if (operator.startsWith('less') || operator.startsWith('greater')) return fc.integer({ min: -5, max: 10 });
  return scalar;
}

const leaf: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.constantFrom(...FEW_FACTS),
    operator: fc.constantFrom(...OPERATORS),
    priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  })
  .chain(({ fact, operator, priority }) =>
    valueFor(operator).map((value) => {
      const node: FactCondition = { fact, operator, value };
      return priority === undefined ? node : { ...node, priority };
    }),
  );

const { tree } = fc.letrec<{ tree: Condition }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      all: fc.array(tie('tree'), { maxLength: 4 }),
      priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    fc.record({
      any: fc.array(tie('tree'), { maxLength: 4 }),
      priority: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    fc.record({ not: tie('tree') }),
  ),
}));

const top: fc.Arbitrary<TopLevelCondition> = fc.oneof(
  fc.array(tree, { maxLength: 4 }).map((all) => ({ all })),
  fc.array(tree, { maxLength: 4 }).map((any) => ({ any })),
  tree.map((not) => ({ not })),
);

const rule: fc.Arbitrary<Rule> = fc
  .record({
    conditions: top,
    appliesWhen: fc.option(top, { nil: undefined }),
    pendingWhen: fc.option(top, { nil: undefined }),
  })
  .map(({ conditions, appliesWhen, pendingWhen }) => ({
    id: 'generated',
    dimension: 'recall',
    weight: 1,
    conditions,
    ...(appliesWhen === undefined ? {} : { appliesWhen }),
    ...(pendingWhen === undefined ? {} : { pendingWhen }),
    event: { type: 'readiness-item', params: { message: 'm', recommendation: 'r', source: 'seed#x' } },
  }));

const pack: fc.Arbitrary<RulePack> = fc.array(rule, { minLength: 1, maxLength: 4 }).map((rules) => ({
  id: 'generated',
  version: '1',
  rules: rules.map((item, index) => ({ ...item, id: `r${index}` })),
}));

/** Strips prototype quirks (json-rules-engine hands back fresh arrays) for a structural comparison. */
function plain(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_key, item) =>
      Number.isNaN(item) ? 'NaN' : item === undefined ? '<undefined>' : item,
    ),
  );
}

describe('the compiled evaluator against json-rules-engine', () => {
  it('gives identical outcomes and traces on random packs and random facts', async () => {
    await fc.assert(
      fc.asyncProperty(pack, facts, async (generated, record) => {
        const engine = await evaluateWithEngine(generated, record);
        const compiled = compilePack(generated).outcomes(record);
        expect(plain(compiled)).toEqual(plain(engine));
        const statuses = compilePack(generated).statuses(record);
        expect(statuses).toEqual(engine.map(statusOf));
      }),
      { numRuns: 300 },
    );
  });

  it('gives identical outcomes for the default pack on random fact records', async () => {
    const anyFacts = fc.dictionary(fc.constantFrom(...factNames), factValue);
    await fc.assert(
      fc.asyncProperty(anyFacts, async (record) => {
        const engine = await evaluateWithEngine(defaultRulePack, record);
        expect(plain(compilePack(defaultRulePack).outcomes(record))).toEqual(plain(engine));
      }),
      { numRuns: 150 },
    );
  });

  it('passes an empty all and an empty any on both paths, as json-rules-engine does', async () => {
    const generated = fc.sample(pack, 1)[0]!;
    const empty: RulePack = {
      ...generated,
      rules: [
        { ...generated.rules[0]!, id: 'all', conditions: { all: [] } },
        { ...generated.rules[0]!, id: 'any', conditions: { any: [] } },
      ].map(({ appliesWhen: _ignored, pendingWhen: _alsoIgnored, ...rest }) => rest),
    };
    const engine = await evaluateWithEngine(empty, {});
    expect(engine.map((outcome) => outcome.passed)).toEqual([true, true]);
    expect(compilePack(empty).statuses({})).toEqual(['passed', 'passed']);
  });

  it('fails notEqual and notIn on a missing fact on both paths', async () => {
    const missing: RulePack = {
      id: 'missing',
      version: '1',
      rules: [
        {
          id: 'not-equal',
          dimension: 'recall',
          weight: 1,
          conditions: { all: [{ fact: 'payHistoryLaw', operator: 'notEqual', value: 'x' }] },
          event: { type: 'readiness-item', params: { message: 'm', recommendation: 'r', source: 'seed#x' } },
        },
        {
          id: 'not-in',
          dimension: 'recall',
          weight: 1,
          conditions: { all: [{ fact: 'payHistoryLaw', operator: 'notIn', value: ['x'] }] },
          event: { type: 'readiness-item', params: { message: 'm', recommendation: 'r', source: 'seed#x' } },
        },
      ],
    };
    for (const record of [{}, { payHistoryLaw: null }]) {
      expect((await evaluateWithEngine(missing, record)).map((outcome) => outcome.passed)).toEqual([
        false,
        false,
      ]);
      expect(compilePack(missing).statuses(record)).toEqual(['failed', 'failed']);
    }
  });

  it('returns every result when many runs on one engine are started at once', async () => {
    const records = fc.sample(fc.dictionary(fc.constantFrom(...factNames), factValue), 40);
    const outcomes = await Promise.all(records.map((record) => evaluateWithEngine(defaultRulePack, record)));
    outcomes.forEach((outcome, index) => {
      expect(outcome).toHaveLength(defaultRulePack.rules.length);
      expect(plain(outcome)).toEqual(plain(compilePack(defaultRulePack).outcomes(records[index]!)));
    });
  });
});
