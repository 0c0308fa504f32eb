import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

// What extractClaims returns beyond the text -> claims tables of kinds/*.cases.json: the whole claim with its
// round, story, quote and sentence (merged from extract-claims and extractors, issue 15 item 6).

function month(year: number, number: number): number {
  return year * 12 + number - 1;
}

describe('extractClaims: the whole claim', () => {
  it('reads a start date with its round, story, quote and sentence, and no empty optional field', () => {
    expect(extractClaims('I joined in March 2020.', { round: 2, storyId: 'story-1' })).toStrictEqual([
      {
        type: 'date',
        attribute: 'date.start',
        low: month(2020, 3),
        high: month(2020, 3),
        unit: 'month-index',
        approximate: false,
        range: false,
        derived: false,
        corrective: false,
        source: { round: 2, start: 12, end: 22, text: 'March 2020', sentence: 'I joined in March 2020.' },
        storyId: 'story-1',
        part: 'start',
      },
    ]);
  });

  it('reads round one and no story by default', () => {
    const [claim] = extractClaims('I joined in March 2020.');
    expect(claim).not.toHaveProperty('storyId');
    expect(claim?.source.round).toBe(1);
  });

  it('quotes the sentence the claim sits in, not its neighbours', () => {
    const [claim] = extractClaims('We were happy. I joined in March 2020! Then more.');
    expect(claim?.source).toStrictEqual({
      round: 1,
      start: 27,
      end: 37,
      text: 'March 2020',
      sentence: 'I joined in March 2020!',
    });
  });

  it('reads no claim from text without numbers, dates, titles or reasons', () => {
    expect(extractClaims('We shipped it together.')).toStrictEqual([]);
    expect(extractClaims('')).toStrictEqual([]);
  });
});
