import type { Audience } from '../model/index.js';
import { freezeDeep } from './internal.js';

/**
 * What every lint rule has.
 *
 * @category Audiences
 */
export interface LintRuleBase {
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
export const defaultLintRules: readonly LintRule[] = /* @__PURE__ */ freezeDeep([
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
    id: 'vague-leadership',
    kind: 'phrases',
    audiences: ['hiring-manager'],
    phrases: [
      'natural leader',
      'born leader',
      'people person',
      'lead by example',
      'empower the team',
      'empowering people',
      'drive results',
      'think outside the box',
      'go-getter',
    ],
    message: 'General leadership talk gives the hiring manager nothing to check.',
    suggestion: 'Swap it for one decision you made, what it cost and what it delivered.',
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
      'my pay',
      'the pay',
      'base pay',
      'pay range',
      'pay band',
      'pay rise',
      'pay raise',
      'a raise',
      'bonus',
      'equity',
      'stock options',
      'pto',
      'vacation days',
      'benefits',
      'perks',
      'pay package',
      'compensation package',
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
    id: 'positioning-above',
    kind: 'phrases',
    audiences: ['peer'],
    phrases: [
      'unlike the rest',
      'the team needed me',
      'raise their level',
      'bring them up to speed',
      'teach them how',
      'show them how it is done',
      'carry the team',
      'carried the team',
    ],
    message: 'Sounds as if you would stand above the team you are joining.',
    suggestion: 'Talk about what you would learn from them and where you would pitch in beside them.',
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
]);
