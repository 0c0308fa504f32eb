// parseRulePack's condition trees, issue by issue: the root, the keys a node may carry, priorities and names,
// all/any/not, the caps on depth, children and nodes (each at the limit and one past it), facts, operators and
// the values each operator takes. Each test states the exact issues, so a changed check, path or message fails.
import { describe, expect, it } from 'vitest';
import { type Issue, OPERATORS, RULE_PACK_LIMITS } from '../../src/index.js';
import { ConditionChecker } from '../../src/rules/parse-conditions.js';
import { accepted, at, conditionIssues, leaf, leaves, nested, pack, rule } from './pack-fixtures.js';

const { maxConditionDepth, maxConditionsPerRule, maxChildren, maxListItems, maxValueLength } =
  RULE_PACK_LIMITS;

/** The conditions parseRulePack returns for a single rule. */
function parsedConditions(conditions: unknown): unknown {
  return accepted(pack(rule({ conditions }))).rules[0]?.conditions;
}

describe('the root of a rule', () => {
  const wrap = 'wrap it as { "all": [ … ] }';

  it('must be all, any or not', () => {
    expect(conditionIssues({ ...leaf })).toEqual([
      {
        code: 'invalid_value',
        path: at(),
        message: `expected the root to be an object with "all", "any" or "not", found a single fact condition: ${wrap}`,
      },
    ]);
    expect(conditionIssues({})).toEqual([
      {
        code: 'invalid_value',
        path: at(),
        message: `expected the root to be an object with "all", "any" or "not", found an object without them: ${wrap}`,
      },
    ]);
  });

  it('must be an object', () => {
    expect(conditionIssues([leaf])).toEqual([
      { code: 'invalid_type', path: at(), message: 'expected a condition object, found an array of 1' },
    ]);
    expect(conditionIssues('all')).toEqual([
      { code: 'invalid_type', path: at(), message: 'expected a condition object, found "all"' },
    ]);
  });

  it('may be any or not, and comes back as it was written', () => {
    expect(parsedConditions({ any: [leaf, leaf] })).toEqual({ any: [leaf, leaf] });
    expect(parsedConditions({ not: { all: [leaf] } })).toEqual({ not: { all: [leaf] } });
    expect(parsedConditions({ not: leaf })).toEqual({ not: leaf });
  });
});

describe('the keys of a condition', () => {
  it.each([
    ['condition', 'named condition references are not supported: inline the condition'],
    ['path', 'expected no "path": facts are flat, name the fact directly'],
    ['params', 'expected no "params": readiness facts take no parameters'],
  ])('refuses "%s"', (key, message) => {
    expect(conditionIssues({ all: [{ ...leaf, [key]: 'x' }] })).toEqual([
      { code: 'unknown_field', path: at('all', 0, key), message },
    ]);
  });

  it('suggests the closest allowed key for a typo, and lists them otherwise', () => {
    expect(conditionIssues({ all: [{ fact: 'questionsPlanned', opertor: 'equal', value: 1 }] })).toEqual([
      {
        code: 'unknown_field',
        path: at('all', 0, 'opertor'),
        message: 'unknown field "opertor": did you mean "operator"?',
      },
    ]);
    expect(conditionIssues({ all: [{ ...leaf, weighting: 2 }] })).toEqual([
      {
        code: 'unknown_field',
        path: at('all', 0, 'weighting'),
        message: 'unknown field "weighting": use only fact, operator, value, priority, name',
      },
    ]);
    expect(conditionIssues({ alll: [leaf] })).toEqual([
      {
        code: 'invalid_value',
        path: at(),
        message:
          'expected the root to be an object with "all", "any" or "not", found an object without them: wrap it as { "all": [ … ] }',
      },
    ]);
    expect(conditionIssues({ all: [{ any: [leaf], alll: [] }] })).toEqual([
      {
        code: 'unknown_field',
        path: at('all', 0, 'alll'),
        message: 'unknown field "alll": did you mean "all"?',
      },
    ]);
    expect(conditionIssues({ all: [leaf], fact: 'questionsPlanned' })).toEqual([
      {
        code: 'unknown_field',
        path: at('fact'),
        message: 'unknown field "fact": use only all, any, not, priority, name',
      },
    ]);
  });

  it('refuses more than one of all, any and not on one node', () => {
    expect(conditionIssues({ all: [leaf], any: [leaf] })).toEqual([
      {
        code: 'invalid_value',
        path: at(),
        message: 'expected one of "all", "any" or "not", found all and any: nest them instead',
      },
    ]);
  });
});

describe('priority and name', () => {
  const priorityIssue = (path: (string | number)[], found: string) => ({
    code: 'invalid_type',
    path,
    message: `expected an integer priority from 1 to 100, found ${found}`,
  });

  it.each([
    [0, '0'],
    [101, '101'],
    [1.5, '1.5'],
    ['1', '"1"'],
  ])('refuses the priority %j', (priority, found) => {
    expect(conditionIssues({ all: [{ ...leaf, priority }] })).toEqual([
      priorityIssue(at('all', 0, 'priority'), found),
    ]);
    expect(conditionIssues({ all: [leaf], priority })).toEqual([priorityIssue(at('priority'), found)]);
  });

  it(`refuses a name longer than 100 characters or not a text, and reports both problems at once`, () => {
    const long = 'n'.repeat(101);
    expect(conditionIssues({ all: [{ ...leaf, name: long }] })).toEqual([
      {
        code: 'invalid_type',
        path: at('all', 0, 'name'),
        message: `expected a name of at most 100 characters, found "${'n'.repeat(60)}…"`,
      },
    ]);
    expect(conditionIssues({ all: [leaf], priority: 0, name: 5 })).toEqual([
      priorityIssue(at('priority'), '0'),
      {
        code: 'invalid_type',
        path: at('name'),
        message: 'expected a name of at most 100 characters, found 5',
      },
    ]);
  });

  it('keeps priorities from 1 to 100 and names up to 100 characters, on leaves and on all/any/not', () => {
    const name = 'n'.repeat(100);
    const conditions = {
      all: [
        { ...leaf, priority: 1, name },
        { any: [leaf], priority: 100, name: 'any' },
        { not: leaf, priority: 50 },
      ],
      name: 'root',
    };
    expect(parsedConditions(conditions)).toEqual(conditions);
  });
});

describe('all, any and not', () => {
  it('wants a non-empty array under all and any', () => {
    expect(conditionIssues({ all: 'x' })).toEqual([
      { code: 'invalid_type', path: at('all'), message: 'expected an array of conditions, found "x"' },
    ]);
    expect(conditionIssues({ any: 3 })).toEqual([
      { code: 'invalid_type', path: at('any'), message: 'expected an array of conditions, found 3' },
    ]);
    expect(conditionIssues({ not: { any: [] } })).toEqual([
      {
        code: 'too_small',
        path: at('not', 'any'),
        message: 'expected at least 1 condition: an empty "any" always passes in json-rules-engine',
      },
    ]);
  });

  it('locates a problem under not', () => {
    expect(conditionIssues({ not: { ...leaf, fact: 3 } })).toEqual([
      {
        code: 'invalid_value',
        path: at('not', 'fact'),
        message: 'expected a declared readiness fact, found 3: see factCatalogue',
      },
    ]);
  });

  it('refuses the rule when one child of many is invalid, reporting that child only', () => {
    const issues = conditionIssues({ all: [leaf, { ...leaf, value: 'three' }, leaf] });
    expect(issues.map((issue) => issue.path)).toEqual([at('all', 1, 'value')]);
  });

  it(`accepts ${maxChildren} children and refuses ${maxChildren + 1}`, () => {
    expect(parsedConditions({ any: leaves(maxChildren) })).toEqual({ any: leaves(maxChildren) });
    expect(conditionIssues({ any: leaves(maxChildren + 1) })).toEqual([
      {
        code: 'too_big',
        path: at('any'),
        message: `expected at most ${maxChildren} conditions, found ${maxChildren + 1}`,
      },
    ]);
  });

  it(`accepts ${maxConditionDepth} nested levels and refuses ${maxConditionDepth + 1}`, () => {
    expect(parsedConditions(nested(maxConditionDepth))).toEqual(nested(maxConditionDepth));
    const deepest = Array.from({ length: maxConditionDepth }, () => ['all', 0]).flat();
    expect(conditionIssues(nested(maxConditionDepth + 1))).toEqual([
      {
        code: 'too_big',
        path: at(...deepest),
        message: `expected conditions nested at most ${maxConditionDepth} levels deep: flatten the rule`,
      },
    ]);
  });

  it(`counts at most ${maxConditionsPerRule} nodes per rule, reports the overflow once, and counts each rule anew`, () => {
    // A root all holding two all nodes of n and m leaves is 3 + n + m nodes.
    const tree = (first: number, second: number) => ({
      all: [{ all: leaves(first) }, { all: leaves(second) }],
    });
    const full = tree(49, maxConditionsPerRule - 3 - 49);
    expect(
      accepted(pack(rule({ conditions: full }), rule({ id: 'b', conditions: full }))).rules,
    ).toHaveLength(2);
    const overflow = {
      code: 'too_big',
      path: at('all', 1, 'all', maxConditionsPerRule - 3 - 49),
      message: `expected at most ${maxConditionsPerRule} conditions in one rule: split the rule`,
    };
    expect(conditionIssues(tree(49, maxConditionsPerRule - 2 - 49))).toEqual([overflow]);
    expect(conditionIssues(tree(49, 50))).toEqual([overflow]);
  });
});

describe('facts and operators', () => {
  const factIssue = (found: string) => ({
    code: 'invalid_value',
    path: at('all', 0, 'fact'),
    message: `expected a declared readiness fact, found ${found}`,
  });

  it('wants a declared fact, suggesting a near one', () => {
    expect(conditionIssues({ all: [{ ...leaf, fact: 'questionPlanned' }] })).toEqual([
      factIssue('"questionPlanned"; did you mean "questionsPlanned"?'),
    ]);
    expect(conditionIssues({ all: [{ ...leaf, fact: 'salaryHistory' }] })).toEqual([
      factIssue('"salaryHistory": see factCatalogue'),
    ]);
    expect(conditionIssues({ all: [{ operator: 'equal', value: 1 }] })).toEqual([
      factIssue('nothing: see factCatalogue'),
    ]);
    expect(conditionIssues({ all: [{ ...leaf, fact: 'toString' }] })).toEqual([
      factIssue('"toString": see factCatalogue'),
    ]);
  });

  it('wants an allow-listed operator, suggesting a near one', () => {
    const operatorIssue = (found: string) => ({
      code: 'invalid_value',
      path: at('all', 0, 'operator'),
      message: `expected one of ${OPERATORS.join(', ')}, found ${found}`,
    });
    expect(conditionIssues({ all: [{ ...leaf, operator: 'equals' }] })).toEqual([
      operatorIssue('"equals"; did you mean "equal"?'),
    ]);
    expect(conditionIssues({ all: [{ ...leaf, operator: 'regexMatches' }] })).toEqual([
      operatorIssue('"regexMatches"'),
    ]);
    expect(conditionIssues({ all: [{ ...leaf, operator: 7 }] })).toEqual([operatorIssue('7')]);
  });

  it('wants a value', () => {
    expect(conditionIssues({ all: [{ fact: 'questionsPlanned', operator: 'equal' }] })).toEqual([
      {
        code: 'invalid_type',
        path: at('all', 0, 'value'),
        message: 'expected a value, found nothing: this field is required',
      },
    ]);
  });
});

describe('values by operator', () => {
  const valueIssue = (code: string, message: string) => ({ code, path: at('all', 0, 'value'), message });
  const withLeaf = (condition: Record<string, unknown>) => conditionIssues({ all: [condition] });
  const parsedLeaf = (condition: Record<string, unknown>) => parsedConditions({ all: [condition] });

  it.each(['lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive'])(
    '%s compares number facts with finite numbers only',
    (operator) => {
      expect(parsedLeaf({ fact: 'questionsPlanned', operator, value: 2.5 })).toEqual({
        all: [{ fact: 'questionsPlanned', operator, value: 2.5 }],
      });
      expect(withLeaf({ fact: 'questionsPlanned', operator, value: '3' })).toEqual([
        valueIssue('invalid_type', `expected a finite number for "${operator}", found "3"`),
      ]);
      expect(withLeaf({ fact: 'questionsPlanned', operator, value: Number.POSITIVE_INFINITY })).toEqual([
        valueIssue('invalid_type', `expected a finite number for "${operator}", found Infinity`),
      ]);
      expect(withLeaf({ fact: 'hasUpcomingInterview', operator, value: 1 })).toEqual([
        valueIssue(
          'invalid_value',
          `expected "${operator}" only on number facts, found it on boolean fact "hasUpcomingInterview"`,
        ),
      ]);
    },
  );

  it.each(['in', 'notIn'])('%s takes a list of scalars, or one text', (operator) => {
    const fact = 'relocationStance';
    expect(parsedLeaf({ fact, operator, value: ['yes', 'open-in-principle', 1, true] })).toEqual({
      all: [{ fact, operator, value: ['yes', 'open-in-principle', 1, true] }],
    });
    expect(parsedLeaf({ fact, operator, value: 'yes' })).toEqual({ all: [{ fact, operator, value: 'yes' }] });
    const listIssue = (found: string) =>
      valueIssue(
        'invalid_type',
        `expected an array of texts, numbers or booleans for "${operator}", found ${found}`,
      );
    expect(withLeaf({ fact, operator, value: [{}] })).toEqual([listIssue('an array of 1')]);
    expect(withLeaf({ fact, operator, value: [Number.NaN] })).toEqual([listIssue('an array of 1')]);
    expect(withLeaf({ fact, operator, value: 3 })).toEqual([listIssue('3')]);
    expect(withLeaf({ fact, operator, value: 'x'.repeat(maxValueLength + 1) })).toEqual([
      listIssue(`"${'x'.repeat(60)}…"`),
    ]);
  });

  it(`takes lists of up to ${maxListItems} items of up to ${maxValueLength} characters`, () => {
    const fact = 'relocationStance';
    const longest = 'x'.repeat(maxValueLength);
    const full = Array.from({ length: maxListItems }, (_, index) => (index === 0 ? longest : `v${index}`));
    expect(parsedLeaf({ fact, operator: 'in', value: full })).toEqual({
      all: [{ fact, operator: 'in', value: full }],
    });
    expect(parsedLeaf({ fact, operator: 'in', value: longest })).toEqual({
      all: [{ fact, operator: 'in', value: longest }],
    });
    const tooBig = valueIssue(
      'too_big',
      `expected at most ${maxListItems} items of at most ${maxValueLength} characters`,
    );
    expect(withLeaf({ fact, operator: 'in', value: [...full, 'one more'] })).toEqual([tooBig]);
    expect(withLeaf({ fact, operator: 'notIn', value: [`${longest}x`] })).toEqual([tooBig]);
  });

  it('contains and doesNotContain take one scalar of up to the length cap', () => {
    const fact = 'payHistoryNote';
    const scalarIssue = (found: string) =>
      valueIssue(
        'invalid_type',
        `expected a text (at most ${maxValueLength} characters), number or boolean, found ${found}`,
      );
    const longest = 'x'.repeat(maxValueLength);
    expect(parsedLeaf({ fact, operator: 'contains', value: longest })).toEqual({
      all: [{ fact, operator: 'contains', value: longest }],
    });
    expect(withLeaf({ fact, operator: 'contains', value: `${longest}x` })).toEqual([
      scalarIssue(`"${'x'.repeat(60)}…"`),
    ]);
    expect(withLeaf({ fact, operator: 'doesNotContain', value: { text: 'x' } })).toEqual([
      scalarIssue('an object'),
    ]);
    expect(withLeaf({ fact, operator: 'doesNotContain', value: Number.NaN })).toEqual([scalarIssue('NaN')]);
    expect(withLeaf({ fact, operator: 'doesNotContain', value: null })).toEqual([scalarIssue('null')]);
  });

  it.each(['equal', 'notEqual'])('%s wants a value of the fact’s own type', (operator) => {
    expect(parsedLeaf({ fact: 'hasUpcomingInterview', operator, value: false })).toEqual({
      all: [{ fact: 'hasUpcomingInterview', operator, value: false }],
    });
    expect(parsedLeaf({ fact: 'relocationStance', operator, value: 'no' })).toEqual({
      all: [{ fact: 'relocationStance', operator, value: 'no' }],
    });
    expect(withLeaf({ fact: 'hasUpcomingInterview', operator, value: 'yes' })).toEqual([
      valueIssue(
        'invalid_type',
        'expected a boolean to compare with fact "hasUpcomingInterview", found "yes": it could never match',
      ),
    ]);
    expect(withLeaf({ fact: 'questionsPlanned', operator, value: true })).toEqual([
      valueIssue(
        'invalid_type',
        'expected a number to compare with fact "questionsPlanned", found true: it could never match',
      ),
    ]);
  });
});

describe('more values and nesting', () => {
  const fact = 'relocationStance';

  it('refuses null where a condition belongs', () => {
    expect(conditionIssues({ all: [leaf, null] })).toEqual([
      { code: 'invalid_type', path: at('all', 1), message: 'expected a condition object, found null' },
    ]);
  });

  it('refuses a list when any one item is not a scalar, or is too long', () => {
    expect(conditionIssues({ all: [{ fact, operator: 'in', value: ['yes', {}] }] })).toEqual([
      {
        code: 'invalid_type',
        path: at('all', 0, 'value'),
        message: 'expected an array of texts, numbers or booleans for "in", found an array of 2',
      },
    ]);
    expect(
      conditionIssues({ all: [{ fact, operator: 'in', value: ['yes', 'x'.repeat(maxValueLength + 1)] }] }),
    ).toEqual([
      {
        code: 'too_big',
        path: at('all', 0, 'value'),
        message: `expected at most ${maxListItems} items of at most ${maxValueLength} characters`,
      },
    ]);
  });

  it('checks the value type for equal and notEqual only: contains looks a number up in a text', () => {
    // json-rules-engine's contains calls includes(), which finds the digits of a number in a text.
    expect(parsedConditions({ all: [{ fact: 'payHistoryNote', operator: 'contains', value: 432 }] })).toEqual(
      {
        all: [{ fact: 'payHistoryNote', operator: 'contains', value: 432 }],
      },
    );
  });

  it('counts not as a level of nesting', () => {
    let node: unknown = { ...leaf };
    for (let level = 0; level < maxConditionDepth + 1; level++) node = { not: node };
    const issues = conditionIssues(node);
    expect(issues.map((issue) => issue.code)).toEqual(['too_big']);
    expect(issues[0]?.path).toEqual(at(...Array.from({ length: maxConditionDepth }, () => 'not')));
  });
});

describe('ConditionChecker (internal): the copy it returns', () => {
  const invalid: [string, unknown][] = [
    ['a leaf at the root', { ...leaf }],
    ['a bad priority on a leaf', { all: [{ ...leaf, priority: 0 }] }],
    ['a bad name on a node', { any: [leaf], name: 5 }],
    ['an unknown key', { all: [{ ...leaf, weighting: 1 }] }],
    ['a bad fact under not', { not: { ...leaf, fact: 'nope' } }],
    ['one bad child of three', { all: [leaf, { ...leaf, operator: 'near' }, leaf] }],
    ['a bad value', { all: [{ ...leaf, value: 'three' }] }],
  ];

  it.each(invalid)('answers undefined for %s, with the issue recorded', (_, input) => {
    const issues: Issue[] = [];
    expect(new ConditionChecker(issues).checkTop(input, [])).toBeUndefined();
    expect(issues).toHaveLength(1);
  });

  it('answers a fresh copy of a valid tree and records nothing', () => {
    const input = { all: [{ ...leaf, priority: 2 }, { not: { any: [leaf] } }], name: 'root' };
    const issues: Issue[] = [];
    const copy = new ConditionChecker(issues).checkTop(input, []);
    expect(copy).toEqual(input);
    expect(copy).not.toBe(input);
    expect(issues).toEqual([]);
  });
});
