import type { Audience } from '../model/index.js';
import { compareText, phrasePattern } from './internal.js';

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

interface LintRuleBase {
  /** A stable id. */
  readonly id: string;
  /** The audiences this rule speaks for. */
  readonly audiences: readonly Audience[];
  /** What is wrong. */
  readonly message: string;
  /** What to do instead. */
  readonly suggestion: string;
  /** Where the guide covers it. */
  readonly source: string;
}

/**
 * Flags each occurrence of a phrase (whole words, any case; spaces match any whitespace).
 *
 * @category Audiences
 */
export interface PhraseLintRule extends LintRuleBase {
  /** Discriminant. */
  readonly kind: 'phrases';
  /** The phrases to flag. */
  readonly phrases: readonly string[];
  /** Also flag currency amounts such as `$120k` or `€90,000`. */
  readonly flagsMoney?: boolean;
}

/**
 * Flags a story-length answer with no number in it, as digits or as words.
 *
 * @category Audiences
 */
export interface NumberLintRule extends LintRuleBase {
  /** Discriminant. */
  readonly kind: 'no-number';
  /** Answers shorter than this many words are not stories and are not flagged. */
  readonly minWords: number;
  /** Words that count as numbers. */
  readonly numberWords: readonly string[];
}

/**
 * Flags an answer where "I" far outweighs "we".
 *
 * @category Audiences
 */
export interface CreditLintRule extends LintRuleBase {
  /** Discriminant. */
  readonly kind: 'credit-ratio';
  /** First-person singular words. */
  readonly singular: readonly string[];
  /** First-person plural words. */
  readonly plural: readonly string[];
  /** Flag only when the singular words reach this count. */
  readonly minSingular: number;
  /** Flag when singular ÷ (plural + 1) reaches this ratio. */
  readonly ratio: number;
}

/**
 * One lint rule: data, so a vendor can change phrases and thresholds.
 *
 * @category Audiences
 */
export type LintRule = PhraseLintRule | NumberLintRule | CreditLintRule;

const AUDIENCES_SOURCE = 'seed#audiences';

/**
 * The default lint rules, one or more per audience the guide gives warnings for.
 *
 * @example
 * defaultLintRules.find((rule) => rule.id === 'pay-talk')?.audiences;
 * // => ['senior-leadership']
 * @category Audiences
 */
export const defaultLintRules: readonly LintRule[] = [
  {
    id: 'story-without-number',
    kind: 'no-number',
    audiences: ['hiring-manager'],
    minWords: 20,
    numberWords: [
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'eleven',
      'twelve',
      'twenty',
      'thirty',
      'forty',
      'fifty',
      'hundred',
      'hundreds',
      'thousand',
      'thousands',
      'million',
      'millions',
      'billion',
      'dozen',
      'dozens',
      'half',
      'double',
      'doubled',
      'twice',
      'triple',
      'tripled',
      'percent',
      'quarter',
    ],
    message: 'This story has no number in it, and the hiring manager is judging what you delivered.',
    suggestion: 'Add one measured result: a percentage, a time saved, a count, a budget or a team size.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'shake-things-up',
    kind: 'phrases',
    audiences: ['direct-report'],
    phrases: [
      'shake things up',
      'shake up',
      'shake it up',
      'clean house',
      'whip into shape',
      'turn this team around',
      'turn the team around',
      'fix this team',
      'fix the team',
      'new sheriff',
      'do it my way',
    ],
    message:
      'Sounds like you plan to arrive and overturn things, which worries the people who would report to you.',
    suggestion:
      'Say you would first learn how the team works and what it needs, then name one thing you would protect.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'abstract-philosophy',
    kind: 'phrases',
    audiences: ['direct-report'],
    phrases: [
      'my management philosophy',
      'my leadership philosophy',
      'my philosophy',
      'my management style',
      'my leadership style',
      'servant leadership',
      'servant leader',
      'lead by example',
      'i believe in empowering',
      'in general, i believe',
      'i always believe',
    ],
    message: 'Management talk in the abstract tells a future report little about how you would treat them.',
    suggestion:
      'Replace it with one real example: a person you developed, or feedback you gave and how it landed.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'vague-alignment',
    kind: 'phrases',
    audiences: ['cross-functional'],
    phrases: [
      'we should align',
      'we need to align',
      'we must align',
      'get aligned',
      'stay aligned',
      'more alignment',
      'better alignment',
      'on the same page',
      'sync up',
      'leverage synergies',
      'synergy',
      'synergies',
    ],
    message: 'A call for alignment with nothing behind it sounds empty to a partner team.',
    suggestion:
      'Name the concrete step instead: who meets, how often, which decision you would agree on, which trade-off.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'blaming-partners',
    kind: 'phrases',
    audiences: ['cross-functional'],
    phrases: [
      'their fault',
      'they never',
      'they always',
      "they just didn't",
      'dropped the ball',
      'threw it over the wall',
      'were incompetent',
      'was incompetent',
      'useless',
      'clueless',
      "didn't understand anything",
      'never listened',
      'got in the way',
      'kept blocking',
      'blocked us',
      'impossible to work with',
    ],
    message: 'Complaining about partners at a past job makes a partner wonder what you will say about them.',
    suggestion:
      'Describe the constraint the other team was under and what you changed together to get past it.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'function-supremacy',
    kind: 'phrases',
    audiences: ['cross-functional'],
    phrases: [
      'final say',
      'our call',
      'my call',
      'they just need to',
      'they should just',
      'they need to follow',
      'we decide',
      'we own the decision',
    ],
    message: 'Sounds as if your function outranks theirs.',
    suggestion: 'Say how you would weigh their constraints and settle the trade-off together.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'pay-talk',
    kind: 'phrases',
    audiences: ['senior-leadership'],
    phrases: [
      'salary',
      'salaries',
      'compensation',
      'pay',
      'paid',
      'bonus',
      'equity',
      'stock options',
      'raise',
      'pto',
      'vacation',
      'benefits',
      'perks',
      'package',
    ],
    flagsMoney: true,
    message:
      'Pay and perks are the wrong topic with senior leadership: it reads as caring about the job, not the company.',
    suggestion:
      "Keep pay for the recruiter; with leadership, talk about the company's direction and where you would add the most.",
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'solo-credit',
    kind: 'phrases',
    audiences: ['peer'],
    phrases: [
      'i alone',
      'single-handedly',
      'singlehandedly',
      'all by myself',
      'by myself',
      'on my own',
      'i did everything',
      'i did it all',
      'without any help',
      'nobody else',
      'no one else',
    ],
    message:
      'Claiming the result for yourself alone makes future peers wonder how you would treat their work.',
    suggestion: 'Name who else made it happen and what part you played among them.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'i-outweighs-we',
    kind: 'credit-ratio',
    audiences: ['peer'],
    singular: ['i', 'me', 'my', 'mine', 'myself', "i'm", "i've", "i'd"],
    plural: ['we', 'us', 'our', 'ours', 'ourselves', "we're", "we've", "we'd", 'team', 'together'],
    minSingular: 6,
    ratio: 4,
    message: 'Almost every sentence is about "I"; future peers hear someone who takes the credit.',
    suggestion: 'Say "we" where the work was shared, and name one colleague\'s contribution.',
    source: AUDIENCES_SOURCE,
  },
];

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
  const patterns = rule.phrases.filter((phrase) => phrase.trim() !== '').map(phrasePattern);
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
