import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline, toICalendar } from '../../src/index.js';
import { escapeText, foldLine } from '../../src/timeline/ical.js';
import { berlinInput, candidacyOf, newYorkInput } from './fixtures.js';

interface ParsedEvent {
  readonly uid: string;
  readonly start: number;
  readonly end: number;
  readonly summary: string;
  readonly alarms: number;
}

/** Reads an .ics back with ical.js, registering its VTIMEZONEs so each TZID resolves from the file itself. */
function readBack(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      start: event.startDate.toJSDate().getTime(),
      end: event.endDate.toJSDate().getTime(),
      summary: event.summary,
      alarms: component.getAllSubcomponents('valarm').length,
    };
  });
}

function instantsOf(timeline: Timeline) {
  return timeline.events.map((event) => ({
    start: Date.parse(event.window?.start ?? event.due ?? ''),
    end: Date.parse(event.window?.end ?? event.due ?? ''),
  }));
}

const newYork = () => buildTimeline(candidacyOf(newYorkInput()), { now: '2027-03-01T09:00:00-05:00' });

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('toICalendar', () => {
  it('writes the round-two interview at its New York wall-clock time', () => {
    const text = toICalendar(
      buildTimeline(candidacyOf(newYorkInput()), { now: '2027-03-01T09:00:00-05:00' }),
    );
    expect(text.includes('DTSTART;TZID=America/New_York:20270310T100000')).toBe(true);
  });

  it('reads back with ical.js to the same instants as the timeline, event by event (New York)', () => {
    const timeline = newYork();
    const parsed = readBack(toICalendar(timeline));
    expect(parsed.map(({ start, end }) => ({ start, end }))).toEqual(instantsOf(timeline));
  });

  it('reads back with ical.js to the same instants across the Berlin DST change', () => {
    const timeline = buildTimeline(candidacyOf(berlinInput()), { now: '2027-03-20T09:00:00+01:00' });
    const parsed = readBack(toICalendar(timeline));
    expect(parsed.map(({ start, end }) => ({ start, end }))).toEqual(instantsOf(timeline));
    const followUp = parsed.find((event) => event.uid.startsWith('follow-up.'));
    // 2027-03-30 11:00 Berlin summer time is 09:00 UTC.
    expect(followUp?.start).toBe(Date.UTC(2027, 2, 30, 9, 0, 0));
  });

  it('keeps an interview in its own zone with a VTIMEZONE for every TZID used', () => {
    const input = berlinInput();
    const round2 = input.interviews[1];
    if (!round2) throw new Error('fixture has no round 2');
    round2.timeZone = 'Europe/London';
    const text = toICalendar(buildTimeline(candidacyOf(input), { now: '2027-03-20T09:00:00+01:00' }));
    // 09:30 in Berlin is 08:30 in London on 2027-03-23.
    expect(text).toContain('DTSTART;TZID=Europe/London:20270323T083000');
    const used = new Set([...text.matchAll(/;TZID=([^:;]+)/g)].map((match) => match[1]));
    const declared = new Set([...text.matchAll(/\r\nTZID:([^\r]+)/g)].map((match) => match[1]));
    expect(used).toEqual(new Set(['Europe/Berlin', 'Europe/London']));
    expect(declared).toEqual(used);
    const parsed = readBack(text);
    expect(parsed.find((event) => event.uid.startsWith('interview:r2.'))?.start).toBe(
      Date.UTC(2027, 2, 23, 8, 30),
    );
  });

  it('builds VTIMEZONE observances that switch offset at the DST change', () => {
    const text = toICalendar(newYork());
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT',
    );
    // The span runs from 2027-02-24 to 2027-03-24, so the zone starts in standard time, then one change.
    expect(
      text.match(/BEGIN:STANDARD\r\nDTSTART:\d{8}T\d{6}\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0500/g),
    ).toHaveLength(1);
    expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(2);
  });

  it('writes both passes of a repeated fall-back hour in UTC, so every reader gets the right instant', () => {
    const input = newYorkInput();
    input.interviews = [
      {
        id: 'first',
        round: 2,
        scheduledAt: '2027-11-07T01:30:00-04:00',
        durationMinutes: 15,
        medium: 'phone',
      },
      {
        id: 'second',
        round: 2,
        scheduledAt: '2027-11-07T01:30:00-05:00',
        durationMinutes: 15,
        medium: 'phone',
      },
    ];
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-11-01T09:00:00-04:00' });
    const text = toICalendar(timeline);
    expect(text).toContain('DTSTART:20271107T053000Z');
    expect(text).not.toContain('TZID=America/New_York:20271107T01');
    expect(text).toContain('DTSTART:20271107T063000Z');
    const parsed = readBack(text);
    expect(parsed.find((event) => event.uid.startsWith('interview:first.'))?.start).toBe(
      Date.UTC(2027, 10, 7, 5, 30),
    );
    expect(parsed.find((event) => event.uid.startsWith('interview:second.'))?.start).toBe(
      Date.UTC(2027, 10, 7, 6, 30),
    );
  });

  it('ends every line with CRLF and keeps every line within 75 octets', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (!round2) throw new Error('fixture has no round 2');
    round2.interviewers = [
      {
        id: 'iv-long',
        name: 'Zoë Ångström-Übermann, 日本語の名前, 🎉 and a very long tail of words',
        audience: 'peer',
      },
    ];
    const text = toICalendar(buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' }));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const parsed = readBack(text);
    expect(parsed.find((event) => event.uid.startsWith('thank-you:r2:iv-long.'))?.summary).toBe(
      'Send Zoë Ångström-Übermann, 日本語の名前, 🎉 and a very long tail of words a thank-you',
    );
  });

  it('escapes backslash, semicolon, comma and newlines in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds a long line into parts of at most 75 octets joined by CRLF and a space, never inside a character', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts[0]).toBe(`SUMMARY:${'é'.repeat(33)}`);
    expect(parts[1]).toBe(` ${'é'.repeat(27)}`);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('stamps DTSTAMP from the timeline now, not the clock, and gives stable UIDs', () => {
    const text = toICalendar(newYork());
    expect(text).toContain('DTSTAMP:20270301T140000Z');
    expect(toICalendar(newYork())).toBe(text);
    const uids = readBack(text).map((event) => event.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toContainEqual(expect.stringMatching(/^thank-you:r2:iv-hm\.[0-9a-f]{8}@second-round$/));
  });

  it('starts with the calendar header and adds reminders only to events not yet done', () => {
    const timeline = newYork();
    const text = toICalendar(timeline);
    expect(
      text.startsWith(
        'BEGIN:VCALENDAR\r\nPRODID:-//second-round//timeline//EN\r\nVERSION:2.0\r\nCALSCALE:GREGORIAN\r\n',
      ),
    ).toBe(true);
    const parsed = readBack(text);
    const doneInterview = parsed.find((event) => event.uid.startsWith('interview:r1.'));
    const nextInterview = parsed.find((event) => event.uid.startsWith('interview:r2.'));
    expect(doneInterview?.alarms).toBe(0);
    expect(nextInterview?.alarms).toBe(2);
    expect(toICalendar(timeline, { alarms: false })).not.toContain('BEGIN:VALARM');
  });

  it('names the function and the fix when given something that is not a timeline', () => {
    expect(() => toICalendar({ ...newYork(), now: 'yesterday' })).toThrow(
      /toICalendar: expected timeline.now/,
    );
  });
});
