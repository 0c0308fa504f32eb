import type { WordingOptions } from '../i18n/wording.js';
import type { TimelineSettingsOverrides } from './settings.js';

/**
 * What an event asks of the candidate, or marks.
 *
 * @example
 * const kind: TimelineEventKind = 'thank-you';
 * kind;
 * // => 'thank-you'
 * @category Timeline
 */
export type TimelineEventKind =
  | 'research'
  | 'checklist'
  | 'rehearsal'
  | 'platform-practice'
  | 'setup-test'
  | 'route-plan'
  | 'interview'
  | 'thank-you'
  | 'take-home-due'
  | 'decision-window'
  | 'decision-notice'
  | 'follow-up'
  | 'competing-offer'
  | 'outcome-plan';

/**
 * Where an event stands at `now`: not yet, now, missed, or done (from the candidate's PrepState).
 *
 * @example
 * timeline.events.find((event) => event.id === 'checklist:r2')?.status;
 * // => 'upcoming'
 * @category Timeline
 */
export type TimelineEventStatus = 'upcoming' | 'due' | 'overdue' | 'done';

/**
 * A span of time, both ends ISO strings with the candidate's offset.
 *
 * @example
 * timeline.events.find((event) => event.id === 'setup-test:r2')?.window;
 * // => { start: '2027-03-10T09:30:00-05:00', end: '2027-03-10T10:00:00-05:00' }
 * @category Timeline
 */
export interface TimelineWindow {
  readonly start: string;
  readonly end: string;
}

/**
 * The days of an all-day event, both plain dates in the candidate's zone, `last` included.
 *
 * @example
 * timeline.events.find((event) => event.id === 'research:r2')?.allDay;
 * // => { first: '2027-03-09', last: '2027-03-09' }
 * @category Timeline
 */
export interface TimelineAllDay {
  readonly first: string;
  readonly last: string;
}

/**
 * One dated step around the interviews: either a point in time (`due`) or a span (`window`).
 *
 * @example
 * timeline.events.find((event) => event.kind === 'follow-up')?.interviewerId;
 * // => 'iv-rec'
 * @category Timeline
 */
export interface TimelineEvent {
  /** Stable id built from the content, e.g. `thank-you:r2:iv-hm`. */
  readonly id: string;
  readonly kind: TimelineEventKind;
  readonly title: string;
  /** The hard time of a point event (take-home due, offer date). */
  readonly due?: string;
  /** The span in which the step belongs; for an all-day event, from its first midnight to the one after its last day. */
  readonly window?: TimelineWindow;
  /** Set on an all-day event: its days, as the calendar shows them. */
  readonly allDay?: TimelineAllDay;
  /** When the calendar reminds, each an ISO date-time with the candidate's offset, never in the quiet hours. */
  readonly reminders?: readonly string[];
  /** Where an interview takes place, as the candidacy gives it (an address, a room). */
  readonly location?: string;
  /** The link of an interview whose location is a web address (a video call). */
  readonly url?: string;
  /** Something that needs the candidate's attention, e.g. a competing offer due before the company decides. */
  readonly warning?: string;
  /** A Google Calendar "add event" link, when {@link BuildTimelineOptions.googleCalendarLinks} asks for it. */
  readonly googleCalendarUrl?: string;
  readonly interviewId?: string;
  readonly interviewerId?: string;
  /** For an interview held in another zone than the candidate's: that zone and the start in it. */
  readonly localTime?: { readonly timeZone: string; readonly start: string };
  readonly why: string;
  readonly source: string;
  readonly status: TimelineEventStatus;
  /** Set while a snooze holds the event back: the event reads `upcoming` until then. */
  readonly snoozedUntil?: string;
}

/**
 * Where the whole candidacy stands: interviews ahead, waiting inside the decision window, silence past it,
 * or an answer from the company.
 *
 * @example
 * buildTimeline(candidacy, { now: '2027-03-25T09:00:00-04:00' }).state;
 * // => 'no-news'
 * @category Timeline
 */
export type TimelineState = 'preparing' | 'waiting' | 'no-news' | 'answered';

/**
 * The dated plan for one candidacy, sorted by time.
 *
 * @example
 * buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00' }).timeZone;
 * // => 'America/New_York'
 * @category Timeline
 */
export interface Timeline {
  /** The `now` the timeline was built at, with the candidate's offset. */
  readonly now: string;
  /** The candidate's IANA zone: every ISO string carries its offset. */
  readonly timeZone: string;
  readonly candidateName: string;
  readonly company: string;
  readonly state: TimelineState;
  readonly stateWhy: string;
  readonly events: readonly TimelineEvent[];
  /** What the timeline could not place, said once, e.g. a round with no date yet. Absent when there is none. */
  readonly notes?: readonly string[];
}

/**
 * Holds an event back: while `now` is before `until` (or `snoozedAt` plus the snooze hours), it reads `upcoming`.
 *
 * @example
 * const snooze: TimelineSnooze = { eventId: 'follow-up', snoozedAt: '2027-03-18T09:00:00-04:00' };
 * buildTimeline(candidacy, { now: '2027-03-18T10:00:00-04:00', snooze: [snooze] }).events.find((event) => event.id === 'follow-up')?.status;
 * // => 'upcoming'
 * @category Timeline
 */
export interface TimelineSnooze {
  readonly eventId: string;
  readonly snoozedAt: string;
  readonly until?: string;
}

/**
 * Options of {@link buildTimeline}.
 *
 * @example
 * const options: BuildTimelineOptions = { now: '2027-03-01T09:00:00-05:00', timeline: { dayCounting: 'business' } };
 * buildTimeline(candidacy, options).events.find((event) => event.id === 'follow-up')?.window?.start;
 * // => '2027-03-19T00:00:00-04:00'
 * @category Timeline
 */
export interface BuildTimelineOptions extends WordingOptions {
  /** The present, an ISO date-time with an offset. */
  readonly now: string;
  /** Overrides of {@link defaultTimelineSettings}; the same key as in `prepare` and `createPreparer`. */
  readonly timeline?: TimelineSettingsOverrides;
  /** @deprecated The old name of {@link BuildTimelineOptions.timeline}; still read when `timeline` is absent. */
  readonly settings?: TimelineSettingsOverrides;
  /** Events the candidate chose to hear about later. */
  readonly snooze?: readonly TimelineSnooze[];
  /** Add a Google Calendar "add event" template link to each event (default false), for vendors who render the timeline on a page. */
  readonly googleCalendarLinks?: boolean;
}
