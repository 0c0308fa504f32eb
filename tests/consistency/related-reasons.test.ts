// Reasons for leaving told from two sides (lexicon `relatedReasons`): the push and the pull of one reason
// are consistent between rounds; reasons with nothing in common stay a contradiction.
import { describe, expect, it } from 'vitest';
import { type ConsistencyLexicon, checkConsistency, englishLexicon, parseLexicon } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

function reasonVerdict(roundOne: string, roundTwo: string, lexicon?: ConsistencyLexicon): string | undefined {
  const report = checkConsistency(candidacyWith([storyOf('leaving', roundOne, roundTwo)]), { lexicon });
  return report.findings.find((finding) => finding.attribute === 'leaveReason')?.kind;
}

const withoutRelated: ConsistencyLexicon = { ...englishLexicon, relatedReasons: [] };

describe('related leave reasons', () => {
  it.each([
    [
      'a shrunken role, then wanting to grow',
      'I left because my role had shrunk to support work.',
      'I left because I wanted room to grow.',
      'consistent',
    ],
    [
      'wanting more scope, then a role cut back',
      'I left because I wanted a bigger scope.',
      'I left because I was sidelined after the reorg.',
      'consistent',
    ],
    [
      'a layoff, then burnout',
      'I left because I was laid off in the restructuring.',
      'I left because of burnout.',
      'contradiction',
    ],
    [
      'growth, then pay',
      'I left because I wanted to grow into a staff role.',
      'I left because the pay was below market.',
      'contradiction',
    ],
  ])('%s: %s', (_name, roundOne, roundTwo, expected) => {
    expect(reasonVerdict(roundOne, roundTwo)).toBe(expected);
  });

  it('is the lexicon’s to say: without the pair, a shrunken role against growth is a contradiction', () => {
    expect(
      reasonVerdict(
        'I left because my role had shrunk to support work.',
        'I left because I wanted room to grow.',
        withoutRelated,
      ),
    ).toBe('contradiction');
  });

  it('validates the pairs', () => {
    expect(parseLexicon({ ...englishLexicon, relatedReasons: [['layoff', 'burnout']] }).ok).toBe(true);
    const bad = parseLexicon({ ...englishLexicon, relatedReasons: [['layoff']] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.path.slice(0, 2)).toEqual(['relatedReasons', 0]);
  });
});
