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
  /** What the lexicon knows about this word, when the text was read by a tagger (tag.ts). */
  readonly tags?: WordTags;
}

/**
 * What a tagger's lexicon knows about one word, computed once per distinct word: for each phrase matcher
 * of the tagger, the phrases that can start (`first`) or end (`last`) at a token with this word, and the
 * tagger's own per-word data (`data`, e.g. "a month name", "an English function word").
 */
export interface WordTags {
  /** The tagger whose matchers the slots below belong to. */
  readonly owner: object;
  readonly first: readonly (readonly CompiledPhrase<unknown>[] | undefined)[];
  readonly last: readonly (readonly CompiledPhrase<unknown>[] | undefined)[];
  readonly data: unknown;
}

/** What compilePhrases needs from a tagger: a slot for the matcher's per-word candidates. */
export interface PhraseRegistry {
  readonly owner: object;
  /** Registers a matcher's candidate lookup and returns its slot, or -1 when the registry is sealed. */
  register(candidates: (word: string, atEnd: boolean) => CompiledPhrase<unknown>[] | undefined): number;
}

const TOKEN_PATTERN =
  /([$€£¥])?(\d+(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(%|[A-Za-z]+)?|[A-Za-z]+\d*(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*|\S/g;
/** The English sentence ends, the default of `tokenize` (a lexicon may name others: `sentenceEnds`). */
export const englishSentenceEnds: ReadonlySet<string> = new Set(['.', '!', '?']);

const NO_ABBREVIATIONS: ReadonlySet<string> = new Set();

/**
 * Whether the full stop at `end` closes an abbreviation rather than a sentence: the word before it is one of
 * `abbreviations` ("Feb", "approx") and the text goes on in the same sentence ("Feb. 2021", "Sept. '19",
 * "approx. ten"): a digit, an apostrophe or a lower-case letter after the spaces.
 */
function closesAbbreviation(
  text: string,
  end: number,
  before: Token | undefined,
  abbreviations: ReadonlySet<string>,
) {
  if (before === undefined || before.kind !== 'word' || !abbreviations.has(before.lower)) return false;
  let at = end;
  while (text.charCodeAt(at) === 32) at++;
  const next = text.charCodeAt(at);
  return (next >= 48 && next <= 57) || (next >= 97 && next <= 122) || next === 39 || next === 0x2019;
}

/**
 * Splits text into word, number and punctuation tokens, numbered by sentence; linear in the text. With
 * `tagsOf` (a tagger's, tag.ts) every token carries its word's tags, looked up once per distinct word. A full
 * stop after one of `abbreviations` ends no sentence when the text goes on in lower case or with a number.
 */
export function tokenize(
  text: string,
  tagsOf?: (word: string) => WordTags,
  sentenceEnds: ReadonlySet<string> = englishSentenceEnds,
  abbreviations: ReadonlySet<string> = NO_ABBREVIATIONS,
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
    if (
      sentenceEnds.has(raw) &&
      !(raw === '.' && closesAbbreviation(text, end, tokens[tokens.length - 2], abbreviations))
    )
      sentence += 1;
  }
  return tokens;
}

/** One compiled phrase of a matcher. */
export interface CompiledPhrase<T> {
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
export function compilePhrases<T>(
  entries: Iterable<readonly [string, T]>,
  registry?: PhraseRegistry,
): PhraseMatcher<T> {
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
  // The phrases that can start (or end) at a word, exact ones first: what a tagger stores per distinct
  // word, so a tagged token answers without a map read.
  const candidates = (word: string, atEnd: boolean): CompiledPhrase<T>[] | undefined => {
    const exact = (atEnd ? byLast : byFirst).get(word);
    const prefixed = (atEnd ? byLastPrefix : byFirstPrefix)
      .get(word.charAt(0))
      ?.filter((phrase) => word.startsWith(phrase.words[atEnd ? phrase.words.length - 1 : 0]!));
    if (prefixed === undefined || prefixed.length === 0) return exact;
    return exact === undefined ? prefixed : [...exact, ...prefixed];
  };
  const slot = registry === undefined ? -1 : registry.register(candidates);
  const owner = registry?.owner;
  /** The longest phrase starting (or ending) at `index`; the first of equal length wins. */
  const longest = (
    tokens: readonly Token[],
    index: number,
    anchoredAtEnd: boolean,
  ): { value: T; length: number } | undefined => {
    const token = tokens[index];
    if (token === undefined) return undefined;
    const tags = token.tags;
    const list =
      tags !== undefined && slot >= 0 && tags.owner === owner
        ? ((anchoredAtEnd ? tags.last : tags.first)[slot] as readonly CompiledPhrase<T>[] | undefined)
        : candidates(token.lower, anchoredAtEnd);
    if (list === undefined) return undefined;
    let chosen: CompiledPhrase<T> | undefined;
    for (const phrase of list) {
      // A start before the first token finds no token there, so the phrase simply does not match.
      if (chosen !== undefined && phrase.words.length <= chosen.words.length) continue;
      const start = anchoredAtEnd ? index - phrase.words.length + 1 : index;
      if (phraseMatchesAt(phrase, tokens, start)) chosen = phrase;
    }
    return chosen === undefined ? undefined : { value: chosen.value, length: chosen.words.length };
  };
  return {
    matchAt: (tokens, index) => longest(tokens, index, false),
    matchEndingAt: (tokens, index) => longest(tokens, index, true),
  };
}

/** A matcher whose value is the phrase itself. */
export function compileWordList(
  phrases: readonly string[],
  registry?: PhraseRegistry,
): PhraseMatcher<string> {
  return compilePhrases(
    phrases.map((phrase) => [phrase, phrase] as const),
    registry,
  );
}

/** A matcher from a record of phrase → value. */
export function compileRecord<T>(
  record: Readonly<Record<string, T>>,
  registry?: PhraseRegistry,
): PhraseMatcher<T> {
  return compilePhrases(Object.entries(record), registry);
}

/** A matcher from a record of name → phrases, whose value is the name. */
export function compileGroups(
  groups: Readonly<Record<string, readonly string[]>>,
  registry?: PhraseRegistry,
): PhraseMatcher<string> {
  const entries: (readonly [string, string])[] = [];
  for (const [name, phrases] of Object.entries(groups)) {
    for (const phrase of phrases) entries.push([phrase, name]);
  }
  return compilePhrases(entries, registry);
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
