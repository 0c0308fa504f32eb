import { describe, expect, it } from 'vitest';
import {
  compileGroups,
  compilePhrases,
  compileRecord,
  compileWordList,
  tokenize,
} from '../../src/text/index.js';

describe('tokenize', () => {
  it('splits words, numbers and punctuation with their character offsets', () => {
    expect(tokenize('Led 8 people.')).toEqual([
      { text: 'Led', lower: 'led', start: 0, end: 3, kind: 'word', sentence: 0 },
      { text: '8', lower: '8', start: 4, end: 5, kind: 'number', value: 8, sentence: 0 },
      { text: 'people', lower: 'people', start: 6, end: 12, kind: 'word', sentence: 0 },
      { text: '.', lower: '.', start: 12, end: 13, kind: 'punct', sentence: 0 },
    ]);
  });

  it('numbers sentences after . ! and ?', () => {
    expect(tokenize('One. Two! Three? Four; five').map((token) => token.sentence)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 3,
    ]);
  });

  it.each([
    ['Feb. 2021 was cold.', [0, 0, 0, 0, 0, 0]],
    ["In Sept. '19 we moved.", [0, 0, 0, 0, 0, 0, 0, 0]],
    ['It took approx. ten weeks.', [0, 0, 0, 0, 0, 0, 0]],
    ['We shipped in Feb. Then I left.', [0, 0, 0, 0, 0, 1, 1, 1, 1]],
    ['Feb. 2021', [0, 0, 0]],
    ['It was Feb.', [0, 0, 0, 0]],
  ])('ends no sentence at the full stop of an abbreviation the text goes on after: %s', (text, sentences) => {
    const abbreviations = new Set(['feb', 'sept', 'approx']);
    expect(tokenize(text, undefined, undefined, abbreviations).map((token) => token.sentence)).toEqual(
      sentences,
    );
  });

  it('ends a sentence at every full stop when given no abbreviations', () => {
    expect(tokenize('Feb. 2021').map((token) => token.sentence)).toEqual([0, 0, 1]);
  });

  it('glues a currency sign before and a suffix after the digits', () => {
    expect(tokenize('$2.5M')).toEqual([
      {
        text: '$2.5M',
        lower: '$2.5m',
        start: 0,
        end: 5,
        kind: 'number',
        value: 2.5,
        symbol: '$',
        suffix: 'm',
        sentence: 0,
      },
    ]);
    expect(tokenize('€40k')[0]).toMatchObject({ symbol: '€', value: 40, suffix: 'k' });
    expect(tokenize('30%')[0]).toMatchObject({ value: 30, suffix: '%' });
    expect(tokenize('18ISH')[0]).toMatchObject({ value: 18, suffix: 'ish' });
  });

  it('reads thousands separators and decimals without a leading digit', () => {
    expect(tokenize('1,200,000')[0]).toMatchObject({ value: 1_200_000, end: 9 });
    expect(tokenize('.5')[0]).toMatchObject({ value: 0.5 });
    expect(tokenize('1,20')).toHaveLength(3);
  });

  it('keeps apostrophes and hyphens inside words, with curly apostrophes made straight', () => {
    expect(tokenize('I’m well-known')).toMatchObject([
      { text: 'I’m', lower: "i'm", kind: 'word' },
      { text: 'well-known', lower: 'well-known', kind: 'word' },
    ]);
    expect(tokenize('v2 Q3')).toMatchObject([
      { text: 'v2', kind: 'word' },
      { text: 'Q3', lower: 'q3', kind: 'word' },
    ]);
  });

  it('makes one punctuation token of any other character', () => {
    expect(tokenize('a – b é').map((token) => [token.text, token.kind])).toEqual([
      ['a', 'word'],
      ['–', 'punct'],
      ['b', 'word'],
      ['é', 'punct'],
    ]);
    expect(tokenize('Zz')[0]?.kind).toBe('word');
  });
});

describe('compilePhrases', () => {
  const matcher = compilePhrases([
    ['tech', 1],
    ['tech lead', 3],
    ['lead', 2],
    ['grow*', 9],
    ['Senior  Engineer', 4],
    ['', 99],
  ]);
  const tokens = tokenize('the tech lead growing senior engineer');

  it('finds the longest phrase starting at a token', () => {
    expect(matcher.matchAt(tokens, 1)).toEqual({ value: 3, length: 2 });
    expect(matcher.matchAt(tokens, 2)).toEqual({ value: 2, length: 1 });
    expect(matcher.matchAt(tokens, 0)).toBeUndefined();
    expect(matcher.matchAt(tokens, 99)).toBeUndefined();
  });

  it('finds the longest phrase ending at a token', () => {
    expect(matcher.matchEndingAt(tokens, 2)).toEqual({ value: 3, length: 2 });
    expect(matcher.matchEndingAt(tokens, 1)).toEqual({ value: 1, length: 1 });
    expect(matcher.matchEndingAt(tokens, 5)).toEqual({ value: 4, length: 2 });
  });

  it('matches a starred word as a prefix, and phrases in any case and spacing', () => {
    expect(matcher.matchAt(tokens, 3)).toEqual({ value: 9, length: 1 });
    expect(matcher.matchEndingAt(tokens, 3)).toEqual({ value: 9, length: 1 });
    expect(matcher.matchAt(tokens, 4)).toEqual({ value: 4, length: 2 });
    expect(matcher.matchAt(tokenize('grow'), 0)).toEqual({ value: 9, length: 1 });
    expect(matcher.matchAt(tokenize('gr'), 0)).toBeUndefined();
  });

  it('does not match a phrase running past either end of the text', () => {
    expect(matcher.matchAt(tokenize('senior'), 0)).toBeUndefined();
    expect(matcher.matchEndingAt(tokenize('engineer'), 0)).toBeUndefined();
  });

  it('prefers the longer of an exact and a starred phrase', () => {
    const mixed = compilePhrases([
      ['grow', 1],
      ['grow* fast', 2],
      ['fast', 3],
      ['very fast*', 4],
    ]);
    expect(mixed.matchAt(tokenize('growing fast'), 0)).toEqual({ value: 2, length: 2 });
    expect(mixed.matchAt(tokenize('grow slowly'), 0)).toEqual({ value: 1, length: 1 });
    expect(mixed.matchEndingAt(tokenize('very fastest'), 1)).toEqual({ value: 4, length: 2 });
    expect(mixed.matchEndingAt(tokenize('so fast'), 1)).toEqual({ value: 3, length: 1 });
  });
});

describe('compileWordList, compileRecord and compileGroups', () => {
  it('builds matchers whose values are the phrase, the record value and the group name', () => {
    const tokens = tokenize('laid off');
    expect(compileWordList(['laid off']).matchAt(tokens, 0)).toEqual({ value: 'laid off', length: 2 });
    expect(compileRecord({ 'laid off': 7 }).matchAt(tokens, 0)).toEqual({ value: 7, length: 2 });
    expect(compileGroups({ layoff: ['laid off', 'redundan*'], other: ['moved'] }).matchAt(tokens, 0)).toEqual(
      {
        value: 'layoff',
        length: 2,
      },
    );
    expect(
      compileGroups({ layoff: ['laid off', 'redundan*'] }).matchAt(tokenize('redundancy'), 0)?.value,
    ).toBe('layoff');
  });
});
