import { wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import type { Candidacy } from '../model/index.js';
import { isOffsetDateTime, isTimeZone, requireParsedCandidacy } from '../model/index.js';
import { type Decision, decideWindow, draftsAfterLast, interviewDraft, thankYouDrafts } from './after.js';
import { draftsBefore } from './before.js';
import {
  type Context,
  compareText,
  type Draft,
  KIND_ORDER,
  placeInterviews,
  type Slot,
  uniqueIds,
} from './internal.js';
import { googleCalendarUrl } from './links.js';
import {
  type DayStepShape,
  defaultTimelineSettings,
  type TimelineSettings,
  type TimelineSettingsOverrides,
} from './settings.js';
import { isQuietHour, remindersOf } from './shape.js';
import { timelineTexts } from './texts.js';
import { addHours, formatGiven, formatIso, parseInstant } from './time.js';
import type {
  BuildTimelineOptions,
  Timeline,
  TimelineEvent,
  TimelineEventStatus,
  TimelineSnooze,
  TimelineState,
} from './types.js';

function fail(what: string, value: unknown, fix: string): never {
  throw new TypeError(`buildTimeline: expected ${what}, found ${describeValue(value)}: ${fix}`);
}

function mergeSettings(overrides: TimelineSettingsOverrides | undefined): TimelineSettings {
  // eventShapes merges key by key, so overriding one shape keeps the others' defaults.
  const settings: TimelineSettings = {
    ...defaultTimelineSettings,
    ...overrides,
    eventShapes: { ...defaultTimelineSettings.eventShapes, ...overrides?.eventShapes },
  };
  const counts = [
    'thankYouHours',
    'fromRound',
    'checklistHoursBefore',
    'platformTestMinutesBefore',
    'routePlanHoursBefore',
    'rehearsalCount',
    'dueSoonHours',
    'snoozeHours',
    'platformPracticeMinutesBefore',
    'thankYouDueHours',
  ] as const;
  for (const key of counts) {
    const value = settings[key];
    // Number.isFinite is false for anything but a finite number, a string from JavaScript callers included.
    if (!Number.isFinite(value) || value < 0) {
      fail(
        `settings.${key} to be a number of at least 0`,
        value,
        'pass a non-negative number or leave it out',
      );
    }
  }
  const ranges: ('followUpDays' | 'decisionWindowDays')[] = ['followUpDays', 'decisionWindowDays'];
  for (const key of ranges) {
    const { min, max } = settings[key];
    if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
      fail(`settings.${key} to be whole days with 0 <= min <= max`, `${min}..${max}`, 'fix the range');
    }
  }
  if (settings.dayCounting !== 'calendar' && settings.dayCounting !== 'business') {
    fail("settings.dayCounting to be 'calendar' or 'business'", settings.dayCounting, 'pick one of the two');
  }
  if (settings.outreachDays !== 'business' && settings.outreachDays !== 'any') {
    fail("settings.outreachDays to be 'business' or 'any'", settings.outreachDays, 'pick one of the two');
  }
  checkShapes(settings);
  return settings;
}

const isHour = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 23;

function checkShapes(settings: TimelineSettings): void {
  const quiet = settings.quietHours;
  if (!isHour(quiet?.from) || !isHour(quiet?.to)) {
    fail('settings.quietHours to be whole hours 0–23', quiet, 'pass e.g. { from: 22, to: 7 }');
  }
  if (!isHour(settings.reminderHour) || isQuietHour(settings.reminderHour, settings)) {
    fail(
      'settings.reminderHour to be a whole hour outside the quiet hours',
      settings.reminderHour,
      'pass e.g. 9',
    );
  }
  const shapes = settings.eventShapes ?? {};
  for (const key of [
    'research',
    'checklist',
    'rehearsal',
    'routePlan',
    'followUp',
    'competingOffer',
  ] as const) {
    const shape: DayStepShape | undefined = shapes[key];
    const isSlot =
      shape?.as === 'slot' &&
      isHour(shape.hour) &&
      !isQuietHour(shape.hour, settings) &&
      Number.isInteger(shape.minutes) &&
      shape.minutes > 0 &&
      shape.minutes <= 24 * 60;
    if (shape?.as !== 'all-day' && !isSlot) {
      fail(
        `settings.eventShapes.${key} to be { as: 'all-day' } or { as: 'slot', hour, minutes } with the hour outside the quiet hours`,
        shape,
        'fix the shape',
      );
    }
  }
  for (const key of ['decisionWindow', 'outcomePlan'] as const) {
    if (shapes[key] !== 'all-day' && shapes[key] !== 'markers') {
      fail(`settings.eventShapes.${key} to be 'all-day' or 'markers'`, shapes[key], 'pick one of the two');
    }
  }
}

function statusOf(draft: Draft, now: number, settings: TimelineSettings): TimelineEventStatus {
  if (draft.done) return 'done';
  // An interview is done from its end on, so it reads upcoming, then due, like any window.
  const opens =
    draft.opensAt ?? (draft.shape === 'due' ? addHours(draft.start, -settings.dueSoonHours) : draft.start);
  if (now < opens) return 'upcoming';
  return now <= (draft.closesAt ?? draft.end) ? 'due' : 'overdue';
}

function snoozeEnds(
  snoozes: readonly TimelineSnooze[],
  settings: TimelineSettings,
  zone: string,
): Map<string, number> {
  const ends = new Map<string, number>();
  for (const snooze of snoozes) {
    // A missing snoozedAt (from JavaScript callers) reads as the text 'undefined': not a date-time either.
    if (
      !isOffsetDateTime(snooze.snoozedAt) ||
      (snooze.until !== undefined && !isOffsetDateTime(snooze.until))
    ) {
      fail(
        'each snooze to carry ISO date-times with an offset',
        snooze.until ?? snooze.snoozedAt,
        'fix the snooze',
      );
    }
    const end =
      snooze.until === undefined
        ? addHours(parseInstant(snooze.snoozedAt, zone), settings.snoozeHours)
        : parseInstant(snooze.until, zone);
    ends.set(snooze.eventId, Math.max(end, ends.get(snooze.eventId) ?? Number.NEGATIVE_INFINITY));
  }
  return ends;
}

/** `snoozedUntil` is -Infinity for an event nobody snoozed: `now` is never before it. */
function finish(draft: Draft, context: Context, snoozedUntil: number, links: boolean): TimelineEvent {
  const { zone, now } = context;
  let status = statusOf(draft, now, context.settings);
  const snoozed = now < snoozedUntil && (status === 'due' || status === 'overdue');
  if (snoozed) status = 'upcoming';
  return {
    id: draft.id,
    kind: draft.kind,
    title: draft.title,
    ...(draft.shape === 'due'
      ? { due: formatIso(draft.start, zone) }
      : { window: { start: formatIso(draft.start, zone), end: formatIso(draft.end, zone) } }),
    ...(draft.days === undefined ? {} : { allDay: { first: draft.days.first, last: draft.days.last } }),
    reminders: remindersOf(draft, context).map((instant) => formatIso(instant, zone)),
    ...(draft.interviewId === undefined ? {} : { interviewId: draft.interviewId }),
    ...(draft.interviewerId === undefined ? {} : { interviewerId: draft.interviewerId }),
    ...(draft.localZone === undefined
      ? {}
      : { localTime: { timeZone: draft.localZone, start: formatIso(draft.start, draft.localZone) } }),
    ...(draft.location === undefined ? {} : { location: draft.location }),
    ...(draft.url === undefined ? {} : { url: draft.url }),
    why: draft.why,
    ...(draft.warning === undefined ? {} : { warning: draft.warning }),
    source: draft.source,
    status,
    ...(snoozed ? { snoozedUntil: formatIso(snoozedUntil, zone) } : {}),
    ...(links ? { googleCalendarUrl: googleCalendarUrl(draft, zone) } : {}),
  };
}

function stateOf(
  context: Context,
  decision: Decision | undefined,
): { state: TimelineState; stateWhy: string } {
  const company = context.candidacy.candidate.targetRole.company;
  const { words } = context;
  if (decision?.answered) {
    return { state: 'answered', stateWhy: words.say('timeline.state.answered', { company }) };
  }
  if (context.slots.some((slot) => slot.end > context.now) || decision === undefined) {
    return { state: 'preparing', stateWhy: words.say('timeline.state.preparing') };
  }
  if (context.now > decision.end) {
    const date =
      decision.given === undefined
        ? words.date(decision.lastDay)
        : formatGiven(decision.given, context.zone, words);
    return { state: 'no-news', stateWhy: words.say('timeline.state.noNews', { date }) };
  }
  return { state: 'waiting', stateWhy: words.say('timeline.state.waiting') };
}

/** The earliest round at or after `round` with an interview that has no date yet, if any. */
function laterUndatedRound(candidacy: Candidacy, slots: readonly Slot[], round: number): number | undefined {
  const dated = new Set(slots.map((slot) => slot.interview.id));
  const rounds = candidacy.interviews
    .filter((interview) => !dated.has(interview.id) && interview.round >= round)
    .map((interview) => interview.round);
  return rounds.length === 0 ? undefined : Math.min(...rounds);
}

/** One note per round with an interview that has no date yet: its steps cannot be placed. */
function undatedNotes(context: Context): string[] {
  const { candidacy, slots } = context;
  const dated = new Set(slots.map((slot) => slot.interview.id));
  const rounds = new Map<number, boolean>();
  for (const interview of candidacy.interviews) {
    if (dated.has(interview.id)) continue;
    const roundHasDate = slots.some((slot) => slot.interview.round === interview.round);
    rounds.set(interview.round, roundHasDate || (rounds.get(interview.round) ?? false));
  }
  return [...rounds].sort(([a], [b]) => a - b).map(([round, partly]) => undatedNote(context, round, partly));
}

function undatedNote(context: Context, round: number, partly: boolean): string {
  return context.words.say(partly ? 'timeline.note.undatedSession' : 'timeline.note.undatedRound', { round });
}

/**
 * Lays out every dated step around the interviews (before, at and after), each with its status at `now`,
 * why it matters and the guide section behind it; all times carry the candidate's offset.
 *
 * @param candidacy - A candidacy as {@link parseCandidacy} returns it.
 * @param options - `now` (ISO date-time with an offset), optional `settings` overrides and `snooze` entries.
 * @returns The timeline: events sorted by time (a window's start or a point's due time), and the overall state.
 * @throws TypeError when `now`, a setting or a snooze is malformed (programmer misuse; user data never throws).
 * @example
 * const timeline = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00' });
 * timeline.events.find((event) => event.id === 'thank-you:r2:iv-hm')?.due;
 * // => '2027-03-10T15:00:00-05:00'
 * @category Timeline
 */
export function buildTimeline(candidacy: Candidacy, options: BuildTimelineOptions): Timeline {
  requireParsedCandidacy(candidacy, 'buildTimeline');
  if (typeof options?.now !== 'string' || !isOffsetDateTime(options.now)) {
    fail(
      'options.now as an ISO date-time with an offset',
      options?.now,
      "pass e.g. { now: '2027-03-01T09:00:00-05:00' }",
    );
  }
  if (
    options.timeline !== undefined &&
    options.settings !== undefined &&
    options.timeline !== options.settings
  ) {
    fail(
      'timeline settings under one key',
      'both options.timeline and options.settings',
      'pass them as options.timeline (settings is its deprecated name)',
    );
  }
  const settings = mergeSettings(options.timeline ?? options.settings);
  const zone = isTimeZone(candidacy.candidate.timeZone) ? candidacy.candidate.timeZone : 'UTC';
  const now = parseInstant(options.now, zone);
  const slots = placeInterviews(candidacy);
  const words = wording(timelineTexts, options);
  const context: Context = { candidacy, zone, now, settings, slots, words };

  const drafts: Draft[] = [];
  for (const slot of slots) {
    drafts.push(
      ...draftsBefore(context, slot),
      interviewDraft(context, slot),
      ...thankYouDrafts(context, slot),
    );
  }
  // placeInterviews sorts the slots by start, then id: the last one ends the process, unless a round as late
  // or later is planned without a date (the process is still open: no decision window yet).
  const last = slots.at(-1);
  const open = last === undefined ? undefined : laterUndatedRound(candidacy, slots, last.interview.round);
  const decision = last && open === undefined ? decideWindow(context, last) : undefined;
  if (decision) drafts.push(...draftsAfterLast(context, decision));

  // Array.prototype.sort is stable: repeats of one id keep the order they were drafted in.
  const ordered = [...drafts].sort(
    (a, b) =>
      a.start - b.start || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || compareText(a.id, b.id),
  );
  const snoozes = snoozeEnds(options.snooze ?? [], settings, zone);
  const events = uniqueIds(ordered).map((draft) =>
    finish(
      draft,
      context,
      snoozes.get(draft.id) ?? Number.NEGATIVE_INFINITY,
      options.googleCalendarLinks === true,
    ),
  );
  const notes = undatedNotes(context);

  return {
    now: formatIso(now, zone),
    timeZone: zone,
    candidateName: candidacy.candidate.name,
    company: candidacy.candidate.targetRole.company,
    ...(open === undefined
      ? stateOf(context, decision)
      : {
          state: 'preparing' as const,
          stateWhy: undatedNote(
            context,
            open,
            slots.some((slot) => slot.interview.round === open),
          ),
        }),
    events,
    ...(notes.length > 0 ? { notes } : {}),
  };
}
