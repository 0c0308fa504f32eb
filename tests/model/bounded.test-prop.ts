import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidacy } from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';
import { type Path, pathsOf } from './paths.js';

const containerPaths: Path[] = [[], ...pathsOf(minimalCandidacy())];
const MAX_INPUT = 2 * 1024 * 1024;
const MAX_ISSUES = 256 * 1024;

type Spec =
  | { readonly kind: 'string'; readonly n: number; readonly char: string }
  | { readonly kind: 'list'; readonly n: number; readonly item: unknown }
  | { readonly kind: 'keys'; readonly n: number; readonly width: number }
  | { readonly kind: 'concerns'; readonly n: number }
  | { readonly kind: 'deep'; readonly n: number };

/**
 * Values that cost little to write and much to report: long strings, long lists, many keys, deep nests.
 * Kept as small specs (built in the property), so a counterexample prints in a line.
 */
const amplifier: fc.Arbitrary<Spec> = fc.oneof(
  fc.record({
    kind: fc.constant('string' as const),
    n: fc.integer({ min: 1, max: 400_000 }),
    char: fc.constantFrom('x', '\n', '\u202e', 'é'),
  }),
  fc.record({
    kind: fc.constant('list' as const),
    n: fc.integer({ min: 1, max: 30_000 }),
    item: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({
    kind: fc.constant('keys' as const),
    n: fc.integer({ min: 1, max: 20_000 }),
    width: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant('concerns' as const), n: fc.integer({ min: 1, max: 20_000 }) }),
  fc.record({ kind: fc.constant('deep' as const), n: fc.integer({ min: 1, max: 1_500 }) }),
);

function materialise(spec: Spec): unknown {
  switch (spec.kind) {
    case 'string':
      return spec.char.repeat(spec.n);
    case 'list':
      return Array.from({ length: spec.n }, () => spec.item);
    case 'keys':
      return Object.fromEntries(
        Array.from({ length: spec.n }, (_, i) => [`${'k'.repeat(spec.width)}${i}`, i]),
      );
    case 'concerns':
      return Array.from({ length: spec.n }, (_, i) => ({
        id: `c${i % 7}`,
        raisedInRound: (i % 30) + 1,
        raisedBy: `ghost${i}`,
        topic: 'x',
      }));
    case 'deep': {
      let node: unknown = 'bottom';
      for (let depth = 0; depth < spec.n; depth++) node = [node];
      return node;
    }
  }
}

function placed(changes: readonly (readonly [Path, string, Spec])[]): unknown {
  const root = structuredClone(minimalCandidacy()) as unknown as Record<string | number, unknown>;
  for (const [path, key, spec] of changes) {
    const value = materialise(spec);
    let node: unknown = root;
    for (const segment of path) {
      if (typeof node !== 'object' || node === null) break;
      node = (node as Record<string | number, unknown>)[segment];
    }
    if (typeof node !== 'object' || node === null) continue;
    const target = Array.isArray(node) && node.length > 0 ? node.length - 1 : key;
    Object.defineProperty(node, target, { value, enumerable: true, writable: true, configurable: true });
  }
  return root;
}

describe('bounded issues, properties', () => {
  it('keeps the serialised issues under 256 KB for any input up to 2 MB', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(...containerPaths),
            fc.constantFrom('interviews', 'concerns', 'stories', 'id', 'extra', 'interviewers', 'tags'),
            amplifier,
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (changes) => {
          const input = placed(changes);
          const text = JSON.stringify(input);
          fc.pre(text !== undefined && text.length <= MAX_INPUT);
          const result = parseCandidacy(JSON.parse(text));
          const serialised = JSON.stringify(result.ok ? result.warnings : result.issues);
          expect(serialised.length).toBeLessThan(MAX_ISSUES);
        },
      ),
      { numRuns: 40 },
    );
  });
});
