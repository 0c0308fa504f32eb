/** What kind of thing a subject of a fact is. */
export type SubjectKind =
  | 'interviewer'
  | 'story'
  | 'concern'
  | 'question'
  | 'process'
  | 'audience'
  | 'format'
  | 'position';

/**
 * Why a subject was counted, as a code with an optional count: messages render it through the
 * note labels ({@link defaultNoteLabels}), so the words can be translated.
 */
export interface SubjectNote {
  readonly code: NoteCode;
  readonly count?: number;
}

/** One thing a counting fact counted: its id and display name as the candidacy gives them. */
export interface Subject {
  readonly kind: SubjectKind;
  readonly id: string;
  readonly name: string;
  readonly notes?: readonly SubjectNote[];
}

/** The subjects behind each counting fact; facts that count nothing by name are absent. */
export type FactSubjects = Readonly<Partial<Record<string, readonly Subject[]>>>;

/**
 * The note codes and their English labels. A label may hold `{{count|one:…|other:…}}`, rendered with
 * the note's count and real plural rules.
 *
 * @example
 * defaultNoteLabels['no-recent-activity'];
 * // => 'no recent activity'
 * @category Readiness
 */
export const defaultNoteLabels = {
  'no-background': 'no background',
  'no-tenure': 'no tenure',
  'no-common-ground': 'no common ground',
  'no-recent-activity': 'no recent activity',
  references: '{{count|one:# reference|other:# references}}',
  'no-company-news': 'no company news',
  'no-number': 'no figure',
  'no-trade-off': 'no trade-off',
  'repeats-round-one': 'told as before',
  contradicts: '{{count|one:# detail differs|other:# details differ}}',
  'no-plan': 'no plan',
  late: 'planned for the end',
  'no-improved-answer': 'no improved answer',
  placeholder: 'a placeholder, not an answer',
  restated: 'restates round one',
  questions: '{{count|one:# question|other:# questions}}',
  'asked-before': 'asked in round one',
  'no-story': 'no story fits',
  paused: 'paused',
  idle: 'no activity for {{count|one:# day|other:# days}}',
  closed: 'closed',
  rehearsals:
    '{{count|=0:not rehearsed yet|one:rehearsed once, twice is the minimum|other:rehearsed # times}}',
  'no-hours-logged': 'log the hours you spent against its timebox',
  'over-timebox': 'over its timebox',
  'no-warm-up': 'warm up on the platform this morning',
  'not-practised': 'practise one aloud',
  'no-notes': 'note what you want to see and ask',
} as const;

/**
 * The English names of the subjects the library itself names (a special format still to prepare, a pay or
 * logistics position still to write down), by subject id. Other subjects carry the candidacy's own words.
 *
 * @example
 * defaultSubjectNames['take-home'];
 * // => 'the take-home'
 * @category Readiness
 */
export const defaultSubjectNames = {
  presentation: 'the presentation',
  'take-home': 'the take-home',
  technical: 'the technical session',
  'case-study': 'the case study',
  'role-play': 'the role play',
  'shadow-day': 'the shadow day',
  start: 'your notice period or earliest start date',
  'work-mode': 'whether you want remote, hybrid or on-site work',
} as const;

/** Names of the library's own subjects by id ({@link defaultSubjectNames}), for another language. */
export type SubjectNames = Readonly<Partial<Record<keyof typeof defaultSubjectNames, string>>>;

/** A note code. */
export type NoteCode = keyof typeof defaultNoteLabels;

/** Label overrides by note code, for another language. */
export type NoteLabels = Readonly<Partial<Record<NoteCode, string>>>;
