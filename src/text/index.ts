import { tokenize } from './tokenize.js';

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
  type PhraseMatcher,
  type SentenceRanges,
  sentenceRanges,
  type Token,
  tokenize,
} from './tokenize.js';

/** Lower-cased words of a text, with curly apostrophes folded and punctuation dropped. */
export function normalizeWords(text: string): string[] {
  const words: string[] = [];
  for (const token of tokenize(text)) if (token.kind !== 'punct') words.push(token.lower);
  return words;
}
