import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Candidacy, createPreparer } from '../../src/index.js';
import { example } from '../fixtures/examples.js';

const examples = [example('thorough-manager'), example('contradicting-stories'), example('verbatim-reuser')];

/** One edit a user could make between two prepares: a telling's text, the candidate's name, or nothing. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('telling' as const),
    story: fc.nat(),
    words: fc.constantFrom('It took 9 months.', 'We grew revenue 40%.', 'A team of 12.', ''),
  }),
  fc.record({ kind: fc.constant('name' as const), name: fc.constantFrom('Ana Ruiz', 'Sam Lee') }),
  fc.constant({ kind: 'none' as const }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(candidacy: Candidacy, change: Edit): Candidacy {
  if (change.kind === 'none') return candidacy;
  if (change.kind === 'name')
    return { ...candidacy, candidate: { ...candidacy.candidate, name: change.name } };
  if (candidacy.stories.length === 0) return candidacy;
  const index = change.story % candidacy.stories.length;
  const stories = candidacy.stories.map((story, at) =>
    at !== index
      ? story
      : {
          ...story,
          tellings: story.tellings.map((telling, t) =>
            t === 0 ? { ...telling, text: `${telling.text} ${change.words}` } : telling,
          ),
        },
  );
  return { ...candidacy, stories };
}

describe('the consistency cache', () => {
  it('gives the same reports as no cache over any sequence of edits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 3 }),
        (start, edits, maxEntries) => {
          const cached = createPreparer({ cache: { consistency: true, maxEntries } });
          const plain = createPreparer({});
          if (!cached.ok || !plain.ok) throw new Error('default config rejected');
          let candidacy = start;
          for (const change of edits) {
            candidacy = apply(candidacy, change);
            const now = '2027-03-09T12:00:00-05:00';
            expect(cached.value.prepare(candidacy, { now })).toEqual(plain.value.prepare(candidacy, { now }));
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
