import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidacy } from '../../src/index.js';
import { candidacyInputArbitrary, nowArbitrary, parseGenerated } from './arbitraries.js';
import { deepFreeze, PUBLIC_CALLS } from './internal.js';

const RUNS = 50;

/** A generated raw input, its parsed candidacy (deep-frozen) and a moment. */
const scenario = fc.tuple(candidacyInputArbitrary, nowArbitrary).map(([input, now]) => ({
  input: deepFreeze(input),
  candidacy: deepFreeze(parseGenerated(input)),
  now,
}));

async function call(run: () => unknown): Promise<unknown> {
  return await run();
}

describe.each(PUBLIC_CALLS.map((entry) => [entry.name, entry] as const))(
  '%s on random valid candidacies',
  (_, entry) => {
    it('never throws, never mutates its (deep-frozen) input, and answers the same twice', async () => {
      await fc.assert(
        fc.asyncProperty(scenario, async ({ input, candidacy, now }) => {
          const before: Candidacy = structuredClone(candidacy);
          const inputBefore: unknown = structuredClone(input);
          const first = await call(() => entry.run(candidacy, now, input));
          const second = await call(() => entry.run(candidacy, now, input));
          expect(second).toEqual(first);
          expect(candidacy).toEqual(before);
          expect(input).toEqual(inputBefore);
        }),
        { numRuns: RUNS },
      );
    });
  },
);
