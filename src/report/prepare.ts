import {
  briefFor,
  draftThankYous,
  type InterviewerBrief,
  pickQuestions,
  type QuestionPlan,
  type ThankYouDraft,
} from '../audiences/index.js';
import { type CompensationBrief, compensationBrief } from '../compensation/index.js';
import { type ConsistencyReport, checkConsistency, type ToleranceOverrides } from '../consistency/index.js';
import { type FocusState, nextInterview } from '../internal/interviews.js';

export type { FocusState };

import { type Candidacy, requireParsedCandidacy } from '../model/index.js';
import { createScorer, type MessageCatalogue, type Readiness, type Scorer } from '../readiness/index.js';
import { defaultRulePack, type RulePack } from '../rules/index.js';
import { buildTimeline, type Timeline, type TimelineSettings } from '../timeline/index.js';

/**
 * The notice every report carries: second-round prepares a candidate and never judges one.
 *
 * @example
 * PREPARATION_ONLY_NOTICE.startsWith('A preparation aid');
 * // => true
 * @category Report
 */
export const PREPARATION_ONLY_NOTICE =
  'A preparation aid for the candidate: it never says whether anyone should be hired, and must not be used in a hiring decision.';

/**
 * Everything a candidate needs before (and after) the next interview, in one object.
 *
 * @category Report
 */
export interface PrepReport {
  /** The `now` the report was prepared at. */
  readonly preparedAt: string;
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
  /** The readiness score, explained item by item. */
  readonly readiness: Readiness;
  /** The question plan for the focus interview. */
  readonly questions: QuestionPlan;
  /** Round one against round two. */
  readonly consistency: ConsistencyReport;
  /** The dated list of what to do, and when. */
  readonly timeline: Timeline;
  /** One brief per interviewer of the focus interview. */
  readonly briefs: readonly InterviewerBrief[];
  /** One thank-you draft per interviewer of the focus interview. */
  readonly thankYouDrafts: readonly ThankYouDraft[];
  /** What to say when pay and logistics come up, with the law where the candidate lives. */
  readonly compensation: CompensationBrief;
  /** {@link PREPARATION_ONLY_NOTICE}. */
  readonly notice: string;
}

/**
 * Options of {@link prepare}.
 *
 * @category Report
 */
export interface PrepareOptions {
  /** The moment to prepare at, an ISO date-time with an offset. Nothing in the library reads the clock. */
  readonly now: string;
  /** A rule pack validated by {@link parseRulePack}; {@link defaultRulePack} otherwise. */
  readonly rules?: RulePack;
  /** Rule messages and recommendations in another language, keyed by rule id. */
  readonly messages?: MessageCatalogue;
  /** Tolerances of the consistency check. */
  readonly tolerance?: ToleranceOverrides;
  /** Timeline settings: thank-you hours, follow-up days, decision window and so on. */
  readonly timeline?: Partial<TimelineSettings>;
}

// One compiled scorer per pack object: compiling is the costly part, scoring is cheap.
const scorers = new WeakMap<RulePack, WeakMap<MessageCatalogue, Scorer> | Scorer>();
const NO_MESSAGES: MessageCatalogue = Object.freeze({});

function scorerFor(pack: RulePack, messages: MessageCatalogue | undefined): Scorer {
  let byMessages = scorers.get(pack);
  if (!(byMessages instanceof WeakMap)) {
    byMessages = new WeakMap();
    scorers.set(pack, byMessages);
  }
  const key = messages ?? NO_MESSAGES;
  let scorer = byMessages.get(key);
  if (!scorer) {
    scorer = createScorer(pack, messages ? { messages } : {});
    byMessages.set(key, scorer);
  }
  return scorer;
}

/**
 * Prepares a candidacy at `now`: readiness, the question plan and a brief per interviewer for the next
 * interview, round one against round two, the timeline, thank-you drafts and the pay brief. The readiness
 * part uses the pack compiled once ({@link createScorer}), which gives the same result as
 * `assessReadiness` (`second-round/engine`) to the byte.
 *
 * @param candidacy - A candidacy from {@link parseCandidacy}.
 * @param options - `now` (required), and optionally a rule pack, messages, tolerances and timeline settings.
 * @returns The whole report; render it with {@link renderMarkdown}.
 * @throws {TypeError} When `now` is not an ISO date-time with an offset (a programming error, not bad data).
 * @example
 * const report = await prepare(candidacy, { now: '2027-03-09T12:00:00-05:00' });
 * report.focusInterview.id;
 * // => 'round-2-panel'
 * @category Report
 */
export async function prepare(candidacy: Candidacy, options: PrepareOptions): Promise<PrepReport> {
  return prepareSync(candidacy, options);
}

/**
 * {@link prepare} without the promise, for batch jobs and UIs that recompute on every keystroke.
 *
 * @param candidacy - A candidacy from {@link parseCandidacy}.
 * @param options - The same options as {@link prepare}.
 * @returns The same report as {@link prepare}.
 * @throws {TypeError} When `now` is not an ISO date-time with an offset.
 * @example
 * prepareSync(candidacy, { now: '2027-03-09T12:00:00-05:00' }).briefs.length;
 * // => 5
 * @category Report
 */
export function prepareSync(candidacy: Candidacy, options: PrepareOptions): PrepReport {
  requireParsedCandidacy(candidacy, 'prepare');
  const { now } = options;
  if (typeof now !== 'string' || Number.isNaN(Date.parse(now))) {
    throw new TypeError(
      `prepare: options.now must be an ISO date-time with an offset, like 2027-03-09T12:00:00-05:00; got ${String(now)}`,
    );
  }
  const consistency = checkConsistency(candidacy, options.tolerance ? { tolerance: options.tolerance } : {});
  const readiness = scorerFor(options.rules ?? defaultRulePack, options.messages).score(candidacy, now, {
    consistency,
  });
  // A parsed candidacy has at least one interview, so there is always a focus.
  const { interview, state } = nextInterview(candidacy, Date.parse(now))!;
  const { candidate } = candidacy;
  return {
    preparedAt: now,
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
    readiness,
    questions: pickQuestions(candidacy, { interviewId: interview.id }),
    consistency,
    timeline: buildTimeline(candidacy, options.timeline ? { now, settings: options.timeline } : { now }),
    briefs: briefFor(candidacy, interview.id),
    thankYouDrafts: draftThankYous(candidacy, interview.id),
    compensation: compensationBrief(candidacy, { now }),
    notice: PREPARATION_ONLY_NOTICE,
  };
}
