import { describe, expect, it } from 'vitest';
import {
  compileGroups,
  compilePhrases,
  compileRecord,
  compileWordList,
  tokenize,
} from '../../src/text/index.js';

describe('tokenize', () => {
  it('splits a sentence into words, a number and a full stop with their offsets', () => {
    expect(tokenize('Led 12 people.')).toStrictEqual([
      { text: 'Led', lower: 'led', start: 0, end: 3, kind: 'word', sentence: 0 },
      { text: '12', lower: '12', start: 4, end: 6, kind: 'number', value: 12, sentence: 0 },
      { text: 'people', lower: 'people', start: 7, end: 13, kind: 'word', sentence: 0 },
      { text: '.', lower: '.', start: 13, end: 14, kind: 'punct', sentence: 0 },
    ]);
  });

  it('returns no token for empty or blank text', () => {
    expect(tokenize('')).toStrictEqual([]);
    expect(tokenize('  \n ')).toStrictEqual([]);
  });

  it('keeps a currency symbol and a scale suffix on a number, the suffix in lower case', () => {
    expect(tokenize('$2.5M')).toStrictEqual([
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
  });

  it('reads thousands separators, a leading decimal point and a percent sign', () => {
    const [big, share, percent] = tokenize('1,200,000.55 .5 40%');
    expect(big).toMatchObject({ text: '1,200,000.55', value: 1_200_000.55, start: 0, end: 12 });
    expect(share).toMatchObject({ text: '.5', value: 0.5, start: 13, end: 15 });
    expect(percent).toMatchObject({ text: '40%', value: 40, suffix: '%', start: 16, end: 19 });
    expect(big).not.toHaveProperty('suffix');
    expect(big).not.toHaveProperty('symbol');
  });

  it('reads a decimal with several digits on both sides and a suffix of several letters', () => {
    expect(tokenize('12.75 18ish').map((token) => [token.text, token.value, token.suffix])).toStrictEqual([
      ['12.75', 12.75, undefined],
      ['18ish', 18, 'ish'],
    ]);
  });

  it('reads every currency symbol in front of a number', () => {
    expect(tokenize('€1 £2 ¥3').map((token) => token.symbol)).toStrictEqual(['€', '£', '¥']);
  });

  it('keeps letters glued to a word and hyphenated or contracted words whole', () => {
    expect(
      tokenize("Q3 co-founder state-of-the-art don't").map((token) => [token.text, token.kind]),
    ).toStrictEqual([
      ['Q3', 'word'],
      ['co-founder', 'word'],
      ['state-of-the-art', 'word'],
      ["don't", 'word'],
    ]);
  });

  it('turns a curly apostrophe into a straight one in the lower-case form only', () => {
    const [token] = tokenize('Didn’t');
    expect(token).toMatchObject({ text: 'Didn’t', lower: "didn't", kind: 'word' });
  });

  it('treats the first and last letters of both cases as words and the characters beside them as punctuation', () => {
    expect(tokenize('A Z a z').map((token) => token.kind)).toStrictEqual(['word', 'word', 'word', 'word']);
    expect(tokenize('@ [ ` {').map((token) => token.kind)).toStrictEqual([
      'punct',
      'punct',
      'punct',
      'punct',
    ]);
  });

  it('starts a new sentence after a full stop, an exclamation mark and a question mark only', () => {
    const tokens = tokenize('One. Two! Three? Four; five, six');
    expect(tokens.map((token) => [token.text, token.sentence])).toStrictEqual([
      ['One', 0],
      ['.', 0],
      ['Two', 1],
      ['!', 1],
      ['Three', 2],
      ['?', 2],
      ['Four', 3],
      [';', 3],
      ['five', 3],
      [',', 3],
      ['six', 3],
    ]);
  });

  it('does not end a sentence at the decimal point inside a number', () => {
    expect(tokenize('It was 2.5 years').map((token) => token.sentence)).toStrictEqual([0, 0, 0, 0]);
  });
});

describe('compilePhrases', () => {
  const matcher = compilePhrases<number>([
    ['vice', 2],
    ['Vice  President', 1],
    ['eng*', 3],
    ['team lead*', 4],
    ['', 5],
    ['   ', 6],
  ]);

  it('finds the longest phrase starting at a token, whatever the case and extra spaces of the phrase', () => {
    const tokens = tokenize('the vice president of sales');
    expect(matcher.matchAt(tokens, 1)).toStrictEqual({ value: 1, length: 2 });
  });

  it('falls back to the shorter phrase when the longer one does not continue', () => {
    expect(matcher.matchAt(tokenize('vice chair'), 0)).toStrictEqual({ value: 2, length: 1 });
  });

  it('prefers the longest phrase whatever its place in the list', () => {
    const longFirst = compilePhrases<number>([
      ['vice president', 1],
      ['vice', 2],
    ]);
    expect(longFirst.matchAt(tokenize('vice president'), 0)).toStrictEqual({ value: 1, length: 2 });
    expect(longFirst.matchEndingAt(tokenize('vice president'), 1)).toStrictEqual({ value: 1, length: 2 });
  });

  it('keeps the first of two phrases of the same length', () => {
    const twice = compilePhrases<number>([
      ['lead', 1],
      ['lead', 2],
    ]);
    expect(twice.matchAt(tokenize('lead'), 0)).toStrictEqual({ value: 1, length: 1 });
    expect(twice.matchEndingAt(tokenize('lead'), 0)).toStrictEqual({ value: 1, length: 1 });
  });

  it('matches a word ending in a star as a prefix, first or last in the phrase', () => {
    expect(matcher.matchAt(tokenize('engineering'), 0)).toStrictEqual({ value: 3, length: 1 });
    expect(matcher.matchEndingAt(tokenize('engineers'), 0)).toStrictEqual({ value: 3, length: 1 });
    expect(matcher.matchAt(tokenize('team leads'), 0)).toStrictEqual({ value: 4, length: 2 });
    expect(matcher.matchEndingAt(tokenize('the team leader'), 2)).toStrictEqual({ value: 4, length: 2 });
  });

  it('prefers a longer prefix phrase over a shorter exact one', () => {
    const mixed = compilePhrases<number>([
      ['lead', 1],
      ['lead* team', 2],
    ]);
    expect(mixed.matchAt(tokenize('lead team'), 0)).toStrictEqual({ value: 2, length: 2 });
    const sameLength = compilePhrases<number>([
      ['lead*', 1],
      ['lead', 2],
    ]);
    expect(sameLength.matchAt(tokenize('lead'), 0)).toStrictEqual({ value: 2, length: 1 });
  });

  it('reads a one-word phrase at the last token although a longer phrase starts with it', () => {
    expect(matcher.matchAt(tokenize('vice'), 0)).toStrictEqual({ value: 2, length: 1 });
  });

  it('does not match a plain word against a longer word, in any place of the phrase', () => {
    expect(compileWordList(['team lead']).matchAt(tokenize('team leap'), 0)).toBeUndefined();
    expect(matcher.matchAt(tokenize('vicepresident'), 0)).toBeUndefined();
    expect(matcher.matchAt(tokenize('en'), 0)).toBeUndefined();
  });

  it('finds the longest phrase ending at a token', () => {
    const tokens = tokenize('the vice president');
    expect(matcher.matchEndingAt(tokens, 2)).toStrictEqual({ value: 1, length: 2 });
    expect(matcher.matchEndingAt(tokens, 1)).toStrictEqual({ value: 2, length: 1 });
  });

  it('finds no phrase that would start before the first token', () => {
    expect(matcher.matchEndingAt(tokenize('president'), 0)).toBeUndefined();
  });

  it('finds nothing past the last token or for a word it does not know', () => {
    expect(matcher.matchAt(tokenize('vice'), 1)).toBeUndefined();
    expect(matcher.matchEndingAt(tokenize('vice'), 1)).toBeUndefined();
    expect(matcher.matchAt(tokenize('sales'), 0)).toBeUndefined();
  });

  it('ignores blank phrases', () => {
    const blank = compilePhrases<number>([
      ['', 5],
      ['  ', 6],
    ]);
    expect(blank.matchAt(tokenize('a'), 0)).toBeUndefined();
  });

  it('does not index a prefix phrase under an exact word', () => {
    const prefixOnly = compilePhrases<number>([['eng*', 1]]);
    expect(prefixOnly.matchAt(tokenize('e'), 0)).toBeUndefined();
    expect(prefixOnly.matchAt(tokenize('eng'), 0)).toStrictEqual({ value: 1, length: 1 });
  });
});

describe('compileWordList, compileRecord and compileGroups', () => {
  it('gives each phrase of a word list as its own value', () => {
    const list = compileWordList(['kicked off', 'joined']);
    expect(list.matchAt(tokenize('kicked off'), 0)).toStrictEqual({ value: 'kicked off', length: 2 });
  });

  it('gives the value a record holds for a phrase', () => {
    const record = compileRecord({ 'vice president': 5, lead: 3 });
    expect(record.matchAt(tokenize('lead'), 0)).toStrictEqual({ value: 3, length: 1 });
    expect(record.matchAt(tokenize('vice president'), 0)).toStrictEqual({ value: 5, length: 2 });
  });

  it('gives the group name for every phrase of a group', () => {
    const groups = compileGroups({ pay: ['salary', 'base pay'], team: ['headcount'] });
    expect(groups.matchAt(tokenize('salary'), 0)?.value).toBe('pay');
    expect(groups.matchAt(tokenize('base pay'), 0)).toStrictEqual({ value: 'pay', length: 2 });
    expect(groups.matchAt(tokenize('headcount'), 0)?.value).toBe('team');
  });
});
