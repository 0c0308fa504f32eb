import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import type { Audience } from '../model/index.js';
import { AUDIENCES } from '../model/primitives.js';
import { compilePhrases, normalizeWords, type PhraseMatcher, type Token, tokenize } from '../text/index.js';
import { compareText } from './internal.js';
import {
  type CreditLintRule,
  defaultLintRules,
  type LintRule,
  type NumberLintRule,
  type PhraseLintRule,
  type SequenceLintRule,
  storyWithoutNumberRule,
} from './lint-rules.js';
import { type AudiencesTextKey, audiencesTexts } from './texts.js';

/**
 * Where in the answer a flag points: character offsets, `end` exclusive.
 *
 * @category Audiences
 */
export interface TextSpan {
  /** The first character. */
  readonly start: number;
  /** One past the last character. */
  readonly end: number;
}

/**
 * One thing in an answer that works against the audience, with where it is and what to do instead.
 *
 * @category Audiences
 */
export interface LintFlag {
  /** The rule that fired. */
  readonly ruleId: string;
  /** Where in the text. */
  readonly span: TextSpan;
  /** The flagged words. */
  readonly excerpt: string;
  /** What is wrong, in plain words. */
  readonly message: string;
  /** What to say instead. */
  readonly suggestion: string;
  /** Where the guide covers it. */
  readonly source: string;
}

/**
 * Options for {@link lintAnswer}.
 *
 * @category Audiences
 */
export interface LintAnswerOptions extends WordingOptions {
  /**
   * The rules to run; {@link defaultLintRules} unless given. For another language pass its rules (the
   * German bundle's `lintRules`: the same patterns, which read English answers, with German words).
   */
  readonly rules?: readonly LintRule[];
  /**
   * The same as `rules`, under the name the locale bundles and the preparer use, so `{ ...de }` lints with the
   * German words; `rules` wins when both are given.
   */
  readonly lintRules?: readonly LintRule[];
}

/**
 * The longest answer lintAnswer reads: about twenty minutes of speech, far past any one answer. A longer
 * text is a programming mistake (a whole transcript, a file) and is refused with a TypeError.
 *
 * @example
 * LINT_MAX_CHARACTERS;
 * // => 20000
 * @category Audiences
 */
export const LINT_MAX_CHARACTERS = 20_000;

const KNOWN_AUDIENCES: ReadonlySet<string> = new Set(AUDIENCES);
const MONEY_SYMBOLS = new Set(['$', '€', '£', '¥']);
const MONEY_SUFFIXES = new Set(['k', 'm', 'mm', 'bn', 'usd', 'eur', 'gbp']);
const MONEY_WORDS = new Set(['k', 'usd', 'eur', 'gbp', 'dollars', 'euros', 'pounds']);
const DIGIT = /\p{Nd}/u;

function flagFor(rule: LintRule, text: string, start: number, end: number): LintFlag {
  return {
    ruleId: rule.id,
    span: { start, end },
    excerpt: text.slice(start, end),
    message: rule.message,
    suggestion: rule.suggestion,
    source: rule.source,
  };
}

function wholeSpan(text: string): TextSpan {
  const start = text.length - text.trimStart().length;
  return { start, end: text.trimEnd().length };
}

/** A phrase as the words src/text's tokenizer makes of it, `*` wildcards kept. */
function phraseWords(phrase: string): string {
  const words: string[] = [];
  for (const piece of phrase.trim().split(/\s+/)) {
    if (piece.endsWith('*')) words.push(piece.toLowerCase());
    else for (const token of tokenize(piece)) words.push(token.lower);
  }
  return words.join(' ');
}

/** One slot's phrases, one matcher per phrase length, so every length that fits can be tried. */
interface SlotMatcher {
  readonly optional: boolean;
  readonly byLength: readonly (readonly [number, PhraseMatcher<true>])[];
}

function slotMatcher(phrases: readonly string[], optional: boolean): SlotMatcher {
  const groups = new Map<number, string[]>();
  for (const phrase of phrases) {
    const words = phraseWords(phrase);
    if (words === '') continue;
    const length = words.split(' ').length;
    const group = groups.get(length);
    if (group === undefined) groups.set(length, [words]);
    else group.push(words);
  }
  const byLength = [...groups.entries()]
    .sort(([a], [b]) => b - a)
    .map(([length, list]) => [length, compilePhrases(list.map((words) => [words, true] as const))] as const);
  return { optional, byLength };
}

const compiled = new WeakMap<LintRule, readonly (readonly SlotMatcher[])[]>();

/** A phrase rule is a sequence of one slot; compiled once per rule object. */
function sequencesOf(rule: PhraseLintRule | SequenceLintRule): readonly (readonly SlotMatcher[])[] {
  let sequences = compiled.get(rule);
  if (sequences === undefined) {
    sequences =
      rule.kind === 'phrases'
        ? [[slotMatcher(rule.phrases, false)]]
        : rule.sequences.map((slots) => slots.map((slot) => slotMatcher(slot.any, slot.optional === true)));
    compiled.set(rule, sequences);
  }
  return sequences;
}

/** The end (exclusive token index) of the longest fill of `slots` from `index`, inside one sentence. */
function longestFill(
  slots: readonly SlotMatcher[],
  slot: number,
  tokens: readonly Token[],
  index: number,
  sentence: number,
): number | undefined {
  if (slot === slots.length) return index;
  const current = slots[slot]!;
  let best: number | undefined;
  for (const [length, matcher] of current.byLength) {
    const last = tokens[index + length - 1];
    if (last === undefined || last.sentence !== sentence || tokens[index]?.sentence !== sentence) continue;
    if (matcher.matchAt(tokens, index)?.length !== length) continue;
    const end = longestFill(slots, slot + 1, tokens, index + length, sentence);
    if (end !== undefined && (best === undefined || end > best)) best = end;
  }
  if (current.optional) {
    const end = longestFill(slots, slot + 1, tokens, index, sentence);
    if (end !== undefined && (best === undefined || end > best)) best = end;
  }
  return best;
}

/** A flagged run of tokens, before overlaps are settled. */
interface Hit {
  readonly rule: LintRule;
  readonly order: number;
  readonly start: number;
  readonly end: number;
}

function moneyHits(rule: LintRule, order: number, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  for (const [index, token] of tokens.entries()) {
    if (token.kind !== 'number') continue;
    const next = tokens[index + 1];
    const unit = next !== undefined && next.kind === 'word' && MONEY_WORDS.has(next.lower);
    if (MONEY_SYMBOLS.has(token.symbol ?? '') || MONEY_SUFFIXES.has(token.suffix ?? '') || unit)
      hits.push({ rule, order, start: index, end: unit ? index + 2 : index + 1 });
  }
  return hits;
}

function spanHits(rule: PhraseLintRule | SequenceLintRule, order: number, tokens: readonly Token[]): Hit[] {
  const hits: Hit[] = [];
  const sequences = sequencesOf(rule);
  for (let index = 0; index < tokens.length; index++) {
    const sentence = tokens[index]!.sentence;
    let best: number | undefined;
    for (const slots of sequences) {
      const end = longestFill(slots, 0, tokens, index, sentence);
      if (end !== undefined && end > index && (best === undefined || end > best)) best = end;
    }
    if (best !== undefined) hits.push({ rule, order, start: index, end: best });
  }
  if (rule.kind === 'phrases' && rule.flagsMoney === true) hits.push(...moneyHits(rule, order, tokens));
  return hits;
}

/** One stretch of words is flagged once: the longest run wins, then the earlier one, then the earlier rule. */
function settle(hits: Hit[]): Hit[] {
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.order - b.order);
  const kept: Hit[] = [];
  for (const hit of hits) {
    if (kept.every((other) => hit.end <= other.start || hit.start >= other.end)) kept.push(hit);
  }
  return kept;
}

function runNumber(rule: NumberLintRule, text: string): LintFlag[] {
  const list = normalizeWords(text);
  if (list.length < rule.minWords || DIGIT.test(text)) return [];
  const numberWords = new Set(rule.numberWords.map((word) => word.toLowerCase()));
  if (list.some((word) => numberWords.has(word))) return [];
  const span = wholeSpan(text);
  return [flagFor(rule, text, span.start, span.end)];
}

function runCredit(rule: CreditLintRule, text: string, words: Wording<AudiencesTextKey>): LintFlag[] {
  const list = normalizeWords(text);
  const singular = new Set(rule.singular);
  const plural = new Set(rule.plural);
  const singularCount = list.filter((word) => singular.has(word)).length;
  const pluralCount = list.filter((word) => plural.has(word)).length;
  if (singularCount < rule.minSingular || singularCount / (pluralCount + 1) < rule.ratio) return [];
  const span = wholeSpan(text);
  const flag = flagFor(rule, text, span.start, span.end);
  // The counts as plain digits: the words counted are the answer's English ones, whatever the wording.
  const message = words.say('audiences.lint.creditCounts', {
    message: flag.message,
    singular: String(singularCount),
    plural: String(pluralCount),
  });
  return [{ ...flag, message }];
}

/**
 * True when a story-length text has no number in it, as lintAnswer's `story-without-number` rule reads it;
 * for briefFor, which needs that one rule only (so the other rules stay out of its bundle), with no cap.
 */
export function storyLacksNumber(text: string): boolean {
  return runNumber(storyWithoutNumberRule, text).length > 0;
}

/** The argument checks of lintAnswer, naming `caller` (the preparer's lintAnswer too). */
export function checkLintArguments(text: unknown, audience: unknown, caller = 'lintAnswer'): void {
  if (typeof text !== 'string')
    throw new TypeError(
      `${caller}: expected the answer as a string, found ${describeValue(text)}: pass its text`,
    );
  if (text.length > LINT_MAX_CHARACTERS)
    throw new TypeError(
      `${caller}: expected an answer of at most ${LINT_MAX_CHARACTERS.toLocaleString('en')} characters (LINT_MAX_CHARACTERS), found ${text.length.toLocaleString('en')}: lint one answer at a time`,
    );
  if (typeof audience !== 'string' || !KNOWN_AUDIENCES.has(audience))
    throw new TypeError(
      `${caller}: expected an audience, one of ${AUDIENCES.join(', ')}, found ${describeValue(audience)}: pass one of AUDIENCES`,
    );
}

/**
 * Checks an answer against what the guide says to avoid with one audience: blame of a former manager or
 * colleague with anyone; no number, or vague leadership talk, for the hiring manager; standing above the team,
 * solo credit or questions about rank with peers; top-down framing, "shake things up" or abstract philosophy
 * with direct reports; pay, operational detail or interest in this job only with senior leadership; vague
 * alignment talk, complaints about past partners or one function outranking another with cross-functional
 * partners. Heuristic and explainable: phrase lists and word sequences over src/text's tokens, and counts, no
 * language model. One stretch of words is flagged once, by the longest match.
 *
 * @param text - The answer as the candidate would say it.
 * @param audience - Who will hear it.
 * @param options - Optional rules to use instead of {@link defaultLintRules}.
 * @returns The flags, in the order of the text; empty when nothing works against the audience.
 * @throws {TypeError} When `text` is not a string or is longer than {@link LINT_MAX_CHARACTERS}, or
 * `audience` is not one of the six audiences (the message names them): programming mistakes, not user data.
 * @example
 * lintAnswer('In my first month I would shake things up.', 'direct-report').map((flag) => flag.excerpt);
 * // => ['shake things up']
 * @category Audiences
 */
export function lintAnswer(text: string, audience: Audience, options: LintAnswerOptions = {}): LintFlag[] {
  checkLintArguments(text, audience);
  const tokens = tokenize(text);
  const words = wording(audiencesTexts, options);
  const flags: LintFlag[] = [];
  const hits: Hit[] = [];
  for (const [order, rule] of (options.rules ?? options.lintRules ?? defaultLintRules).entries()) {
    if (!rule.audiences.includes(audience)) continue;
    if (rule.kind === 'phrases' || rule.kind === 'sequence') hits.push(...spanHits(rule, order, tokens));
    else if (rule.kind === 'no-number') flags.push(...runNumber(rule, text));
    else flags.push(...runCredit(rule, text, words));
  }
  for (const hit of settle(hits))
    flags.push(flagFor(hit.rule, text, tokens[hit.start]!.start, tokens[hit.end - 1]!.end));
  return flags.sort((a, b) => a.span.start - b.span.start || compareText(a.ruleId, b.ruleId));
}
