import type { Audience } from '../model/index.js';
import { compareText, phrasePattern } from './internal.js';
import {
  type CreditLintRule,
  defaultLintRules,
  type LintRule,
  type NumberLintRule,
  type PhraseLintRule,
} from './lint-rules.js';

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
export interface LintAnswerOptions {
  /** The rules to run; {@link defaultLintRules} unless given. */
  readonly rules?: readonly LintRule[];
}

const MONEY = /[$€£¥]\s?\d[\d,.]*\s?[kKmM]?|\b\d[\d,.]*\s?(?:k|K|USD|EUR|GBP|dollars|euros|pounds)\b/gu;
const DIGIT = /\p{Nd}/u;
const WORD = /[\p{L}\p{N}']+/gu;

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

function runPhrases(rule: PhraseLintRule, text: string): LintFlag[] {
  // Curly apostrophes become straight ones; both are one character, so offsets still point into `text`.
  const searchable = text.replace(/[‘’]/g, "'");
  const spans: TextSpan[] = [];
  const patterns = rule.phrases
    .filter((phrase) => phrase.trim() !== '')
    .map((phrase) => phrasePattern(phrase));
  if (rule.flagsMoney) patterns.push(new RegExp(MONEY.source, MONEY.flags));
  for (const pattern of patterns) {
    for (const match of searchable.matchAll(pattern)) {
      spans.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping phrases ("shake things up" and "shake up") flag the text once.
  const kept: TextSpan[] = [];
  for (const span of spans) {
    const last = kept[kept.length - 1];
    if (last !== undefined && span.start < last.end) continue;
    kept.push(span);
  }
  return kept.map((span) => flagFor(rule, text, span.start, span.end));
}

function words(text: string): string[] {
  return [...text.matchAll(WORD)].map((match) => match[0].toLowerCase().replace(/’/g, "'"));
}

function runNumber(rule: NumberLintRule, text: string): LintFlag[] {
  const list = words(text);
  if (list.length < rule.minWords || DIGIT.test(text)) return [];
  const numberWords = new Set(rule.numberWords.map((word) => word.toLowerCase()));
  if (list.some((word) => numberWords.has(word))) return [];
  const span = wholeSpan(text);
  return [flagFor(rule, text, span.start, span.end)];
}

function runCredit(rule: CreditLintRule, text: string): LintFlag[] {
  const list = words(text.replace(/’/g, "'"));
  const singular = new Set(rule.singular);
  const plural = new Set(rule.plural);
  const singularCount = list.filter((word) => singular.has(word)).length;
  const pluralCount = list.filter((word) => plural.has(word)).length;
  if (singularCount < rule.minSingular || singularCount / (pluralCount + 1) < rule.ratio) return [];
  const span = wholeSpan(text);
  const flag = flagFor(rule, text, span.start, span.end);
  return [
    { ...flag, message: `${flag.message} (${singularCount} × "I/me/my", ${pluralCount} × "we/us/our/team")` },
  ];
}

/**
 * Checks an answer against what the guide says to avoid with one audience: no number for the hiring
 * manager, "shake things up" or abstract philosophy for direct reports, vague alignment talk, blame or
 * function supremacy for cross-functional partners, pay with senior leadership, solo credit with peers.
 * Heuristic and explainable: plain phrase lists and counts, no language model.
 *
 * @param text - The answer as the candidate would say it.
 * @param audience - Who will hear it.
 * @param options - Optional rules to use instead of {@link defaultLintRules}.
 * @returns The flags, in the order of the text; empty when nothing works against the audience.
 * @example
 * lintAnswer('In my first month I would shake things up.', 'direct-report').map((flag) => flag.excerpt);
 * // => ['shake things up']
 * @category Audiences
 */
export function lintAnswer(text: string, audience: Audience, options: LintAnswerOptions = {}): LintFlag[] {
  const flags: LintFlag[] = [];
  for (const rule of options.rules ?? defaultLintRules) {
    if (!rule.audiences.includes(audience)) continue;
    if (rule.kind === 'phrases') flags.push(...runPhrases(rule, text));
    else if (rule.kind === 'no-number') flags.push(...runNumber(rule, text));
    else flags.push(...runCredit(rule, text));
  }
  return flags.sort((a, b) => a.span.start - b.span.start || compareText(a.ruleId, b.ruleId));
}
