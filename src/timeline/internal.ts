import type { Wording } from '../i18n/wording.js';
import { interviewSpan } from '../internal/interviews.js';
import type { Candidacy, Interview } from '../model/index.js';
import type { TimelineSettings } from './settings.js';
import type { TimelineTextKey } from './texts.js';
import { parseInstant } from './time.js';
import type { TimelineEventKind } from './types.js';

/** One interview placed on the time line, with its neighbours' times for attributing prep evidence. */
export interface Slot {
  readonly interview: Interview;
  readonly start: number;
  readonly end: number;
  /** End of the interview before this one in time, or -Infinity. */
  readonly previousEnd: number;
  /** Start of the interview after this one in time, or +Infinity. */
  readonly nextStart: number;
}

/** What the producers share. */
export interface Context {
  readonly candidacy: Candidacy;
  readonly zone: string;
  readonly now: number;
  readonly settings: TimelineSettings;
  readonly slots: readonly Slot[];
  /** The timeline's texts in the chosen language, with the locale's dates. */
  readonly words: Wording<TimelineTextKey>;
}

/** An event before formatting: instants as epoch milliseconds, evidence already read. */
export interface Draft {
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly title: string;
  /** `due` is a point in time (start = end); `window` a timed span; `all-day` whole days (`days`). */
  readonly shape: 'due' | 'window' | 'all-day';
  readonly start: number;
  readonly end: number;
  /** The days of an all-day draft, `last` included; `start` and `end` are the midnights around them. */
  readonly days?: { readonly first: string; readonly last: string };
  /** When the step becomes due, if not at `start` (a thank-you opens when its interview ends). */
  readonly opensAt?: number;
  /** When the step turns overdue, if not at `end` (a thank-you, at the guide's limit after its due time). */
  readonly closesAt?: number;
  readonly location?: string;
  readonly url?: string;
  readonly warning?: string;
  readonly interviewId?: string;
  readonly interviewerId?: string;
  readonly localZone?: string;
  readonly why: string;
  readonly source: string;
  readonly done: boolean;
}

/** The order of kinds at the same instant: preparation first, then the interview, then what follows. */
export const KIND_ORDER: readonly TimelineEventKind[] = [
  'research',
  'rehearsal',
  'route-plan',
  'checklist',
  'platform-practice',
  'setup-test',
  'take-home-due',
  'interview',
  'thank-you',
  'outcome-plan',
  'competing-offer',
  'decision-window',
  'follow-up',
  'decision-notice',
];

/** The dated interviews in time order, skipping any with no date yet or whose start cannot be read. */
export function placeInterviews(candidacy: Candidacy): Slot[] {
  // interviewSpan is the one reading of an interview's start and length (an hour when none is given).
  const placed = candidacy.interviews
    .flatMap((interview) => {
      const span = interviewSpan(interview);
      return span === undefined ? [] : [{ interview, start: span.start, end: span.end }];
    })
    .sort((a, b) => a.start - b.start || compareText(a.interview.id, b.interview.id));
  return placed.map((slot, index) => ({
    ...slot,
    previousEnd: placed[index - 1]?.end ?? Number.NEGATIVE_INFINITY,
    nextStart: placed[index + 1]?.start ?? Number.POSITIVE_INFINITY,
  }));
}

/** Code-unit comparison: the same order under every locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** True when `value` is a timestamp inside `[from, to]`. */
export function isWithin(value: string | undefined, from: number, to: number, zone: string): boolean {
  if (value === undefined) return false;
  const instant = parseInstant(value, zone);
  return instant >= from && instant <= to;
}

/** True when a text field holds more than whitespace. */
export function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim().length > 0;
}

/** A company name reduced for comparison and ids: lower case, letters and digits joined by dashes. */
export function slugOf(value: string): string {
  const slug = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    // The line above leaves at most one dash at each end.
    .replace(/^-|-$/g, '');
  return slug.length > 0 ? slug : 'unnamed';
}

/** The ids made unique in order: a repeat gets `#2`, `#3`, … so ids stay deterministic. */
export function uniqueIds(drafts: readonly Draft[]): Draft[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const count = (seen.get(draft.id) ?? 0) + 1;
    seen.set(draft.id, count);
    return count === 1 ? draft : { ...draft, id: `${draft.id}#${count}` };
  });
}
