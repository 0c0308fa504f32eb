import {
  type CompiledPhrase,
  englishSentenceEnds,
  type PhraseRegistry,
  type SentenceRanges,
  sentenceRanges,
  type Token,
  tokenize,
  type WordTags,
} from './tokenize.js';

/** A telling read once: its tokens (each tagged from the lexicon), and its sentence ranges. */
export interface TaggedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: SentenceRanges;
}

/**
 * One tagging pass per text over a compiled lexicon. Phrase matchers compiled with the tagger as their
 * registry (`compilePhrases(entries, tagger)`) get a slot; the first time a word is seen, the tagger asks
 * every matcher which of its phrases can start or end at that word and stores the answer with the
 * lexicon's own per-word data (`classify`). A tagged token then answers `matchAt` from its tags with no
 * map read, and readers skip a word the lexicon knows nothing of by reading one field.
 */
export interface Tagger<D> extends PhraseRegistry {
  /** The tags of one lower-cased word, computed once (the table is bounded: see `createTagger`). */
  tagsOf(word: string): WordTags;
  /** The tagger's data of a tagged token (undefined for a token another tagger read). */
  dataOf(token: Token | undefined): D | undefined;
  /** Tokenizes and tags a text; the last text read is kept, so readers of one telling share one pass. */
  tag(text: string): TaggedText;
}

/** How many distinct words a tagger keeps before it starts its table afresh (memory stays bounded). */
const WORD_LIMIT = 20_000;

/**
 * A tagger: `classify` gives the lexicon's data for a word (called once per distinct word), `sentenceEnds`
 * the punctuation that ends a sentence, `abbreviations` the words whose full stop may not (see tokenize). Register every matcher before the first `tag`: the slots are
 * sealed then, and a matcher registered later simply reads without tags.
 */
export function createTagger<D>(
  classify: (word: string) => D,
  sentenceEnds: ReadonlySet<string> = englishSentenceEnds,
  abbreviations?: ReadonlySet<string>,
): Tagger<D> {
  const lookups: ((word: string, atEnd: boolean) => CompiledPhrase<unknown>[] | undefined)[] = [];
  const owner = {};
  let sealed = false;
  let table = new Map<string, WordTags>();
  let last: TaggedText | undefined;
  const tagsOf = (word: string): WordTags => {
    const known = table.get(word);
    if (known !== undefined) return known;
    sealed = true;
    if (table.size >= WORD_LIMIT) table = new Map();
    const first: (CompiledPhrase<unknown>[] | undefined)[] = [];
    const lastWord: (CompiledPhrase<unknown>[] | undefined)[] = [];
    for (const lookup of lookups) {
      first.push(lookup(word, false));
      lastWord.push(lookup(word, true));
    }
    const tags: WordTags = { owner, first, last: lastWord, data: classify(word) };
    table.set(word, tags);
    return tags;
  };
  return {
    owner,
    register(candidates) {
      if (sealed) return -1;
      lookups.push(candidates);
      return lookups.length - 1;
    },
    tagsOf,
    dataOf: (token) => (token?.tags?.owner === owner ? (token.tags.data as D) : undefined),
    tag(text) {
      if (last !== undefined && last.text === text) return last;
      const tokens = tokenize(text, tagsOf, sentenceEnds, abbreviations);
      last = { text, tokens, sentences: sentenceRanges(tokens) };
      return last;
    },
  };
}
