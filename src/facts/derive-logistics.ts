import type { Candidacy, Interview } from '../model/index.js';
import { hasText, instantOf, isDoneBy, roundToTenth } from './internal.js';
import { payHistoryLawFor } from './law.js';
import { defaultSubjectNames, type Subject, type SubjectNote } from './subjects.js';

const WEEK = 7 * 24 * 3_600_000;

/** Hours before the interview from which a morning-of step is due. */
export const MORNING_OF_HOURS = 12;

/** Facts about the round's non-standard formats and their preparation. */
export function deriveFormatFacts(
  candidacy: Candidacy,
  interviews: readonly Interview[],
  now: number,
  hoursUntil: number | undefined,
) {
  const formats = new Set(interviews.flatMap((interview) => interview.formats));
  const prep = candidacy.prep?.formatPrep;
  const presentation = interviews.find((interview) => interview.presentation !== undefined)?.presentation;
  const takeHome = interviews.find((interview) => interview.takeHome !== undefined)?.takeHome;
  const hasPresentation = formats.has('presentation') || presentation !== undefined;
  const hasTakeHome = formats.has('take-home') || takeHome !== undefined;
  const rehearsals = presentation?.rehearsals ?? [];
  const latest = rehearsals.reduce<(typeof rehearsals)[number] | undefined>(
    (best, rehearsal) =>
      best === undefined || (instantOf(rehearsal.at) ?? 0) >= (instantOf(best.at) ?? 0) ? rehearsal : best,
    undefined,
  );
  const takeHomeWithinTimebox =
    takeHome !== undefined &&
    takeHome.hoursSpent !== undefined &&
    takeHome.hoursSpent <= takeHome.timeboxHours;
  const hasTechnical = formats.has('technical');
  const technicalPlatformPracticed = isDoneBy(prep?.technical?.platformPracticedAt, now);
  const hasCaseStudy = formats.has('case-study');
  const caseStudyPracticed = isDoneBy(prep?.['case-study']?.practicedAt, now);
  const hasRolePlay = formats.has('role-play');
  const rolePlayPracticed = isDoneBy(prep?.['role-play']?.practicedAt, now);
  const hasShadowDay = formats.has('shadow-day');
  const shadowDayPrepared =
    isDoneBy(prep?.['shadow-day']?.practicedAt, now) || hasText(prep?.['shadow-day']?.notes);
  // Each format still to prepare, named with what is missing; the platform warm-up belongs to the morning of
  // (the guide), so before then it is not yet due.
  const unprepared: Subject[] = [];
  const format = (id: keyof typeof defaultSubjectNames, note: SubjectNote): void => {
    unprepared.push({ kind: 'format', id, name: defaultSubjectNames[id], notes: [note] });
  };
  if (hasPresentation && rehearsals.length < 2) {
    format('presentation', { code: 'rehearsals', count: rehearsals.length });
  }
  if (hasTakeHome && !takeHomeWithinTimebox) {
    format(
      'take-home',
      takeHome?.hoursSpent === undefined ? { code: 'no-hours-logged' } : { code: 'over-timebox' },
    );
  }
  if (
    hasTechnical &&
    !technicalPlatformPracticed &&
    hoursUntil !== undefined &&
    hoursUntil <= MORNING_OF_HOURS
  ) {
    format('technical', { code: 'no-warm-up' });
  }
  if (hasCaseStudy && !caseStudyPracticed) format('case-study', { code: 'not-practised' });
  if (hasRolePlay && !rolePlayPracticed) format('role-play', { code: 'not-practised' });
  if (hasShadowDay && !shadowDayPrepared) format('shadow-day', { code: 'no-notes' });
  const formatPrepDone = unprepared.length === 0;
  return {
    hasSpecialFormat:
      [...formats].some((format) => format !== 'conversation') || hasPresentation || hasTakeHome,
    formatPrepDone,
    hasPresentation,
    presentationRehearsals: rehearsals.length,
    presentationFitsSlot:
      presentation !== undefined && latest !== undefined && latest.minutes <= presentation.slotMinutes,
    presentationSlotMinutes: presentation?.slotMinutes,
    presentationClosingSlide: presentation?.closingSlideAnswersObviousQuestions === true,
    presentationBackupPlan: hasText(presentation?.backupPlan),
    hasTakeHome,
    takeHomeTimeboxHours: takeHome?.timeboxHours,
    takeHomeWithinTimebox,
    takeHomeWriteupWords: takeHome?.writeupWords,
    hasTechnical,
    technicalPlatformPracticed,
    hasCaseStudy,
    caseStudyPracticed,
    hasRolePlay,
    rolePlayPracticed,
    hasShadowDay,
    shadowDayPrepared,
    /** The formats still to prepare, for messages (never a fact the rules read). */
    unprepared,
  };
}

/** Facts about pay and logistics positions, and the pay-history law where the candidate lives and where the job is. */
export function deriveCompensationFacts(candidacy: Candidacy, now: number, nowText: string) {
  const compensation = candidacy.compensation;
  const range = compensation?.range;
  const law = payHistoryLawFor(
    candidacy.candidate.jurisdiction,
    nowText,
    candidacy.candidate.targetRole.jurisdiction,
  );
  const start = instantOf(compensation?.earliestStart);
  const startWeeks = start === undefined ? undefined : Math.max(0, (start - now) / WEEK);
  const notice = compensation?.noticePeriodWeeks;
  const weeks =
    notice === undefined ? startWeeks : startWeeks === undefined ? notice : Math.max(notice, startWeeks);
  return {
    compensationRangeSet: range !== undefined && range.min < range.max,
    compensationBasisStated: range?.basis !== undefined,
    compensationResearched: compensation?.researched === true,
    plansToDiscloseCurrentSalary: compensation?.discloseCurrentSalary === true,
    payHistoryLawKnown: law !== undefined,
    payHistoryLaw: law?.citation,
    payHistoryNote: law?.note,
    walkAwaySet: compensation?.walkAway !== undefined,
    startDateKnown: weeks !== undefined,
    noticePeriodStated: notice !== undefined,
    weeksUntilEarliestStart: weeks === undefined ? undefined : roundToTenth(weeks),
    relocationStance: compensation?.relocation ?? 'unset',
    workModeStated: compensation?.workMode !== undefined,
  };
}
