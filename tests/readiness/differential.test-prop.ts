import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import { createScorer, defaultRulePack, type MessageCatalogue } from '../../src/index.js';
import { candidacyArbitrary } from './arbitraries.js';
import { NOW } from './fixtures.js';

const scorer = createScorer();
const messages: MessageCatalogue = {
  'questions.planned': {
    message: 'Fragen geplant.',
    recommendation: 'Sie haben {{questionsPlanned}} Fragen geplant.',
  },
};
const germanScorer = createScorer(defaultRulePack, { messages });

describe('createScorer against assessReadiness', () => {
  it('returns a byte-identical Readiness on random candidacies', async () => {
    await fc.assert(
      fc.asyncProperty(
        candidacyArbitrary,
        fc.constantFrom(NOW, '2026-11-29T12:00:00Z', '2026-12-20T09:00:00-05:00'),
        async (candidacy, now) => {
          const engine = await assessReadiness(candidacy, { now });
          expect(JSON.stringify(scorer.score(candidacy, now))).toBe(JSON.stringify(engine));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('stays byte-identical with a message catalogue', async () => {
    await fc.assert(
      fc.asyncProperty(candidacyArbitrary, async (candidacy) => {
        const engine = await assessReadiness(candidacy, { now: NOW, messages });
        expect(JSON.stringify(germanScorer.score(candidacy, NOW))).toBe(JSON.stringify(engine));
      }),
      { numRuns: 50 },
    );
  });
});
