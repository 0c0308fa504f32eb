import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCandidacy } from '../../src/index.js';
import { candidacyInputArbitrary } from './arbitraries.js';

describe('the valid-candidacy arbitrary', () => {
  it('only produces candidacies parseCandidacy accepts', () => {
    fc.assert(
      fc.property(candidacyInputArbitrary, (input) => {
        const result = parseCandidacy(input);
        expect(result.ok ? [] : result.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the optional parts of the model', () => {
    const samples = fc.sample(candidacyInputArbitrary, { numRuns: 200, seed: 42 });
    const has = (key: string) => samples.filter((sample) => key in sample).length;
    for (const key of ['questions', 'concerns', 'compensation', 'pipeline', 'prep']) {
      expect(has(key), key).toBeGreaterThan(20);
    }
    const tellings = samples.flatMap((sample) => sample.stories.flatMap((story) => story.tellings ?? []));
    expect(tellings.length).toBeGreaterThan(100);
    expect(samples.filter((sample) => sample.interviews.length > 1).length).toBeGreaterThan(50);
  });
});
