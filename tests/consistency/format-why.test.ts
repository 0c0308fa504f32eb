import { describe, expect, it } from 'vitest';
import { checkConsistency } from '../../src/index.js';
import { candidacyWith } from './fixtures.js';

/** A story whose two tellings each carry one structured fact on the same subject. */
function storyWithFacts(subject: string, kind: string, one: object, two: object): unknown {
  return {
    id: 's1',
    title: 'Story s1',
    kind: 'project',
    tags: [],
    tellings: [
      { round: 1, text: 'First telling.', facts: [{ subject, kind, ...one }] },
      { round: 2, text: 'Second telling.', facts: [{ subject, kind, ...two }] },
    ],
  };
}

function whyOf(story: unknown): string | undefined {
  return checkConsistency(candidacyWith([story])).findings[0]?.why;
}

describe('the why of a finding, read back', () => {
  it('explains a team size gap with both counts, the gap and the count tolerance', () => {
    const why = whyOf(storyWithFacts('team size', 'count', { value: 8 }, { value: 12 }));
    expect(why).toBe('8 vs 12: 4 apart, beyond the ±1.2 tolerance');
  });

  it('explains a duration gap in months, in the singular for one month', () => {
    const why = whyOf(
      storyWithFacts('pilot duration', 'duration', { value: 1, unit: 'month' }, { value: 4, unit: 'months' }),
    );
    expect(why).toBe('1 month vs 4 months: 3 months apart, beyond the 2-month tolerance');
  });

  it('explains amounts in two currencies with both signs, the gap and the band', () => {
    const why = whyOf(
      storyWithFacts('project budget', 'money', { value: 150_000, unit: '$' }, { value: 200_000, unit: '€' }),
    );
    expect(why).toBe(
      '$150,000 vs €200,000: different currencies (USD vs EUR), not converted; the amounts are $50,000 apart, within the 25% band',
    );
  });

  it('names both titles by their whole phrase and their levels', () => {
    const why = whyOf(storyWithFacts('title', 'title', { value: 'Tech Lead' }, { value: 'Engineer' }));
    expect(why).toContain('tech lead (level 3) vs engineer (level 1)');
    expect(why).toContain('2 levels apart');
  });
});
