import type { AudienceProfile } from '../audiences/profiles.js';
import { defaultAudienceProfiles, hasFittingStory } from '../audiences/profiles.js';
import { type ConsistencyFinding, checkConsistency } from '../consistency/index.js';
import { describeValue } from '../internal/describe.js';
import { roundInterviewers } from '../internal/interviewers.js';
import { nextInterview } from '../internal/interviews.js';
import { mostSeniorInterviewers } from '../internal/seniority.js';
import { isOffsetDateTime } from '../model/calendar.js';
import {
  type Audience,
  type Candidacy,
  type Interview,
  type Interviewer,
  requireParsedCandidacy,
  type Story,
  stageKindOf,
} from '../model/index.js';
import {
  defaultFactThresholds,
  type FactName,
  type FactThresholds,
  type FactValue,
  type ReadinessFacts,
} from './catalogue.js';
import { deriveCompensationFacts, deriveFormatFacts } from './derive-logistics.js';
import {
  hasEntries,
  hasText,
  hasTradeOff,
  instantOf,
  isDoneBy,
  judgeImprovedAnswer,
  readTelling,
  roundToTenth,
  setSimilarity,
  shortName,
  tellingsAround,
  tokenSet,
} from './internal.js';
import { defaultSubjectNames, type FactSubjects, type Subject, type SubjectNote } from './subjects.js';

/** Options of {@link deriveFacts}. */
export interface DeriveFactsOptions {
  /** The time of the assessment, an ISO date-time with an offset. */
  readonly now: string;
  /**
   * A consistency report already computed for this candidacy; {@link checkConsistency} runs when absent.
   * Story changes and contradictions are read from it (its findings' `kind` and `storyId`).
   */
  readonly consistency?: {
    readonly findings:
      | readonly Pick<ConsistencyFinding, 'kind' | 'storyId'>[]
      | readonly { readonly kind: string; readonly storyId?: string }[];
  };
  /** Overrides of {@link defaultFactThresholds}. */
  readonly thresholds?: Partial<FactThresholds>;
  /** Audience profiles: which stories fit which audience; `defaultAudienceProfiles` when absent. */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function person(interviewer: Interviewer, notes?: readonly SubjectNote[]): Subject {
  return notes === undefined || notes.length === 0
    ? { kind: 'interviewer', id: interviewer.id, name: interviewer.name }
    : { kind: 'interviewer', id: interviewer.id, name: interviewer.name, notes };
}

function position(id: 'start' | 'work-mode'): Subject {
  return { kind: 'position', id, name: defaultSubjectNames[id] };
}

function storySubject(story: Story, notes?: readonly SubjectNote[]): Subject {
  return notes === undefined || notes.length === 0
    ? { kind: 'story', id: story.id, name: story.title }
    : { kind: 'story', id: story.id, name: story.title, notes };
}

function researchGaps(interviewer: Interviewer): SubjectNote[] {
  const research = interviewer.research;
  const notes: SubjectNote[] = [];
  if (!hasText(research?.background)) notes.push({ code: 'no-background' });
  if (interviewer.tenureMonths === undefined) notes.push({ code: 'no-tenure' });
  if (!hasEntries(research?.commonGround)) notes.push({ code: 'no-common-ground' });
  if (!hasEntries(research?.recentActivity)) notes.push({ code: 'no-recent-activity' });
  return notes;
}

function deriveResearchFacts(interviewers: readonly Interviewer[]) {
  const notResearched: Subject[] = [];
  const withoutReference: Subject[] = [];
  const tooMany: Subject[] = [];
  for (const interviewer of interviewers) {
    const gaps = researchGaps(interviewer);
    if (gaps.length > 0) notResearched.push(person(interviewer, gaps));
    const references = (interviewer.research?.plannedReferences ?? []).filter(hasText).length;
    if (references === 0) withoutReference.push(person(interviewer));
    if (references > 1) tooMany.push(person(interviewer, [{ code: 'references', count: references }]));
  }
  const senior = mostSeniorInterviewers(interviewers);
  const newsNoted = senior.some((interviewer) => hasEntries(interviewer.research?.companyNews));
  return {
    notResearched,
    withoutReference,
    tooMany,
    senior: senior.map((interviewer) =>
      person(interviewer, newsNoted ? undefined : [{ code: 'no-company-news' }]),
    ),
    newsNoted,
  };
}

/** Stories with a contradiction finding, and how many details each has that differ. */
function contradictedStories(report: NonNullable<DeriveFactsOptions['consistency']>): {
  total: number;
  byStory: Map<string, number>;
} {
  const byStory = new Map<string, number>();
  let total = 0;
  for (const finding of report.findings) {
    if (finding.kind !== 'contradiction') continue;
    total++;
    const storyId = finding.storyId;
    if (storyId !== undefined) byStory.set(storyId, (byStory.get(storyId) ?? 0) + 1);
  }
  return { total, byStory };
}

function deriveStoryFacts(
  candidacy: Candidacy,
  round: number,
  thresholds: FactThresholds,
  contradicted: ReadonlyMap<string, number>,
) {
  let projectTellingsPlanned = 0;
  let reasonForLeavingTellings = 0;
  let withTradeOff = 0;
  const repeated: Subject[] = [];
  const shallow: Subject[] = [];
  const reasonChanged: Subject[] = [];
  const contradictions: Subject[] = [];
  for (const story of candidacy.stories) {
    const differing = contradicted.get(story.id);
    if (differing !== undefined)
      contradictions.push(storySubject(story, [{ code: 'contradicts', count: differing }]));
    const { earlier, planned } = tellingsAround(story, round);
    if (planned === undefined) continue;
    if (story.kind === 'project') {
      projectTellingsPlanned++;
      // The planned telling is tokenized once for both its word set and its numbers.
      const reading = readTelling(planned);
      if (
        earlier !== undefined &&
        setSimilarity(tokenSet(earlier.text), reading.words) >= thresholds.repeatSimilarity
      ) {
        repeated.push(storySubject(story, [{ code: 'repeats-round-one' }]));
      }
      if (!reading.hasNumber) shallow.push(storySubject(story));
      if (hasTradeOff(story, planned)) withTradeOff++;
    } else if (story.kind === 'reason-for-leaving' && earlier !== undefined) {
      reasonForLeavingTellings++;
      // Whether the reason changed is the consistency check's answer, not a second word count.
      if (differing !== undefined)
        reasonChanged.push(storySubject(story, [{ code: 'contradicts', count: differing }]));
    }
  }
  return {
    projectTellingsPlanned,
    reasonForLeavingTellings,
    withTradeOff,
    repeated,
    shallow,
    reasonChanged,
    contradictions,
  };
}

function deriveAudienceFacts(
  candidacy: Candidacy,
  interviewers: readonly Interviewer[],
  profiles: Readonly<Record<Audience, AudienceProfile>>,
) {
  const present = new Set<Audience>();
  const unfit = new Set<Audience>();
  const unfitPeople: Subject[] = [];
  const unfitBy = new Map<Audience, Subject[]>();
  for (const interviewer of interviewers) {
    present.add(interviewer.audience);
    if (!hasFittingStory(candidacy, interviewer, profiles)) {
      unfit.add(interviewer.audience);
      const subject = person(interviewer);
      unfitPeople.push(subject);
      unfitBy.set(interviewer.audience, [...(unfitBy.get(interviewer.audience) ?? []), subject]);
    }
  }
  const fits = (audience: Audience) => !unfit.has(audience);
  return {
    present,
    unfitPeople,
    unfitBy,
    facts: {
      hasHiringManagerInterviewer: present.has('hiring-manager'),
      hasPeerInterviewer: present.has('peer'),
      hasDirectReportInterviewer: present.has('direct-report'),
      hasSeniorLeadershipInterviewer: present.has('senior-leadership'),
      hasCrossFunctionalInterviewer: present.has('cross-functional'),
      storyFitsHiringManager: fits('hiring-manager'),
      storyFitsPeers: fits('peer'),
      storyFitsDirectReports: fits('direct-report'),
      storyFitsSeniorLeadership: fits('senior-leadership'),
      storyFitsCrossFunctional: fits('cross-functional'),
      audiencesWithoutStory: unfit.size,
    },
  };
}

function deriveQuestionFacts(
  candidacy: Candidacy,
  interviews: readonly Interview[],
  interviewers: readonly Interviewer[],
  round: number,
) {
  const planned = (candidacy.questions ?? []).filter(
    (question) => question.askedInRound === undefined || question.askedInRound >= round,
  );
  const distinct = new Set(planned.map((question) => question.text.trim().toLowerCase()));
  const short: Subject[] = [];
  const shortAudiences = new Set<Audience>();
  for (const interviewer of interviewers) {
    const tagged = planned.filter((question) => question.audiences.includes(interviewer.audience)).length;
    if (tagged < 2) {
      shortAudiences.add(interviewer.audience);
      short.push(person(interviewer, [{ code: 'questions', count: tagged }]));
    }
  }
  // Word sets built once per text, not once per pair.
  const askedBefore = interviews
    .filter((interview) => interview.round < round)
    .flatMap((interview) => interview.debrief?.questionsAsked ?? [])
    .map(tokenSet);
  const repeated: Subject[] =
    askedBefore.length === 0
      ? []
      : planned
          .filter((question) => {
            const words = tokenSet(question.text);
            return askedBefore.some((asked) => setSimilarity(asked, words) >= 0.9);
          })
          .map((question) => ({
            kind: 'question' as const,
            id: question.id,
            name: question.text,
            notes: [{ code: 'asked-before' as const }],
          }));
  return {
    questionsPlanned: distinct.size,
    audiencesWithTooFewQuestions: shortAudiences.size,
    short,
    repeated,
  };
}

function deriveConcernFacts(
  candidacy: Candidacy,
  interviews: readonly Interview[],
  round: number,
  thresholds: FactThresholds,
) {
  const concerns = (candidacy.concerns ?? []).filter((concern) => concern.raisedInRound < round);
  const subject = (concern: (typeof concerns)[number], notes?: readonly SubjectNote[]): Subject => ({
    kind: 'concern',
    id: concern.id,
    name: shortName(concern.topic),
    ...(notes === undefined ? {} : { notes }),
  });
  const revisits = concerns.filter((concern) => concern.plan?.action === 'revisit');
  const withoutImproved: Subject[] = [];
  for (const concern of revisits) {
    const notes = interviews
      .filter((interview) => interview.round === concern.raisedInRound)
      .map((interview) => interview.debrief?.summary ?? '')
      .join(' ');
    const verdict = judgeImprovedAnswer(
      concern.plan?.improvedAnswer,
      `${concern.topic} ${notes}`,
      thresholds.improvedAnswerNewShare,
    );
    if (verdict === 'missing') withoutImproved.push(subject(concern, [{ code: 'no-improved-answer' }]));
    else if (verdict !== 'improved') withoutImproved.push(subject(concern, [{ code: verdict }]));
  }
  return {
    concernsCount: concerns.length,
    withoutPlan: concerns
      .filter((concern) => concern.plan === undefined)
      .map((c) => subject(c, [{ code: 'no-plan' }])),
    revisits: revisits.map((concern) => subject(concern)),
    late: revisits
      .filter((concern) => concern.plan?.timing === 'late')
      .map((c) => subject(c, [{ code: 'late' }])),
    withoutImproved,
  };
}

const ACTIVE_STAGES = new Set(['applied', 'screening', 'interviewing', 'final-round', 'offer']);

/** Other processes that are active (by stageKindOf) and recent (activity within the threshold, when dated). */
function deriveProcessFacts(candidacy: Candidacy, now: number, thresholds: FactThresholds) {
  const maintained: Subject[] = [];
  const stale: Subject[] = [];
  (candidacy.pipeline?.otherProcesses ?? []).forEach((process, index) => {
    const kind = stageKindOf(process);
    const id = `otherProcesses[${index}]`;
    if (kind === 'closed') return;
    if (!ACTIVE_STAGES.has(kind)) {
      stale.push({ kind: 'process', id, name: process.company, notes: [{ code: 'paused' }] });
      return;
    }
    const last = instantOf(process.lastActivityAt);
    const idleDays = last === undefined ? 0 : Math.floor((now - last) / DAY);
    if (idleDays > thresholds.otherProcessRecentDays) {
      stale.push({ kind: 'process', id, name: process.company, notes: [{ code: 'idle', count: idleDays }] });
    } else maintained.push({ kind: 'process', id, name: process.company });
  });
  return { maintained, stale };
}

/** The facts and the subjects each counting fact counted; the subjects never reach the rules. */
export interface FactsWithSubjects {
  readonly facts: ReadinessFacts;
  readonly subjects: FactSubjects;
}

/**
 * Derives the flat readiness facts of a candidacy at `now`: counts and yes/no answers about recall, research,
 * audiences, questions, concerns, formats, pay and logistics, setup and follow-through. The round being
 * prepared is the focus interview's (the one `nextInterview` picks: in progress, else next, else planned
 * without a date, else the last held). Pure: no clock, no I/O; the result is frozen and holds no personal data.
 *
 * @param candidacy - A candidacy as {@link parseCandidacy} returns it.
 * @param options - `now` (an ISO date-time with an offset), optionally a consistency report, thresholds and
 *   audience profiles.
 * @returns The facts named in {@link factCatalogue}; a fact that cannot be known is absent.
 * @throws When `now` is not an ISO date-time with an offset (a programming error).
 * @example
 * const facts = deriveFacts(candidacy, { now: '2026-12-02T09:00:00-05:00' });
 * facts.roundTwoNumber;
 * // => 2
 * @category Readiness
 */
export function deriveFacts(candidacy: Candidacy, options: DeriveFactsOptions): ReadinessFacts {
  return deriveFactsWithSubjects(candidacy, options, 'deriveFacts').facts;
}

/** {@link deriveFacts} with the subjects behind each count (ids and display names), for messages. */
export function deriveFactsWithSubjects(
  candidacy: Candidacy,
  options: DeriveFactsOptions,
  caller = 'deriveFacts',
): FactsWithSubjects {
  requireParsedCandidacy(candidacy, caller);
  if (typeof options?.now !== 'string' || !isOffsetDateTime(options.now)) {
    throw new TypeError(
      `${caller}: expected options.now as an ISO date-time with an offset, found ${describeValue(options?.now)}: pass e.g. { now: '2026-12-02T09:00:00-05:00' }`,
    );
  }
  const now = Date.parse(options.now);
  const thresholds = { ...defaultFactThresholds, ...options.thresholds };
  const focus = nextInterview(candidacy, now);
  const round = focus?.interview.round ?? 1;
  const current = candidacy.interviews.filter((interview) => interview.round === round);
  const interviewers = roundInterviewers(candidacy.interviews, round);
  const prep = candidacy.prep;
  const consistency = options.consistency ?? checkConsistency(candidacy);
  const contradicted = contradictedStories(consistency);
  const stories = deriveStoryFacts(candidacy, round, thresholds, contradicted.byStory);
  const research = deriveResearchFacts(interviewers);
  const audiences = deriveAudienceFacts(candidacy, interviewers, options.profiles ?? defaultAudienceProfiles);
  const questions = deriveQuestionFacts(candidacy, candidacy.interviews, interviewers, round);
  const concerns = deriveConcernFacts(candidacy, candidacy.interviews, round, thresholds);
  const state = focus?.state ?? 'none';
  const dated = state === 'upcoming' || state === 'in-progress';
  const startsAt = dated ? (instantOf(focus?.interview.scheduledAt) ?? now) : undefined;
  const hours = startsAt === undefined ? undefined : roundToTenth(Math.max(0, startsAt - now) / HOUR);
  const formats = deriveFormatFacts(candidacy, current, now, hours);
  const pay = deriveCompensationFacts(candidacy, now, options.now);
  const logisticsMissing: Subject[] = [
    ...(pay.startDateKnown ? [] : [position('start')]),
    ...(pay.workModeStated ? [] : [position('work-mode')]),
  ];
  const processes = deriveProcessFacts(candidacy, now, thresholds);
  const fit = audiences.facts;
  // One literal with every fact in catalogue order: every record shares one layout, which keeps lookups fast
  // when a batch is scored; a fact that cannot be known is undefined.
  const facts: { [name in FactName]: FactValue | undefined } = {
    hasUpcomingInterview: dated,
    hoursUntilNextInterview: hours,
    focusState: state,
    roundTwoNumber: round,
    roundOneNotesReviewed: isDoneBy(prep?.roundOneNotesReviewedAt, now),
    roundOneDebriefWritten: candidacy.interviews.some(
      (interview) => interview.round < round && interview.debrief !== undefined,
    ),
    unresolvedContradictions: contradicted.total,
    projectTellingsPlanned: stories.projectTellingsPlanned,
    repeatedProjectTellings: stories.repeated.length,
    shallowProjectTellings: stories.shallow.length,
    projectTellingsWithTradeOff: stories.withTradeOff,
    reasonForLeavingTellings: stories.reasonForLeavingTellings,
    reasonForLeavingChanged: stories.reasonChanged.length,
    roundTwoInterviewerCount: interviewers.length,
    interviewersNotResearched: research.notResearched.length,
    interviewersWithoutReference: research.withoutReference.length,
    interviewersWithTooManyReferences: research.tooMany.length,
    seniorInterviewerNewsResearched: research.newsNoted,
    managesPeople: candidacy.candidate.targetRole.managesPeople,
    hasHiringManagerInterviewer: fit.hasHiringManagerInterviewer,
    hasPeerInterviewer: fit.hasPeerInterviewer,
    hasDirectReportInterviewer: fit.hasDirectReportInterviewer,
    hasSeniorLeadershipInterviewer: fit.hasSeniorLeadershipInterviewer,
    hasCrossFunctionalInterviewer: fit.hasCrossFunctionalInterviewer,
    storyFitsHiringManager: fit.storyFitsHiringManager,
    storyFitsPeers: fit.storyFitsPeers,
    storyFitsDirectReports: fit.storyFitsDirectReports,
    storyFitsSeniorLeadership: fit.storyFitsSeniorLeadership,
    storyFitsCrossFunctional: fit.storyFitsCrossFunctional,
    audiencesWithoutStory: fit.audiencesWithoutStory,
    questionsPlanned: questions.questionsPlanned,
    audiencesWithTooFewQuestions: questions.audiencesWithTooFewQuestions,
    questionsRepeatedFromRoundOne: questions.repeated.length,
    concernsCount: concerns.concernsCount,
    concernsWithoutPlan: concerns.withoutPlan.length,
    revisitsPlanned: concerns.revisits.length,
    revisitsLate: concerns.late.length,
    revisitsWithoutImprovedAnswer: concerns.withoutImproved.length,
    hasSpecialFormat: formats.hasSpecialFormat,
    formatPrepDone: formats.formatPrepDone,
    hasPresentation: formats.hasPresentation,
    presentationRehearsals: formats.presentationRehearsals,
    presentationFitsSlot: formats.presentationFitsSlot,
    presentationSlotMinutes: formats.presentationSlotMinutes,
    presentationClosingSlide: formats.presentationClosingSlide,
    presentationBackupPlan: formats.presentationBackupPlan,
    hasTakeHome: formats.hasTakeHome,
    takeHomeTimeboxHours: formats.takeHomeTimeboxHours,
    takeHomeWithinTimebox: formats.takeHomeWithinTimebox,
    takeHomeWriteupWords: formats.takeHomeWriteupWords,
    hasTechnical: formats.hasTechnical,
    technicalPlatformPracticed: formats.technicalPlatformPracticed,
    hasCaseStudy: formats.hasCaseStudy,
    caseStudyPracticed: formats.caseStudyPracticed,
    hasRolePlay: formats.hasRolePlay,
    rolePlayPracticed: formats.rolePlayPracticed,
    hasShadowDay: formats.hasShadowDay,
    shadowDayPrepared: formats.shadowDayPrepared,
    compensationRangeSet: pay.compensationRangeSet,
    compensationBasisStated: pay.compensationBasisStated,
    compensationResearched: pay.compensationResearched,
    plansToDiscloseCurrentSalary: pay.plansToDiscloseCurrentSalary,
    payHistoryLawKnown: pay.payHistoryLawKnown,
    payHistoryLaw: pay.payHistoryLaw,
    payHistoryNote: pay.payHistoryNote,
    walkAwaySet: pay.walkAwaySet,
    startDateKnown: pay.startDateKnown,
    noticePeriodStated: pay.noticePeriodStated,
    weeksUntilEarliestStart: pay.weeksUntilEarliestStart,
    relocationStance: pay.relocationStance,
    workModeStated: pay.workModeStated,
    logisticsPositionsMissing: logisticsMissing.length,
    roundTwoHasVideo: current.some((interview) => interview.medium === 'video'),
    roundTwoHasInPerson: current.some((interview) => interview.medium === 'in-person'),
    setupTested: isDoneBy(prep?.setupTestedAt, now),
    routePlanned: isDoneBy(prep?.routePlannedAt, now),
    platformTested: isDoneBy(prep?.platformTestedAt, now),
    checklistRun: isDoneBy(prep?.checklistRunAt, now),
    thankYouDrafted: isDoneBy(prep?.thankYouDraftedAt, now),
    offerPlanReady: hasText(prep?.outcomePlans?.ifOffer),
    rejectionPlanReady: hasText(prep?.outcomePlans?.ifRejected),
    activeOtherProcesses: processes.maintained.length,
  };
  const subjects: FactSubjects = {
    unresolvedContradictions: stories.contradictions,
    repeatedProjectTellings: stories.repeated,
    shallowProjectTellings: stories.shallow,
    reasonForLeavingChanged: stories.reasonChanged,
    roundTwoInterviewerCount: interviewers.map((interviewer) => person(interviewer)),
    interviewersNotResearched: research.notResearched,
    interviewersWithoutReference: research.withoutReference,
    interviewersWithTooManyReferences: research.tooMany,
    seniorInterviewerNewsResearched: research.senior,
    audiencesWithoutStory: audiences.unfitPeople,
    storyFitsHiringManager: audiences.unfitBy.get('hiring-manager') ?? [],
    storyFitsPeers: audiences.unfitBy.get('peer') ?? [],
    storyFitsDirectReports: audiences.unfitBy.get('direct-report') ?? [],
    storyFitsSeniorLeadership: audiences.unfitBy.get('senior-leadership') ?? [],
    storyFitsCrossFunctional: audiences.unfitBy.get('cross-functional') ?? [],
    audiencesWithTooFewQuestions: questions.short,
    questionsRepeatedFromRoundOne: questions.repeated,
    concernsWithoutPlan: concerns.withoutPlan,
    revisitsPlanned: concerns.revisits,
    revisitsLate: concerns.late,
    revisitsWithoutImprovedAnswer: concerns.withoutImproved,
    activeOtherProcesses: [...processes.maintained, ...processes.stale],
    formatPrepDone: formats.unprepared,
    logisticsPositionsMissing: logisticsMissing,
  };
  return { facts: Object.freeze(facts), subjects: Object.freeze(subjects) };
}
