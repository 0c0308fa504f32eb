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
}

const TOKEN_PATTERN =
  /([$€£¥])?(\d+(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(%|[A-Za-z]+)?|[A-Za-z]+\d*(?:['’][A-Za-z]+)*(?:-[A-Za-z]+)*|\S/g;
const SENTENCE_END = new Set(['.', '!', '?']);

/** Splits text into word, number and punctuation tokens, numbered by sentence; linear in the text. */
export function tokenize(text: string): Token[] {
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
      tokens.push({
        text: raw,
        lower: raw.toLowerCase(),
        start,
        end,
        kind: 'number',
        value: Number(digits.replaceAll(',', '')),
        sentence,
        ...(symbol === undefined ? {} : { symbol }),
        ...(suffix === undefined ? {} : { suffix }),
      });
      continue;
    }
    const isWord = /^[A-Za-z]/.test(raw);
    const lower = raw.toLowerCase().replaceAll('’', "'");
    tokens.push({ text: raw, lower, start, end, kind: isWord ? 'word' : 'punct', sentence });
    if (!isWord && SENTENCE_END.has(raw)) sentence += 1;
  }
  return tokens;
}

interface CompiledPhrase<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** A longest-match lookup of multi-word phrases over tokens; `*` at a word's end matches a prefix. */
export interface PhraseMatcher<T> {
  /** The longest phrase starting at token `index`, or undefined. */
  matchAt(tokens: readonly Token[], index: number): { value: T; length: number } | undefined;
  /** The longest phrase ending at token `index` (inclusive), or undefined. */
  matchEndingAt(tokens: readonly Token[], index: number): { value: T; length: number } | undefined;
}

function wordMatches(pattern: string, word: string): boolean {
  return pattern.endsWith('*') ? word.startsWith(pattern.slice(0, -1)) : pattern === word;
}

function phraseMatchesAt<T>(phrase: CompiledPhrase<T>, tokens: readonly Token[], index: number): boolean {
  for (let offset = 0; offset < phrase.words.length; offset++) {
    const token = tokens[index + offset];
    if (token === undefined || !wordMatches(phrase.words[offset]!, token.lower)) return false;
  }
  return true;
}

/** Compiles phrase → value pairs into a matcher keyed by first word (prefix patterns kept apart). */
export function compilePhrases<T>(entries: Iterable<readonly [string, T]>): PhraseMatcher<T> {
  const byFirst = new Map<string, CompiledPhrase<T>[]>();
  const prefixed: CompiledPhrase<T>[] = [];
  let longest = 1;
  for (const [phrase, value] of entries) {
    const words = phrase
      .toLowerCase()
      .split(' ')
      .filter((word) => word.length > 0);
    if (words.length === 0) continue;
    longest = Math.max(longest, words.length);
    const compiled = { words, value };
    const first = words[0]!;
    if (first.endsWith('*')) {
      prefixed.push(compiled);
      continue;
    }
    const list = byFirst.get(first) ?? [];
    list.push(compiled);
    byFirst.set(first, list);
  }
  const matchAt = (tokens: readonly Token[], index: number): { value: T; length: number } | undefined => {
    const token = tokens[index];
    if (token === undefined) return undefined;
    let best: CompiledPhrase<T> | undefined;
    const candidates = [...(byFirst.get(token.lower) ?? []), ...prefixed];
    for (const phrase of candidates) {
      if (
        (best === undefined || phrase.words.length > best.words.length) &&
        phraseMatchesAt(phrase, tokens, index)
      ) {
        best = phrase;
      }
    }
    return best === undefined ? undefined : { value: best.value, length: best.words.length };
  };
  const matchEndingAt = (
    tokens: readonly Token[],
    index: number,
  ): { value: T; length: number } | undefined => {
    for (let length = longest; length >= 1; length--) {
      const start = index - length + 1;
      if (start < 0) continue;
      const found = matchAt(tokens, start);
      if (found !== undefined && found.length === length) return found;
    }
    return undefined;
  };
  return { matchAt, matchEndingAt };
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
