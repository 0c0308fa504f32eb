import { checkConsistency } from '../consistency/index.js';
import {
  type Audience,
  type Candidacy,
  type Interview,
  type Interviewer,
  type Story,
  stageKindOf,
} from '../model/index.js';
import { isOffsetDateTime } from '../model/primitives.js';
import {
  audienceStoryTags,
  defaultFactThresholds,
  type FactName,
  type FactThresholds,
  type FactValue,
  type ReadinessFacts,
} from './catalogue.js';
import { deriveCompensationFacts, deriveFormatFacts } from './derive-logistics.js';
import {
  countContradictions,
  hasEntries,
  hasNumber,
  hasText,
  hasTradeOff,
  instantOf,
  isDoneBy,
  roundToTenth,
  setSimilarity,
  tellingsAround,
  tokenSet,
  tokenSimilarity,
} from './internal.js';

/** Options of {@link deriveFacts}. */
export interface DeriveFactsOptions {
  /** The time of the assessment, an ISO date-time with an offset. */
  readonly now: string;
  /** A consistency report already computed for this candidacy; {@link checkConsistency} runs when absent. */
  readonly consistency?: { readonly findings: readonly { readonly kind: string }[] };
  /** Overrides of {@link defaultFactThresholds}. */
  readonly thresholds?: Partial<FactThresholds>;
}

const HOUR = 3_600_000;

/** How senior an audience is, for picking the most senior interviewer. */
const SENIORITY: Readonly<Record<Audience, number>> = {
  'senior-leadership': 5,
  'hiring-manager': 4,
  'cross-functional': 3,
  peer: 2,
  'direct-report': 1,
  recruiter: 0,
};

/** The round being prepared and the interview that comes next. */
function findRound(interviews: readonly Interview[], now: number): { round: number; next?: Interview } {
  let next: Interview | undefined;
  let nextAt = Number.POSITIVE_INFINITY;
  let highest = 1;
  for (const interview of interviews) {
    highest = Math.max(highest, interview.round);
    const at = instantOf(interview.scheduledAt);
    if (at !== undefined && at > now && at < nextAt) {
      next = interview;
      nextAt = at;
    }
  }
  return next === undefined ? { round: highest } : { round: next.round, next };
}

function isResearched(interviewer: Interviewer): boolean {
  const research = interviewer.research;
  return (
    research !== undefined &&
    hasText(research.background) &&
    interviewer.tenureMonths !== undefined &&
    hasEntries(research.commonGround) &&
    hasEntries(research.recentActivity)
  );
}

/**
 * True when company news is noted for one of the most senior interviewers. Interviewers who share the top
 * seniority count alike, so the order the panel is listed in cannot change the answer.
 */
function isSeniorNewsResearched(interviewers: readonly Interviewer[]): boolean {
  let top = Number.NEGATIVE_INFINITY;
  for (const interviewer of interviewers) top = Math.max(top, SENIORITY[interviewer.audience]);
  return interviewers.some(
    (interviewer) => SENIORITY[interviewer.audience] === top && hasEntries(interviewer.research?.companyNews),
  );
}

function storyFits(story: Story, interviewer: Interviewer): boolean {
  const tags = audienceStoryTags[interviewer.audience];
  const tagged = tags.length === 0 || story.tags.some((tag) => tags.includes(tag));
  if (!tagged || interviewer.audience !== 'cross-functional') return tagged;
  const wanted = interviewer.function?.trim().toLowerCase();
  if (wanted === undefined || wanted === '') return true;
  return (story.partnerFunctions ?? []).some((name) => name.trim().toLowerCase() === wanted);
}

function deriveStoryFacts(candidacy: Candidacy, round: number, thresholds: FactThresholds) {
  let projectTellingsPlanned = 0;
  let repeatedProjectTellings = 0;
  let shallowProjectTellings = 0;
  let reasonForLeavingTellings = 0;
  let reasonForLeavingChanged = 0;
  for (const story of candidacy.stories) {
    const { earlier, planned } = tellingsAround(story, round);
    if (planned === undefined) continue;
    if (story.kind === 'project') {
      projectTellingsPlanned++;
      if (
        earlier !== undefined &&
        tokenSimilarity(earlier.text, planned.text) >= thresholds.repeatSimilarity
      ) {
        repeatedProjectTellings++;
      }
      if (!hasNumber(planned) || !hasTradeOff(story, planned)) shallowProjectTellings++;
    } else if (story.kind === 'reason-for-leaving' && earlier !== undefined) {
      reasonForLeavingTellings++;
      const reasonsDiffer = countContradictions(earlier, planned, thresholds.numberTolerance) > 0;
      if (reasonsDiffer || tokenSimilarity(earlier.text, planned.text) < thresholds.reasonSimilarity) {
        reasonForLeavingChanged++;
      }
    }
  }
  return {
    projectTellingsPlanned,
    repeatedProjectTellings,
    shallowProjectTellings,
    reasonForLeavingTellings,
    reasonForLeavingChanged,
  };
}

function deriveAudienceFacts(candidacy: Candidacy, interviewers: readonly Interviewer[]) {
  const present = new Set<Audience>();
  const unfit = new Set<Audience>();
  for (const interviewer of interviewers) {
    present.add(interviewer.audience);
    if (!candidacy.stories.some((story) => storyFits(story, interviewer))) unfit.add(interviewer.audience);
  }
  const fits = (audience: Audience) => !unfit.has(audience);
  return {
    present,
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
  round: number,
  present: ReadonlySet<Audience>,
) {
  const planned = (candidacy.questions ?? []).filter(
    (question) => question.askedInRound === undefined || question.askedInRound >= round,
  );
  const distinct = new Set(planned.map((question) => question.text.trim().toLowerCase()));
  let audiencesWithTooFewQuestions = 0;
  for (const audience of present) {
    if (planned.filter((question) => question.audiences.includes(audience)).length < 2) {
      audiencesWithTooFewQuestions++;
    }
  }
  // Word sets built once per text, not once per pair.
  const askedBefore = interviews
    .filter((interview) => interview.round < round)
    .flatMap((interview) => interview.debrief?.questionsAsked ?? [])
    .map(tokenSet);
  const questionsRepeatedFromRoundOne =
    askedBefore.length === 0
      ? 0
      : planned.filter((question) => {
          const words = tokenSet(question.text);
          return askedBefore.some((asked) => setSimilarity(asked, words) >= 0.9);
        }).length;
  return { questionsPlanned: distinct.size, audiencesWithTooFewQuestions, questionsRepeatedFromRoundOne };
}

function deriveConcernFacts(candidacy: Candidacy, round: number) {
  const concerns = (candidacy.concerns ?? []).filter((concern) => concern.raisedInRound < round);
  const revisits = concerns.filter((concern) => concern.plan?.action === 'revisit');
  return {
    concernsCount: concerns.length,
    concernsWithoutPlan: concerns.filter((concern) => concern.plan === undefined).length,
    revisitsPlanned: revisits.length,
    revisitsLate: revisits.filter((concern) => concern.plan?.timing === 'late').length,
    revisitsWithoutImprovedAnswer: revisits.filter((concern) => !hasText(concern.plan?.improvedAnswer))
      .length,
  };
}

/**
 * Derives the flat readiness facts of a candidacy at `now`: counts and yes/no answers about recall, research,
 * audiences, questions, concerns, formats, pay and logistics, setup and follow-through. The round being
 * prepared is the next upcoming interview's round, or the highest round when none is upcoming. Pure: no clock,
 * no I/O; the result is frozen and holds no personal data.
 *
 * @param candidacy - A candidacy as {@link parseCandidacy} returns it.
 * @param options - `now` (an ISO date-time with an offset), optionally a consistency report and thresholds.
 * @returns The facts named in {@link factCatalogue}; a fact that cannot be known is absent.
 * @throws When `now` is not an ISO date-time with an offset (a programming error).
 * @example
 * const facts = deriveFacts(candidacy, { now: '2026-12-02T09:00:00-05:00' });
 * facts.roundTwoNumber;
 * // => 2
 * @category Readiness
 */
export function deriveFacts(candidacy: Candidacy, options: DeriveFactsOptions): ReadinessFacts {
  if (typeof options?.now !== 'string' || !isOffsetDateTime(options.now)) {
    throw new TypeError(
      `deriveFacts: expected options.now as an ISO date-time with an offset (e.g. 2026-12-02T09:00:00-05:00), found ${String(options?.now)}: pass the assessment time explicitly`,
    );
  }
  const now = Date.parse(options.now);
  const thresholds = { ...defaultFactThresholds, ...options.thresholds };
  const { round, next } = findRound(candidacy.interviews, now);
  const current = candidacy.interviews.filter((interview) => interview.round === round);
  const interviewers = current.flatMap((interview) => interview.interviewers);
  const prep = candidacy.prep;
  const stories = deriveStoryFacts(candidacy, round, thresholds);
  const audiences = deriveAudienceFacts(candidacy, interviewers);
  const consistency = options.consistency ?? checkConsistency(candidacy);
  const contradictions = consistency.findings.filter((finding) => finding.kind === 'contradiction').length;
  const references = (interviewer: Interviewer) =>
    (interviewer.research?.plannedReferences ?? []).filter(hasText).length;

  const questions = deriveQuestionFacts(candidacy, candidacy.interviews, round, audiences.present);
  const concerns = deriveConcernFacts(candidacy, round);
  const formats = deriveFormatFacts(candidacy, current, now);
  const pay = deriveCompensationFacts(candidacy, now, options.now);
  const fit = audiences.facts;
  // One literal with every fact in catalogue order: every record shares one layout, which keeps lookups fast
  // when a batch is scored; a fact that cannot be known is undefined.
  const facts: { [name in FactName]: FactValue | undefined } = {
    hasUpcomingInterview: next !== undefined,
    hoursUntilNextInterview:
      next === undefined ? undefined : roundToTenth(((instantOf(next.scheduledAt) ?? now) - now) / HOUR),
    roundTwoNumber: round,
    roundOneNotesReviewed: isDoneBy(prep?.roundOneNotesReviewedAt, now),
    roundOneDebriefWritten: candidacy.interviews.some(
      (interview) => interview.round < round && interview.debrief !== undefined,
    ),
    unresolvedContradictions: contradictions,
    projectTellingsPlanned: stories.projectTellingsPlanned,
    repeatedProjectTellings: stories.repeatedProjectTellings,
    shallowProjectTellings: stories.shallowProjectTellings,
    reasonForLeavingTellings: stories.reasonForLeavingTellings,
    reasonForLeavingChanged: stories.reasonForLeavingChanged,
    roundTwoInterviewerCount: interviewers.length,
    interviewersNotResearched: interviewers.filter((interviewer) => !isResearched(interviewer)).length,
    interviewersWithoutReference: interviewers.filter((interviewer) => references(interviewer) === 0).length,
    interviewersWithTooManyReferences: interviewers.filter((interviewer) => references(interviewer) > 1)
      .length,
    seniorInterviewerNewsResearched: isSeniorNewsResearched(interviewers),
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
    questionsRepeatedFromRoundOne: questions.questionsRepeatedFromRoundOne,
    concernsCount: concerns.concernsCount,
    concernsWithoutPlan: concerns.concernsWithoutPlan,
    revisitsPlanned: concerns.revisitsPlanned,
    revisitsLate: concerns.revisitsLate,
    revisitsWithoutImprovedAnswer: concerns.revisitsWithoutImprovedAnswer,
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
    weeksUntilEarliestStart: pay.weeksUntilEarliestStart,
    relocationStance: pay.relocationStance,
    workModeStated: pay.workModeStated,
    roundTwoHasVideo: current.some((interview) => interview.medium === 'video'),
    roundTwoHasInPerson: current.some((interview) => interview.medium === 'in-person'),
    setupTested: isDoneBy(prep?.setupTestedAt, now),
    routePlanned: isDoneBy(prep?.routePlannedAt, now),
    platformTested: isDoneBy(prep?.platformTestedAt, now),
    checklistRun: isDoneBy(prep?.checklistRunAt, now),
    thankYouDrafted: isDoneBy(prep?.thankYouDraftedAt, now),
    offerPlanReady: hasText(prep?.outcomePlans?.ifOffer),
    rejectionPlanReady: hasText(prep?.outcomePlans?.ifRejected),
    activeOtherProcesses: (candidacy.pipeline?.otherProcesses ?? []).filter(
      (process) => stageKindOf(process) !== 'closed',
    ).length,
  };
  return Object.freeze(facts);
}
