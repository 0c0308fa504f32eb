import type { IssuePath } from '../../src/index.js';

/** One hostile pack: refused with an issue under `path`, or accepted and evaluated harmlessly. */
export interface HostileEntry {
  readonly name: string;
  readonly why: string;
  readonly expect: 'refused' | 'harmless';
  /** A prefix of the path of at least one issue (refused packs). */
  readonly path?: IssuePath;
  /** Builds a fresh copy of the pack. */
  readonly pack: () => unknown;
}

type Json = Record<string, unknown>;

const leaf = (): Json => ({ fact: 'roundOneNotesReviewed', operator: 'equal', value: true });

function rule(extra: Json = {}): Json {
  return {
    id: 'built.rule',
    dimension: 'recall',
    weight: 5,
    conditions: { all: [leaf()] },
    event: {
      type: 'readiness-item',
      params: { message: 'Notes re-read.', recommendation: 'Reread your notes.', source: 'seed#checklist' },
    },
    ...extra,
  };
}

/** A small valid pack, fresh on every call. */
export function validPack(rules: unknown[] = [rule()]): Json {
  return { id: 'built', version: '1', rules };
}

const C = ['rules', 0, 'conditions'];
const L = [...C, 'all', 0];
const P = ['rules', 0, 'event', 'params'];

/** A valid pack whose first leaf is replaced by `node`. */
function withLeaf(node: unknown): Json {
  return validPack([rule({ conditions: { all: [node] } })]);
}

function nested(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let node: unknown = leaf();
  for (let level = 0; level < levels; level++) node = wrap(node);
  return node;
}

function withGetter(target: Json, key: string, get: () => unknown): Json {
  Object.defineProperty(target, key, { get, enumerable: true, configurable: true });
  return target;
}

/** A getter that answers a valid value on the first `honest` reads and something else afterwards (time of check, time of use). */
function flipping<T>(first: T, later: unknown, honest = 1): () => unknown {
  let reads = 0;
  return () => (reads++ < honest ? first : later);
}

function nullPrototypeCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullPrototypeCopy);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Json = Object.create(null);
  for (const [key, item] of Object.entries(value)) copy[key] = nullPrototypeCopy(item);
  return copy;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

const boom = () => {
  throw new Error('hostile getter');
};

/** Packs that JSON cannot carry: cycles, getters, proxies, huge sizes, non-finite numbers, non-JSON values. */
export function codeBuiltPacks(): HostileEntry[] {
  const refused = (name: string, why: string, path: IssuePath, pack: () => unknown): HostileEntry => ({
    name,
    why,
    expect: 'refused',
    path,
    pack,
  });
  const harmless = (name: string, why: string, pack: () => unknown): HostileEntry => ({
    name,
    why,
    expect: 'harmless',
    pack,
  });
  return [
    refused('nesting-10000-all', '10,000 nested all blocks overflow a recursive walker', C, () =>
      validPack([rule({ conditions: nested(10_000, (inner) => ({ all: [inner] })) })]),
    ),
    refused('nesting-10000-not', '10,000 nested not blocks', C, () =>
      validPack([rule({ conditions: nested(10_000, (inner) => ({ not: inner })) })]),
    ),
    refused('nesting-10000-value', '10,000 nested arrays as a condition value', [...L, 'value'], () =>
      withLeaf({ fact: 'roundTwoNumber', operator: 'in', value: nested(10_000, (inner) => [inner]) }),
    ),
    refused('cyclic-conditions', 'an all that contains itself never ends', C, () => {
      const conditions: { all: unknown[] } = { all: [leaf()] };
      conditions.all.push(conditions);
      return validPack([rule({ conditions })]);
    }),
    refused('cyclic-pack', 'params that point back at the pack', P, () => {
      const params: Json = {
        message: 'Notes re-read.',
        recommendation: 'Reread your notes.',
        source: 'seed#checklist',
      };
      const pack = validPack([rule({ event: { type: 'readiness-item', params } })]);
      params.pack = pack;
      return pack;
    }),
    refused('getter-throws-on-leaf', 'reading a field throws', [...L, 'value'], () =>
      withLeaf(withGetter(leaf(), 'value', boom)),
    ),
    refused('getter-throws-on-rules', 'reading the rule list throws', ['rules'], () =>
      withGetter({ id: 'built', version: '1' }, 'rules', boom),
    ),
    refused(
      'getter-flips-value-to-fact-reference',
      'a getter answers true when checked, then a {fact} reference when copied',
      [...L, 'value'],
      () => withLeaf(withGetter(leaf(), 'value', flipping(true, { fact: 'candidateName' }))),
    ),
    refused(
      'getter-flips-list-item',
      'an in-list whose item turns into a fact reference after validation',
      [...L, 'value', 0],
      () => {
        const list: unknown[] = [];
        withGetter(list as unknown as Json, '0', flipping(2, { fact: 'ssn' }));
        return withLeaf({ fact: 'roundTwoNumber', operator: 'in', value: list });
      },
    ),
    refused(
      'getter-flips-list-item-late',
      'an in-list item that stays valid for two reads (every check) and turns into a fact reference on the copy',
      [...L, 'value', 0],
      () => {
        const list: unknown[] = [];
        withGetter(list as unknown as Json, '0', flipping(2, { fact: 'ssn' }, 2));
        return withLeaf({ fact: 'roundTwoNumber', operator: 'in', value: list });
      },
    ),
    refused(
      'getter-flips-operator',
      'an operator that reads equal once, then a decorator',
      [...L, 'operator'],
      () => withLeaf(withGetter(leaf(), 'operator', flipping('equal', 'not:equal'))),
    ),
    refused('proxy-own-keys-throws', 'a Proxy whose key listing throws', L, () =>
      withLeaf(
        new Proxy(leaf(), {
          ownKeys: boom,
        }),
      ),
    ),
    refused('proxy-descriptor-throws', 'a Proxy whose property descriptors throw', L, () =>
      withLeaf(new Proxy(leaf(), { getOwnPropertyDescriptor: boom, get: boom })),
    ),
    harmless('proxy-lying-get', 'a Proxy whose get trap lies: only the data it describes is read', () =>
      withLeaf(
        new Proxy(leaf(), {
          get: flipping(undefined, { fact: 'ssn' }),
        }),
      ),
    ),
    refused('huge-rule-list', 'a million rules', ['rules'], () =>
      validPack(Array.from({ length: 1_000_000 }, () => 0)),
    ),
    refused('huge-in-list', 'a million-item in-list', [...L, 'value'], () =>
      withLeaf({
        fact: 'roundTwoNumber',
        operator: 'in',
        value: Array.from({ length: 1_000_000 }, (_, i) => i),
      }),
    ),
    refused('huge-message', 'a ten-million-character message', [...P, 'message'], () =>
      validPack([
        rule({
          event: {
            type: 'readiness-item',
            params: { message: 'x'.repeat(10_000_000), recommendation: 'r', source: 'seed#checklist' },
          },
        }),
      ]),
    ),
    refused('huge-key', 'a million-character unknown key on a leaf', L, () =>
      withLeaf({ ...leaf(), ['k'.repeat(1_000_000)]: 1 }),
    ),
    refused('sparse-rules', 'a rule list with holes', ['rules'], () => {
      const rules: unknown[] = [rule()];
      rules.length = 3;
      return validPack(rules);
    }),
    refused('array-with-named-property', 'an extra named property on an array is not JSON', ['rules'], () => {
      const rules: unknown[] = [rule()];
      Reflect.set(rules, 'extra', { fact: 'ssn' });
      return validPack(rules);
    }),
    refused('nan-weight', 'NaN weight', ['rules', 0, 'weight'], () =>
      validPack([rule({ weight: Number.NaN })]),
    ),
    refused('infinite-weight', 'Infinity weight', ['rules', 0, 'weight'], () =>
      validPack([rule({ weight: Number.POSITIVE_INFINITY })]),
    ),
    refused('negative-zero-weight', '-0 weight', ['rules', 0, 'weight'], () =>
      validPack([rule({ weight: -0 })]),
    ),
    refused('bigint-weight', 'a bigint weight', ['rules', 0, 'weight'], () =>
      validPack([rule({ weight: 5n })]),
    ),
    refused('infinite-priority', '-Infinity priority', [...L, 'priority'], () =>
      withLeaf({ ...leaf(), priority: Number.NEGATIVE_INFINITY }),
    ),
    refused('nan-value', 'NaN compared value', [...L, 'value'], () =>
      withLeaf({ fact: 'roundTwoNumber', operator: 'equal', value: Number.NaN }),
    ),
    refused('infinite-threshold', 'Infinity as a numeric threshold', [...L, 'value'], () =>
      withLeaf({ fact: 'roundTwoNumber', operator: 'lessThan', value: Number.POSITIVE_INFINITY }),
    ),
    refused('symbol-value', 'a symbol as a value', [...L, 'value'], () =>
      withLeaf({ ...leaf(), value: Symbol('x') }),
    ),
    refused('symbol-key', 'a symbol key on a rule', ['rules', 0], () =>
      validPack([{ ...rule(), [Symbol('k')]: 1 }]),
    ),
    refused('function-value', 'a function as a value', [...L, 'value'], () =>
      withLeaf({ ...leaf(), value: boom }),
    ),
    refused('date-value', 'a Date as a value', [...L, 'value'], () =>
      withLeaf({ ...leaf(), value: new Date(0) }),
    ),
    refused('regexp-value', 'a RegExp as a value', [...L, 'value'], () =>
      withLeaf({ ...leaf(), value: /^(a+)+$/ }),
    ),
    refused('map-conditions', 'a Map as conditions', C, () =>
      validPack([rule({ conditions: new Map([['all', [leaf()]]]) })]),
    ),
    refused('class-instance-leaf', 'an instance of a class as a leaf', L, () => {
      class Leaf {
        fact = 'roundOneNotesReviewed';
        operator = 'equal';
        value = true;
      }
      return withLeaf(new Leaf());
    }),
    harmless('null-prototype-objects', 'a valid pack built from null-prototype objects', () =>
      nullPrototypeCopy(validPack()),
    ),
    harmless('frozen-pack', 'a deep-frozen valid pack', () => deepFreeze(validPack())),
    harmless('widest-rule', 'fifty children with fifty-item lists of 200-character texts', () =>
      validPack([
        rule({
          conditions: {
            any: Array.from({ length: 50 }, (_, i) => ({
              fact: 'relocationStance',
              operator: 'in',
              value: Array.from({ length: 50 }, (_, j) => `${i}.${j}`.padEnd(200, 'a')),
            })),
          },
        }),
      ]),
    ),
    harmless('many-rules', '500 rules, the cap', () =>
      validPack(Array.from({ length: 500 }, (_, i) => rule({ id: `r${i}`, weight: 1 + (i % 100) }))),
    ),
  ];
}
