import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultRulePack, parseCandidacy, parseRulePack } from '../../src/index.js';
import { candidacyInputArbitrary } from './arbitraries.js';

/** Values JSON cannot hold, mixed into fc.anything: symbols, functions, class instances, typed arrays. */
const exotic = fc.constantFrom<unknown>(
  Symbol('hostile'),
  Symbol.iterator,
  () => 1,
  new (class Hostile {})(),
  new Uint8Array(3),
  new Set([1]),
  new WeakMap(),
  Promise.resolve(1),
  /a+/,
  new Error('x'),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
);

// Taken before any property runs, compared after all of them.
const prototypeKeysBefore = [Object.prototype, Array.prototype, Function.prototype].map((prototype) =>
  Reflect.ownKeys(prototype),
);

const anything = fc.anything({
  withBigInt: true,
  withNullPrototype: true,
  withMap: true,
  withSet: true,
  withDate: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 4,
});

const hostileValue = fc.oneof(anything, exotic);

/** JSON-ish objects with random keys, including prototype names. */
const randomKeys = fc.dictionary(
  fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'rules', 'interviews', 'id', 'schemaVersion'),
  ),
  hostileValue,
  { maxKeys: 8 },
);

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => [[...prefix, key], ...pathsOf(child, [...prefix, key])]);
}

/** A copy of `root` with the value at `path` replaced (own data properties only). */
function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const key of path.slice(0, -1)) node = Reflect.get(Object(node), key);
  Object.defineProperty(Object(node), path.at(-1)!, { value: replacement, enumerable: true, writable: true });
  return copy;
}

/** A valid input with one value somewhere replaced by something hostile. */
const corrupted = <T>(valid: fc.Arbitrary<T>) =>
  valid.chain((input) => {
    const paths = pathsOf(input);
    return fc
      .tuple(fc.constantFrom(...paths), hostileValue)
      .map(([path, replacement]) => replaceAt(input, path, replacement));
  });

function expectResultShape(result: { ok: boolean; issues?: readonly { path: unknown; message: string }[] }) {
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) {
    expect(result.issues?.length).toBeGreaterThan(0);
    for (const issue of result.issues ?? []) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
  }
}

describe('parsers never throw', () => {
  it('parseCandidacy answers a result for any value at all', () => {
    fc.assert(
      fc.property(hostileValue, (input) => expectResultShape(parseCandidacy(input))),
      { numRuns: 200 },
    );
  });

  it('parseCandidacy answers a result for objects with random keys', () => {
    fc.assert(
      fc.property(randomKeys, (input) => expectResultShape(parseCandidacy(input))),
      { numRuns: 200 },
    );
  });

  it('parseCandidacy answers a result when one value of a valid candidacy is replaced by anything', () => {
    fc.assert(
      fc.property(corrupted(candidacyInputArbitrary), (input) => expectResultShape(parseCandidacy(input))),
      { numRuns: 100 },
    );
  });

  it('parseRulePack answers a result for any value at all', () => {
    fc.assert(
      fc.property(hostileValue, (input) => expectResultShape(parseRulePack(input))),
      { numRuns: 200 },
    );
  });

  it('parseRulePack answers a result for objects with random keys', () => {
    fc.assert(
      fc.property(randomKeys, (input) => expectResultShape(parseRulePack(input))),
      { numRuns: 200 },
    );
  });

  it('parseRulePack answers a result when one value of the default pack is replaced by anything', () => {
    const json: unknown = JSON.parse(JSON.stringify(defaultRulePack));
    fc.assert(
      fc.property(corrupted(fc.constant(json)), (input) => expectResultShape(parseRulePack(input))),
      { numRuns: 150 },
    );
  });

  it('leaves the Object, Array and Function prototypes untouched after all of the above', () => {
    const after = [Object.prototype, Array.prototype, Function.prototype].map((prototype) =>
      Reflect.ownKeys(prototype),
    );
    expect(after).toEqual(prototypeKeysBefore);
  });
});
