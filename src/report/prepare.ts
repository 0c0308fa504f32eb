import {
  type AudienceProfile,
  type BankQuestion,
  type BriefForOptions,
  briefFor,
  type DraftThankYousOptions,
  draftThankYous,
  type InterviewerBrief,
  pickQuestions,
  type QuestionPlan,
  type QuestionRules,
  type TenureBand,
  type ThankYouDraft,
  type ThankYouTemplate,
} from '../audiences/index.js';
import { type CompensationBrief, compensationBrief, type NoticeNorm } from '../compensation/index.js';
import {
  type CheckConsistencyOptions,
  type ConsistencyLexicon,
  type ConsistencyReport,
  checkConsistency,
  type ToleranceOverrides,
} from '../consistency/index.js';
import type { FactThresholds } from '../facts/index.js';
import { safeLocale } from '../i18n/intl.js';
import { type Wording, type WordingOptions, wording as wordingOf } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import { type FocusState, nextInterview } from '../internal/interviews.js';
import type { LawTable } from '../jurisdictions/index.js';
import type { Texts } from '../locales/en.js';
import {
  type Audience,
  type Candidacy,
  type Concern,
  type Interview,
  isOffsetDateTime,
  type Process,
  requireParsedCandidacy,
} from '../model/index.js';
import { type CompiledScorer, compileScorer } from '../readiness/assess.js';
import type {
  BandThresholds,
  CreateScorerOptions,
  MessageCatalogue,
  Readiness,
  ReadinessLabels,
} from '../readiness/index.js';
import { defaultRulePack, type RulePack } from '../rules/index.js';
import { buildTimeline, type Timeline, type TimelineSettingsOverrides } from '../timeline/index.js';
import type { CallMemo, ReportSection } from './cache.js';
import { type ReportTextKey, reportTexts } from './texts.js';

export type { FocusState };

/**
 * The notice every report carries: second-round prepares a candidate and never judges one.
 *
 * @example
 * PREPARATION_ONLY_NOTICE.startsWith('A preparation aid');
 * // => true
 * @category Report
 */
export const PREPARATION_ONLY_NOTICE = reportTexts['report.notice'];

/**
 * Everything a candidate needs before (and after) the next interview, in one object.
 *
 * @category Report
 */
export interface PrepReport {
  /** The `now` the report was prepared at. */
  readonly preparedAt: string;
  /** The locale the report's texts were written for (BCP 47; `en` unless one was passed); renderMarkdown's default. */
  readonly locale: string;
  /** Who is preparing, for what. */
  readonly candidate: {
    readonly name: string;
    readonly timeZone: string;
    readonly jurisdiction: string | undefined;
    readonly role: string;
    readonly company: string;
  };
  /** The interview the briefs, questions and drafts are for: the next one at `now`, or else the last one held. */
  readonly focusInterview: {
    readonly id: string;
    readonly round: number;
    /** Absent for a round that is planned but not yet scheduled. */
    readonly scheduledAt?: string;
    /** False when every interview is over; the report then helps with the follow-through. */
    readonly upcoming: boolean;
    /** Where the focus interview stands at `now`: in progress, upcoming, planned without a date, or held. */
    readonly state: FocusState;
  };
  /**
   * The round the advice covers: every session of the focus interview's round (a morning panel and an
   * afternoon technical session are one round), in the candidacy's order.
   */
  readonly focusRound: {
    readonly round: number;
    readonly sessions: readonly { readonly id: string; readonly scheduledAt?: string }[];
  };
  /**
   * What the report leads with at `now`: `prepare` before the focus interview (or while it is planned
   * without a date); `follow-through` once it is held (thank-yous, the follow-up date, the decision window;
   * the preparation score only as history); `coach-next-round` once round one is held and no later round
   * is planned yet.
   */
  readonly mode: ReportMode;
  /** The readiness score, explained item by item. */
  readonly readiness: Readiness;
  /** The question plan for the focus round: every interviewer of every session, 4–6 distinct overall. */
  readonly questions: QuestionPlan;
  /** Round one against round two. */
  readonly consistency: ConsistencyReport;
  /** The dated list of what to do, and when. */
  readonly timeline: Timeline;
  /** One brief per interviewer of every session of the focus round. */
  readonly briefs: readonly InterviewerBrief[];
  /** One thank-you draft per interviewer of every session of the focus round. */
  readonly thankYouDrafts: readonly ThankYouDraft[];
  /** What to say when pay and logistics come up, with the law where the candidate lives. */
  readonly compensation: CompensationBrief;
  /** The concerns left from earlier rounds, with the planned revisit and its timing, as the candidate gave them. */
  readonly concerns: readonly Concern[];
  /** The other hiring processes the candidate is in, as sent. */
  readonly otherProcesses: readonly Process[];
  /** Guide advice no other part covers (video energy, notes at hand, the presentation open, waiting, tone). */
  readonly reminders: readonly ReportReminder[];
  /** {@link PREPARATION_ONLY_NOTICE}, in the report's language (`report.notice` of the text catalogue). */
  readonly notice: string;
}

/**
 * One line of guide advice, with where the guide covers it.
 *
 * @category Report
 */
export interface ReportReminder {
  /** `before` the focus round, `waiting` after it, or `every-interviewer` (a line for each brief). */
  readonly when: 'before' | 'waiting' | 'every-interviewer';
  /** The advice, in plain words. */
  readonly text: string;
  /** Where the guide covers it. */
  readonly source: string;
}

function remindersFor(
  candidacy: Candidacy,
  sessions: readonly Interview[],
  say: Wording<ReportTextKey>['say'],
): ReportReminder[] {
  const reminders: ReportReminder[] = [];
  const video = sessions.filter((session) => session.medium === 'video');
  if (video.length > 0) {
    reminders.push(
      { when: 'before', text: say('report.reminder.videoEnergy'), source: 'seed#video' },
      { when: 'before', text: say('report.reminder.notesAtHand'), source: 'seed#video' },
    );
    if (video.some((session) => session.formats.includes('presentation'))) {
      reminders.push({ when: 'before', text: say('report.reminder.presentationOpen'), source: 'seed#video' });
    }
  }
  const others = candidacy.pipeline?.otherProcesses ?? [];
  reminders.push({
    when: 'waiting',
    text: say(others.length > 0 ? 'report.reminder.waitingWithProcesses' : 'report.reminder.waiting'),
    source: 'seed#after',
  });
  reminders.push({
    when: 'every-interviewer',
    text: say('report.reminder.tone'),
    source: 'seed#consistency',
  });
  return reminders;
}

/**
 * What a report leads with; see {@link PrepReport.mode}.
 *
 * @category Report
 */
export type ReportMode = 'prepare' | 'follow-through' | 'coach-next-round';

/** Someone on two sessions of one round gets one brief and one note. */
function oncePerPerson<T extends { readonly interviewerId: string }>(items: readonly T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(item.interviewerId) && seen.add(item.interviewerId) !== undefined);
}

function modeOf(candidacy: Candidacy, round: number, state: FocusState): ReportMode {
  if (state !== 'held') return 'prepare';
  return candidacy.interviews.some((interview) => interview.round > round)
    ? 'follow-through'
    : round <= 1
      ? 'coach-next-round'
      : 'follow-through';
}

/**
 * The data sets a report is prepared with, each one replacing the exported default it is named after.
 * Every key is optional. {@link prepare} takes them as they are (typed values, e.g. the exported defaults
 * edited in code); {@link createPreparer} takes the same keys as JSON and validates each one first.
 *
 * @category Report
 */
export interface ReportData {
  /** A rule pack validated by {@link parseRulePack}; {@link defaultRulePack} otherwise. */
  readonly rules?: RulePack;
  /** Rule messages and recommendations in another language, keyed by rule id. */
  readonly messages?: MessageCatalogue;
  /** Tolerances of the consistency check, over `defaultTolerances`. */
  readonly tolerance?: ToleranceOverrides;
  /** The lexicon of the consistency check, in place of `englishLexicon`. */
  readonly lexicon?: ConsistencyLexicon;
  /** Replaces `defaultQuestionBank` in the question plan. */
  readonly questionBank?: readonly BankQuestion[];
  /** Replaces `defaultQuestionRules` in the question plan. */
  readonly questionRules?: QuestionRules;
  /** Replaces `defaultAudienceProfiles` in the briefs and in the score (which stories fit which audience). */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
  /** Replaces `defaultTenureBands` in the briefs. */
  readonly tenureBands?: readonly TenureBand[];
  /** Replaces `defaultSeniority` in the briefs (who gets the company-news note). */
  readonly seniority?: readonly Audience[];
  /** Replaces `defaultThankYouTemplate` in the thank-you drafts. */
  readonly thankYouTemplate?: ThankYouTemplate;
  /** Overrides of `defaultFactThresholds`, in the score. */
  readonly factThresholds?: Partial<FactThresholds>;
  /** Overrides of `defaultBandThresholds` (where each readiness band starts), in the score. */
  readonly bandThresholds?: Partial<BandThresholds>;
  /** Replaces `defaultLawTable` in the pay brief. */
  readonly laws?: LawTable;
  /** Replaces `defaultNoticeNorms` in the pay brief (what notice is usual, by country). */
  readonly noticeNorms?: readonly NoticeNorm[];
  /** Timeline settings over `defaultTimelineSettings`: the same key as in `buildTimeline`. */
  readonly timeline?: TimelineSettingsOverrides;
  /** The locale to write for (BCP 47: plurals, lists, numbers, dates, money); `en` by default. */
  readonly locale?: string;
  /** Translations of the text catalogue ({@link englishTexts}), checked by {@link parseTexts}; English where a key is missing. */
  readonly texts?: Partial<Texts>;
  /** Labels of the readiness part in another language (dimensions, band caps, notes). */
  readonly labels?: ReadinessLabels;
}

/**
 * Options of {@link prepare}: `now`, and any of the {@link ReportData} overrides.
 *
 * @category Report
 */
export interface PrepareOptions extends ReportData {
  /** The moment to prepare at, an ISO date-time with an offset. Nothing in the library reads the clock. */
  readonly now: string;
}

// One compiled scorer per pack, messages, profiles and thresholds (by object): compiling is the costly
// part, scoring is cheap. Weak keys, so a caller's data sets are never kept alive by the cache.
type ScorerTree = WeakMap<object, ScorerTree | CompiledScorer>;
const scorers: ScorerTree = new WeakMap();
const NONE = Object.freeze({});
// A locale is a string: one frozen key object per locale, so it can be a level of the weak tree (bounded).
const localeKeys = new Map<string, object>();

function localeKey(locale: string | undefined): object {
  if (locale === undefined) return NONE;
  let key = localeKeys.get(locale);
  if (key === undefined) {
    key = Object.freeze({ locale });
    if (localeKeys.size < 64) localeKeys.set(locale, key);
  }
  return key;
}

function scorerFor(data: ReportData, caller: string): CompiledScorer {
  const keys: object[] = [
    data.rules ?? defaultRulePack,
    data.messages ?? NONE,
    data.profiles ?? NONE,
    data.factThresholds ?? NONE,
    data.bandThresholds ?? NONE,
    data.labels ?? NONE,
    localeKey(data.locale),
  ];
  let tree = scorers;
  for (const key of keys.slice(0, -1)) {
    let next = tree.get(key);
    if (!(next instanceof WeakMap)) {
      next = new WeakMap();
      tree.set(key, next);
    }
    tree = next;
  }
  const last = keys.at(-1)!;
  const known = tree.get(last);
  if (known !== undefined && !(known instanceof WeakMap)) return known;
  const options: CreateScorerOptions = {
    ...(data.messages ? { messages: data.messages } : {}),
    ...(data.profiles ? { profiles: data.profiles } : {}),
    ...(data.factThresholds ? { thresholds: data.factThresholds } : {}),
    ...(data.bandThresholds ? { bandThresholds: data.bandThresholds } : {}),
    ...(data.labels ? { labels: data.labels } : {}),
    ...(data.locale ? { locale: data.locale } : {}),
  };
  const scorer = compileScorer(data.rules ?? defaultRulePack, options, caller);
  tree.set(last, scorer);
  return scorer;
}

/**
 * The parts a report is assembled from, made once from {@link ReportData}: by {@link prepare} per call (its
 * scorer cached per pack), by a preparer once. The one place a PrepReport is put together.
 *
 * @internal
 */
export interface ReportParts {
  /** The public function named in misuse errors. */
  readonly caller: string;
  readonly scorer: CompiledScorer;
  /** The consistency check; `storiesText` is the stories' JSON when the caller has it (the cache's key). */
  readonly consistencyOf: (candidacy: Candidacy, storiesText?: string) => ConsistencyReport;
  /** The opt-in per-part memo of a preparer with the cache; absent, every part is computed. */
  readonly memo?: (candidacy: Candidacy) => CallMemo;
  readonly questions: { readonly bank?: readonly BankQuestion[]; readonly rules?: QuestionRules };
  readonly briefs: BriefForOptions;
  readonly thankYous: DraftThankYousOptions;
  readonly timeline: TimelineSettingsOverrides | undefined;
  readonly laws: LawTable | undefined;
  readonly noticeNorms: readonly NoticeNorm[] | undefined;
  /** The locale and translations every capability writes with. */
  readonly wording: WordingOptions;
}

/**
 * Makes the {@link ReportParts} of a set of data sets.
 *
 * @internal
 */
export function reportParts(
  data: ReportData,
  caller: string,
  consistencyWith: (
    options: CheckConsistencyOptions,
  ) => (candidacy: Candidacy, storiesText?: string) => ConsistencyReport = (options) => (candidacy) =>
    checkConsistency(candidacy, options),
): ReportParts {
  const wording: WordingOptions = {
    ...(data.locale ? { locale: data.locale } : {}),
    ...(data.texts ? { texts: data.texts } : {}),
  };
  const consistencyOptions: CheckConsistencyOptions = {
    ...wording,
    ...(data.tolerance ? { tolerance: data.tolerance } : {}),
    ...(data.lexicon ? { lexicon: data.lexicon } : {}),
  };
  return {
    caller,
    scorer: scorerFor(data, caller),
    consistencyOf: consistencyWith(consistencyOptions),
    questions: {
      ...(data.questionBank ? { bank: data.questionBank } : {}),
      ...(data.questionRules ? { rules: data.questionRules } : {}),
    },
    briefs: {
      ...(data.profiles ? { profiles: data.profiles } : {}),
      ...(data.tenureBands ? { tenureBands: data.tenureBands } : {}),
      ...(data.seniority ? { seniority: data.seniority } : {}),
    },
    thankYous: data.thankYouTemplate ? { template: data.thankYouTemplate } : {},
    timeline: data.timeline,
    laws: data.laws,
    noticeNorms: data.noticeNorms,
    wording,
  };
}

/**
 * Assembles the report of one candidacy at `options.now` from its parts: the only code that builds a
 * {@link PrepReport} ({@link prepare}, {@link prepareSync} and every preparer call it).
 *
 * @internal
 */
export function assembleReport(candidacy: Candidacy, options: unknown, parts: ReportParts): PrepReport {
  requireParsedCandidacy(candidacy, parts.caller);
  const now: unknown =
    typeof options === 'object' && options !== null ? Reflect.get(options, 'now') : undefined;
  if (typeof now !== 'string' || !isOffsetDateTime(now)) {
    throw new TypeError(
      `${parts.caller}: expected options.now as an ISO date-time with an offset, found ${describeValue(now)}: pass e.g. { now: '2027-03-09T12:00:00-05:00' }`,
    );
  }
  const memo = parts.memo?.(candidacy);
  const kept: <T>(section: ReportSection, withStories: boolean, key: string, compute: () => T) => T = memo
    ? (section, withStories, key, compute) => memo.get(section, withStories, key, compute)
    : (_section, _withStories, _key, compute) => compute();
  const consistency = parts.consistencyOf(candidacy, memo?.storiesText);
  // Readiness kept by the candidacy, and its explained report by the facts it is built from: an edit that
  // changes no fact (most edits of a telling's wording) derives the facts again and builds nothing.
  const readiness = kept('readiness', true, now, () =>
    parts.scorer.scoreKeeping(
      candidacy,
      { now, consistency },
      memo ? (key, build) => memo.getBy('readinessBuilt', key, build) : undefined,
    ),
  );
  // A parsed candidacy has at least one interview, so there is always a focus.
  const { interview, state } = nextInterview(candidacy, Date.parse(now))!;
  const { candidate } = candidacy;
  const sessions = candidacy.interviews.filter((session) => session.round === interview.round);
  const { wording } = parts;
  const { say } = wordingOf(reportTexts, wording);
  // The timeline writes the candidate's name in one field only: kept without it, the name put back.
  const timelineKept = kept('timeline', false, now, () =>
    buildTimeline(candidacy, {
      now,
      ...(parts.timeline ? { timeline: parts.timeline } : {}),
      ...wording,
    }),
  );
  const timeline =
    timelineKept.candidateName === candidate.name
      ? timelineKept
      : { ...timelineKept, candidateName: candidate.name };
  return {
    preparedAt: now,
    locale: safeLocale(wording.locale),
    candidate: {
      name: candidate.name,
      timeZone: candidate.timeZone,
      jurisdiction: candidate.jurisdiction,
      role: candidate.targetRole.title,
      company: candidate.targetRole.company,
    },
    focusInterview: {
      id: interview.id,
      round: interview.round,
      ...(interview.scheduledAt === undefined ? {} : { scheduledAt: interview.scheduledAt }),
      upcoming: state !== 'held',
      state,
    },
    focusRound: {
      round: interview.round,
      sessions: sessions.map((session) =>
        session.scheduledAt === undefined
          ? { id: session.id }
          : { id: session.id, scheduledAt: session.scheduledAt },
      ),
    },
    mode: modeOf(candidacy, interview.round, state),
    readiness,
    questions: kept('questions', false, interview.id, () =>
      pickQuestions(candidacy, {
        interviewId: interview.id,
        wholeRound: true,
        ...parts.questions,
        ...wording,
      }),
    ),
    consistency,
    timeline,
    briefs: kept('briefs', true, interview.id, () =>
      oncePerPerson(
        sessions.flatMap((session) =>
          briefFor(candidacy, { interviewId: session.id, ...parts.briefs, ...wording }),
        ),
      ),
    ),
    thankYouDrafts: kept('thankYous', false, `${interview.id}\u0000${candidate.name}`, () =>
      oncePerPerson(
        sessions.flatMap((session) =>
          draftThankYous(candidacy, { interviewId: session.id, ...parts.thankYous, ...wording }),
        ),
      ),
    ),
    compensation: kept('compensation', false, now, () =>
      compensationBrief(candidacy, {
        now,
        ...(parts.laws ? { lawTable: parts.laws } : {}),
        ...(parts.noticeNorms ? { noticeNorms: parts.noticeNorms } : {}),
        ...wording,
      }),
    ),
    concerns: candidacy.concerns ?? [],
    otherProcesses: candidacy.pipeline?.otherProcesses ?? [],
    reminders: remindersFor(candidacy, sessions, say),
    notice: say('report.notice'),
  };
}

/**
 * Prepares a candidacy at `now`: readiness, the question plan and a brief per interviewer for the focus
 * round, round one against round two, the timeline, thank-you drafts and the pay brief. A convenience: it
 * returns a promise for compatibility but does no I/O, and gives the same report as {@link prepareSync}
 * and as `createPreparer(data).prepare` with the same data sets. The readiness part uses the pack
 * compiled once ({@link createScorer}), which gives the same result as `assessReadiness`
 * (`second-round/engine`) to the byte.
 *
 * @param candidacy - A candidacy from {@link parseCandidacy}.
 * @param options - `now` (required), and optionally any {@link ReportData} override: `rules`, `messages`,
 *   `tolerance`, `questionBank`, `questionRules`, `profiles`, `tenureBands`, `seniority`,
 *   `thankYouTemplate`, `factThresholds`, `bandThresholds`, `laws`, `timeline`.
 * @returns The whole report; render it with {@link renderMarkdown}.
 * @throws {TypeError} When the candidacy is not from parseCandidacy, or `now` is not an ISO date-time with
 *   an offset (programming errors, not bad data).
 * @example
 * const report = await prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' });
 * report.focusInterview.id;
 * // => 'round-2-panel'
 * @category Report
 */
export async function prepare(candidacy: Candidacy, options: PrepareOptions): Promise<PrepReport> {
  return assembleReport(candidacy, options, reportParts(options ?? {}, 'prepare'));
}

/**
 * {@link prepare} without the promise, for batch jobs and UIs that recompute on every keystroke. To
 * prepare many candidacies with one vendor configuration, {@link createPreparer} validates and compiles
 * it once.
 *
 * @param candidacy - A candidacy from {@link parseCandidacy}.
 * @param options - The same options as {@link prepare}.
 * @returns The same report as {@link prepare}.
 * @throws {TypeError} When the candidacy is not from parseCandidacy, or `now` is not an ISO date-time with an offset.
 * @example
 * prepareSync(candidacy, { now: '2027-03-09T12:00:00-05:00' }).briefs.length;
 * // => 5
 * @category Report
 */
export function prepareSync(candidacy: Candidacy, options: PrepareOptions): PrepReport {
  return assembleReport(candidacy, options, reportParts(options ?? {}, 'prepareSync'));
}
