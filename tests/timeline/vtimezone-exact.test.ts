// Issue 19 item 4: every VTIMEZONE observance exact to the minute, checked against Intl's offsets.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type Timeline, type TimelineEvent, toICalendar } from '../../src/index.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2028, 11, 31);

/** Intl's offset of `zone` at `instant`, in minutes. */
const FORMATTERS = new Map<string, Intl.DateTimeFormat>();

function intlOffset(instant: number, zone: string): number {
  let formatter = FORMATTERS.get(zone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    FORMATTERS.set(zone, formatter);
  }
  const name =
    formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

/** Every change of offset in [from, to], to the minute: hourly steps, then bisection. */
function intlTransitions(zone: string, from: number, to: number): { at: number; offset: number }[] {
  const found: { at: number; offset: number }[] = [];
  let previous = intlOffset(from, zone);
  for (let t = from + HOUR; t <= to; t += HOUR) {
    const offset = intlOffset(t, zone);
    if (offset === previous) continue;
    let low = t - HOUR;
    let high = t;
    while (high - low > MINUTE) {
      const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
      if (intlOffset(middle, zone) === previous) low = middle;
      else high = middle;
    }
    found.push({ at: high, offset });
    previous = offset;
  }
  return found;
}

function parseOffset(text: string): number {
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(3, 5)));
}

function wallToUtc(wall: string, offset: number): number {
  const [y, mo, d, h, mi, s] = [
    wall.slice(0, 4),
    wall.slice(4, 6),
    wall.slice(6, 8),
    wall.slice(9, 11),
    wall.slice(11, 13),
    wall.slice(13, 15),
  ].map(Number);
  return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0) - offset * MINUTE;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The day of month of the n-th (or, for -1, last) weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (nth - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/**
 * A small, strict reader of the VTIMEZONE forms the library writes (single onsets, RDATE lists and
 * FREQ=YEARLY;BYMONTH;BYDAY rules): each onset as the UTC instant and the offset it brings.
 */
function onsetsOf(block: string, until: number): { at: number; offset: number }[] {
  const onsets: { at: number; offset: number }[] = [];
  for (const part of block.split(/BEGIN:(?:STANDARD|DAYLIGHT)\r\n/).slice(1)) {
    const field = (name: string) => new RegExp(`^${name}[:;]([^\\r]*)`, 'm').exec(part)?.[1];
    const start = field('DTSTART') ?? '';
    const from = parseOffset(field('TZOFFSETFROM') ?? '+0000');
    const to = parseOffset(field('TZOFFSETTO') ?? '+0000');
    onsets.push({ at: wallToUtc(start, from), offset: to });
    for (const rdate of (field('RDATE') ?? '').split(',').filter((each) => each !== '')) {
      onsets.push({ at: wallToUtc(rdate, from), offset: to });
    }
    const rule = field('RRULE');
    if (rule === undefined) continue;
    const parts = Object.fromEntries(rule.split(';').map((each) => each.split('=')));
    expect(parts.FREQ).toBe('YEARLY');
    const month = Number(parts.BYMONTH);
    const byDay = /^(-?\d)([A-Z]{2})$/.exec(parts.BYDAY ?? '');
    if (!byDay) throw new Error(`unexpected BYDAY in ${rule}`);
    const time = start.slice(9);
    for (let year = Number(start.slice(0, 4)) + 1; ; year++) {
      const day = nthWeekday(year, month, WEEKDAYS.indexOf(byDay[2] ?? ''), Number(byDay[1]));
      const wall = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}T${time}`;
      const at = wallToUtc(wall, from);
      if (at > until) break;
      onsets.push({ at, offset: to });
    }
  }
  return onsets.sort((a, b) => a.at - b.at);
}

function timelineIn(zone: string, instants: readonly number[] = [FROM, TO]): Timeline {
  const event = (id: string, at: number): TimelineEvent => ({
    id,
    kind: 'research',
    title: id,
    window: { start: new Date(at).toISOString(), end: new Date(at + HOUR).toISOString() },
    why: 'test',
    source: 'test',
    status: 'upcoming',
  });
  return {
    now: '2025-12-01T00:00:00Z',
    timeZone: zone,
    candidateName: 'Test',
    company: 'Test',
    state: 'preparing',
    stateWhy: 'test',
    events: instants.map((at, index) => event(`event-${index}`, at)),
  };
}

const ZONES = [
  'America/St_Johns',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Asia/Kathmandu',
  'America/New_York',
  'Europe/Berlin',
  'America/Sao_Paulo',
  'Africa/Casablanca',
];

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('VTIMEZONE matches Intl to the minute over the whole span', () => {
  it.each(ZONES)('%s: onsets and offsets equal Intl’s transitions', (zone) => {
    const text = toICalendar(timelineIn(zone));
    const block = text.replace(/\r\n /g, '').split('BEGIN:VTIMEZONE')[1]?.split('END:VTIMEZONE')[0] ?? '';
    const onsets = onsetsOf(block, TO);
    const first = onsets[0];
    if (first === undefined) throw new Error('no observance');
    // An observance starts before the span, and the last one before it brings the offset in force then.
    expect(first.at).toBeLessThanOrEqual(FROM);
    expect([...onsets].reverse().find((onset) => onset.at <= FROM)?.offset).toBe(intlOffset(FROM, zone));
    const inSpan = onsets.filter((onset) => onset.at > FROM && onset.at <= TO);
    // Repeated onsets of the same offset (a rule's first onset) are no change: drop them.
    const changes = inSpan.filter((onset) => {
      const before = [...onsets].reverse().find((other) => other.at < onset.at);
      return before === undefined || before.offset !== onset.offset;
    });
    expect(changes.map((onset) => [new Date(onset.at).toISOString(), onset.offset])).toEqual(
      intlTransitions(zone, FROM, TO).map((change) => [new Date(change.at).toISOString(), change.offset]),
    );
  });

  it.each(ZONES)('%s: ical.js turns each wall clock around every change into Intl’s instant', (zone) => {
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(timelineIn(zone))));
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    if (!vtimezone) throw new Error('no VTIMEZONE');
    const timezone = new ICAL.Timezone(vtimezone);
    const checks = intlTransitions(zone, FROM, TO).flatMap((change) =>
      [-90, -31, -1, 0, 1, 29, 61, 90].map((minutes) => change.at + minutes * MINUTE),
    );
    checks.push(FROM + 7 * HOUR, TO - 7 * HOUR);
    let checked = 0;
    for (const instant of checks) {
      const wall = instant + intlOffset(instant, zone) * MINUTE;
      // A wall time repeated by a fall-back change names two instants: readers differ, so skip it.
      const offsets = new Set([intlOffset(instant - 3 * HOUR, zone), intlOffset(instant + 3 * HOUR, zone)]);
      const readings = [...offsets].filter((offset) => intlOffset(wall - offset * MINUTE, zone) === offset);
      if (readings.length !== 1) continue;
      const date = new Date(wall);
      const local = ICAL.Time.fromData(
        {
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
          hour: date.getUTCHours(),
          minute: date.getUTCMinutes(),
          second: 0,
        },
        timezone,
      );
      expect(local.toUnixTime() * 1000, `${zone} at ${date.toISOString().slice(0, 16)} local`).toBe(instant);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(1);
  });

  it('uses the yearly-rule form where the rules allow it (New York, Lord Howe, Chatham)', () => {
    for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham']) {
      const text = toICalendar(timelineIn(zone));
      expect(text, zone).toMatch(/RRULE:FREQ=YEARLY;BYMONTH=\d+;BYDAY=-?\d[A-Z]{2}/);
    }
    expect(toICalendar(timelineIn('Asia/Kathmandu'))).not.toContain('RRULE');
  });
});

describe('events centuries apart', () => {
  // A vendor's "no date" sentinel (9999-12-31T23:59:59+14:00) next to a real interview: the block covers
  // each event's own surroundings, and every event still reads back at its instant.
  const REAL = Date.UTC(2027, 5, 15, 8);
  const SENTINEL = Date.parse('9999-12-31T23:59:59+14:00');

  it.each(['Europe/Berlin', 'Africa/Casablanca', 'America/St_Johns'])(
    '%s: ical.js reads every event at its instant',
    (zone) => {
      const calendar = new ICAL.Component(ICAL.parse(toICalendar(timelineIn(zone, [REAL, SENTINEL]))));
      const vtimezone = calendar.getFirstSubcomponent('vtimezone');
      if (!vtimezone) throw new Error('no VTIMEZONE');
      ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
      const starts = calendar
        .getAllSubcomponents('vevent')
        .map((event) => new ICAL.Event(event).startDate.toUnixTime() * 1000);
      expect(starts).toEqual([REAL, Math.floor(SENTINEL / 1000) * 1000]);
    },
  );
});

describe('one event spanning a century', () => {
  // Only an event's start and end are written as wall clocks: the block covers their surroundings, so a
  // window from 1900 to 2027 (a vendor's open-ended range) is read back exactly at both ends.
  const START = Date.UTC(1900, 5, 1, 10);
  const END = Date.UTC(2027, 5, 15, 8);

  it.each(['Europe/Berlin', 'America/New_York'])('%s: ical.js reads the start and the end', (zone) => {
    const timeline: Timeline = {
      ...timelineIn(zone, []),
      events: [
        {
          id: 'long',
          kind: 'research',
          title: 'long',
          window: { start: new Date(START).toISOString(), end: new Date(END).toISOString() },
          why: 'test',
          source: 'test',
          status: 'upcoming',
        },
      ],
    };
    const calendar = new ICAL.Component(ICAL.parse(toICalendar(timeline)));
    const vtimezone = calendar.getFirstSubcomponent('vtimezone');
    if (!vtimezone) throw new Error('no VTIMEZONE');
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
    const component = calendar.getFirstSubcomponent('vevent');
    if (!component) throw new Error('no VEVENT');
    const event = new ICAL.Event(component);
    expect([event.startDate.toUnixTime() * 1000, event.endDate.toUnixTime() * 1000]).toEqual([START, END]);
  });
});
