import { describe, expect, it } from 'vitest';
import { createTagger, tokenize } from '../../src/text/index.js';

describe('createTagger', () => {
  it('tags every token once per distinct word, with the classifier its data', () => {
    const seen: string[] = [];
    const tagger = createTagger((word) => {
      seen.push(word);
      return word.length;
    });
    const tagged = tagger.tag('The team, the team.');
    expect(tagged.tokens.map((token) => tagger.dataOf(token))).toStrictEqual([3, 4, 1, 3, 4, 1]);
    expect(seen).toStrictEqual(['the', 'team', ',', '.']);
    expect(tagged.sentences).toStrictEqual({ first: [0], end: [6] });
  });

  it('tokenizes as tokenize does, the tags aside', () => {
    const tagger = createTagger(() => 0);
    const text = 'Led 12 people at $2.5M; grew it 30% in Q3 2021!';
    const tagged = tagger.tag(text).tokens.map(({ tags: _tags, ...token }) => token);
    expect(tagged).toStrictEqual(tokenize(text));
  });

  it('reads the same text once: a second tag call returns the same stream', () => {
    const tagger = createTagger(() => 0);
    expect(tagger.tag('We grew 30%.')).toBe(tagger.tag('We grew 30%.'));
    expect(tagger.tag('Other text')).not.toBe(tagger.tag('We grew 30%.'));
  });

  it('knows only its own tokens', () => {
    const one = createTagger(() => 'one');
    const two = createTagger(() => 'two');
    const token = one.tag('team').tokens[0];
    expect(one.dataOf(token)).toBe('one');
    expect(two.dataOf(token)).toBeUndefined();
    expect(one.dataOf(tokenize('team')[0])).toBeUndefined();
  });

  it('numbers sentences by the sentence ends it is given', () => {
    const tagger = createTagger(() => 0, new Set(['.', '。']));
    expect(tagger.tag('One. Two! Three。Four').tokens.map((token) => token.sentence)).toStrictEqual([
      0, 0, 1, 1, 1, 1, 2,
    ]);
  });
});
