import { tokenize } from './tokenize.js';

export {
  anyOf,
  capture,
  matchPattern,
  optional,
  type Pattern,
  type PatternMatch,
  phrase,
  repeat,
  sequence,
  token,
  window,
  word,
  wordIn,
} from './pattern.js';
export { createTagger, type TaggedText, type Tagger } from './tag.js';
/**
 * The one text module: a linear tokenizer (words, numbers with their glued symbol and suffix,
 * punctuation, sentence numbers) and a longest-match phrase matcher over its tokens. Consistency,
 * audiences and facts read text through it, so "what is a word" has one answer in the library.
 */
export {
  compileGroups,
  compilePhrases,
  compileRecord,
  compileWordList,
  englishSentenceEnds,
  type PhraseMatcher,
  type PhraseRegistry,
  type SentenceRanges,
  sentenceRanges,
  type Token,
  tokenize,
  type WordTags,
} from './tokenize.js';

/** Lower-cased words of a text, with curly apostrophes folded and punctuation dropped. */
export function normalizeWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) if (token.kind !== 'punct') words.push(token.lower);
  return words;
}

const LETTER_WORD = /\p{L}+(?:['’]\p{L}+)*['’]?/gu;

/**
 * Lower-cased words of any script (runs of Unicode letters, inner apostrophes kept and folded to "'"), for
 * telling languages apart; `tokenize` reads English words only (a–z), so "für" would be three tokens there.
 * Linear in the text.
 */
export function letterWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(LETTER_WORD)) words.push(match[0].toLowerCase().replaceAll('’', "'"));
  return words;
}

// Names, topics and question texts in any script (Unicode letters, accents folded).
export { mentionsPhrase, normaliseText, phrasePattern } from './any-script.js';
