import { describe, expect, it } from 'vitest';
import { checkConsistency, extractClaims, maxClaimTextLength } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

describe('the input-size cap of the claim reader (issue 19.2)', () => {
  it('refuses a text over the cap with a RangeError that names the length and the cap', () => {
    const text = 'The rebuild took 14 months. '.repeat(10);
    expect(() => extractClaims(text, { maxTextLength: 100 })).toThrow(RangeError);
    expect(() => extractClaims(text, { maxTextLength: 100 })).toThrow(
      /the text is 280 characters, over the cap of 100/,
    );
    expect(extractClaims(text.slice(0, 28), { maxTextLength: 100 })).toHaveLength(1);
  });

  it('keeps TypeError for a programming error, and defaults to a 200,000-character cap', () => {
    expect(() => extractClaims(42 as unknown as string)).toThrow(TypeError);
    expect(maxClaimTextLength).toBe(200_000);
    expect(() => extractClaims('x'.repeat(200_001))).toThrow(RangeError);
    expect(extractClaims(`${'x '.repeat(99_990)}took 3 months`)).toHaveLength(1);
  });

  it('ignores a cap that is not a positive whole number', () => {
    expect(extractClaims('The rebuild took 14 months.', { maxTextLength: -1 })).toHaveLength(1);
    expect(extractClaims('The rebuild took 14 months.', { maxTextLength: Number.NaN })).toHaveLength(1);
  });

  it('never throws from checkConsistency on a long telling: it leaves the text unread and says where', () => {
    const candidacy = candidacyWith([
      storyOf('short', 'The rebuild took 14 months.', 'The rebuild took 18 months.'),
      storyOf(
        'long',
        'The pilot took 6 weeks.',
        `The pilot took 6 weeks. ${'We iterated a lot. '.repeat(5)}`,
      ),
    ]);
    const report = checkConsistency(candidacy, { maxTextLength: 60 });
    expect(report.notes).toEqual([
      {
        code: 'text_too_long',
        path: ['stories', 1, 'tellings', 1, 'text'],
        storyId: 'long',
        round: 2,
        message: expect.stringContaining('over the 60-character cap'),
      },
    ]);
    expect(report.findings.map((finding) => [finding.storyId, finding.attribute, finding.kind])).toEqual([
      ['short', 'duration', 'contradiction'],
    ]);
    expect(report.unverified.map((claim) => claim.storyId)).toEqual(['long']);
  });

  it('adds no notes key when every telling was read', () => {
    const candidacy = candidacyWith([storyOf('s', 'The rebuild took 14 months.', 'It took 14 months.')]);
    expect(checkConsistency(candidacy)).not.toHaveProperty('notes');
  });
});

describe('bounded quotes', () => {
  it('quotes at most a window of a very long sentence around the claim, cut between words', () => {
    const padding = 'and then we kept going '.repeat(100);
    const text = `${padding}the rebuild took 14 months ${padding}`;
    const [claim] = extractClaims(text);
    expect(claim?.source.text).toBe('14 months');
    expect(claim?.source.sentence.length).toBeLessThanOrEqual(2 * 240 + '14 months'.length + 2);
    expect(claim?.source.sentence.startsWith('…')).toBe(true);
    expect(claim?.source.sentence.endsWith('…')).toBe(true);
    expect(claim?.source.sentence).toContain('the rebuild took 14 months');
  });

  it('quotes a short sentence whole', () => {
    expect(extractClaims('First. The rebuild took 14 months. Last.')[0]?.source.sentence).toBe(
      'The rebuild took 14 months.',
    );
  });
});
