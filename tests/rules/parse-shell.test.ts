// parseRulePack's outer checks, issue by issue: the raw-JSON walk (kinds of values, keys, depth and size caps),
// the pack and rule shell (each zod issue turned into our code, path and message), placeholders, duplicate ids
// and the frozen copy. Each test states the exact issue list, so a changed check, path or message fails here.
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, parseRulePack, RULE_PACK_LIMITS } from '../../src/index.js';
import { accepted, event, issuesOf, leaf, pack, rule } from './pack-fixtures.js';

const JSON_DATA = 'expected JSON data';

describe('parseRulePack: the raw JSON walk', () => {
  it.each([
    ['a function', () => 5, `${JSON_DATA}, found a function`],
    ['a symbol', Symbol('weight'), `${JSON_DATA}, found a symbol`],
    ['a bigint', 5n, `${JSON_DATA}, found the bigint 5`],
  ])('refuses %s where a value belongs, at its path', (_, weight, message) => {
    expect(issuesOf(pack(rule({ weight })))).toEqual([
      { code: 'invalid_type', path: ['rules', 0, 'weight'], message },
    ]);
  });

  it('refuses an object that is not plain data (a Date, a Map)', () => {
    const message = 'expected a plain object or array (JSON data), found another kind of object';
    expect(issuesOf(pack(rule({ weight: new Date(0) })))).toEqual([
      { code: 'invalid_type', path: ['rules', 0, 'weight'], message },
    ]);
    expect(issuesOf(pack(rule({ conditions: new Map() })))).toEqual([
      { code: 'invalid_type', path: ['rules', 0, 'conditions'], message },
    ]);
  });

  it('accepts objects without a prototype, as JSON parsers with a reviver may produce', () => {
    const bare = Object.assign(Object.create(null), pack(rule()));
    expect(accepted(bare).rules.map((each) => each.id)).toEqual(['a']);
  });

  it('refuses a symbol key on an object, at the object', () => {
    const withSymbol = { ...pack(rule()), [Symbol('hidden')]: 1 };
    expect(issuesOf(withSymbol)).toEqual([
      { code: 'invalid_type', path: [], message: `${JSON_DATA}, found a symbol key` },
    ]);
  });

  it.each(['extra', '01', '-1', '1.5'])('refuses a list carrying the named property %j', (key) => {
    const rules: unknown[] = [rule()];
    Reflect.set(rules, key, 1);
    expect(issuesOf({ ...pack(), rules })).toEqual([
      {
        code: 'unknown_field',
        path: ['rules', key],
        message: `expected a plain list, found a list with a named property "${key}": remove it`,
      },
    ]);
  });

  it('refuses a getter, without calling it', () => {
    let calls = 0;
    const withGetter = rule();
    Object.defineProperty(withGetter, 'weight', {
      enumerable: true,
      get: () => {
        calls++;
        return 5;
      },
    });
    expect(issuesOf(pack(withGetter))).toEqual([
      {
        code: 'invalid_type',
        path: ['rules', 0, 'weight'],
        message: 'expected a data field, found a getter or setter: pass plain JSON data',
      },
    ]);
    expect(calls).toBe(0);
  });

  it('reports a value that throws when read as unreadable, naming the error', () => {
    const throwing = (thrown: unknown) =>
      new Proxy(
        {},
        {
          ownKeys() {
            throw thrown;
          },
        },
      );
    expect(issuesOf(pack(throwing(new RangeError('no'))))).toEqual([
      {
        code: 'unreadable_input',
        path: ['rules', 0],
        message:
          'expected plain JSON data, found a value that could not be read (RangeError): pass the result of JSON.parse',
      },
    ]);
    expect(issuesOf(pack(throwing('a string')))[0]?.message).toBe(
      'expected plain JSON data, found a value that could not be read (unknown error): pass the result of JSON.parse',
    );
  });

  it('stops after 50 issues, so a huge bad pack costs little to report', () => {
    const functions = Array.from({ length: 60 }, () => () => 0);
    const issues = issuesOf(functions);
    expect(issues).toHaveLength(50);
    expect(issues.every((issue) => issue.message === `${JSON_DATA}, found a function`)).toBe(true);
    expect(issues.map((issue) => issue.path[0])).toEqual(Array.from({ length: 50 }, (_, index) => index));
  });

  function nestedLists(levels: number): unknown {
    let node: unknown = [];
    for (let level = 0; level < levels; level++) node = [node];
    return node;
  }

  it(`accepts JSON nested up to ${RULE_PACK_LIMITS.maxJsonDepth} levels and refuses one more`, () => {
    const { maxJsonDepth } = RULE_PACK_LIMITS;
    // The deepest list of x = nestedLists(k) sits at a path of k + 1 segments (x, then k indexes).
    expect(issuesOf({ ...pack(rule()), x: nestedLists(maxJsonDepth - 2) })).toEqual([
      { code: 'unknown_field', path: ['x'], message: 'unknown field "x": remove it' },
    ]);
    expect(issuesOf({ ...pack(rule()), x: nestedLists(maxJsonDepth - 1) })).toEqual([
      {
        code: 'too_big',
        path: ['x', ...Array.from({ length: maxJsonDepth - 1 }, () => 0)],
        message: `expected JSON nested at most ${maxJsonDepth} levels deep: flatten the pack`,
      },
    ]);
  });

  it(`counts at most ${RULE_PACK_LIMITS.maxJsonNodes} values, lists included`, () => {
    const { maxJsonNodes } = RULE_PACK_LIMITS;
    // A top-level list of n numbers is n + 1 values.
    expect(issuesOf(new Array(maxJsonNodes - 1).fill(0))).toEqual([
      { code: 'invalid_type', path: [], message: `expected object, found an array of ${maxJsonNodes - 1}` },
    ]);
    expect(issuesOf(new Array(maxJsonNodes).fill(0))).toEqual([
      {
        code: 'too_big',
        path: [maxJsonNodes - 1],
        message: `expected at most ${maxJsonNodes} values in a pack: split it`,
      },
    ]);
    expect(issuesOf(new Array(maxJsonNodes + 1).fill(0))).toEqual([
      {
        code: 'too_big',
        path: [],
        message: `expected at most ${maxJsonNodes} values in a pack, found a list of ${maxJsonNodes + 1}: split it`,
      },
    ]);
  });
});

describe('parseRulePack: the pack and rule shell', () => {
  const cases: [string, unknown, { code: string; path: (string | number)[]; message: string }][] = [
    [
      'a missing pack id',
      { version: '1', rules: [rule()] },
      {
        code: 'invalid_type',
        path: ['id'],
        message: 'expected string, found nothing: this field is required',
      },
    ],
    [
      'an empty pack id',
      { ...pack(rule()), id: '' },
      { code: 'too_small', path: ['id'], message: 'expected at least 1 characters, found ""' },
    ],
    [
      'a version of 51 characters',
      { ...pack(rule()), version: 'v'.repeat(51) },
      {
        code: 'too_big',
        path: ['version'],
        message: `expected at most 50 characters, found "${'v'.repeat(51)}"`,
      },
    ],
    [
      'no rules',
      pack(),
      { code: 'too_small', path: ['rules'], message: 'expected at least 1 items, found an array of 0' },
    ],
    [
      'one rule too many',
      pack(...Array.from({ length: RULE_PACK_LIMITS.maxRules + 1 }, (_, index) => rule({ id: `r${index}` }))),
      {
        code: 'too_big',
        path: ['rules'],
        message: `expected at most ${RULE_PACK_LIMITS.maxRules} items, found ${RULE_PACK_LIMITS.maxRules + 1}`,
      },
    ],
    [
      'a weight given as text',
      pack(rule({ weight: '5' })),
      { code: 'invalid_type', path: ['rules', 0, 'weight'], message: 'expected number, found "5"' },
    ],
    [
      'a fractional weight',
      pack(rule({ weight: 1.5 })),
      { code: 'invalid_type', path: ['rules', 0, 'weight'], message: 'expected int, found 1.5' },
    ],
    [
      'a weight of 0',
      pack(rule({ weight: 0 })),
      { code: 'too_small', path: ['rules', 0, 'weight'], message: 'expected at least 1, found 0' },
    ],
    [
      'a weight of 101',
      pack(rule({ weight: 101 })),
      { code: 'too_big', path: ['rules', 0, 'weight'], message: 'expected at most 100, found 101' },
    ],
    [
      'an unknown dimension',
      pack(rule({ dimension: 'charm' })),
      {
        code: 'invalid_value',
        path: ['rules', 0, 'dimension'],
        message: `expected one of ${DIMENSIONS.map((name) => `"${name}"`).join(' | ')}, found "charm"`,
      },
    ],
    [
      'a rule id with capitals and a space',
      pack(rule({ id: 'My rule' })),
      {
        code: 'invalid_format',
        path: ['rules', 0, 'id'],
        message: 'expected an id of lower-case letters, digits, dots, dashes, found "My rule"',
      },
    ],
    [
      'a source without a section',
      pack(rule({ event: { ...event, params: { ...event.params, source: 'seed' } } })),
      {
        code: 'invalid_format',
        path: ['rules', 0, 'event', 'params', 'source'],
        message: 'expected a source like seed#checklist, found "seed"',
      },
    ],
    [
      'another event type',
      pack(rule({ event: { ...event, type: 'hire' } })),
      {
        code: 'invalid_value',
        path: ['rules', 0, 'event', 'type'],
        message: 'expected one of "readiness-item", found "hire"',
      },
    ],
    [
      'an unknown rule field',
      pack(rule({ score: 3 })),
      { code: 'unknown_field', path: ['rules', 0, 'score'], message: 'unknown field "score": remove it' },
    ],
    [
      'two unknown pack fields',
      { ...pack(rule()), x: 1, y: 2 },
      { code: 'unknown_field', path: ['x'], message: 'unknown fields "x", "y": remove them' },
    ],
  ];

  it.each(cases)('refuses %s with one located issue', (_, input, issue) => {
    expect(issuesOf(input)).toEqual([issue]);
  });

  it(`accepts weights 1 and 100 and up to ${RULE_PACK_LIMITS.maxRules} rules`, () => {
    const many = Array.from({ length: RULE_PACK_LIMITS.maxRules }, (_, index) =>
      rule({ id: `r${index}`, weight: index % 2 === 0 ? 1 : 100 }),
    );
    expect(accepted(pack(...many)).rules).toHaveLength(RULE_PACK_LIMITS.maxRules);
  });
});

describe('parseRulePack: placeholders in messages', () => {
  const withTexts = (message: string, recommendation = 'r') =>
    pack(rule({ event: { ...event, params: { ...event.params, message, recommendation } } }));
  const refusal = (name: string, field: 'message' | 'recommendation') => ({
    code: 'invalid_value',
    path: ['rules', 0, 'event', 'params', field],
    message: `expected placeholders to name displayable facts only, found {{${name}}}: messages may show only non-personal facts marked displayable in factCatalogue`,
  });

  it('accepts displayable facts, with or without spaces inside the braces', () => {
    const texts = accepted(withTexts('{{hoursUntilNextInterview}} hours', 'round {{  roundTwoNumber }}'));
    expect(texts.rules[0]?.event.params).toEqual({
      message: '{{hoursUntilNextInterview}} hours',
      recommendation: 'round {{  roundTwoNumber }}',
      source: 'seed#checklist',
    });
  });

  it('refuses a fact that is not displayable, and a name that is no fact, in either text', () => {
    expect(issuesOf(withTexts('{{ roundOneNotesReviewed }}'))).toEqual([
      refusal('roundOneNotesReviewed', 'message'),
    ]);
    expect(issuesOf(withTexts('m', 'Dear {{candidateName}}, {{email}}'))).toEqual([
      refusal('candidateName', 'recommendation'),
      refusal('email', 'recommendation'),
    ]);
  });
});

describe('parseRulePack: ids, optional fields and the returned copy', () => {
  it('names the first rule for every later duplicate of its id', () => {
    const duplicate = (index: number) => ({
      code: 'duplicate_id',
      path: ['rules', index, 'id'],
      message: 'expected a unique rule id, found "a" again (first at rules[0]): rename one',
    });
    expect(issuesOf(pack(rule(), rule({ id: 'b' }), rule(), rule()))).toEqual([duplicate(2), duplicate(3)]);
  });

  it('reports the problems of every rule, not only the first', () => {
    const bad = { all: [{ ...leaf, operator: 'near' }] };
    const issues = issuesOf(pack(rule({ conditions: bad }), rule({ id: 'b', appliesWhen: bad })));
    expect(issues.map((issue) => issue.path)).toEqual([
      ['rules', 0, 'conditions', 'all', 0, 'operator'],
      ['rules', 1, 'appliesWhen', 'all', 0, 'operator'],
    ]);
  });

  it('keeps checklist, blocker and appliesWhen when given, and adds no key when not', () => {
    const given = accepted(pack(rule({ checklist: false, blocker: true, appliesWhen: { any: [leaf] } })));
    expect(given.rules[0]).toEqual({
      ...rule(),
      checklist: false,
      blocker: true,
      appliesWhen: { any: [leaf] },
    });
    const plain = accepted(pack(rule())).rules[0]!;
    expect(Object.keys(plain).sort()).toEqual(['conditions', 'dimension', 'event', 'id', 'weight']);
  });

  it('keeps pendingWhen, group and a due text when given', () => {
    const given = accepted(
      pack(
        rule({
          group: 'pay',
          pendingWhen: { any: [leaf] },
          event: {
            type: 'readiness-item',
            params: { message: 'm', recommendation: 'r', due: 'the morning of', source: 'seed#x' },
          },
        }),
      ),
    );
    expect(given.rules[0]).toMatchObject({ group: 'pay', pendingWhen: { any: [leaf] } });
    expect(given.rules[0]?.event.params.due).toBe('the morning of');
    const bad = { all: [{ ...leaf, operator: 'near' }] };
    expect(issuesOf(pack(rule({ pendingWhen: bad }))).map((issue) => issue.path)).toEqual([
      ['rules', 0, 'pendingWhen', 'all', 0, 'operator'],
    ]);
  });

  it.each([
    ['{{interviewersNotResearched|names}}', true],
    ['{{revisitsPlanned|one:# answer|other:# answers}}', true],
    ['{{presentationRehearsals|=0:none|one:# run|other:# runs}}', true],
    ['{{revisitsPlanned|one:# answer}}', false],
    ['{{relocationStance|one:a|other:b}}', false],
    ['{{noSuchFact|names}}', false],
    ['{{revisitsPlanned|lots:x|other:y}}', false],
    ['{{candidateName}}', false],
  ])('checks the placeholder %s', (text, ok) => {
    const result = parseRulePack(
      pack(
        rule({
          event: { type: 'readiness-item', params: { message: 'm', recommendation: text, source: 'seed#x' } },
        }),
      ),
    );
    expect(result.ok).toBe(ok);
  });

  it('returns a deeply frozen copy and leaves the input as it was', () => {
    const input = pack(rule({ conditions: { all: [{ ...leaf }, { not: { ...leaf } }] } }));
    const before = structuredClone(input);
    const copy = accepted(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    const first = copy.rules[0]!;
    const conditions = first.conditions as { all: unknown[] };
    for (const part of [
      copy,
      copy.rules,
      first,
      first.event,
      first.event.params,
      conditions,
      conditions.all[0],
    ]) {
      expect(Object.isFrozen(part)).toBe(true);
    }
    expect(copy.rules[0]).not.toBe((input.rules as unknown[])[0]);
  });

  it('answers issues, never throws, for input that is not a pack at all', () => {
    for (const input of [undefined, null, 3, 'pack', [], true]) {
      const result = parseRulePack(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.issues[0]?.path).toEqual([]);
    }
  });
});

describe('parseRulePack: order', () => {
  it('reports problems in the order they appear in the input, and keeps the order of keys', () => {
    const issues = issuesOf(pack(rule({ weight: () => 1, dimension: Symbol('d') })));
    expect(issues.map((issue) => issue.path)).toEqual([
      ['rules', 0, 'dimension'],
      ['rules', 0, 'weight'],
    ]);
  });
});

describe('parseRulePack: keys that could reach prototypes, and odd objects', () => {
  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s with its exact issue', (key) => {
    const withKey = JSON.parse(`{"id":"v","version":"1","rules":[],"${key}":{}}`);
    expect(issuesOf(withKey)).toEqual([
      {
        code: 'unknown_field',
        path: [key],
        message: `forbidden key "${key}": remove it (it could reach object prototypes)`,
      },
    ]);
  });

  it('skips a key an object lists but cannot describe (a proxy), instead of failing', () => {
    const target = rule();
    const ghostly = new Proxy(target, {
      ownKeys: (inner) => [...Reflect.ownKeys(inner), 'ghost'],
      getOwnPropertyDescriptor: (inner, key) => Reflect.getOwnPropertyDescriptor(inner, key),
    });
    expect(accepted(pack(ghostly)).rules[0]?.id).toBe('a');
  });

  it('wants the whole rule id to match, not a prefix', () => {
    expect(issuesOf(pack(rule({ id: 'rule one' })))).toEqual([
      {
        code: 'invalid_format',
        path: ['rules', 0, 'id'],
        message: 'expected an id of lower-case letters, digits, dots, dashes, found "rule one"',
      },
    ]);
  });
});

describe('parseRulePack: sources', () => {
  it.each(['seed#checklist now', 'the seed#checklist'])(
    'wants the whole source to match: refuses %j',
    (source) => {
      expect(issuesOf(pack(rule({ event: { ...event, params: { ...event.params, source } } })))).toEqual([
        {
          code: 'invalid_format',
          path: ['rules', 0, 'event', 'params', 'source'],
          message: `expected a source like seed#checklist, found "${source}"`,
        },
      ]);
    },
  );
});
