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
 * The type of every readiness fact, in the catalogue's order: what a rule's condition and a message template
 * check. Kept apart from the descriptions (below), which only {@link factCatalogue} carries, so a scorer's bundle
 * holds the names and types without the prose.
 */
export const FACT_TYPES = {
  hasUpcomingInterview: 'boolean',
  hoursUntilNextInterview: 'number',
  focusState: 'string',
  roundTwoNumber: 'number',
  roundOneNotesReviewed: 'boolean',
  roundOneDebriefWritten: 'boolean',
  unresolvedContradictions: 'number',
  projectTellingsPlanned: 'number',
  repeatedProjectTellings: 'number',
  shallowProjectTellings: 'number',
  projectTellingsWithTradeOff: 'number',
  reasonForLeavingTellings: 'number',
  reasonForLeavingChanged: 'number',
  roundTwoInterviewerCount: 'number',
  interviewersNotResearched: 'number',
  interviewersWithoutReference: 'number',
  interviewersWithTooManyReferences: 'number',
  seniorInterviewerNewsResearched: 'boolean',
  managesPeople: 'boolean',
  hasHiringManagerInterviewer: 'boolean',
  hasPeerInterviewer: 'boolean',
  hasDirectReportInterviewer: 'boolean',
  hasSeniorLeadershipInterviewer: 'boolean',
  hasCrossFunctionalInterviewer: 'boolean',
  storyFitsHiringManager: 'boolean',
  storyFitsPeers: 'boolean',
  storyFitsDirectReports: 'boolean',
  storyFitsSeniorLeadership: 'boolean',
  storyFitsCrossFunctional: 'boolean',
  audiencesWithoutStory: 'number',
  questionsPlanned: 'number',
  audiencesWithTooFewQuestions: 'number',
  questionsRepeatedFromRoundOne: 'number',
  concernsCount: 'number',
  concernsWithoutPlan: 'number',
  revisitsPlanned: 'number',
  revisitsLate: 'number',
  revisitsWithoutImprovedAnswer: 'number',
  hasSpecialFormat: 'boolean',
  formatPrepDone: 'boolean',
  hasPresentation: 'boolean',
  presentationRehearsals: 'number',
  presentationFitsSlot: 'boolean',
  presentationSlotMinutes: 'number',
  presentationClosingSlide: 'boolean',
  presentationBackupPlan: 'boolean',
  hasTakeHome: 'boolean',
  takeHomeTimeboxHours: 'number',
  takeHomeWithinTimebox: 'boolean',
  takeHomeWriteupWords: 'number',
  hasTechnical: 'boolean',
  technicalPlatformPracticed: 'boolean',
  hasCaseStudy: 'boolean',
  caseStudyPracticed: 'boolean',
  hasRolePlay: 'boolean',
  rolePlayPracticed: 'boolean',
  hasShadowDay: 'boolean',
  shadowDayPrepared: 'boolean',
  compensationRangeSet: 'boolean',
  compensationBasisStated: 'boolean',
  compensationResearched: 'boolean',
  plansToDiscloseCurrentSalary: 'boolean',
  payHistoryLawKnown: 'boolean',
  payHistoryLaw: 'string',
  payHistoryNote: 'string',
  walkAwaySet: 'boolean',
  startDateKnown: 'boolean',
  noticePeriodStated: 'boolean',
  weeksUntilEarliestStart: 'number',
  relocationStance: 'string',
  workModeStated: 'boolean',
  logisticsPositionsMissing: 'number',
  roundTwoHasVideo: 'boolean',
  roundTwoHasInPerson: 'boolean',
  setupTested: 'boolean',
  routePlanned: 'boolean',
  platformTested: 'boolean',
  checklistRun: 'boolean',
  thankYouDrafted: 'boolean',
  offerPlanReady: 'boolean',
  rejectionPlanReady: 'boolean',
  activeOtherProcesses: 'number',
} as const satisfies Readonly<Record<string, FactType>>;

/** The facts whose value a message may show through `{{name}}`: counts, timings, law names, stances (never personal data). */
export const DISPLAYABLE_FACTS: readonly FactName[] = [
  'hoursUntilNextInterview',
  'focusState',
  'roundTwoNumber',
  'unresolvedContradictions',
  'repeatedProjectTellings',
  'shallowProjectTellings',
  'projectTellingsWithTradeOff',
  'roundTwoInterviewerCount',
  'interviewersNotResearched',
  'interviewersWithoutReference',
  'interviewersWithTooManyReferences',
  'audiencesWithoutStory',
  'questionsPlanned',
  'audiencesWithTooFewQuestions',
  'questionsRepeatedFromRoundOne',
  'concernsCount',
  'concernsWithoutPlan',
  'revisitsPlanned',
  'presentationRehearsals',
  'presentationSlotMinutes',
  'takeHomeTimeboxHours',
  'takeHomeWriteupWords',
  'payHistoryLaw',
  'payHistoryNote',
  'weeksUntilEarliestStart',
  'relocationStance',
  'logisticsPositionsMissing',
  'activeOtherProcesses',
];

/** What each fact measures, in plain words. */
const factDescriptions: Readonly<Record<FactName, string>> = {
  hasUpcomingInterview: 'An interview is scheduled after now.',
  hoursUntilNextInterview:
    'Hours from now to the next upcoming interview, to one decimal; missing when none is upcoming.',
  focusState:
    'Where the focus interview stands: upcoming, in-progress, undated (planned without a date), held, or none.',
  roundTwoNumber: 'The round being prepared: the next upcoming interview’s round, or the highest round.',
  roundOneNotesReviewed: 'The earlier round’s notes were re-read.',
  roundOneDebriefWritten: 'An earlier-round interview has a debrief.',
  unresolvedContradictions: 'Details told differently in the two rounds without an explicit correction.',
  projectTellingsPlanned: 'Project stories with a telling planned for the round being prepared.',
  repeatedProjectTellings: 'Planned project tellings that repeat the earlier telling (near) verbatim.',
  shallowProjectTellings:
    'Planned project tellings without a number (digits, a numeric fact, or a number in words).',
  projectTellingsWithTradeOff: 'Planned project tellings that show a trade-off (by tag or words).',
  reasonForLeavingTellings: 'Reason-for-leaving stories told in an earlier round and planned again.',
  reasonForLeavingChanged: 'Reason-for-leaving stories whose planned telling departs from the earlier one.',
  roundTwoInterviewerCount: 'Interviewers of the round being prepared.',
  interviewersNotResearched: 'Interviewers missing background, tenure, common ground or recent activity.',
  interviewersWithoutReference: 'Interviewers with no planned reference.',
  interviewersWithTooManyReferences: 'Interviewers with more than one planned reference.',
  seniorInterviewerNewsResearched:
    'Company news is noted for the most senior interviewer (any one of them, when several tie).',
  managesPeople: 'The target role manages people.',
  hasHiringManagerInterviewer: 'A hiring manager is on the panel.',
  hasPeerInterviewer: 'A future peer is on the panel.',
  hasDirectReportInterviewer: 'A future direct report is on the panel.',
  hasSeniorLeadershipInterviewer: 'Senior leadership is on the panel.',
  hasCrossFunctionalInterviewer: 'A cross-functional stakeholder is on the panel.',
  storyFitsHiringManager: 'A story fits every hiring manager.',
  storyFitsPeers: 'A story fits every peer.',
  storyFitsDirectReports: 'A story fits every direct report.',
  storyFitsSeniorLeadership: 'A story fits every senior leader.',
  storyFitsCrossFunctional: 'A story shows partnering with each cross-functional interviewer’s function.',
  audiencesWithoutStory: 'Audiences on the panel with an interviewer no story fits.',
  questionsPlanned: 'Distinct questions planned for the round being prepared.',
  audiencesWithTooFewQuestions:
    'Audiences on the panel with fewer than two planned questions tagged for them.',
  questionsRepeatedFromRoundOne: 'Planned questions already asked in an earlier round.',
  concernsCount: 'Concerns left from earlier rounds.',
  concernsWithoutPlan: 'Concerns with no plan to revisit or acknowledge.',
  revisitsPlanned: 'Concerns planned to be revisited.',
  revisitsLate: 'Revisits planned for late in the conversation.',
  revisitsWithoutImprovedAnswer: 'Revisits with no improved answer written down.',
  hasSpecialFormat: 'The round includes a format other than conversation.',
  formatPrepDone: 'Every non-conversation format has its preparation.',
  hasPresentation: 'The round includes a presentation.',
  presentationRehearsals: 'Rehearsals of the presentation out loud.',
  presentationFitsSlot: 'The latest rehearsal fit within the slot.',
  presentationSlotMinutes: 'Minutes allotted to the presentation.',
  presentationClosingSlide: 'The closing slide answers the obvious questions.',
  presentationBackupPlan: 'A backup exists if screen sharing fails.',
  hasTakeHome: 'The round includes a take-home assignment.',
  takeHomeTimeboxHours: 'The take-home’s timebox in hours.',
  takeHomeWithinTimebox: 'Hours spent on the take-home are recorded and within its timebox.',
  takeHomeWriteupWords: 'Words in the take-home write-up.',
  hasTechnical: 'The round includes a technical deep-dive.',
  technicalPlatformPracticed: 'The company’s coding platform was practised on.',
  hasCaseStudy: 'The round includes a case study.',
  caseStudyPracticed: 'A case study was practised.',
  hasRolePlay: 'The round includes a role play.',
  rolePlayPracticed: 'A role play was practised.',
  hasShadowDay: 'The round includes a shadow day.',
  shadowDayPrepared: 'The shadow day was prepared (notes or practice).',
  compensationRangeSet: 'A pay range with min below max is set.',
  compensationBasisStated: 'The range says base or total.',
  compensationResearched: 'The range was researched.',
  plansToDiscloseCurrentSalary: 'The candidate plans to name their current pay.',
  payHistoryLawKnown: 'A law barring pay-history questions is known for the jurisdiction.',
  payHistoryLaw: 'The citation of the law barring pay-history questions; missing when none is known.',
  payHistoryNote: 'A sentence naming that law and what it bars; missing when none is known.',
  walkAwaySet: 'A walk-away number is set.',
  startDateKnown: 'A notice period or earliest start is set.',
  noticePeriodStated: 'A notice period is written down, so the candidate can say it early.',
  weeksUntilEarliestStart: 'Weeks until the candidate can start, to one decimal; missing when unknown.',
  relocationStance: 'The relocation position: yes, no, open-in-principle or unset.',
  workModeStated: 'A work-mode preference is stated.',
  logisticsPositionsMissing:
    'Logistics positions not yet written down: the start date or notice, the work mode (0 to 2).',
  roundTwoHasVideo: 'An interview of the round is by video.',
  roundTwoHasInPerson: 'An interview of the round is in person.',
  setupTested: 'Camera, audio and light were tested.',
  routePlanned: 'The route and timing were planned.',
  platformTested: 'The meeting platform was tested.',
  checklistRun: 'The pre-round checklist was run.',
  thankYouDrafted: 'A thank-you was drafted in advance.',
  offerPlanReady: 'A plan for an offer is written down.',
  rejectionPlanReady: 'A plan for a rejection is written down.',
  activeOtherProcesses:
    'Other hiring processes maintained: at an active stage (not paused or closed) with activity within the threshold.',
};

/** A catalogue entry, with its name typed as a fact name. */
type CatalogueEntry = FactDefinition & { readonly name: FactName };

function catalogue(): readonly CatalogueEntry[] {
  const displayable = new Set<string>(DISPLAYABLE_FACTS);
  return (Object.keys(FACT_TYPES) as FactName[]).map((name) => ({
    name,
    type: FACT_TYPES[name],
    description: factDescriptions[name],
    ...(displayable.has(name) ? { displayable: true } : {}),
  }));
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
export const factCatalogue: readonly CatalogueEntry[] = /* @__PURE__ */ catalogue();

/** The name of a readiness fact. */
export type FactName = keyof typeof FACT_TYPES;

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
export const audienceStoryTags: Readonly<Record<Audience, readonly StoryTag[]>> =
  /* @__PURE__ */ Object.freeze(
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
