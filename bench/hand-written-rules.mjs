// The floor: the default pack's 46 checks written by hand over the fact record, in the pack's declared order.
// Same semantics as the compiled scorer: a missing (undefined or null) fact fails its leaf, numeric
// comparisons need a number. Kept in step with src/rules/default-rules-*.ts; run.mjs checks every outcome
// against the compiled scorer and json-rules-engine before timing, so a drift shows up as a mismatch.

const P = 'passed';
const F = 'failed';
const N = 'not-applicable';

const isTrue = (value) => value === true;
const isZero = (value) => value === 0;
const isNumber = (value) => typeof value === 'number' && !Number.isNaN(value);
const above = (value, limit) => isNumber(value) && value > limit;
const atLeast = (value, limit) => isNumber(value) && value >= limit;
const atMost = (value, limit) => isNumber(value) && value <= limit;
const status = (passes) => (passes ? P : F);
const when = (applies, passes) => (applies ? status(passes) : N);
const PENDING = 'pending';
/** A rule with `pendingWhen`: a failure while the interview is undated or far enough ahead is pending. */
const later = (applies, passes, pending) => (!applies ? N : passes ? P : pending ? PENDING : F);

/**
 * Each default rule's status for one fact record, in the default pack's order.
 *
 * @param f - A fact record from deriveFacts.
 * @returns 46 statuses: 'passed', 'failed', 'pending' or 'not-applicable'.
 */
export function handWrittenStatuses(f) {
  const projectTellings = above(f.projectTellingsPlanned, 0);
  const hasInterviewers = above(f.roundTwoInterviewerCount, 0);
  const revisits = above(f.revisitsPlanned, 0);
  const presentation = isTrue(f.hasPresentation);
  const takeHome = isTrue(f.hasTakeHome);
  const video = isTrue(f.roundTwoHasVideo);
  const inPerson = isTrue(f.roundTwoHasInPerson);
  const undated = f.focusState === 'undated';
  const aheadBy = (hours) => undated || above(f.hoursUntilNextInterview, hours);
  return [
    status(isTrue(f.roundOneNotesReviewed)),
    status(isZero(f.unresolvedContradictions)),
    status(isTrue(f.roundOneDebriefWritten)),
    when(projectTellings, isZero(f.repeatedProjectTellings)),
    when(projectTellings, isZero(f.shallowProjectTellings) && atLeast(f.projectTellingsWithTradeOff, 1)),
    when(above(f.reasonForLeavingTellings, 0), isZero(f.reasonForLeavingChanged)),
    when(hasInterviewers, isZero(f.interviewersNotResearched)),
    when(hasInterviewers, isZero(f.interviewersWithoutReference)),
    when(hasInterviewers, isZero(f.interviewersWithTooManyReferences)),
    when(hasInterviewers, isTrue(f.seniorInterviewerNewsResearched)),
    when(hasInterviewers, isZero(f.audiencesWithoutStory)),
    when(isTrue(f.hasHiringManagerInterviewer), isTrue(f.storyFitsHiringManager)),
    when(isTrue(f.hasPeerInterviewer), isTrue(f.storyFitsPeers)),
    when(isTrue(f.managesPeople) && isTrue(f.hasDirectReportInterviewer), isTrue(f.storyFitsDirectReports)),
    when(isTrue(f.hasSeniorLeadershipInterviewer), isTrue(f.storyFitsSeniorLeadership)),
    when(isTrue(f.hasCrossFunctionalInterviewer), isTrue(f.storyFitsCrossFunctional)),
    status(
      atLeast(f.questionsPlanned, 4) &&
        atMost(f.questionsPlanned, 6) &&
        isZero(f.audiencesWithTooFewQuestions),
    ),
    when(above(f.questionsPlanned, 0), isZero(f.questionsRepeatedFromRoundOne)),
    when(above(f.concernsCount, 0), isZero(f.concernsWithoutPlan)),
    when(revisits, isZero(f.revisitsLate)),
    when(revisits, isZero(f.revisitsWithoutImprovedAnswer)),
    when(revisits, atMost(f.revisitsPlanned, 2)),
    when(isTrue(f.hasSpecialFormat), isTrue(f.formatPrepDone)),
    when(presentation, atLeast(f.presentationRehearsals, 2)),
    when(presentation, isTrue(f.presentationFitsSlot)),
    when(presentation, isTrue(f.presentationClosingSlide)),
    when(presentation, isTrue(f.presentationBackupPlan)),
    when(takeHome, isTrue(f.takeHomeWithinTimebox)),
    when(takeHome, atLeast(f.takeHomeWriteupWords, 250) && atMost(f.takeHomeWriteupWords, 1000)),
    later(isTrue(f.hasTechnical), isTrue(f.technicalPlatformPracticed), aheadBy(12)),
    when(isTrue(f.hasCaseStudy), isTrue(f.caseStudyPracticed)),
    when(isTrue(f.hasRolePlay), isTrue(f.rolePlayPracticed)),
    when(isTrue(f.hasShadowDay), isTrue(f.shadowDayPrepared)),
    status(isTrue(f.compensationRangeSet) && isTrue(f.compensationResearched)),
    when(isTrue(f.compensationRangeSet), isTrue(f.compensationBasisStated)),
    when(f.payHistoryLawKnown === false, f.plansToDiscloseCurrentSalary === false),
    when(isTrue(f.payHistoryLawKnown), f.plansToDiscloseCurrentSalary === false),
    status(isTrue(f.walkAwaySet)),
    status(isTrue(f.startDateKnown) && isTrue(f.workModeStated)),
    when(isTrue(f.startDateKnown), atMost(f.weeksUntilEarliestStart, 4) || isTrue(f.noticePeriodStated)),
    later(
      video || inPerson,
      (f.roundTwoHasVideo === false || isTrue(f.setupTested)) &&
        (f.roundTwoHasInPerson === false || isTrue(f.routePlanned)),
      aheadBy(12),
    ),
    later(video, isTrue(f.platformTested), aheadBy(12)),
    later(isTrue(f.hasUpcomingInterview) || undated, isTrue(f.checklistRun), aheadBy(36)),
    later(true, isTrue(f.thankYouDrafted), aheadBy(24)),
    status(isTrue(f.offerPlanReady) && isTrue(f.rejectionPlanReady)),
    status(atLeast(f.activeOtherProcesses, 1)),
  ];
}
