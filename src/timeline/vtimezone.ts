import { utcOf } from '../internal/utc.js';
import { formatOffset, formatWall, offsetAt, type WallTime, wallTimeAt } from './time.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The sampling step: no zone in the database changes twice within six hours. */
const STEP = 6 * HOUR;
/** Scanned on each side of the span: a year before, so each yearly rule has an onset before the first event. */
const BEFORE = 366 * DAY;
const AFTER = 31 * DAY;
/** Events closer than this share one scan: the block is exact over the whole span between them. */
const JOIN = 5 * 366 * DAY;
const FIRST = utcOf(1, 0, 2);
const LAST = utcOf(9999, 11, 30);

/** One change of offset: the first instant of the new offset, to the minute. */
interface Change {
  readonly at: number;
  readonly from: number;
  readonly to: number;
}

/** An instant span in milliseconds, both ends included. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/**
 * Every change of the zone's offset in the `windows` (sorted, apart, starting on a whole minute), exact to the minute: the offset is
 * sampled every six hours, and each change found is narrowed by bisection, so changes off the whole UTC
 * hour (St John's, Adelaide, Lord Howe, Chatham) land on their minute. Between two windows nothing is
 * sampled: where the offset differs across the gap, the change is put at the next window's start, a year
 * before any event, where no event reads it.
 */
export function offsetChanges(zone: string, windows: readonly Span[]): Change[] {
  const changes: Change[] = [];
  let previous = offsetAt(windows[0]?.from ?? 0, zone);
  for (const window of windows) {
    let previousAt = window.from;
    const first = offsetAt(previousAt, zone);
    if (first !== previous) changes.push({ at: previousAt, from: previous, to: first });
    previous = first;
    for (let at = previousAt + STEP; at <= window.to + STEP; at += STEP) {
      const offset = offsetAt(at, zone);
      if (offset !== previous) {
        let low = previousAt;
        let high = at;
        while (high - low > MINUTE) {
          const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
          if (offsetAt(middle, zone) === previous) low = middle;
          else high = middle;
        }
        changes.push({ at: high, from: previous, to: offset });
        previous = offset;
      }
      previousAt = at;
    }
  }
  return changes;
}

/**
 * The windows to scan for the sorted instants a calendar writes as wall clocks (each event's start and
 * end): a year before each and a month after, merged where they are less than five years apart. A calendar
 * with events centuries apart (a vendor's `9999-12-31` for "no date"), or one event that long, scans
 * around those instants, not every six hours of the years between.
 */
function scanWindows(instants: readonly number[]): Span[] {
  const windows: { from: number; to: number }[] = [];
  for (const instant of instants) {
    // Onsets are written as wall clocks, which RFC 5545 has for the years 1 to 9999 only.
    const from = Math.max(Math.floor((instant - BEFORE) / DAY) * DAY, FIRST);
    const to = Math.min(instant + AFTER, LAST);
    const last = windows[windows.length - 1];
    if (from > to) continue;
    if (last && from <= last.to + JOIN) last.to = Math.max(last.to, to);
    else windows.push({ from, to });
  }
  return windows;
}

/** The local wall clock at which a change happens, read in the offset being left (RFC 5545 §3.6.5). */
function onsetWall(change: Change): WallTime {
  return wallTimeAt(change.at + change.from * MINUTE, 'UTC');
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

function daysInMonth(year: number, month: number): number {
  return new Date(utcOf(year, month, 0)).getUTCDate();
}

/**
 * The BYDAY forms that name a date: `-1SU` first when it is the month's last Sunday (zone rules say
 * "last Sunday" far more often than "fourth"), then `2SU` (second Sunday).
 */
function byDayForms(wall: WallTime): string[] {
  const weekday = WEEKDAYS[new Date(utcOf(wall.year, wall.month - 1, wall.day)).getUTCDay()];
  const forms = [`${Math.ceil(wall.day / 7)}${weekday}`];
  if (wall.day + 7 > daysInMonth(wall.year, wall.month)) forms.unshift(`-1${weekday}`);
  return forms;
}

/** The day of the month a BYDAY form names in a given year and month. */
function dayOfByDay(year: number, month: number, form: string): number {
  const nth = Number(form.slice(0, -2));
  const weekday = WEEKDAYS.indexOf(form.slice(-2) as (typeof WEEKDAYS)[number]);
  if (nth > 0) {
    const first = new Date(utcOf(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const last = daysInMonth(year, month);
  return last - ((new Date(utcOf(year, month - 1, last)).getUTCDay() - weekday + 7) % 7);
}

interface Rule {
  readonly kind: 'STANDARD' | 'DAYLIGHT';
  readonly first: Change;
  readonly month: number;
  readonly byDay: string;
}

/**
 * The yearly rules that reproduce `changes` exactly over `[from, to]`, or undefined when the zone's changes
 * follow no such rule there (a zone that changed its rules, Ramadan suspensions, a one-off shift).
 */
function yearlyRules(changes: readonly Change[], from: number, to: number): Rule[] | undefined {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const wall = onsetWall(change);
    const key = `${change.from}>${change.to}@${wall.month}T${wall.hour}:${wall.minute}:${wall.second}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  // A yearly rule needs a pair of changes going back and forth, each seen before the span starts.
  if (groups.size !== 2) return undefined;
  const rules: Rule[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined || first.at > from) return undefined;
    const shared = group
      .map((change) => byDayForms(onsetWall(change)))
      .reduce((common, forms) => common.filter((form) => forms.includes(form)));
    const byDay = shared[0];
    if (byDay === undefined) return undefined;
    const wall = onsetWall(first);
    // The rule must give exactly the changes seen, no more: expand it over the scanned years.
    const expanded: number[] = [];
    for (let year = wall.year; ; year++) {
      const day = dayOfByDay(year, wall.month, byDay);
      const at = utcOf(year, wall.month - 1, day, wall.hour, wall.minute, wall.second) - first.from * MINUTE;
      if (at > to) break;
      expanded.push(at);
    }
    if (expanded.join() !== group.map((change) => change.at).join()) return undefined;
    rules.push({ kind: first.to > first.from ? 'DAYLIGHT' : 'STANDARD', first, month: wall.month, byDay });
  }
  // Both rules must agree on the two offsets they switch between.
  const [a, b] = rules;
  if (!a || !b || a.first.from !== b.first.to || a.first.to !== b.first.from) return undefined;
  if (a.kind === b.kind) return undefined;
  return rules.sort((x, y) => x.first.at - y.first.at);
}

function observance(
  kind: 'STANDARD' | 'DAYLIGHT',
  wall: WallTime,
  from: number,
  to: number,
  extra: string[] = [],
) {
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatWall(wall)}`,
    ...extra,
    `TZOFFSETFROM:${formatOffset(from)}`,
    `TZOFFSETTO:${formatOffset(to)}`,
    `END:${kind}`,
  ];
}

/**
 * The VTIMEZONE block of `zone` covering every one of `spans` (the events written in that zone), from the
 * runtime's zone data and exact to the minute. Where the zone's changes around the spans follow two yearly rules (the common case), it is written
 * in the RRULE form (`FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`), starting at each rule's first change a year
 * before the span; otherwise one observance for the offset in force at the scan start and one per change.
 * Lines are unfolded; the caller folds them.
 */
export function vtimezoneLines(zone: string, spans: readonly Span[]): string[] {
  const instants = spans.flatMap((span) => [span.from, span.to]).sort((a, b) => a - b);
  const windows = scanWindows(instants);
  const scanStart = windows[0]?.from ?? 0;
  const from = instants[0] ?? 0;
  const changes = offsetChanges(zone, windows);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  // Windows apart have a gap no rule was checked over: there, one observance per change.
  const [only, ...apart] = windows;
  const rules = only && apart.length === 0 ? yearlyRules(changes, from, only.to) : undefined;
  if (rules) {
    for (const rule of rules) {
      lines.push(
        ...observance(rule.kind, onsetWall(rule.first), rule.first.from, rule.first.to, [
          `RRULE:FREQ=YEARLY;BYMONTH=${rule.month};BYDAY=${rule.byDay}`,
        ]),
      );
    }
    lines.push('END:VTIMEZONE');
    return lines;
  }
  const initialOffset = offsetAt(scanStart, zone);
  const firstChange = changes[0];
  const initialIsDaylight = firstChange !== undefined && firstChange.to < firstChange.from;
  lines.push(
    ...observance(
      initialIsDaylight ? 'DAYLIGHT' : 'STANDARD',
      onsetWall({ at: scanStart, from: initialOffset, to: initialOffset }),
      initialOffset,
      initialOffset,
    ),
  );
  for (const change of changes) {
    lines.push(
      ...observance(
        change.to > change.from ? 'DAYLIGHT' : 'STANDARD',
        onsetWall(change),
        change.from,
        change.to,
      ),
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
