/**
 * The one place that does date arithmetic for the timeline. Every function takes an instant as epoch
 * milliseconds and, where the calendar matters, an IANA zone; offsets come from @date-fns/tz (`tzOffset`,
 * which reads the runtime's Intl database), so no result depends on the process `TZ`.
 *
 * Wall-clock rules (RFC 5545 §3.3.5 reads the same way, so the timeline and its .ics agree):
 * - a wall time skipped by a DST gap (02:30 on a spring-forward night) is read with the offset in force
 *   before the gap, which lands it after the gap (03:30 summer time);
 * - a wall time that occurs twice in a DST overlap (02:30 on a fall-back night) is the FIRST occurrence.
 *   date-fns's `TZDate` picks the later one; we pick the earlier so a reminder never fires an hour late.
 */

import { tzOffset } from '@date-fns/tz/tzOffset';
import type { Wording } from '../i18n/wording.js';
import { utcOf } from '../internal/utc.js';
import { isPlainDate } from '../model/index.js';
import type { TimelineTextKey } from './texts.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A wall-clock time in some zone; `month` is 1–12. */
export interface WallTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** How days are counted when a rule says "N days after": every day, or Monday to Friday only. */
export type DayCounting = 'calendar' | 'business';

/**
 * Offsets already read, by zone: per UTC day, the offset that holds for the whole day (NaN for a day the
 * offset changes in), and per instant for those days only. A timeline asks for the same days many times,
 * and each Intl read costs microseconds; a day read once answers every instant in it with one lookup. A
 * pure memo (the zone data cannot change within a process), numbers as keys (no key string built per read),
 * all emptied when they hold more than MAX_OFFSETS offsets.
 */
interface ZoneOffsets {
  readonly byDay: Map<number, number>;
  readonly byInstant: Map<number, number>;
}
const OFFSETS = new Map<string, ZoneOffsets>();
const MAX_OFFSETS = 20_000;
let offsetsKept = 0;

function offsetsOf(zone: string): ZoneOffsets {
  let offsets = OFFSETS.get(zone);
  if (offsets === undefined) {
    // One entry per zone the runtime knows (a few hundred at most); the offsets in it are bounded by remember.
    offsets = { byDay: new Map(), byInstant: new Map() };
    OFFSETS.set(zone, offsets);
  }
  return offsets;
}

function remember(map: Map<number, number>, key: number, value: number): void {
  if (offsetsKept >= MAX_OFFSETS) {
    for (const each of OFFSETS.values()) {
      each.byDay.clear();
      each.byInstant.clear();
    }
    offsetsKept = 0;
  }
  map.set(key, value);
  offsetsKept += 1;
}

/**
 * The offset that holds in `zone` for the whole UTC day `day` (days since 1970-01-01), NaN when it changes
 * within the day. Offsets change at most once in a day, so equal offsets at its first and last millisecond
 * hold for every instant between.
 */
function offsetOfDay(offsets: ZoneOffsets, day: number, zone: string): number {
  const known = offsets.byDay.get(day);
  if (known !== undefined) return known;
  const start = tzOffset(zone, new Date(day * DAY));
  const steady = start === tzOffset(zone, new Date((day + 1) * DAY - 1)) ? start : Number.NaN;
  remember(offsets.byDay, day, steady);
  return steady;
}

/** The zone's UTC offset in minutes at `instant` (e.g. -300 for New York in winter). */
export function offsetAt(instant: number, zone: string): number {
  const offsets = offsetsOf(zone);
  const day = Math.floor(instant / DAY);
  if (Number.isFinite(day)) {
    const steady = offsetOfDay(offsets, day, zone);
    if (!Number.isNaN(steady)) return steady;
  }
  const known = offsets.byInstant.get(instant);
  if (known !== undefined) return known;
  const offset = tzOffset(zone, new Date(instant));
  remember(offsets.byInstant, instant, offset);
  return offset;
}

/** The wall-clock time in `zone` at `instant`. */
export function wallTimeAt(instant: number, zone: string): WallTime {
  const shifted = new Date(instant + offsetAt(instant, zone) * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

function wallAsUtc(wall: WallTime): number {
  return utcOf(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** Every instant at which `zone` shows the wall time: none in a DST gap, two in an overlap, else one. */
export function occurrencesOfWallTime(wall: WallTime, zone: string): number[] {
  const asUtc = wallAsUtc(wall);
  const before = offsetAt(asUtc - DAY, zone);
  const after = offsetAt(asUtc + DAY, zone);
  const at = offsetAt(asUtc, zone);
  if (before === after && after === at) {
    // No change of offset near this wall time (nearly always): one candidate, without the arrays below.
    const instant = asUtc - at * MINUTE;
    return wallAsUtc(wallTimeAt(instant, zone)) === asUtc ? [instant] : [];
  }
  return [...new Set([before, after, at])]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => wallAsUtc(wallTimeAt(instant, zone)) === asUtc)
    .sort((a, b) => a - b);
}

/** The instant of a wall-clock time in `zone`: first occurrence in an overlap, shifted forward in a gap. */
export function instantOfWallTime(wall: WallTime, zone: string): number {
  const asUtc = wallAsUtc(wall);
  // Nearly always the offset holds from the day before to the day after: the one occurrence, read directly
  // (the same instant occurrencesOfWallTime finds, without its reads and arrays).
  const day = Math.floor(asUtc / DAY);
  if (Number.isFinite(day)) {
    const offsets = offsetsOf(zone);
    const at = offsetOfDay(offsets, day, zone);
    if (at === offsetOfDay(offsets, day - 1, zone) && at === offsetOfDay(offsets, day + 1, zone))
      return asUtc - at * MINUTE;
  }
  // No occurrence means the wall time fell in a gap: read it with the offset before the gap.
  return (
    occurrencesOfWallTime(wall, zone)[0] ?? wallAsUtc(wall) - offsetAt(wallAsUtc(wall) - DAY, zone) * MINUTE
  );
}

/** The instant of an ISO string: a date-time with its own offset, or a plain date read as midnight in `zone`. */
export function parseInstant(value: string, zone: string): number {
  if (isPlainDate(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return instantOfWallTime(
      { year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour: 0, minute: 0, second: 0 },
      zone,
    );
  }
  return Date.parse(value);
}

/**
 * The instant at which a date "has passed": the next midnight for a plain date (the whole day counts),
 * the instant itself for a date-time.
 */
export function parseDeadline(value: string, zone: string): number {
  const instant = parseInstant(value, zone);
  return isPlainDate(value) ? addDays(instant, 1, zone, 'calendar') : instant;
}

/** `instant` plus a number of elapsed minutes (a DST change does not stretch or shrink them). */
export function addMinutes(instant: number, minutes: number): number {
  return instant + minutes * MINUTE;
}

/** `instant` plus a number of elapsed hours. */
export function addHours(instant: number, hours: number): number {
  return instant + hours * HOUR;
}

function isWeekend(wall: WallTime): boolean {
  const weekday = new Date(utcOf(wall.year, wall.month - 1, wall.day)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

function shiftDate(wall: WallTime, days: number): WallTime {
  const date = new Date(utcOf(wall.year, wall.month - 1, wall.day + days));
  return { ...wall, year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * `instant` plus `days` days in `zone`, keeping the wall clock (09:00 stays 09:00 across a DST change).
 * Business days skip Saturday and Sunday (no public holidays); a negative count goes back.
 */
export function addDays(instant: number, days: number, zone: string, counting: DayCounting): number {
  let wall = wallTimeAt(instant, zone);
  if (counting === 'calendar') return instantOfWallTime(shiftDate(wall, days), zone);
  const step = days < 0 ? -1 : 1;
  let remaining = Math.abs(Math.trunc(days));
  while (remaining > 0) {
    wall = shiftDate(wall, step);
    if (!isWeekend(wall)) remaining -= 1;
  }
  return instantOfWallTime(wall, zone);
}

/** Midnight at the start of the day `instant` falls on in `zone`. */
export function startOfDay(instant: number, zone: string): number {
  return instantOfWallTime({ ...wallTimeAt(instant, zone), hour: 0, minute: 0, second: 0 }, zone);
}

/**
 * An ISO-8601 string with the zone's offset at that instant: `2027-03-15T09:00:00-04:00`, `Z` for a zero
 * offset; the same text as date-fns `format(new TZDate(instant, zone), "yyyy-MM-dd'T'HH:mm:ssXXX")`, built
 * directly because that path costs about ten times more.
 */
export function formatIso(instant: number, zone: string): string {
  const offset = offsetAt(instant, zone);
  // A local mean time before 1900 is no whole minute off UTC (New York's was -04:56:02): say it in UTC.
  const whole = Number.isInteger(offset) ? offset : 0;
  // Up to the seconds; a year past 9999 keeps ISO's expanded form (`+010000-01-01T06:59:59`).
  const text = new Date(instant + whole * MINUTE).toISOString();
  const wall = text.slice(0, text.indexOf('T') + 9);
  return `${wall}${whole === 0 ? 'Z' : formatOffset(whole, ':')}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The wall clock in `zone` as RFC 5545 writes it after `TZID=`: `20270315T090000`. */
export function formatWallClock(instant: number, zone: string): string {
  return formatWall(wallTimeAt(instant, zone));
}

/** A wall time as RFC 5545 writes it: `20270315T090000`. */
export function formatWall(wall: WallTime): string {
  return `${pad(wall.year, 4)}${pad(wall.month)}${pad(wall.day)}T${pad(wall.hour)}${pad(wall.minute)}${pad(wall.second)}`;
}

/** The instant in UTC as RFC 5545 writes it: `20270315T130000Z`. */
export function formatUtc(instant: number): string {
  return `${formatWallClock(instant, 'UTC')}Z`;
}

/**
 * An offset in minutes as RFC 5545 writes it (`-0500`, `+0530`, and seconds where a local mean time has them:
 * `-045602`), or with `separator` as ISO 8601 does (`-05:00`).
 */
export function formatOffset(minutes: number, separator = ''): string {
  const seconds = Math.round(Math.abs(minutes) * 60);
  const rest = seconds % 60;
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(seconds / 3600))}${separator}${pad(Math.floor(seconds / 60) % 60)}${rest ? pad(rest) : ''}`;
}

/** A short wall-clock label for titles: `2027-03-15 09:00`. */
export function formatLabel(instant: number, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)} ${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** The plain date (`2027-03-15`) `instant` falls on in `zone`. */
export function dateOf(instant: number, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

function wallOfDate(date: string, hour = 0, minute = 0): WallTime {
  // Reads `YYYY-MM-DD` as `split('-').map(Number)` does, without the arrays (it runs for every step).
  const first = date.indexOf('-');
  const second = date.indexOf('-', first + 1);
  if (first < 0 || second < 0) {
    const [year, month, day] = date.split('-').map(Number);
    return { year: year ?? 1970, month: month ?? 1, day: day ?? 1, hour, minute, second: 0 };
  }
  const third = date.indexOf('-', second + 1);
  return {
    year: Number(date.slice(0, first)),
    month: Number(date.slice(first + 1, second)),
    day: Number(third < 0 ? date.slice(second + 1) : date.slice(second + 1, third)),
    hour,
    minute,
    second: 0,
  };
}

/** A plain date `days` calendar days later (earlier when negative). */
export function shiftPlainDate(date: string, days: number): string {
  const shifted = shiftDate(wallOfDate(date), days);
  return `${pad(shifted.year, 4)}-${pad(shifted.month)}-${pad(shifted.day)}`;
}

/** The later of two plain dates (ISO dates order as text). */
export function laterDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two plain dates. */
export function earlierDate(a: string, b: string): string {
  return a < b ? a : b;
}

/** The date itself on Monday to Friday, else the Monday after. */
export function businessDateFrom(date: string): string {
  let current = date;
  while (isWeekend(wallOfDate(current))) current = shiftPlainDate(current, 1);
  return current;
}

/** The instant of a local time of day on a plain date in `zone` (DST gaps read as instantOfWallTime does). */
export function atLocalTime(date: string, hour: number, minute: number, zone: string): number {
  return instantOfWallTime(wallOfDate(date, hour, minute), zone);
}

/** The local hour of `instant` in `zone`, minutes as a fraction (09:30 is 9.5). */
export function localHourOf(instant: number, zone: string): number {
  const wall = wallTimeAt(instant, zone);
  return wall.hour + wall.minute / 60;
}

/** The RFC 5545 DATE form of a plain date: `20270315`. */
export function formatPlainDate(date: string): string {
  return date.replace(/-/g, '');
}

/**
 * A date as it was given, for people: a plain date as its day (`Fri 19 Mar 2027`, `Fr., 19. März 2027`; never
 * the midnight after it), a date-time as its day and time in `zone` (`Fri 19 Mar 2027 17:00`), in the words'
 * locale.
 */
export function formatGiven(value: string, zone: string, words: Wording<TimelineTextKey>): string {
  if (isPlainDate(value)) return words.date(value);
  const instant = Date.parse(value);
  const wall = wallTimeAt(instant, zone);
  return words.say('timeline.date.dayTime', {
    day: words.date(dateOf(instant, zone)),
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  });
}
