import type { SentenceRanges, Token, WordTags } from './tokenize.js';
import { englishSentenceEnds, sentenceRanges, tokenize } from './tokenize.js';

/** A telling read once: its tokens (each tagged from the lexicon), and its sentence ranges. */
export interface TaggedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: SentenceRanges;
}

/**
 * One tagging pass per text over a compiled lexicon: the tokenizer marks every token with what the
 * lexicon knows of its word (`classify`, computed once per distinct word: "starts a number or a date",
 * "an English function word"…), so readers skip a word the lexicon knows nothing of by reading one field,
 * and every reader of a telling shares its one tokenization.
 */
export interface Tagger<D> {
  /** The tagger's data of a tagged token (undefined for a token another tagger read, or none did). */
  dataOf(token: Token | undefined): D | undefined;
  /** Tokenizes and tags a text; the last text read is kept, so readers of one telling share one pass. */
  tag(text: string): TaggedText;
}

/** How many distinct words a tagger keeps before it starts its table afresh (memory stays bounded). */
const WORD_LIMIT = 20_000;

/** A tagger: `classify` gives the lexicon's data of a word, `sentenceEnds` the marks that end a sentence. */
export function createTagger<D>(
  classify: (word: string) => D,
  sentenceEnds: ReadonlySet<string> = englishSentenceEnds,
): Tagger<D> {
  const owner = {};
  let table = new Map<string, WordTags>();
  let last: TaggedText | undefined;
  const tagsOf = (word: string): WordTags => {
    let tags = table.get(word);
    if (tags === undefined) {
      if (table.size >= WORD_LIMIT) table = new Map();
      tags = { owner, data: classify(word) };
      table.set(word, tags);
    }
    return tags;
  };
  return {
    dataOf: (token) => (token?.tags?.owner === owner ? (token.tags.data as D) : undefined),
    tag(text) {
      if (last?.text !== text) {
        const tokens = tokenize(text, tagsOf, sentenceEnds);
        last = { text, tokens, sentences: sentenceRanges(tokens) };
      }
      return last;
    },
  };
}
