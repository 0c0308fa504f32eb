/** One token of a telling, with its character offsets. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct';
  /** For numbers: currency symbol glued in front ("$2.5M"). */
  readonly symbol?: string;
  /** For numbers: the digits as a value, before any suffix. */
  readonly value?: number;
  /** For numbers: letters or % glued after the digits ("k", "m", "%", "x", "ish"). */
  readonly suffix?: string;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
  /** What the lexicon knows about this word, when a tagger read the text (tag.ts). */
  readonly tags?: WordTags;
}

/** What a tagger knows about one word, computed once per distinct word: its owner and its data. */
export interface WordTags {
  readonly owner: object;
  readonly data: unknown;
}

const TOKEN_PATTERN =
  /([$€£¥])?(\d+(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(%|[A-Za-z]+)?|[A-Za-z]+\d*(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*|\S/g;
/** The English sentence ends, the default of `tokenize` (a lexicon may name others: `sentenceEnds`). */
export const englishSentenceEnds: ReadonlySet<string> = new Set(['.', '!', '?']);

/**
 * Splits text into word, number and punctuation tokens, numbered by sentence; linear in the text. With
 * `tagsOf` (a tagger's, tag.ts) every token carries its word's tags, looked up once per distinct word.
 */
export function tokenize(
  text: string,
  tagsOf?: (word: string) => WordTags,
  sentenceEnds: ReadonlySet<string> = englishSentenceEnds,
): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const match of text.matchAll(TOKEN_PATTERN)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    const digits = match[2];
    if (digits !== undefined) {
      const symbol = match[1];
      const suffix = match[3]?.toLowerCase();
      const token: { -readonly [Key in keyof Token]: Token[Key] } = {
        text: raw,
        lower: raw.toLowerCase(),
        start,
        end,
        kind: 'number',
        value: Number(digits.replaceAll(',', '')),
        sentence,
      };
      if (symbol !== undefined) token.symbol = symbol;
      if (suffix !== undefined) token.suffix = suffix;
      if (tagsOf !== undefined) token.tags = tagsOf(token.lower);
      tokens.push(token);
      continue;
    }
    const first = raw.charCodeAt(0);
    const isWord = (first >= 65 && first <= 90) || (first >= 97 && first <= 122);
    const lower = raw.includes('’') ? raw.toLowerCase().replaceAll('’', "'") : raw.toLowerCase();
    const kind = isWord ? 'word' : 'punct';
    tokens.push(
      tagsOf === undefined
        ? { text: raw, lower, start, end, kind, sentence }
        : { text: raw, lower, start, end, kind, sentence, tags: tagsOf(lower) },
    );
    if (sentenceEnds.has(raw)) sentence += 1;
  }
  return tokens;
}

interface CompiledPhrase<T> {
  /** The words, a prefix pattern's `*` cut off once here rather than at every comparison. */
  readonly words: readonly string[];
  /** Whether each word is a prefix pattern ("manag*"). */
  readonly prefix: readonly boolean[];
  readonly value: T;
}

/** A longest-match lookup of multi-word phrases over tokens; `*` at a word's end matches a prefix. */
export interface PhraseMatcher<T> {
  /** The longest phrase starting at token `index`, or undefined. */
  matchAt(tokens: readonly Token[], index: number): { value: T; length: number } | undefined;
  /** The longest phrase ending at token `index` (inclusive), or undefined. */
  matchEndingAt(tokens: readonly Token[], index: number): { value: T; length: number } | undefined;
}

function phraseMatchesAt<T>(phrase: CompiledPhrase<T>, tokens: readonly Token[], index: number): boolean {
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined) return false;
    const word = phrase.words[offset]!;
    if (phrase.prefix[offset] ? !token.lower.startsWith(word) : token.lower !== word) return false;
  }
  return true;
}

function addTo<T>(index: Map<string, CompiledPhrase<T>[]>, key: string, phrase: CompiledPhrase<T>): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [phrase]);
  else list.push(phrase);
}

/**
 * Compiles phrase → value pairs into a matcher indexed by first word and by last word (prefix
 * patterns indexed by their first letter), so a lookup costs a few map reads.
 */
export function compilePhrases<T>(entries: Iterable<readonly [string, T]>): PhraseMatcher<T> {
  const byFirst = new Map<string, CompiledPhrase<T>[]>();
  const byFirstPrefix = new Map<string, CompiledPhrase<T>[]>();
  const byLast = new Map<string, CompiledPhrase<T>[]>();
  const byLastPrefix = new Map<string, CompiledPhrase<T>[]>();
  for (const [phrase, value] of entries) {
    const words = phrase
      .toLowerCase()
      .split(' ')
      .filter((word) => word.length > 0);
    if (words.length === 0) continue;
    const prefix = words.map((word) => word.endsWith('*'));
    const compiled = {
      words: words.map((word, at) => (prefix[at] ? word.slice(0, -1) : word)),
      prefix,
      value,
    };
    const first = words[0]!;
    const last = words[words.length - 1]!;
    if (first.endsWith('*')) addTo(byFirstPrefix, first.charAt(0), compiled);
    else addTo(byFirst, first, compiled);
    if (last.endsWith('*')) addTo(byLastPrefix, last.charAt(0), compiled);
    else addTo(byLast, last, compiled);
  }
  const better = (
    best: CompiledPhrase<T> | undefined,
    list: readonly CompiledPhrase<T>[] | undefined,
    tokens: readonly Token[],
    index: number,
    anchoredAtEnd: boolean,
  ): CompiledPhrase<T> | undefined => {
    if (list === undefined) return best;
    let chosen = best;
    for (const phrase of list) {
      const start = anchoredAtEnd ? index - phrase.words.length + 1 : index;
      // A start before the first token finds no token there, so the phrase simply does not match.
      if (chosen !== undefined && phrase.words.length <= chosen.words.length) continue;
      if (phraseMatchesAt(phrase, tokens, start)) chosen = phrase;
    }
    return chosen;
  };
  const longestOf = (
    exact: Map<string, CompiledPhrase<T>[]>,
    prefixed: Map<string, CompiledPhrase<T>[]>,
    tokens: readonly Token[],
    index: number,
    anchoredAtEnd: boolean,
  ): { value: T; length: number } | undefined => {
    const token = tokens[index];
    if (token === undefined) return undefined;
    const exactBest = better(undefined, exact.get(token.lower), tokens, index, anchoredAtEnd);
    const best = better(exactBest, prefixed.get(token.lower.charAt(0)), tokens, index, anchoredAtEnd);
    return best === undefined ? undefined : { value: best.value, length: best.words.length };
  };
  return {
    matchAt: (tokens, index) => longestOf(byFirst, byFirstPrefix, tokens, index, false),
    matchEndingAt: (tokens, index) => longestOf(byLast, byLastPrefix, tokens, index, true),
  };
}

/** A matcher whose value is the phrase itself. */
export function compileWordList(phrases: readonly string[]): PhraseMatcher<string> {
  return compilePhrases(phrases.map((phrase) => [phrase, phrase] as const));
}

/** A matcher from a record of phrase → value. */
export function compileRecord<T>(record: Readonly<Record<string, T>>): PhraseMatcher<T> {
  return compilePhrases(Object.entries(record));
}

/** A matcher from a record of name → phrases, whose value is the name. */
export function compileGroups(groups: Readonly<Record<string, readonly string[]>>): PhraseMatcher<string> {
  const entries: (readonly [string, string])[] = [];
  for (const [name, phrases] of Object.entries(groups)) {
    for (const phrase of phrases) entries.push([phrase, name]);
  }
  return compilePhrases(entries);
}

/** The token range of each sentence: `first[s]` is its first token, `end[s]` one past its last. */
export interface SentenceRanges {
  readonly first: readonly number[];
  readonly end: readonly number[];
}

/** Sentence ranges of a token list, computed once in one pass, so readers never rescan a sentence. */
export function sentenceRanges(tokens: readonly Token[]): SentenceRanges {
  const first: number[] = [];
  const end: number[] = [];
  tokens.forEach((token, index) => {
    if (first[token.sentence] === undefined) first[token.sentence] = index;
    end[token.sentence] = index + 1;
  });
  return { first, end };
}
