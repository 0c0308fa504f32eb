import type { PhraseMatcher, Token } from './tokenize.js';

/**
 * A small declarative pattern over a token stream: one token that passes a test, a phrase of a matcher, a
 * sequence, an optional part, alternatives, a repeat, a window (the pattern within the next few tokens) and
 * named captures. Matching is PEG-like: alternatives are ordered (the first that matches wins), optional
 * parts and repeats are greedy and never give back what they took. So a match costs at most the pattern's
 * size times its windows, whatever the text: no backtracking can blow up.
 */
export type Pattern =
  | {
      readonly kind: 'token';
      readonly test: (token: Token, index: number, tokens: readonly Token[]) => boolean;
    }
  | { readonly kind: 'phrase'; readonly matcher: PhraseMatcher<unknown> }
  | { readonly kind: 'sequence'; readonly items: readonly Pattern[] }
  | { readonly kind: 'optional'; readonly item: Pattern }
  | { readonly kind: 'anyOf'; readonly items: readonly Pattern[] }
  | { readonly kind: 'repeat'; readonly item: Pattern; readonly min: number; readonly max: number }
  | {
      readonly kind: 'window';
      readonly item: Pattern;
      readonly within: number;
      readonly stop?: (token: Token) => boolean;
    }
  | { readonly kind: 'capture'; readonly name: string; readonly item: Pattern };

/** Where a pattern matched: tokens [start, end), and each named capture's token range (the last one taken). */
export interface PatternMatch {
  readonly start: number;
  readonly end: number;
  readonly captures: Readonly<Record<string, { readonly start: number; readonly end: number }>>;
}

/** One token that passes `test`. */
export function token(test: (token: Token, index: number, tokens: readonly Token[]) => boolean): Pattern {
  return { kind: 'token', test };
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
  return { kind: 'phrase', matcher };
}

/** Each item in turn. */
export function sequence(...items: Pattern[]): Pattern {
  return { kind: 'sequence', items };
}

/** The item when it matches, else nothing (greedy). */
export function optional(item: Pattern): Pattern {
  return { kind: 'optional', item };
}

/** The first item that matches. */
export function anyOf(...items: Pattern[]): Pattern {
  return { kind: 'anyOf', items };
}

/** The item `min` to `max` times, as often as it matches. */
export function repeat(item: Pattern, min: number, max: number): Pattern {
  return { kind: 'repeat', item, min, max };
}

/**
 * The item starting at most `within` tokens further on (0: right here), the first place it matches; a
 * token that `stop` accepts ends the search. The match's start stays where the window began.
 */
export function window(item: Pattern, within: number, stop?: (token: Token) => boolean): Pattern {
  return stop === undefined ? { kind: 'window', item, within } : { kind: 'window', item, within, stop };
}

/** The item, its token range kept under `name`. */
export function capture(name: string, item: Pattern): Pattern {
  return { kind: 'capture', name, item };
}

type Taken = [name: string, start: number, end: number][];

/**
 * The index after the pattern matched at `index`, or -1; captures are pushed onto `taken`, and a pattern
 * that fails takes back what it pushed.
 */
function run(pattern: Pattern, tokens: readonly Token[], index: number, taken: Taken): number {
  const mark = taken.length;
  const end = step(pattern, tokens, index, taken);
  if (end < 0) taken.length = mark;
  return end;
}

function step(pattern: Pattern, tokens: readonly Token[], index: number, taken: Taken): number {
  switch (pattern.kind) {
    case 'token': {
      const candidate = tokens[index];
      return candidate !== undefined && pattern.test(candidate, index, tokens) ? index + 1 : -1;
    }
    case 'phrase': {
      const found = pattern.matcher.matchAt(tokens, index);
      return found === undefined ? -1 : index + found.length;
    }
    case 'sequence': {
      let at = index;
      for (const item of pattern.items) {
        at = run(item, tokens, at, taken);
        if (at < 0) return -1;
      }
      return at;
    }
    case 'optional': {
      const end = run(pattern.item, tokens, index, taken);
      return end < 0 ? index : end;
    }
    case 'anyOf': {
      for (const item of pattern.items) {
        const end = run(item, tokens, index, taken);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'repeat': {
      let at = index;
      let count = 0;
      while (count < pattern.max) {
        const end = run(pattern.item, tokens, at, taken);
        // A part that matches nothing would repeat forever: it counts once.
        if (end < 0 || end === at) {
          if (end === at) count += 1;
          break;
        }
        at = end;
        count += 1;
      }
      return count < pattern.min ? -1 : at;
    }
    case 'window': {
      for (let offset = 0; offset <= pattern.within && index + offset < tokens.length; offset++) {
        const at = index + offset;
        if (offset > 0 && pattern.stop?.(tokens[at]!) === true) return -1;
        const end = run(pattern.item, tokens, at, taken);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'capture': {
      const end = run(pattern.item, tokens, index, taken);
      if (end >= 0) taken.push([pattern.name, index, end]);
      return end;
    }
  }
}

/** Matches a pattern at token `index`; undefined when it does not match there. */
export function matchPattern(
  pattern: Pattern,
  tokens: readonly Token[],
  index: number,
): PatternMatch | undefined {
  const taken: Taken = [];
  const end = run(pattern, tokens, index, taken);
  if (end < 0) return undefined;
  const captures: Record<string, { start: number; end: number }> = {};
  for (const [name, start, stop] of taken) captures[name] = { start, end: stop };
  return { start: index, end, captures };
}
