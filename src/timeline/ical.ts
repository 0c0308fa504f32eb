import { type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue } from '../internal/describe.js';
import { utcOf } from '../internal/utc.js';
import { isOffsetDateTime, isPlainDate, isTimeZone } from '../model/index.js';
import { compareText } from './internal.js';
import { timelineTexts } from './texts.js';
import {
  atLocalTime,
  formatPlainDate,
  formatUtc,
  formatWall,
  occurrencesOfWallTime,
  offsetAt,
  shiftPlainDate,
  wallTimeAt,
} from './time.js';
import type { Timeline, TimelineEvent } from './types.js';
import { type Span, vtimezoneLines } from './vtimezone.js';

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * toICalendar(timeline, { alarms: false }).includes('BEGIN:VALARM');
 * // => false
 * @category Timeline
 */
export interface ToICalendarOptions extends WordingOptions {
  /** Add VALARM reminders to events that are not done (default true). */
  readonly alarms?: boolean;
  /** The calendar's display name (X-WR-CALNAME); default names the company. */
  readonly calendarName?: string;
  /** The PRODID value, one line of printable text; default `-//second-round//timeline//EN`. */
  readonly productId?: string;
}

const MAX_OCTETS = 75;
const YEAR_ONE = utcOf(1, 0, 1);
const YEAR_10000 = utcOf(10_000, 0, 1);

/** Control characters other than tab, which RFC 5545 does not allow in TEXT. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to drop
const CONTROLS = /[\0-\x08\n-\x1f\x7f]/g;
/** The same, and the C1 controls (U+0080–U+009F): what a PRODID may not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to refuse
const UNPRINTABLE = /[\0-\x08\n-\x1f\x7f-\x9f]/;

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; drops other controls. */
export function escapeText(value: string): string {
  return value
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(CONTROLS, '');
}

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  return codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line at 75 UTF-8 octets (RFC 5545 §3.1), never inside a character; CRLF + space between parts. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const character of line) {
    const width = octets(character.codePointAt(0) ?? 0);
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + width > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += character;
    size += width;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function hashText(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Only an interview held in another zone carries `localTime` (buildTimeline sets it on nothing else). */
function zoneOf(event: TimelineEvent, timeline: Timeline): string {
  return event.localTime?.timeZone ?? timeline.timeZone;
}

function spanOf(event: TimelineEvent): Span {
  const from = Date.parse(event.window?.start ?? event.due ?? '');
  const to = Date.parse(event.window?.end ?? event.due ?? '');
  return { from, to };
}

/** An elapsed time as an RFC 5545 DURATION: `-PT1H`, `PT9H30M`, `-P1DT15H`. */
function formatDuration(milliseconds: number): string {
  const sign = milliseconds < 0 ? '-' : '';
  let minutes = Math.round(Math.abs(milliseconds) / 60_000);
  const days = Math.floor(minutes / 1440);
  minutes -= days * 1440;
  const hours = Math.floor(minutes / 60);
  minutes -= hours * 60;
  const time = `${hours > 0 ? `${hours}H` : ''}${minutes > 0 ? `${minutes}M` : ''}`;
  if (days === 0 && time === '') return 'PT0S';
  return `${sign}P${days > 0 ? `${days}D` : ''}${time === '' ? '' : `T${time}`}`;
}

/**
 * One VALARM per reminder, as a trigger relative to the start: for an all-day event, relative to its
 * first day's local midnight, which readers take in the viewer's zone (the candidate's, once imported).
 */
function alarmLines(event: TimelineEvent, timeline: Timeline): string[] {
  const anchor = event.allDay ? atLocalTime(event.allDay.first, 0, 0, timeline.timeZone) : spanOf(event).from;
  return (event.reminders ?? []).flatMap((reminder) => [
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(event.title)}`,
    `TRIGGER:${formatDuration(Date.parse(reminder) - anchor)}`,
    'END:VALARM',
  ]);
}

/** A UID from an event id: safe characters kept, every other UTF-8 byte (and `%`) percent-encoded. */
export function encodeUid(id: string): string {
  return Array.from(new TextEncoder().encode(id), (byte) => {
    const character = String.fromCharCode(byte);
    return /[A-Za-z0-9:._#@+-]/.test(character) && byte < 0x80
      ? character
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** A URI value: printable ASCII other than space, quote and angle brackets kept, the rest percent-encoded. */
function encodeUri(value: string): string {
  return Array.from(new TextEncoder().encode(value), (byte) =>
    byte > 0x20 && byte < 0x7f && !'"<>\\^`{|}'.includes(String.fromCharCode(byte))
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
  ).join('');
}

/**
 * A DATE-TIME property at its wall clock with TZID; in UTC instead when a fall-back overlap repeats that
 * wall time, or the wall clock is off the whole minute or outside the years 1–9999. RFC 5545 reads a repeated wall time as its first pass, but readers differ (ical.js 2.2.1 takes
 * the second), so only UTC names such an instant for every reader.
 */
function dateTimeLine(name: string, instant: number, zone: string): string {
  const wall = wallTimeAt(instant, zone);
  // UTC too for a local mean time (readers drop an offset's seconds) and a wall year RFC 5545 cannot write.
  const isUnambiguous =
    Number.isInteger(offsetAt(instant, zone)) &&
    wall.year > 0 &&
    wall.year < 10_000 &&
    occurrencesOfWallTime(wall, zone).length === 1;
  return isUnambiguous ? `${name};TZID=${zone}:${formatWall(wall)}` : `${name}:${formatUtc(instant)}`;
}

function eventLines(
  event: TimelineEvent,
  timeline: Timeline,
  stamp: string,
  uidSuffix: string,
  alarms: boolean,
) {
  const zone = zoneOf(event, timeline);
  const { from: start, to: end } = spanOf(event);
  const days = event.allDay;
  const when =
    days && isPlainDate(days.first) && isPlainDate(days.last)
      ? [
          `DTSTART;VALUE=DATE:${formatPlainDate(days.first)}`,
          `DTEND;VALUE=DATE:${formatPlainDate(shiftPlainDate(days.last, 1))}`,
        ]
      : [
          dateTimeLine('DTSTART', start, zone),
          event.window ? dateTimeLine('DTEND', end, zone) : 'DURATION:PT0S',
        ];
  // Why and what to do, and a warning first when there is one; the status and the source stay in the JSON.
  const description = event.warning === undefined ? event.why : `${event.warning}\n\n${event.why}`;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${encodeUid(event.id)}.${uidSuffix}@second-round`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(event.location === undefined ? [] : [`LOCATION:${escapeText(event.location)}`]),
    ...(event.url === undefined ? [] : [`URL:${encodeUri(event.url)}`]),
    `CATEGORIES:${escapeText(event.kind)}`,
    event.kind === 'interview' ? 'TRANSP:OPAQUE' : 'TRANSP:TRANSPARENT',
  ];
  if (alarms && event.status !== 'done') lines.push(...alarmLines(event, timeline));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * Writes a timeline as an RFC 5545 calendar: one VEVENT per event at its wall-clock time with a TZID, a
 * VTIMEZONE for every zone used, stable UIDs, DTSTAMP from the timeline's `now`, reminders, escaped and
 * folded lines, CRLF endings. The same timeline always gives the same bytes. RFC 5545 has the years 1 to
 * 9999 only: an event outside them stays in the timeline and is left out of the file.
 *
 * @param timeline - A timeline from {@link buildTimeline}.
 * @param options - Reminders on or off, calendar name, PRODID.
 * @returns The iCalendar text, ending with CRLF.
 * @throws TypeError when `timeline.now` is not an ISO date-time with an offset.
 * @example
 * const text = toICalendar(buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00' }));
 * text.includes('DTSTART;TZID=America/New_York:20270310T100000');
 * // => true
 * @category Timeline
 */
export function toICalendar(timeline: Timeline, options: ToICalendarOptions = {}): string {
  if (typeof timeline?.now !== 'string' || !isOffsetDateTime(timeline.now)) {
    throw new TypeError(
      `toICalendar: expected timeline.now to be an ISO date-time with an offset, found ${describeValue(timeline?.now)}: pass a timeline from buildTimeline`,
    );
  }
  for (const zone of [timeline.timeZone, ...timeline.events.map((event) => zoneOf(event, timeline))]) {
    if (typeof zone !== 'string' || !isTimeZone(zone)) {
      throw new TypeError(
        `toICalendar: expected an IANA time zone, found ${describeValue(zone)}: pass a timeline from buildTimeline`,
      );
    }
  }
  const productId = options.productId ?? '-//second-round//timeline//EN';
  if (typeof productId !== 'string' || productId.trim() === '' || UNPRINTABLE.test(productId)) {
    throw new TypeError(
      `toICalendar: expected options.productId to be one line of printable text, found ${describeValue(productId)}: pass e.g. '-//Vendor//Jobs 2.0//EN'`,
    );
  }
  const stamp = formatUtc(Date.parse(timeline.now));
  const uidSuffix = hashText(`${timeline.candidateName}\u0000${timeline.company}`);
  const alarms = options.alarms ?? true;

  const spans = new Map<string, Span[]>();
  // RFC 5545 writes the years 1 to 9999 only: an event outside them (a step after a 9999-12-31 "no date")
  // stays in the timeline and is left out of the file, which every reader could otherwise not open.
  const events: TimelineEvent[] = [];
  for (const event of timeline.events) {
    const span = spanOf(event);
    if (!(span.from >= YEAR_ONE && span.to < YEAR_10000)) continue;
    events.push(event);
    const zone = zoneOf(event, timeline);
    const known = spans.get(zone);
    if (known) known.push(span);
    else spans.set(zone, [span]);
  }

  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${escapeText(productId)}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.calendarName ?? wording(timelineTexts, options).say('timeline.calendar.name', { company: timeline.company }))}`,
    `X-WR-TIMEZONE:${timeline.timeZone}`,
  ];
  for (const [zone, zoneSpans] of [...spans].sort(([a], [b]) => compareText(a, b))) {
    lines.push(...vtimezoneLines(zone, zoneSpans));
  }
  for (const event of events) lines.push(...eventLines(event, timeline, stamp, uidSuffix, alarms));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
