import type { Audience } from '../model/index.js';
import { AUDIENCES } from '../model/primitives.js';
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
 * Flags each occurrence of a phrase, read over the words of the answer (src/text's tokens: any case, curly
 * apostrophes folded, any spacing between words). A word ending in `*` matches any word it begins
 * (`lead*` matches "leads" and "leading"); `*` alone matches any one word.
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
 * One position of a {@link SequenceLintRule}: any of these phrases (same syntax as
 * {@link PhraseLintRule.phrases}), which may be skipped when `optional`.
 *
 * @category Audiences
 */
export interface LintSlot {
  /** The phrases that fill this position; the longest that matches is taken. */
  readonly any: readonly string[];
  /** When true, the position may also be empty. */
  readonly optional?: boolean;
}

/**
 * Flags a run of words that fills the slots of one of its sequences in order ("my" · "old" · "manager" ·
 * "was" · "terrible"): a category of phrasings, not a list of sentences. Within one sentence only.
 *
 * @category Audiences
 */
export interface SequenceLintRule extends LintRuleBase {
  /** Discriminant. */
  readonly kind: 'sequence';
  /** Each sequence is a list of slots, matched left to right. */
  readonly sequences: readonly (readonly LintSlot[])[];
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
export type LintRule = PhraseLintRule | SequenceLintRule | NumberLintRule | CreditLintRule;

const AUDIENCES_SOURCE = 'seed#audiences';

// Word groups the sequences share. `*` alone is any one word ("at Corbel", "at my last company").
const DETERMINER: LintSlot = {
  any: ['my', 'our', 'the', 'a', 'an', 'that', 'those', 'this'],
  optional: true,
};
const OWNER: LintSlot = { any: ['my', 'our', 'the', 'that', 'those'] };
const WHICH: LintSlot = {
  any: ['old', 'former', 'previous', 'last', 'new', 'ex', 'then', 'current', 'direct', 'own', 'immediate'],
  optional: true,
};
const PEOPLE: LintSlot = {
  any: [
    'manager',
    'managers',
    'ex-manager',
    'line manager',
    'engineering manager',
    'boss',
    'bosses',
    'ex-boss',
    'supervisor',
    'vp',
    'svp',
    'director',
    'head of *',
    'cto',
    'ceo',
    'cfo',
    'coo',
    'cpo',
    'founder',
    'founders',
    'co-founder',
    'co-founders',
    'lead',
    'team lead',
    'tech lead',
    'colleague',
    'colleagues',
    'coworker',
    'coworkers',
    'co-worker',
    'co-workers',
    'teammate',
    'teammates',
    'team',
    'management',
    'leadership',
    'leadership team',
    'management team',
    'exec team',
    'execs',
    'executives',
    'higher-ups',
  ],
};
const PLACE: LintSlot = {
  any: [
    'there',
    'then',
    'back then',
    'at the time',
    'at *',
    'at * *',
    'at my *',
    'at my * *',
    'at the *',
    'at the * *',
    'in my *',
    'in my * *',
    'from my * *',
  ],
  optional: true,
};
const BE: LintSlot = {
  any: [
    'was',
    'were',
    'is',
    'are',
    'has been',
    'had been',
    'have been',
    'became',
    'got',
    'seemed',
    'turned out',
  ],
};
const DEGREE: LintSlot = {
  any: [
    'really',
    'so',
    'just',
    'completely',
    'totally',
    'pretty',
    'very',
    'quite',
    'honestly',
    'frankly',
    'absolutely',
    'utterly',
    'basically',
    'extremely',
    'incredibly',
    'always',
    'kind of',
    'sort of',
    'a bit',
    'a little',
    'a',
    'an',
    'such a',
    'such an',
    'a total',
    'a complete',
    'an absolute',
    'the',
  ],
  optional: true,
};
const BAD: LintSlot = {
  any: [
    'terrible',
    'awful',
    'horrible',
    'toxic',
    'incompetent',
    'useless',
    'lazy',
    'difficult',
    'impossible',
    'clueless',
    'hopeless',
    'pathetic',
    'nightmare',
    'joke',
    'mess',
    'disaster',
    'bad',
    'worst',
    'micromanager',
    'micromanaging',
    'unbearable',
    'hostile',
    'abusive',
    'dysfunctional',
    'unprofessional',
    'unreasonable',
    'arrogant',
    'stupid',
    'idiot',
    'idiots',
    'jerk',
    'bully',
    'control freak',
    'narcissist',
    'spineless',
    'out of touch',
    'a pain',
    'hard to work with',
    'difficult to work with',
    'impossible to work with',
  ],
};
const OFTEN: LintSlot = {
  any: ['always', 'constantly', 'just', 'basically', 'also', 'even', 'simply', 'totally', 'completely'],
  optional: true,
};
const HARMED: LintSlot = {
  any: [
    'threw me under the bus',
    'threw us under the bus',
    'took credit',
    'kept taking credit',
    'stole credit',
    'stole my credit',
    'micromanaged',
    'never listened',
    'never supported',
    'never backed',
    'screwed me over',
    'screwed us over',
    'made my life',
    'made our lives',
    'set me up to fail',
    'set us up to fail',
    'had no idea',
    'had no clue',
    "didn't have a clue",
    "didn't know what",
    "didn't care",
    'never cared',
    'blamed me',
    'blamed us',
    'sabotaged',
    'undermined',
    'pushed me out',
    'forced me out',
    'drove me out',
    'drove people out',
  ],
};
const BECAUSE_OF: LintSlot = {
  any: [
    'because of',
    'thanks to',
    'due to',
    'blame',
    'hated',
    'hate',
    "couldn't stand",
    'could not stand',
    "can't stand",
    'fed up with',
    'sick of',
    'tired of',
    'get away from',
    'got away from',
    'escape',
    'escaping',
  ],
};
const PARTNER: LintSlot = {
  any: [
    'sales',
    'marketing',
    'finance',
    'design',
    'designers',
    'product',
    'product managers',
    'pms',
    'engineering',
    'engineers',
    'developers',
    'devs',
    'legal',
    'ops',
    'operations',
    'support',
    'customer success',
    'data',
    'hr',
    'procurement',
    'security',
    'qa',
    'the business',
    'the other team',
    'other teams',
    'that team',
    'their team',
    'those guys',
    'those people',
  ],
};
const GROUP: LintSlot = {
  any: ['team', 'teams', 'people', 'guys', 'folks', 'org', 'department', 'side', 'lead', 'leads'],
  optional: true,
};
const LET_DOWN: LintSlot = {
  any: [
    'kept promising',
    'always promised',
    'promised everything',
    'overpromised',
    'over-promised',
    'dropped the ball',
    'never delivered',
    'never listened',
    'never read',
    'ignored us',
    'ignored our',
    'blocked us',
    'kept blocking',
    'kept changing',
    'threw * over the wall',
    'threw it over the wall',
    'throw * over the wall',
    'got in the way',
  ],
};
const FUNCTION: LintSlot = {
  any: [
    'engineering',
    'product',
    'sales',
    'design',
    'finance',
    'marketing',
    'legal',
    'data',
    'ops',
    'my team',
    'our team',
    'my function',
    'our function',
  ],
};
const DECIDES: LintSlot = {
  any: [
    'owns the decision',
    'own the decision',
    'decides',
    'has the final say',
    'have the final say',
    'should have the final say',
    'calls the shots',
    'call the shots',
    'makes the call',
    'make the call',
    'always wins',
  ],
};

/** The hiring manager's "a story needs a number": also what briefFor checks each fitting story with. */
export const storyWithoutNumberRule: NumberLintRule = /* @__PURE__ */ freezeDeep({
  id: 'story-without-number',
  kind: 'no-number' as const,
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
    'halved',
    'third',
    'thirds',
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
});

/**
 * The default lint rules, one or more per audience the guide gives warnings for, and blame of past managers
 * or colleagues for every audience. Not covered, because one answer cannot show it: repeating round one to
 * the hiring manager (consistency compares the tellings), and tone (the same with everyone).
 *
 * @example
 * defaultLintRules.find((rule) => rule.id === 'pay-talk')?.audiences;
 * // => ['senior-leadership']
 * @category Audiences
 */
export const defaultLintRules: readonly LintRule[] = /* @__PURE__ */ freezeDeep([
  {
    id: 'blaming-former-colleagues',
    kind: 'sequence',
    audiences: AUDIENCES,
    sequences: [
      [DETERMINER, WHICH, PEOPLE, PLACE, BE, DEGREE, DEGREE, BAD],
      [DETERMINER, WHICH, PEOPLE, PLACE, OFTEN, HARMED],
      [BECAUSE_OF, OWNER, WHICH, PEOPLE],
    ],
    message:
      'Blaming a former manager or colleague makes every listener wonder what you would say about them, and reads as the reason you are leaving.',
    suggestion:
      'Say what you are moving towards instead, or describe the situation and what you did about it, without a verdict on the person.',
    source: 'seed#consistency',
  },
  storyWithoutNumberRule,
  {
    id: 'vague-leadership',
    kind: 'phrases',
    audiences: ['hiring-manager'],
    phrases: [
      'natural leader',
      'born leader',
      'people person',
      'lead* by example',
      'empower the team',
      'empowering people',
      'drive results',
      'driving results',
      'drives results',
      'think outside the box',
      'go-getter',
      'results-driven',
      'results-oriented',
      'visionary leader',
      'strong leader',
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
      'shake the team up',
      'clean house',
      'whip into shape',
      'whip the team into shape',
      'turn this team around',
      'turn the team around',
      'fix this team',
      'fix the team',
      'new sheriff',
      'do it my way',
      'tear it all down',
      'start from scratch',
    ],
    message:
      'Sounds like you plan to arrive and overturn things, which worries the people who would report to you.',
    suggestion:
      'Say you would first learn how the team works and what it needs, then name one thing you would protect.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'top-down',
    kind: 'phrases',
    audiences: ['direct-report'],
    phrases: [
      'top-down',
      'top down',
      'tell the team how',
      'tell the team what to do',
      'tell them what to do',
      'tell them how',
      'tell people what to do',
      'tell people how',
      'do what i say',
      'do as i say',
      'do what they are told',
      "do what they're told",
      'my way or the highway',
      'i make the decisions',
      'i make all the decisions',
      'i make the calls',
      'i call the shots',
      'i set the direction and they',
      'i decide and',
      'they execute',
      'the team executes',
      'report to me',
      'answer to me',
      'chain of command',
      'i expect them to follow',
    ],
    message: 'Top-down framing tells a future report they would be managed at, not with.',
    suggestion:
      'Describe how you would decide with the team: what you ask them, what you delegate, how you explain a call.',
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
      'lead* by example',
      'i believe in empowering',
      'in general , i believe',
      'in general i believe',
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
      "let's align",
      'let us align',
      'should be aligned',
      'get aligned',
      'get everyone aligned',
      'get everybody aligned',
      'get everyone on the same page',
      'stay aligned',
      'keep everyone aligned',
      'more alignment',
      'better alignment',
      'tighter alignment',
      'on the same page',
      'sync up',
      'circle back',
      'touch base',
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
    kind: 'sequence',
    audiences: ['cross-functional'],
    sequences: [
      [DETERMINER, WHICH, PARTNER, GROUP, PLACE, BE, DEGREE, DEGREE, BAD],
      [DETERMINER, PARTNER, GROUP, PLACE, OFTEN, LET_DOWN],
      [
        {
          any: [
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
        },
      ],
    ],
    message: 'Complaining about partners at a past job makes a partner wonder what you will say about them.',
    suggestion:
      'Describe the constraint the other team was under and what you changed together to get past it.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'function-supremacy',
    kind: 'sequence',
    audiences: ['cross-functional'],
    sequences: [
      [FUNCTION, OFTEN, DECIDES],
      [
        PARTNER,
        GROUP,
        OFTEN,
        {
          any: [
            'has to follow',
            'have to follow',
            'needs to follow',
            'need to follow',
            'just needs to',
            'just need to',
            'should just',
            'works for us',
            'work for us',
          ],
        },
      ],
      [
        {
          any: [
            'final say',
            'our call',
            'my call',
            "it's our decision",
            "it's my decision",
            'they just need to',
            'they should just',
            'they need to follow',
            'they have to follow',
            'we own the decision',
            'we call the shots',
          ],
        },
      ],
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
      'base salary',
      'pay range',
      'pay band',
      'pay rise',
      'pay raise',
      'a raise',
      'bonus',
      'bonuses',
      'equity',
      'stock options',
      'rsus',
      'vesting',
      'pto',
      'vacation days',
      'holiday allowance',
      'my benefits',
      'the benefits package',
      'benefits package',
      'health benefits',
      'what benefits',
      'the benefits like',
      'benefits like',
      'perks',
      'pay package',
      'compensation package',
      'total comp',
      'comp range',
      'comp package',
    ],
    flagsMoney: true,
    message:
      'Pay and perks are the wrong topic with senior leadership: it reads as caring about the job, not the company.',
    suggestion:
      "Keep pay for the recruiter; with leadership, talk about the company's direction and where you would add the most.",
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'too-operational',
    kind: 'phrases',
    audiences: ['senior-leadership'],
    phrases: [
      'jira',
      'jira tickets',
      'closing tickets',
      'grooming tickets',
      'backlog grooming',
      'sprint planning',
      'stand-up',
      'stand-ups',
      'standup',
      'standups',
      'pull requests',
      'code reviews',
      'in the weeds',
      'into the weeds',
      'nitty-gritty',
      'nitty gritty',
      'my day-to-day tasks',
      'writing code all day',
    ],
    message:
      'Day-to-day mechanics are the wrong altitude for senior leadership, who are judging how you think about the business.',
    suggestion:
      'Lift it a level: what the work changes for customers or the company, and the trade-off you would weigh.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'only-this-role',
    kind: 'phrases',
    audiences: ['senior-leadership'],
    phrases: [
      'above my pay grade',
      'above my paygrade',
      'not my problem',
      'not my concern',
      'not my department',
      'just want to do my job',
      'just do my job',
      'only care about my team',
      'only care about my role',
      'just focus on my own team',
      'not worry about the bigger picture',
      "don't care about the bigger picture",
      'not interested in the bigger picture',
      'whatever the company does',
    ],
    message:
      'Sounds as if you care only about the job in front of you, and leadership is looking for someone who sees where the company is going.',
    suggestion:
      'Connect the role to the company: which bet it serves and what you would want to learn about it.',
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
      'raise the level of the team',
      'bring them up to speed',
      'bring them up to my level',
      'teach them how',
      'show them how it is done',
      "show them how it's done",
      'carry the team',
      'carried the team',
      'carrying the team',
      'the smartest person in the room',
    ],
    message: 'Sounds as if you would stand above the team you are joining.',
    suggestion: 'Talk about what you would learn from them and where you would pitch in beside them.',
    source: AUDIENCES_SOURCE,
  },
  {
    id: 'hierarchy-questions',
    kind: 'phrases',
    audiences: ['peer'],
    phrases: [
      'who reports to whom',
      'reports to whom',
      'who reports to who',
      'reporting line',
      'reporting lines',
      'reporting structure',
      'org chart',
      'sit in the org',
      'sits in the org',
      'how many levels',
      'how senior is',
      'who is senior',
      "who's senior",
      'who outranks',
      'chain of command',
      'above this role',
      'below this role',
      'in the hierarchy',
    ],
    message:
      'Questions about rank and reporting lines are for the recruiter or the hiring manager, not a future peer.',
    suggestion:
      'Ask a peer about the work instead: what they wish their manager understood, or how the team decides.',
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
