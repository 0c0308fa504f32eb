import { type Wording, type WordingOptions, wording } from '../i18n/wording.js';
import {
  type Audience,
  type Candidacy,
  type Interviewer,
  type Question,
  requireParsedCandidacy,
} from '../model/index.js';
import { fillDataText } from './data-text.js';
import { ruleCategoriesOf, ruleCategoriesOfIntents } from './intents.js';
import { findInterview, normaliseText, phrasePattern, requireInterviewId } from './internal.js';
import {
  type BankQuestion,
  defaultQuestionBank,
  QUESTION_CATEGORIES,
  type QuestionCategory,
} from './question-bank.js';
import { defaultQuestionRules, type QuestionRules } from './question-rules.js';
import { type PoolQuestion, type Selection, selectQuestions } from './selection.js';
import { type AudiencesTextKey, audiencesTexts } from './texts.js';

type Words = Wording<AudiencesTextKey>;

/**
 * One planned question, with why it was picked.
 *
 * @category Audiences
 */
export interface QuestionPick {
  /** The question's id, from the candidate's questions or the bank. */
  readonly id: string;
  /** The question as the candidate would ask it. */
  readonly text: string;
  /** The audiences it suits. */
  readonly audiences: readonly Audience[];
  /** Why it was picked, in plain words. */
  readonly reason: string;
  /** `candidate` for the candidate's own questions, else the bank entry's source. */
  readonly source: string;
}

/**
 * The questions for one interviewer.
 *
 * @category Audiences
 */
export interface InterviewerQuestions {
  /** The interviewer's id. */
  readonly interviewerId: string;
  /** The interviewer's audience. */
  readonly audience: Audience;
  /** 2–3 questions to ask this person. */
  readonly questions: readonly QuestionPick[];
}

/**
 * The questions to plan for one interview.
 *
 * @category Audiences
 */
export interface QuestionPlan {
  /** The interview planned for. */
  readonly interviewId: string;
  /** Questions per interviewer, in the interview's order. */
  readonly perInterviewer: readonly InterviewerQuestions[];
  /** The distinct questions to prepare (4–6): every question above, plus reserves when too few. */
  readonly planned: readonly QuestionPick[];
  /** Every constraint that could not be met, in plain words. */
  readonly warnings: readonly string[];
}

/**
 * Options for {@link pickQuestions}.
 *
 * @category Audiences
 */
export interface PickQuestionsOptions extends WordingOptions {
  /** The interview to plan questions for. */
  readonly interviewId: string;
  /** The question bank that fills gaps after the candidate's own questions; {@link defaultQuestionBank} unless given. */
  readonly bank?: readonly (Question | BankQuestion)[];
  /**
   * The same as `bank`, under the name the locale bundles and `prepare` use, so `{ interviewId, ...de }` plans
   * with the German bank; `bank` wins when both are given.
   */
  readonly questionBank?: readonly (Question | BankQuestion)[];
  /** Limits and exclusions; {@link defaultQuestionRules} unless given. */
  readonly rules?: QuestionRules;
  /**
   * Plan for every session of the interview's round at once (a morning panel and an afternoon technical
   * session are one round two): every interviewer of every session gets 2–3 questions, 4–6 distinct over
   * the round. False unless given.
   */
  readonly wholeRound?: boolean;
}

type Values = Readonly<Record<string, string>>;

type CategoryMatchers = readonly (readonly [QuestionCategory, readonly RegExp[]])[];

// Compiling the category patterns cost more than the rest of pickQuestions. A pattern depends only on its
// phrase and is not global (so `test` keeps no state in it): one per phrase is shared, a pure memo capped so
// custom rules cannot grow it without end.
const categoryPatterns = new Map<string, RegExp>();
const CATEGORY_PATTERNS_KEPT = 1024;

function categoryPattern(phrase: string): RegExp {
  let pattern = categoryPatterns.get(phrase);
  if (pattern === undefined) {
    pattern = phrasePattern(phrase, false);
    if (categoryPatterns.size < CATEGORY_PATTERNS_KEPT) categoryPatterns.set(phrase, pattern);
  }
  return pattern;
}

// One compiled set of matchers per rules object (weak: a caller's rules are never kept alive). The phrases are
// read again when the same object comes back with other phrases (rules edited in place).
const matchersByRules = new WeakMap<QuestionRules, { phrases: unknown; matchers: CategoryMatchers }>();

function compileCategoryMatchers(rules: QuestionRules): CategoryMatchers {
  const known = matchersByRules.get(rules);
  if (known !== undefined && known.phrases === rules.categoryPhrases) return known.matchers;
  const matchers: CategoryMatchers = QUESTION_CATEGORIES.map((category) => [
    category,
    (rules.categoryPhrases[category] ?? []).filter((phrase) => phrase.trim() !== '').map(categoryPattern),
  ]);
  matchersByRules.set(rules, { phrases: rules.categoryPhrases, matchers });
  return matchers;
}

/** What a question reads as for one company: its filled text, that text normalised, and its categories. */
interface ReadQuestion {
  readonly source: string;
  readonly company: string;
  readonly category: unknown;
  readonly intents: unknown;
  readonly matchers: CategoryMatchers;
  readonly text: string;
  readonly key: string;
  readonly categories: ReadonlySet<QuestionCategory>;
}

// Reading a question (placeholders, normalising, intents, category patterns) is pure in its text, category,
// declared intents, the company and the rules: kept per bank question object, weakly (a bank is read once, not
// on every plan), and read again whenever any of those differ (a question edited in place, another company).
const readQuestions = new WeakMap<object, ReadQuestion>();

function readQuestion(
  question: Question | BankQuestion,
  company: string,
  matchers: CategoryMatchers,
): ReadQuestion {
  const category = 'category' in question ? question.category : undefined;
  const intents = 'intents' in question ? question.intents : undefined;
  const known = readQuestions.get(question);
  if (
    known !== undefined &&
    known.source === question.text &&
    known.company === company &&
    known.matchers === matchers &&
    known.category === category &&
    known.intents === intents
  )
    return known;
  const read = readFresh(question, company, matchers);
  readQuestions.set(question, read);
  return read;
}

function readFresh(
  question: Question | BankQuestion,
  company: string,
  matchers: CategoryMatchers,
): ReadQuestion {
  const text = fillDataText(question.text, { company });
  return {
    source: question.text,
    company,
    category: 'category' in question ? question.category : undefined,
    intents: 'intents' in question ? question.intents : undefined,
    matchers,
    text,
    key: normaliseText(text),
    categories: categoriesOf(question, text, matchers),
  };
}

function categoriesOf(
  question: Question | BankQuestion,
  text: string,
  matchers: CategoryMatchers,
): Set<QuestionCategory> {
  const categories = new Set<QuestionCategory>();
  if ('category' in question && question.category !== undefined) categories.add(question.category);
  const declared = 'intents' in question ? question.intents : undefined;
  for (const category of declared ? ruleCategoriesOfIntents(declared) : ruleCategoriesOf(text)) {
    // A bank entry's own category is its main topic; only the don'ts (pay, rank) are added to it.
    if (categories.size === 0 || category === 'pay-logistics' || category === 'hierarchy')
      categories.add(category);
  }
  for (const [category, patterns] of matchers) {
    if (patterns.some((pattern) => pattern.test(text))) categories.add(category);
  }
  return categories;
}

function alreadyAskedTexts(candidacy: Candidacy): Set<string> {
  const asked = new Set<string>();
  for (const interview of candidacy.interviews) {
    for (const text of interview.debrief?.questionsAsked ?? []) asked.add(normaliseText(text));
  }
  for (const question of candidacy.questions ?? []) {
    if (question.askedInRound !== undefined) asked.add(normaliseText(question.text));
  }
  return asked;
}

// The default bank's English texts by id: a translated bank keeps the ids, so a question asked (or written by
// the candidate) in English counts as the same question in any language.
let englishById: ReadonlyMap<string, string> | undefined;

function englishKeyOf(id: string): string | undefined {
  englishById ??= new Map(defaultQuestionBank.map((question) => [question.id, normaliseText(question.text)]));
  return englishById.get(id);
}

function buildPool(
  candidacy: Candidacy,
  bank: readonly (Question | BankQuestion)[],
  rules: QuestionRules,
  warnings: string[],
  words: Words,
): PoolQuestion[] {
  const asked = alreadyAskedTexts(candidacy);
  const askedIds = new Set(
    (candidacy.questions ?? []).filter((q) => q.askedInRound !== undefined).map((q) => q.id),
  );
  const company = candidacy.candidate.targetRole.company;
  const matchers = compileCategoryMatchers(rules);
  const seenIds = new Set<string>();
  const seenTexts = new Set<string>();
  // Own texts that some copy plans for an audience: a copy of them without audiences is no reason to warn.
  const ownPlannedTexts = new Set(
    (candidacy.questions ?? [])
      .filter((question) => question.audiences.length > 0)
      .map((question) => normaliseText(fillDataText(question.text, { company }))),
  );
  const warnedTexts = new Set<string>();
  const own: PoolQuestion[] = [];
  const fromBank: { item: PoolQuestion; index: number }[] = [];
  const consider = (question: Question | BankQuestion, isOwn: boolean, index: number) => {
    // Only the bank's questions are kept between calls (the candidate's own are read afresh: no user data kept).
    const read = isOwn ? readFresh(question, company, matchers) : readQuestion(question, company, matchers);
    const { text, key } = read;
    const english = isOwn ? undefined : englishKeyOf(question.id);
    const keys = english === undefined || english === key ? [key] : [key, english];
    if (key === '' || keys.some((each) => asked.has(each)) || askedIds.has(question.id)) return;
    if (seenIds.has(question.id) || keys.some((each) => seenTexts.has(each))) return;
    if (isOwn && question.audiences.length === 0) {
      if (!ownPlannedTexts.has(key) && !warnedTexts.has(key)) {
        warnedTexts.add(key);
        warnings.push(words.say('audiences.questions.warning.noAudience', { text }));
      }
      return;
    }
    seenIds.add(question.id);
    for (const each of keys) seenTexts.add(each);
    const source = isOwn ? 'candidate' : ('source' in question && question.source) || 'bank';
    const item: PoolQuestion = {
      order: index + (isOwn ? 0 : 100_000),
      id: question.id,
      text,
      audiences: question.audiences,
      purpose: question.purpose,
      categories: read.categories,
      own: isOwn,
      source,
    };
    if (isOwn) own.push(item);
    else fromBank.push({ item, index });
  };
  for (const [index, question] of (candidacy.questions ?? []).entries()) consider(question, true, index);
  for (const [index, question] of bank.entries()) consider(question, false, index);
  // More specific questions (fewer audiences) first; bank order breaks ties.
  fromBank.sort((a, b) => a.item.audiences.length - b.item.audiences.length || a.index - b.index);
  return [...own, ...fromBank.map((entry) => entry.item)];
}

function isAllowed(
  item: PoolQuestion,
  audience: Audience,
  managesPeople: boolean,
  rules: QuestionRules,
): boolean {
  const excluded = rules.excludedCategories[audience] ?? [];
  if (excluded.some((category) => item.categories.has(category))) return false;
  if (!managesPeople && rules.managementCategories.some((category) => item.categories.has(category)))
    return false;
  return true;
}

function checkRules(rules: QuestionRules): void {
  const { perInterviewer, planned } = rules;
  if (!(perInterviewer.min >= 1 && perInterviewer.min <= perInterviewer.max)) {
    throw new RangeError(
      `pickQuestions: rules.perInterviewer must satisfy 1 ≤ min ≤ max, found ${perInterviewer.min}–${perInterviewer.max}: fix the rules`,
    );
  }
  if (!(planned.min >= 1 && planned.min <= planned.max)) {
    throw new RangeError(
      `pickQuestions: rules.planned must satisfy 1 ≤ min ≤ max, found ${planned.min}–${planned.max}: fix the rules`,
    );
  }
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** How an audience reads after "suits" or "for" ("the hiring manager"). */
function audienceWords(words: Words, audience: Audience): string {
  return words.say(`audiences.questions.audience.${audience}`);
}

function describeAudienceGroup(
  words: Words,
  audience: Audience,
  interviewers: readonly Interviewer[],
): string {
  const names = interviewers.filter((person) => person.audience === audience).map((person) => person.name);
  return words.say('audiences.questions.warning.group', {
    names,
    audience: words.say(`audiences.questions.audienceLabel.${audience}`),
  });
}

/** Which pool questions each audience may be asked, warning about own questions kept away from one. */
function buildEligible(
  pool: readonly PoolQuestion[],
  audiences: readonly Audience[],
  effective: (audience: Audience) => Audience,
  managesPeople: boolean,
  rules: QuestionRules,
  warnings: string[],
  words: Words,
): Map<Audience, readonly PoolQuestion[]> {
  const eligible = new Map<Audience, readonly PoolQuestion[]>();
  for (const audience of audiences) {
    const fit = effective(audience);
    const suits = pool.filter((item) => item.audiences.includes(fit));
    eligible.set(
      audience,
      suits.filter((item) => isAllowed(item, fit, managesPeople, rules)),
    );
    for (const item of suits) {
      if (item.own && !isAllowed(item, fit, managesPeople, rules)) {
        warnings.push(
          words.say('audiences.questions.warning.keptAway', {
            text: item.text,
            audience: audienceWords(words, audience),
          }),
        );
      }
    }
  }
  return eligible;
}

/** Plain-words warnings for every count or distinctness the selection could not meet. */
function coverageWarnings(
  audiences: readonly Audience[],
  interviewers: readonly Interviewer[],
  eligible: ReadonlyMap<Audience, readonly PoolQuestion[]>,
  selection: Selection,
  rules: QuestionRules,
  words: Words,
): string[] {
  const warnings: string[] = [];
  const setOf = (audience: Audience): readonly string[] => selection.sets.get(audience) ?? [];
  const minimum = rules.perInterviewer.min;
  for (const audience of audiences) {
    const count = setOf(audience).length;
    if (count >= minimum) continue;
    const available = (eligible.get(audience) ?? []).length;
    const values = {
      count,
      group: describeAudienceGroup(words, audience, interviewers),
      max: rules.planned.max,
      missing: minimum - count,
    };
    warnings.push(
      available >= minimum
        ? words.say('audiences.questions.warning.tooFewInBudget', values)
        : words.say('audiences.questions.warning.tooFewByRules', values),
    );
  }
  audiences.forEach((audience, index) => {
    for (const other of audiences.slice(index + 1)) {
      if (sameSet(setOf(audience), setOf(other))) {
        warnings.push(
          words.say('audiences.questions.warning.sameQuestions', {
            first: audienceWords(words, audience),
            second: audienceWords(words, other),
          }),
        );
      }
    }
  });
  const total = selection.planned.length + selection.reserves.length;
  if (total < rules.planned.min) {
    warnings.push(
      words.say('audiences.questions.warning.tooFewOverall', {
        count: total,
        min: rules.planned.min,
        max: rules.planned.max,
      }),
    );
  }
  return warnings;
}

/**
 * Plans the questions the candidate asks in one interview: 2–3 per interviewer, 4–6 distinct overall,
 * the candidate's own questions first where they suit the audience, then the bank's most specific
 * questions. Never repeats a question asked in an earlier round, never asks senior leadership about pay
 * or logistics, never asks peers about reporting lines, and asks management questions only when the role
 * manages people. Each audience gets a set no other audience gets (two interviewers of the same audience
 * share theirs). "Already asked" means listed in any debrief's `questionsAsked`, or a candidate question
 * with `askedInRound`, compared after folding case, punctuation and spacing. Deterministic.
 *
 * @param candidacy - The candidacy; not modified.
 * @param options - The interview id, and optionally a bank and rules to use instead of the defaults.
 * @returns The plan; `warnings` says in plain words whatever could not be met (never throws on user data).
 * @throws RangeError when `options.rules` has a minimum above its maximum or below 1.
 * @example
 * pickQuestions(candidacy, { interviewId: 'round-2' }).planned.length;
 * // => 6
 * @category Audiences
 */
export function pickQuestions(candidacy: Candidacy, options: PickQuestionsOptions): QuestionPlan {
  requireParsedCandidacy(candidacy, 'pickQuestions');
  requireInterviewId(options?.interviewId, 'pickQuestions');
  const rules = options.rules ?? defaultQuestionRules;
  checkRules(rules);
  const interviewId = options.interviewId;
  const words = wording(audiencesTexts, options);
  const warnings: string[] = [];
  const interview = findInterview(candidacy, interviewId);
  if (interview === undefined) {
    const known = candidacy.interviews
      .map((item) => words.say('audiences.questions.warning.knownId', { id: item.id }))
      .join(', ');
    return {
      interviewId,
      perInterviewer: [],
      planned: [],
      warnings: [words.say('audiences.questions.warning.noInterview', { id: interviewId, known })],
    };
  }
  const sessions = options.wholeRound
    ? candidacy.interviews.filter((other) => other.round === interview.round)
    : [interview];
  const interviewers: Interviewer[] = [];
  for (const session of sessions) {
    for (const person of session.interviewers) {
      if (!interviewers.some((known) => known.id === person.id)) interviewers.push(person);
    }
  }
  if (interviewers.length === 0) {
    warnings.push(words.say('audiences.questions.warning.noInterviewers'));
    return { interviewId, perInterviewer: [], planned: [], warnings };
  }

  const managesPeople = candidacy.candidate.targetRole.managesPeople;
  const bank = options.bank ?? options.questionBank ?? defaultQuestionBank;
  const pool = buildPool(candidacy, bank, rules, warnings, words);
  const audiences: Audience[] = [];
  for (const interviewer of interviewers) {
    if (!audiences.includes(interviewer.audience)) audiences.push(interviewer.audience);
    if (interviewer.audience === 'direct-report' && !managesPeople) {
      warnings.push(
        words.say('audiences.questions.warning.reportWithoutReports', { name: interviewer.name }),
      );
    }
  }
  const effective = (audience: Audience): Audience =>
    audience === 'direct-report' && !managesPeople ? 'peer' : audience;
  const eligible = buildEligible(pool, audiences, effective, managesPeople, rules, warnings, words);

  const { sets, planned, reserves } = selectQuestions(audiences, eligible, rules);
  const setOf = (audience: Audience): readonly string[] => sets.get(audience) ?? [];

  warnings.push(
    ...coverageWarnings(audiences, interviewers, eligible, { sets, planned, reserves }, rules, words),
  );

  // Each interviewer's questions in fit order: own first, then the most specific.
  const ranked = (audience: Audience): string[] => {
    const order = (eligible.get(audience) ?? []).map((item) => item.id);
    return [...setOf(audience)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  };
  const byId = new Map(pool.map((item) => [item.id, item]));
  const pick = (id: string, reason: (item: PoolQuestion) => string): QuestionPick[] => {
    const item = byId.get(id);
    if (item === undefined) return [];
    return [
      { id: item.id, text: item.text, audiences: item.audiences, reason: reason(item), source: item.source },
    ];
  };
  // Each reason has a form with the question's purpose and one without: one whole sentence per key.
  const because = (
    item: PoolQuestion,
    plain: AudiencesTextKey,
    withPurpose: AudiencesTextKey,
    values: Values,
  ) =>
    item.purpose ? words.say(withPurpose, { ...values, purpose: item.purpose }) : words.say(plain, values);
  const perInterviewer = interviewers.map((interviewer) => ({
    interviewerId: interviewer.id,
    audience: interviewer.audience,
    questions: ranked(interviewer.audience).flatMap((id) =>
      pick(id, (item) => {
        const values = { audience: audienceWords(words, effective(interviewer.audience)) };
        return item.own
          ? because(item, 'audiences.questions.reason.own', 'audiences.questions.reason.ownWhy', values)
          : because(item, 'audiences.questions.reason.suits', 'audiences.questions.reason.suitsWhy', values);
      }),
    ),
  }));
  const askedBy = (id: string): string =>
    interviewers
      .filter((interviewer) => setOf(interviewer.audience).includes(id))
      .map((interviewer) => interviewer.name)
      .join(', ');
  return {
    interviewId,
    perInterviewer,
    planned: [
      ...planned.flatMap((id) =>
        pick(id, (item) =>
          item.own
            ? because(
                item,
                'audiences.questions.reason.plannedOwn',
                'audiences.questions.reason.plannedOwnWhy',
                {
                  names: askedBy(id),
                },
              )
            : because(item, 'audiences.questions.reason.planned', 'audiences.questions.reason.plannedWhy', {
                names: askedBy(id),
              }),
        ),
      ),
      ...reserves.flatMap((id) =>
        pick(id, (item) =>
          because(item, 'audiences.questions.reason.reserve', 'audiences.questions.reason.reserveWhy', {}),
        ),
      ),
    ],
    warnings,
  };
}
