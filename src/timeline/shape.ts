/**
 * Where steps sit in a person's day: all-day events or short slots for day-long steps, and reminders kept
 * out of the quiet hours. The one place that reads `eventShapes`, `reminderHour` and `quietHours`.
 */
import type { Context, Draft } from './internal.js';
import type { DayStepShape, TimelineSettings } from './settings.js';
import { addHours, addMinutes, atLocalTime, dateOf, localHourOf, shiftPlainDate } from './time.js';

type Placement = Pick<Draft, 'shape' | 'start' | 'end' | 'days'>;

/** Whole days from `first` to `last` (included) in the candidate's zone. */
export function allDaySpan(context: Context, first: string, last: string): Placement {
  const end = last < first ? first : last;
  return {
    shape: 'all-day',
    start: atLocalTime(first, 0, 0, context.zone),
    end: atLocalTime(shiftPlainDate(end, 1), 0, 0, context.zone),
    days: { first, last: end },
  };
}

/**
 * A day-long step on `date`: the whole day, or a slot at the shape's hour; a slot that would end after
 * `latest` (the interview it prepares) ends at `latest` instead.
 */
export function dayStep(context: Context, date: string, shape: DayStepShape, latest?: number): Placement {
  if (shape.as === 'all-day') return allDaySpan(context, date, date);
  let start = atLocalTime(date, shape.hour, 0, context.zone);
  let end = addMinutes(start, shape.minutes);
  if (latest !== undefined && end > latest) {
    start = addMinutes(latest, -shape.minutes);
    end = latest;
  }
  return { shape: 'window', start, end };
}

/** True when a local hour (fractional) falls in the quiet hours. */
export function isQuietHour(hour: number, settings: TimelineSettings): boolean {
  const { from, to } = settings.quietHours;
  if (from === to) return false;
  return from > to ? hour >= from || hour < to : hour >= from && hour < to;
}

/**
 * `instant`, or when it falls in the quiet hours the morning they end (`quietHours.to`) if that is no later
 * than `limit`, else half an hour before they began (the evening before).
 */
export function outOfQuiet(instant: number, limit: number, context: Context): number {
  const { settings, zone } = context;
  const hour = localHourOf(instant, zone);
  if (!isQuietHour(hour, settings)) return instant;
  const { from, to } = settings.quietHours;
  const day = dateOf(instant, zone);
  // Past `from` in the evening the quiet ends tomorrow morning; before `to` it ends this morning.
  const inEvening = from > to ? hour >= from : false;
  const morning = atLocalTime(inEvening ? shiftPlainDate(day, 1) : day, to, 0, zone);
  if (morning <= limit) return morning;
  const eveningDay = from > to && !inEvening ? shiftPlainDate(day, -1) : day;
  return addMinutes(atLocalTime(eveningDay, from, 0, zone), -30);
}

/** When a thank-you is due: a few hours after the interview, moved out of the night, within the limit. */
export function thankYouDue(end: number, context: Context): number {
  const { settings, zone } = context;
  const limit = addHours(end, settings.thankYouHours);
  const due = addHours(end, Math.min(settings.thankYouDueHours, settings.thankYouHours));
  if (!isQuietHour(localHourOf(due, zone), settings)) return due;
  const hour = localHourOf(due, zone);
  const day = dateOf(due, zone);
  const nextMorning = hour >= settings.quietHours.from && settings.quietHours.from > settings.quietHours.to;
  const morning = atLocalTime(nextMorning ? shiftPlainDate(day, 1) : day, settings.reminderHour, 0, zone);
  return Math.min(Math.max(morning, due), limit);
}

/** The reminders of a draft, each out of the quiet hours: all-day steps at the reminder hour, others before. */
export function remindersOf(draft: Draft, context: Context): number[] {
  const { settings, zone } = context;
  const reminderHour = (date: string) => atLocalTime(date, settings.reminderHour, 0, zone);
  let wanted: number[];
  if (draft.days) wanted = [reminderHour(draft.days.first)];
  else if (draft.kind === 'interview') {
    wanted = [reminderHour(shiftPlainDate(dateOf(draft.start, zone), -1)), addHours(draft.start, -1)];
  } else if (draft.kind === 'take-home-due') {
    wanted = [reminderHour(shiftPlainDate(dateOf(draft.start, zone), -1)), addHours(draft.start, -1)];
  } else if (draft.shape === 'due')
    wanted = [Math.max(addHours(draft.start, -1), draft.opensAt ?? -Infinity)];
  else wanted = [draft.start];
  const limit = draft.days ? draft.end : draft.start;
  return [...new Set(wanted.map((instant) => outOfQuiet(instant, limit, context)))].sort((a, b) => a - b);
}
