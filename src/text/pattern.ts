import type { PhraseMatcher, Token } from './tokenize.js';

/**
 * A small declarative pattern over a token stream: one token that passes a test, a phrase of a matcher, a
 * sequence, an optional part, alternatives, a repeat, a window (the pattern within the next few tokens) and
 * named captures. Matching is PEG-like: alternatives are ordered (the first that matches wins), optional
 * parts and repeats are greedy and never give back what they took. So a match costs at most the pattern's
 * size times its windows, whatever the text: no backtracking can blow up.
 *
 * A pattern is built from the combinators below and run by `matchPattern`; as a value it is the function
 * that returns the index after its match at `index` (or -1), pushing its captures onto `taken`.
 */
export type Pattern = (tokens: readonly Token[], index: number, taken: Captured[]) => number;

/** A capture taken while matching: its name and token range. */
export type Captured = [name: string, start: number, end: number];

/** Where a pattern matched: tokens [start, end), and each named capture's token range (the last one taken). */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly captures: Readonly<Record<string, { readonly start: number; readonly end: number }>>;
}

/** Runs a pattern; one that fails takes back the captures it pushed. */
function run(pattern: Pattern, tokens: readonly Token[], index: number, taken: Captured[]): number {
  const mark = taken.length;
  const end = pattern(tokens, index, taken);
  if (end < 0) taken.length = mark;
  return end;
}

/** One token that passes `test`. */
export function token(test: (token: Token, index: number, tokens: readonly Token[]) => boolean): Pattern {
  return (tokens, index) => {
    const candidate = tokens[index];
    return candidate !== undefined && test(candidate, index, tokens) ? index + 1 : -1;
  };
}

/** One token whose lower-cased text is `word`. */
export function word(text: string): Pattern {
  return token((candidate) => candidate.lower === text);
}

/** One token whose lower-cased text a set or a map has (a lexicon section), of `kind` when given. */
export function wordIn(words: { has(word: string): boolean }, kind?: Token['kind']): Pattern {
  return token((candidate) => (kind === undefined || candidate.kind === kind) && words.has(candidate.lower));
}

/** The longest phrase of a matcher starting here. */
export function phrase(matcher: PhraseMatcher<unknown>): Pattern {
  return (tokens, index) => {
    const found = matcher.matchAt(tokens, index);
    return found === undefined ? -1 : index + found.length;
  };
}

/** Each item in turn. */
export function sequence(...items: Pattern[]): Pattern {
  return (tokens, index, taken) => {
    let at = index;
    for (const item of items) {
      at = run(item, tokens, at, taken);
      if (at < 0) return -1;
    }
    return at;
  };
}

/** The item when it matches, else nothing (greedy). */
export function optional(item: Pattern): Pattern {
  return (tokens, index, taken) => Math.max(run(item, tokens, index, taken), index);
}

/** The first item that matches. */
export function anyOf(...items: Pattern[]): Pattern {
  return (tokens, index, taken) => {
    for (const item of items) {
      const end = run(item, tokens, index, taken);
      if (end >= 0) return end;
    }
    return -1;
  };
}

/** The item `min` to `max` times, as often as it matches (a match of no tokens counts once). */
export function repeat(item: Pattern, min: number, max: number): Pattern {
  return (tokens, index, taken) => {
    let at = index;
    let count = 0;
    while (count < max) {
      const end = run(item, tokens, at, taken);
      if (end >= 0) count += 1;
      if (end <= at) break;
      at = end;
    }
    return count < min ? -1 : at;
  };
}

/**
 * The item starting at most `within` tokens further on (0: right here), the first place it matches; a
 * token that `stop` accepts ends the search. The match's start stays where the window began.
 */
export function window(item: Pattern, within: number, stop?: (token: Token) => boolean): Pattern {
  return (tokens, index, taken) => {
    for (let at = index; at <= index + within && at < tokens.length; at++) {
      if (at > index && stop?.(tokens[at]!) === true) break;
      const end = run(item, tokens, at, taken);
      if (end >= 0) return end;
    }
    return -1;
  };
}

/** The item, its token range kept under `name`. */
export function capture(name: string, item: Pattern): Pattern {
  return (tokens, index, taken) => {
    const end = run(item, tokens, index, taken);
    if (end >= 0) taken.push([name, index, end]);
    return end;
  };
}

/** Matches a pattern at token `index`; undefined when it does not match there. */
export function matchPattern(
  pattern: Pattern,
  tokens: readonly Token[],
  index: number,
): PatternMatch | undefined {
  const taken: Captured[] = [];
  const end = run(pattern, tokens, index, taken);
  if (end < 0) return undefined;
  const captures: Record<string, { start: number; end: number }> = {};
  for (const [name, start, stop] of taken) captures[name] = { start, end: stop };
  return { start: index, end, captures };
}
