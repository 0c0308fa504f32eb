import { describeValue } from '../internal/describe.js';
import { compilePhrases, type PhraseMatcher, type Token, tokenize } from '../text/index.js';
import type { QuestionCategory } from './question-bank.js';

/**
 * What a question is for, read from its meaning: the intents the guide's audience rules talk about.
 *
 * @category Audiences
 */
export const QUESTION_INTENTS = [
  'pay-logistics',
  'hierarchy',
  'management',
  'strategy',
  'team-pain-points',
  'success-measures',
  'culture',
] as const;

/**
 * One of {@link QUESTION_INTENTS}.
 *
 * @category Audiences
 */
export type QuestionIntent = (typeof QUESTION_INTENTS)[number];

/**
 * The cue phrases of each intent, over normalised words (lower case, "'s" dropped, hyphenated words split):
 * synonyms rather than substrings, `*` at a word's end matching any ending. The longest cue wins where cues
 * overlap, so "hiring manager" is no management cue and "salary band" is one pay cue.
 */
const INTENT_CUES: Readonly<Record<QuestionIntent | 'none', readonly string[]>> = {
  'pay-logistics': [
    'salar*',
    'pay',
    'paid',
    'paying',
    'comp',
    'compensation',
    'total compensation',
    'bonus*',
    'equity',
    'rsu*',
    'vest*',
    'stock',
    'stock options',
    'package',
    'packages',
    'benefit*',
    'pto',
    'vacation*',
    'holiday*',
    'time off',
    'leave policy',
    'relocat*',
    'moving costs',
    'move here',
    'remote',
    'hybrid',
    'in the office',
    'days a week',
    'days in the office',
    'commut*',
    'start date',
    'start dates',
    'notice period',
    'visa*',
    'sponsor*',
    'perk*',
    'base',
    'wiggle room',
    'raise',
    'raises',
    'next steps',
    'hiring timeline',
    'timeline for a decision',
    'decision timeline',
    'hear back',
    'offer',
    'pension',
    'retirement',
    '401k',
    'insurance',
    'signing',
    'wage*',
    'earn*',
    'money',
    'budget for this role',
  ],
  hierarchy: [
    'report to',
    'reports to',
    'report into',
    'reporting to',
    'reporting line*',
    'reporting structure',
    'org chart',
    'in the org',
    'the org',
    'org structure',
    'organisation chart',
    'organization chart',
    'hierarch*',
    'chain of command',
    'seniority',
    'how senior',
    'above this role',
    'above the role',
    'above me',
    'sit above',
    'sits above',
    'level above',
    'levels above',
    'above or alongside',
    'layers',
    'levels between',
    'promot*',
    'signs off',
    'sign off',
    'sign-off',
    'final say',
    'last word',
    'boss',
    'bosses',
    'who decides',
    'who makes the call',
    'who reports',
    'ceo',
    'pecking order',
    'rank*',
    'outranks',
    'title',
    'titles',
    'levelling',
    'leveling',
    'span of control',
    'answer to',
    'answers to',
    'answering to',
    'dotted line*',
    'solid line*',
    'line manager*',
    'reporting into',
    'manager manager',
    'boss boss',
    'skip level*',
    'authority',
    'who approves',
    'approval chain*',
    'approval process*',
    'decision rights',
    'escalate to',
    'escalating to',
    'escalation path*',
    'wider organisation',
    'wider organization',
    'wider org',
    'sit within',
    'sits within',
    'which executive',
    'which exec',
    'executive sponsor*',
    'how many levels',
    'levels up',
    'above the',
    'above them',
    'above him',
    'above her',
    'above my',
    'above us',
    'peer of',
    'peers of',
  ],
  management: [
    'manage*',
    'managing',
    'management style',
    'manager',
    'managers',
    'one on one*',
    '1:1*',
    'feedback',
    'support',
    'coach*',
    'mentor*',
    'performance review*',
    'review cycle*',
    'autonomy',
    'micromanag*',
    'career growth',
    'career development',
    'career',
    'develop people',
    'grow people',
    'delegat*',
    'your best work',
    'lead your team',
    'leadership style',
    'check in*',
    'check-in*',
  ],
  strategy: [
    'strateg*',
    'vision',
    'roadmap*',
    'competit*',
    'competitor*',
    'market*',
    'bet',
    'bets',
    'funding',
    'funding round',
    'priorit*',
    'direction',
    'heading',
    'expand*',
    'expansion',
    'long term',
    'goals',
    'what not to build',
    'what to build',
    'double down',
    'next year',
    'twelve months',
    'in three years',
    'in five years',
    'three years',
    'five years',
    'future',
    'growth plans',
    'company going',
    'pivot*',
    'acquisition*',
    'ipo',
    'revenue',
    'customers want',
    'mission',
  ],
  'team-pain-points': [
    'hardest',
    'problem*',
    'up at night',
    'broken',
    'fix',
    'struggl*',
    'frustrat*',
    'challeng*',
    'tech debt',
    'technical debt',
    'debt',
    'slow*',
    'bottleneck*',
    'went wrong',
    'go wrong',
    'goes wrong',
    'wrong',
    'pain*',
    'obstacle*',
    'blocker*',
    'blocking',
    'friction',
    'headache*',
    'firefight*',
    'on fire',
    'difficult',
    'toughest',
    'biggest issue*',
    'issues',
    'gaps',
    'weakness*',
    'burnout',
    'churn',
    'attrition',
  ],
  'success-measures': [
    'success',
    'successful',
    'succeed*',
    'first 90 days',
    '90 days',
    'first 30 days',
    'first 60 days',
    'first six months',
    'six months',
    'first year',
    'year one',
    'metric*',
    'measur*',
    'kpi*',
    'okr*',
    'expectation*',
    'exceed*',
    'a win',
    'went well',
    'right one',
    'right hire',
    'right person',
    'deliver*',
    'achieve*',
    'accomplish*',
    'judge',
    'judged',
    'evaluate*',
    'outcome*',
    'impact',
    'targets',
    'great first',
    'good job',
    'great job',
    'look like in',
  ],
  culture: [
    'culture',
    'cultur*',
    'working here',
    'work here',
    'like most',
    'like best',
    'disagree*',
    'disagreement*',
    'conflict*',
    'work life balance',
    'balance',
    'celebrat*',
    'values',
    'join',
    'joined',
    'stayed',
    'stay',
    'welcome',
    'onboard*',
    'up to speed',
    'late in the evening',
    'evening*',
    'after hours',
    'weekend*',
    'inclusive',
    'inclusion',
    'diversity',
    'divers*',
    'thrive',
    'environment',
    'atmosphere',
    'team spirit',
    'social',
    'fun',
    'norms',
    'people like',
    'belong*',
    'psychological safety',
    'remote culture',
  ],
  // Longer phrases that contain a cue word but are not the intent: they win by length and count for nothing.
  none: [
    'hiring manager',
    'hiring managers',
    'product manager',
    'product managers',
    'engineering manager',
    'project manager',
    'senior leadership',
    'in the first',
    'the base of',
    'customer support',
    'support tickets',
    'paying off',
    'pay off',
    'pays off',
    'paid off',
    'pay attention',
    'comp sci',
    'customer base',
    'user base',
    'code base',
    'install base',
  ],
};

/** Ties go to the intent whose audience rules matter most: pay and rank before the rest. */
const PRIORITY: readonly QuestionIntent[] = QUESTION_INTENTS;

type Cue = QuestionIntent | 'none';
let matcher: PhraseMatcher<Cue> | undefined;

function cueMatcher(): PhraseMatcher<Cue> {
  if (matcher === undefined) {
    const entries: (readonly [string, Cue])[] = [];
    for (const [intent, phrases] of Object.entries(INTENT_CUES) as [Cue, readonly string[]][]) {
      for (const phrase of phrases) entries.push([phrase.replace(/-/g, ' '), intent]);
    }
    matcher = compilePhrases(entries);
  }
  return matcher;
}

/** Words of a question as the cues read them: "what's" → "what", "one-on-ones" → "one on ones". */
function normalisedTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'punct') {
      if (token.text === ':' || token.text === '/') out.push(token);
      continue;
    }
    const lower = token.lower.replace(/'s$/, '').replace(/'$/, '');
    for (const part of lower.split('-')) if (part !== '') out.push({ ...token, lower: part });
  }
  // "1:1" tokenizes as number, colon, number: glue it back into one word.
  const glued: Token[] = [];
  for (let index = 0; index < out.length; index++) {
    const token = out[index]!;
    const colon = out[index + 1];
    const after = out[index + 2];
    if (token.kind === 'number' && colon?.text === ':' && after?.kind === 'number') {
      glued.push({ ...token, kind: 'word', lower: `${token.lower}:${after.lower}` });
      index += 2;
    } else if (token.kind !== 'punct') glued.push(token);
  }
  return glued;
}

/**
 * The intents a question's words point to, strongest first (each cue counts its length in words). Empty
 * when no cue is present.
 *
 * @param text - The question as the candidate wrote it.
 * @returns Intents in order of strength, ties in the order of {@link QUESTION_INTENTS}.
 * @example
 * questionIntents("What's the comp range for this level?");
 * // => ['pay-logistics']
 * @category Audiences
 */
export function questionIntents(text: string): QuestionIntent[] {
  requireQuestionText(text, 'questionIntents');
  const tokens = normalisedTokens(text);
  const scores = new Map<QuestionIntent, number>();
  const found = cueMatcher();
  for (let index = 0; index < tokens.length; ) {
    const match = found.matchAt(tokens, index);
    if (match === undefined) {
      index += 1;
      continue;
    }
    if (match.value !== 'none') scores.set(match.value, (scores.get(match.value) ?? 0) + match.length);
    index += match.length;
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || PRIORITY.indexOf(a[0]) - PRIORITY.indexOf(b[0]))
    .map(([intent]) => intent);
}

/**
 * The one intent a question is mainly about, or undefined when its words name none.
 *
 * @example
 * questionIntent('How many people sit above this role?');
 * // => 'hierarchy'
 * @category Audiences
 */
export function questionIntent(text: string): QuestionIntent | undefined {
  requireQuestionText(text, 'questionIntent');
  return questionIntents(text)[0];
}

function requireQuestionText(text: unknown, caller: string): void {
  if (typeof text !== 'string')
    throw new TypeError(
      `${caller}: expected the question as a string, found ${describeValue(text)}: pass its text`,
    );
}

/** The audience-rule categories an intent implies (the rest are about topics no audience is kept from). */
const RULE_CATEGORY: Readonly<Partial<Record<QuestionIntent, QuestionCategory>>> = {
  'pay-logistics': 'pay-logistics',
  hierarchy: 'hierarchy',
  management: 'management',
  strategy: 'strategy',
  culture: 'culture',
};

/**
 * The categories the audience rules see for a question: its main intent, plus pay or rank wherever its
 * words touch them, so a question that is partly about pay is kept from those who are not asked about pay.
 */
export function ruleCategoriesOf(text: string): QuestionCategory[] {
  return ruleCategoriesOfIntents(questionIntents(text));
}

/** The audience-rule categories of intents given strongest first (a bank question's declared `intents`). */
export function ruleCategoriesOfIntents(intents: readonly QuestionIntent[]): QuestionCategory[] {
  const categories: QuestionCategory[] = [];
  intents.forEach((intent, rank) => {
    const category = RULE_CATEGORY[intent];
    if (category !== undefined && (rank === 0 || DONT_INTENTS.has(intent))) categories.push(category);
  });
  return categories;
}

/** Intents the guide's don'ts are about: a question touching them at all is kept from those audiences. */
const DONT_INTENTS: ReadonlySet<QuestionIntent> = new Set(['pay-logistics', 'hierarchy']);
