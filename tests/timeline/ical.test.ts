import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, toICalendar } from '../../src/index.js';
import { escapeText, foldLine } from '../../src/timeline/ical.js';
import { vtimezoneLines } from '../../src/timeline/vtimezone.js';
import { berlinInput, candidacyOf, newYorkInput } from './fixtures.js';
import { expectedOf, readBack } from './read-back.js';

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
    expect(parsed.map(({ start, end }) => ({ start, end }))).toEqual(expectedOf(timeline));
  });

  it('reads back with ical.js to the same instants across the Berlin DST change', () => {
    const timeline = buildTimeline(candidacyOf(berlinInput()), { now: '2027-03-20T09:00:00+01:00' });
    const parsed = readBack(toICalendar(timeline));
    expect(parsed.map(({ start, end }) => ({ start, end }))).toEqual(expectedOf(timeline));
    const followUp = parsed.find((event) => event.uid.startsWith('follow-up.'));
    // Day 7 after Tuesday 2027-03-23 is Tuesday 2027-03-30, a whole day.
    expect(followUp?.start).toBe('2027-03-30');
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
    // US rules: forward on the second Sunday of March, back on the first Sunday of November, both at 02:00;
    // each rule starts at its first change in the year before the span.
    expect(text).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT',
    );
    expect(text).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD',
    );
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

describe('VTIMEZONE near the edge of its scan', () => {
  it('keeps a DST change that falls in the first hours of the scanned span (Berlin, 31 October 2027)', () => {
    const lines = vtimezoneLines('Europe/Berlin', [
      { from: Date.parse('2027-12-01T00:00:00Z'), to: Date.parse('2027-12-01T00:15:00Z') },
    ]);
    const text = lines.join('\n');
    expect(text).toContain(
      'DTSTART:20271031T030000\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100',
    );
  });
});
