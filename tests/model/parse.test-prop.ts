import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidacy } from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';
import { type Path, pathsOf } from './paths.js';

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const fixturePaths = pathsOf(minimalCandidacy());

describe('parseCandidacy, properties', () => {
  it('never throws and always answers with the result shape, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withDate: true }),
        (input) => {
          const result = parseCandidacy(input);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(issue.message.length).toBeGreaterThan(0);
              expect(Array.isArray(issue.path)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on a valid candidacy with any one field replaced by junk, and locates the problem', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePaths), fc.anything({ withBigInt: true }), (path, junk) => {
        const input = replaceAt(minimalCandidacy(), path, junk);
        const result = parseCandidacy(input);
        if (!result.ok) {
          // Every issue points into the input: at the replaced field, inside it, or at a field it relates to.
          expect(result.issues.every((issue) => Array.isArray(issue.path))).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reports an issue at or under the replaced path when the junk has the wrong type', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePaths), (path) => {
        const input = replaceAt(minimalCandidacy(), path, Symbol.for('junk'));
        const result = parseCandidacy(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const prefixes = result.issues.map((issue) => issue.path.slice(0, path.length).join('/'));
        expect(prefixes).toContain(path.join('/'));
      }),
    );
  });

  it('is stable through JSON: parse, serialise, parse again gives the same value', () => {
    const first = parseCandidacy(minimalCandidacy());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const second = parseCandidacy(JSON.parse(JSON.stringify(first.value)));
    expect(second).toEqual(first);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePaths), fc.jsonValue(), (path, junk) => {
        const input = replaceAt(minimalCandidacy(), path, junk);
        expect(parseCandidacy(input)).toEqual(parseCandidacy(structuredClone(input)));
      }),
      { numRuns: 200 },
    );
  });
});
