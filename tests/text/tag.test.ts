import { describe, expect, it } from 'vitest';
import { compilePhrases, compileWordList, createTagger, tokenize } from '../../src/text/index.js';

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

  it('reads the same text once: a second tag call returns the same stream', () => {
    const tagger = createTagger(() => 0);
    expect(tagger.tag('We grew 30%.')).toBe(tagger.tag('We grew 30%.'));
    expect(tagger.tag('Other text')).not.toBe(tagger.tag('We grew 30%.'));
  });

  it('answers matchAt and matchEndingAt from the tags as an untagged matcher does', () => {
    const tagger = createTagger(() => 0);
    const entries = [
      ['team lead', 'lead'],
      ['manag* team', 'managed'],
      ['team', 'team'],
      ['over', 'over'],
    ] as const;
    const tagged = compilePhrases(entries, tagger);
    const plain = compilePhrases(entries);
    const text = 'Managing the team lead over a managed team of one team';
    const tokens = tagger.tag(text).tokens;
    const untagged = tokenize(text);
    for (let index = 0; index < tokens.length; index++) {
      expect(tagged.matchAt(tokens, index)).toStrictEqual(plain.matchAt(untagged, index));
      expect(tagged.matchEndingAt(tokens, index)).toStrictEqual(plain.matchEndingAt(untagged, index));
    }
    expect(tagged.matchAt(tokens, 6)).toStrictEqual({ value: 'managed', length: 2 });
    expect(tagged.matchEndingAt(tokens, 3)).toStrictEqual({ value: 'lead', length: 2 });
  });

  it('a matcher registered after the first tag reads without tags, with the same answers', () => {
    const tagger = createTagger(() => 0);
    const tokens = tagger.tag('as tech lead').tokens;
    const late = compileWordList(['tech lead'], tagger);
    expect(late.matchAt(tokens, 1)).toStrictEqual({ value: 'tech lead', length: 2 });
    expect(late.matchAt(tokens, 0)).toBeUndefined();
  });

  it('numbers sentences by the sentence ends it is given', () => {
    const tagger = createTagger(() => 0, new Set(['.', '。']));
    expect(tagger.tag('One. Two! Three。Four').tokens.map((token) => token.sentence)).toStrictEqual([
      0, 0, 1, 1, 1, 1, 2,
    ]);
  });
});
