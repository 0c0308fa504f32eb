import { defaultAudienceProfiles } from '../audiences/profiles.js';
import type { Audience, StoryTag } from '../model/index.js';

/** The value types a readiness fact can have. */
export type FactType = 'number' | 'boolean' | 'string';

/** One entry of the fact catalogue: a fact a rule may read. */
export interface FactDefinition {
  /** The name rules use in `fact`. */
  readonly name: string;
  /** The type of the fact's value. */
  readonly type: FactType;
  /** What the fact measures, in plain words. */
  readonly description: string;
  /** True when the value may appear in messages through a `{{name}}` placeholder (never personal data). */
  readonly displayable?: boolean;
}

/**
 * The readiness facts, as data: every fact a rule pack may read, its type and what it means. A fact is
 * missing (absent from the record) only when it cannot be known, e.g. the hours until the next interview when
 * none is upcoming; a missing fact makes every condition on it fail.
 *
 * @example
 * factCatalogue.find((fact) => fact.name === 'questionsPlanned')?.type;
 * // => 'number'
 * @category Readiness
 */
export const factCatalogue = [
  { name: 'hasUpcomingInterview', type: 'boolean', description: 'An interview is scheduled after now.' },
  {
    name: 'hoursUntilNextInterview',
    type: 'number',
    description:
      'Hours from now to the next upcoming interview, to one decimal; missing when none is upcoming.',
    displayable: true,
  },
  {
    name: 'focusState',
    type: 'string',
    description:
      'Where the focus interview stands: upcoming, in-progress, undated (planned without a date), held, or none.',
    displayable: true,
  },
  {
    name: 'roundTwoNumber',
    type: 'number',
    description: 'The round being prepared: the next upcoming interview’s round, or the highest round.',
    displayable: true,
  },
  { name: 'roundOneNotesReviewed', type: 'boolean', description: 'The earlier round’s notes were re-read.' },
  {
    name: 'roundOneDebriefWritten',
    type: 'boolean',
    description: 'An earlier-round interview has a debrief.',
  },
  {
    name: 'unresolvedContradictions',
    type: 'number',
    description: 'Details told differently in the two rounds without an explicit correction.',
    displayable: true,
  },
  {
    name: 'projectTellingsPlanned',
    type: 'number',
    description: 'Project stories with a telling planned for the round being prepared.',
  },
  {
    name: 'repeatedProjectTellings',
    type: 'number',
    description: 'Planned project tellings that repeat the earlier telling (near) verbatim.',
    displayable: true,
  },
  {
    name: 'shallowProjectTellings',
    type: 'number',
    description: 'Planned project tellings without a number (digits, a numeric fact, or a number in words).',
    displayable: true,
  },
  {
    name: 'projectTellingsWithTradeOff',
    type: 'number',
    description: 'Planned project tellings that show a trade-off (by tag or words).',
    displayable: true,
  },
  {
    name: 'reasonForLeavingTellings',
    type: 'number',
    description: 'Reason-for-leaving stories told in an earlier round and planned again.',
  },
  {
    name: 'reasonForLeavingChanged',
    type: 'number',
    description: 'Reason-for-leaving stories whose planned telling departs from the earlier one.',
  },
  {
    name: 'roundTwoInterviewerCount',
    type: 'number',
    description: 'Interviewers of the round being prepared.',
    displayable: true,
  },
  {
    name: 'interviewersNotResearched',
    type: 'number',
    description: 'Interviewers missing background, tenure, common ground or recent activity.',
    displayable: true,
  },
  {
    name: 'interviewersWithoutReference',
    type: 'number',
    description: 'Interviewers with no planned reference.',
    displayable: true,
  },
  {
    name: 'interviewersWithTooManyReferences',
    type: 'number',
    description: 'Interviewers with more than one planned reference.',
    displayable: true,
  },
  {
    name: 'seniorInterviewerNewsResearched',
    type: 'boolean',
    description: 'Company news is noted for the most senior interviewer (any one of them, when several tie).',
  },
  { name: 'managesPeople', type: 'boolean', description: 'The target role manages people.' },
  { name: 'hasHiringManagerInterviewer', type: 'boolean', description: 'A hiring manager is on the panel.' },
  { name: 'hasPeerInterviewer', type: 'boolean', description: 'A future peer is on the panel.' },
  {
    name: 'hasDirectReportInterviewer',
    type: 'boolean',
    description: 'A future direct report is on the panel.',
  },
  {
    name: 'hasSeniorLeadershipInterviewer',
    type: 'boolean',
    description: 'Senior leadership is on the panel.',
  },
  {
    name: 'hasCrossFunctionalInterviewer',
    type: 'boolean',
    description: 'A cross-functional stakeholder is on the panel.',
  },
  { name: 'storyFitsHiringManager', type: 'boolean', description: 'A story fits every hiring manager.' },
  { name: 'storyFitsPeers', type: 'boolean', description: 'A story fits every peer.' },
  { name: 'storyFitsDirectReports', type: 'boolean', description: 'A story fits every direct report.' },
  { name: 'storyFitsSeniorLeadership', type: 'boolean', description: 'A story fits every senior leader.' },
  {
    name: 'storyFitsCrossFunctional',
    type: 'boolean',
    description: 'A story shows partnering with each cross-functional interviewer’s function.',
  },
  {
    name: 'audiencesWithoutStory',
    type: 'number',
    description: 'Audiences on the panel with an interviewer no story fits.',
    displayable: true,
  },
  {
    name: 'questionsPlanned',
    type: 'number',
    description: 'Distinct questions planned for the round being prepared.',
    displayable: true,
  },
  {
    name: 'audiencesWithTooFewQuestions',
    type: 'number',
    description: 'Audiences on the panel with fewer than two planned questions tagged for them.',
    displayable: true,
  },
  {
    name: 'questionsRepeatedFromRoundOne',
    type: 'number',
    description: 'Planned questions already asked in an earlier round.',
    displayable: true,
  },
  {
    name: 'concernsCount',
    type: 'number',
    description: 'Concerns left from earlier rounds.',
    displayable: true,
  },
  {
    name: 'concernsWithoutPlan',
    type: 'number',
    description: 'Concerns with no plan to revisit or acknowledge.',
    displayable: true,
  },
  {
    name: 'revisitsPlanned',
    type: 'number',
    description: 'Concerns planned to be revisited.',
    displayable: true,
  },
  { name: 'revisitsLate', type: 'number', description: 'Revisits planned for late in the conversation.' },
  {
    name: 'revisitsWithoutImprovedAnswer',
    type: 'number',
    description: 'Revisits with no improved answer written down.',
  },
  {
    name: 'hasSpecialFormat',
    type: 'boolean',
    description: 'The round includes a format other than conversation.',
  },
  {
    name: 'formatPrepDone',
    type: 'boolean',
    description: 'Every non-conversation format has its preparation.',
  },
  { name: 'hasPresentation', type: 'boolean', description: 'The round includes a presentation.' },
  {
    name: 'presentationRehearsals',
    type: 'number',
    description: 'Rehearsals of the presentation out loud.',
    displayable: true,
  },
  {
    name: 'presentationFitsSlot',
    type: 'boolean',
    description: 'The latest rehearsal fit within the slot.',
  },
  {
    name: 'presentationSlotMinutes',
    type: 'number',
    description: 'Minutes allotted to the presentation.',
    displayable: true,
  },
  {
    name: 'presentationClosingSlide',
    type: 'boolean',
    description: 'The closing slide answers the obvious questions.',
  },
  {
    name: 'presentationBackupPlan',
    type: 'boolean',
    description: 'A backup exists if screen sharing fails.',
  },
  { name: 'hasTakeHome', type: 'boolean', description: 'The round includes a take-home assignment.' },
  {
    name: 'takeHomeTimeboxHours',
    type: 'number',
    description: 'The take-home’s timebox in hours.',
    displayable: true,
  },
  {
    name: 'takeHomeWithinTimebox',
    type: 'boolean',
    description: 'Hours spent on the take-home are recorded and within its timebox.',
  },
  {
    name: 'takeHomeWriteupWords',
    type: 'number',
    description: 'Words in the take-home write-up.',
    displayable: true,
  },
  { name: 'hasTechnical', type: 'boolean', description: 'The round includes a technical deep-dive.' },
  {
    name: 'technicalPlatformPracticed',
    type: 'boolean',
    description: 'The company’s coding platform was practised on.',
  },
  { name: 'hasCaseStudy', type: 'boolean', description: 'The round includes a case study.' },
  { name: 'caseStudyPracticed', type: 'boolean', description: 'A case study was practised.' },
  { name: 'hasRolePlay', type: 'boolean', description: 'The round includes a role play.' },
  { name: 'rolePlayPracticed', type: 'boolean', description: 'A role play was practised.' },
  { name: 'hasShadowDay', type: 'boolean', description: 'The round includes a shadow day.' },
  {
    name: 'shadowDayPrepared',
    type: 'boolean',
    description: 'The shadow day was prepared (notes or practice).',
  },
  { name: 'compensationRangeSet', type: 'boolean', description: 'A pay range with min below max is set.' },
  { name: 'compensationBasisStated', type: 'boolean', description: 'The range says base or total.' },
  { name: 'compensationResearched', type: 'boolean', description: 'The range was researched.' },
  {
    name: 'plansToDiscloseCurrentSalary',
    type: 'boolean',
    description: 'The candidate plans to name their current pay.',
  },
  {
    name: 'payHistoryLawKnown',
    type: 'boolean',
    description: 'A law barring pay-history questions is known for the jurisdiction.',
  },
  {
    name: 'payHistoryLaw',
    type: 'string',
    description: 'The citation of the law barring pay-history questions; missing when none is known.',
    displayable: true,
  },
  {
    name: 'payHistoryNote',
    type: 'string',
    description: 'A sentence naming that law and what it bars; missing when none is known.',
    displayable: true,
  },
  { name: 'walkAwaySet', type: 'boolean', description: 'A walk-away number is set.' },
  { name: 'startDateKnown', type: 'boolean', description: 'A notice period or earliest start is set.' },
  {
    name: 'noticePeriodStated',
    type: 'boolean',
    description: 'A notice period is written down, so the candidate can say it early.',
  },
  {
    name: 'weeksUntilEarliestStart',
    type: 'number',
    description: 'Weeks until the candidate can start, to one decimal; missing when unknown.',
    displayable: true,
  },
  {
    name: 'relocationStance',
    type: 'string',
    description: 'The relocation position: yes, no, open-in-principle or unset.',
    displayable: true,
  },
  { name: 'workModeStated', type: 'boolean', description: 'A work-mode preference is stated.' },
  {
    name: 'logisticsPositionsMissing',
    type: 'number',
    description:
      'Logistics positions not yet written down: the start date or notice, the work mode (0 to 2).',
    displayable: true,
  },
  { name: 'roundTwoHasVideo', type: 'boolean', description: 'An interview of the round is by video.' },
  { name: 'roundTwoHasInPerson', type: 'boolean', description: 'An interview of the round is in person.' },
  { name: 'setupTested', type: 'boolean', description: 'Camera, audio and light were tested.' },
  { name: 'routePlanned', type: 'boolean', description: 'The route and timing were planned.' },
  { name: 'platformTested', type: 'boolean', description: 'The meeting platform was tested.' },
  { name: 'checklistRun', type: 'boolean', description: 'The pre-round checklist was run.' },
  { name: 'thankYouDrafted', type: 'boolean', description: 'A thank-you was drafted in advance.' },
  { name: 'offerPlanReady', type: 'boolean', description: 'A plan for an offer is written down.' },
  { name: 'rejectionPlanReady', type: 'boolean', description: 'A plan for a rejection is written down.' },
  {
    name: 'activeOtherProcesses',
    type: 'number',
    description:
      'Other hiring processes maintained: at an active stage (not paused or closed) with activity within the threshold.',
    displayable: true,
  },
] as const satisfies readonly FactDefinition[];

/** The name of a readiness fact. */
export type FactName = (typeof factCatalogue)[number]['name'];

/** A readiness fact's value. */
export type FactValue = number | boolean | string;

/** The flat readiness facts of one candidacy at one time; a missing key is a fact that cannot be known. */
export type ReadinessFacts = Readonly<Partial<Record<FactName, FactValue>>>;

/**
 * Which story tags fit which audience, read from {@link defaultAudienceProfiles} (the one owner of that answer;
 * facts use the profiles directly, so a vendor's profiles change the score too). Kept for compatibility.
 *
 * @example
 * audienceStoryTags['direct-report'];
 * // => ['people-development', 'advocacy', 'feedback']
 * @category Readiness
 */
export const audienceStoryTags: Readonly<Record<Audience, readonly StoryTag[]>> = Object.freeze(
  Object.fromEntries(
    Object.entries(defaultAudienceProfiles).map(([audience, profile]) => [audience, profile.storyTags]),
  ) as Record<Audience, readonly StoryTag[]>,
);

/** Tunable thresholds of {@link deriveFacts}. */
export interface FactThresholds {
  /** Token-set similarity at or above which a planned telling repeats the earlier one. */
  readonly repeatSimilarity: number;
  /** Share of new content words (not in the concern or the round-one notes) an improved answer needs. */
  readonly improvedAnswerNewShare: number;
  /** Days without activity after which another process no longer counts as maintained. */
  readonly otherProcessRecentDays: number;
}

/**
 * The default thresholds of {@link deriveFacts}.
 *
 * @example
 * defaultFactThresholds.repeatSimilarity;
 * // => 0.9
 * @category Readiness
 */
export const defaultFactThresholds: FactThresholds = {
  repeatSimilarity: 0.9,
  improvedAnswerNewShare: 0.3,
  otherProcessRecentDays: 30,
};
