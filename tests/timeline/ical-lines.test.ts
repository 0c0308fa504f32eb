import { describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline, toICalendar } from '../../src/index.js';
import { escapeText, foldLine } from '../../src/timeline/ical.js';
import { candidacyOf, newYorkInput } from './fixtures.js';
import { NY_EARLY, newYorkWith } from './mutation-helpers.js';

/** Built per test, so that no mutant runs while the file loads. */
const newYorkTimeline = () => buildTimeline(candidacyOf(newYorkInput()), { now: NY_EARLY });

/** The content lines, unfolded (RFC 5545 §3.1: CRLF followed by one space joins). */
function linesOf(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

/** The lines of the VEVENT whose UID starts with `id.`. */
function blockOf(text: string, id: string): string[] {
  const lines = linesOf(text);
  const uid = lines.findIndex((line) => line.startsWith(`UID:${id}.`));
  if (uid < 0) throw new Error(`no VEVENT ${id}`);
  const end = lines.indexOf('END:VEVENT', uid);
  return lines.slice(uid - 1, end + 1);
}

/** FNV-1a over UTF-16 code units, written from its definition (offset basis 2166136261, prime 16777619). */
function fnv1a(value: string): string {
  let hash = 2166136261;
  for (const unit of Array.from({ length: value.length }, (_, index) => value.charCodeAt(index))) {
    hash = Number((BigInt(hash ^ unit) * 16777619n) % 4294967296n);
    if (hash < 0) hash += 4294967296;
  }
  return hash.toString(16).padStart(8, '0');
}

const triggersOf = (block: string[]) => block.filter((line) => line.startsWith('TRIGGER:'));

describe('toICalendar header', () => {
  it('opens with the calendar properties naming the company and the zone, and ends with CRLF', () => {
    const text = toICalendar(newYorkTimeline());
    expect(linesOf(text).slice(0, 7)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//second-round//timeline//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'X-WR-CALNAME:Interviews with Acme Robotics',
      'X-WR-TIMEZONE:America/New_York',
    ]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('takes the product id and an escaped calendar name from the options', () => {
    const lines = linesOf(
      toICalendar(newYorkTimeline(), {
        productId: '-//Vendor//Plan//EN',
        calendarName: 'Dana; round 2, prep',
      }),
    );
    expect(lines[1]).toBe('PRODID:-//Vendor//Plan//EN');
    expect(lines[5]).toBe('X-WR-CALNAME:Dana\\; round 2\\, prep');
  });

  it('refuses a timeline whose now has no offset, naming the function and the value', () => {
    const broken: Timeline = { ...newYorkTimeline(), now: '2027-03-01' };
    expect(() => toICalendar(broken)).toThrow(
      'toICalendar: expected timeline.now to be an ISO date-time with an offset, found "2027-03-01": pass a timeline from buildTimeline',
    );
  });
});

describe('toICalendar misuse', () => {
  it('refuses a missing timeline with the same message instead of a property error', () => {
    expect(() => toICalendar(JSON.parse('null'))).toThrow(
      'toICalendar: expected timeline.now to be an ISO date-time with an offset, found nothing: pass a timeline from buildTimeline',
    );
  });
});

describe('toICalendar events', () => {
  it('writes the interview with its UID, stamp, wall-clock times, escaped texts, category and busy time', () => {
    const block = blockOf(toICalendar(newYorkTimeline()), 'interview:r2');
    expect(block.slice(0, 11)).toEqual([
      'BEGIN:VEVENT',
      `UID:interview:r2.${fnv1a('Dana Reyes\u0000Acme Robotics')}@second-round`,
      'DTSTAMP:20270301T140000Z',
      'DTSTART;TZID=America/New_York:20270310T100000',
      'DTEND;TZID=America/New_York:20270310T110000',
      'SUMMARY:Round 2 interview\\, video on zoom with Morgan Lee\\, Sam Okafor',
      'DESCRIPTION:Formats: conversation\\, presentation\\, technical. Keep your stories the same as in round one and go one level deeper.',
      'CATEGORIES:interview',
      'TRANSP:OPAQUE',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
    ]);
    expect(block).toContain('DESCRIPTION:Round 2 interview\\, video on zoom with Morgan Lee\\, Sam Okafor');
    // 09:00 the day before (25 hours before 10:00) and an hour before.
    expect(triggersOf(block)).toEqual(['TRIGGER:-P1DT1H', 'TRIGGER:-PT1H']);
    expect(block.at(-1)).toBe('END:VEVENT');
  });

  it('gives each candidacy its own UID suffix', () => {
    const other = buildTimeline(
      candidacyOf({ ...newYorkInput(), candidate: { ...newYorkInput().candidate, name: 'Dana Reye' } }),
      {
        now: NY_EARLY,
      },
    );
    expect(blockOf(toICalendar(other), 'interview:r2')[1]).toBe(
      `UID:interview:r2.${fnv1a('Dana Reye\u0000Acme Robotics')}@second-round`,
    );
  });

  it('writes a day-long step as an all-day event, free time, reminding at 09:00 that day', () => {
    const block = blockOf(toICalendar(newYorkTimeline()), 'research:r2');
    expect(block).toContain('TRANSP:TRANSPARENT');
    expect(block).toContain('CATEGORIES:research');
    expect(block).toContain('DTSTART;VALUE=DATE:20270309');
    expect(block).toContain('DTEND;VALUE=DATE:20270310');
    expect(triggersOf(block)).toEqual(['TRIGGER:PT9H']);
  });

  it('writes a hard date with no length, reminding at 09:00 the day before and an hour before', () => {
    const takeHome = {
      assignedAt: '2027-03-03T09:00:00-05:00',
      dueAt: '2027-03-08T17:00:00-05:00',
      timeboxHours: 4,
    };
    const text = toICalendar(buildTimeline(candidacyOf(newYorkWith({ takeHome })), { now: NY_EARLY }));
    const block = blockOf(text, 'take-home-due:r2');
    expect(block).toContain('DTSTART;TZID=America/New_York:20270308T170000');
    expect(block).toContain('DURATION:PT0S');
    expect(block.some((line) => line.startsWith('DTEND'))).toBe(false);
    expect(triggersOf(block)).toEqual(['TRIGGER:-P1DT8H', 'TRIGGER:-PT1H']);
  });

  it('sets no reminder on a done event, nor on any event when reminders are off', () => {
    expect(blockOf(toICalendar(newYorkTimeline()), 'interview:r1')).not.toContain('BEGIN:VALARM');
    expect(toICalendar(newYorkTimeline(), { alarms: false })).not.toContain('BEGIN:VALARM');
  });
});

describe('toICalendar zones', () => {
  it('lists the zones in name order and covers every event from the earliest to the latest', () => {
    const input = newYorkInput();
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const wide = {
      ...input,
      interviews: [
        { ...round1, scheduledAt: '2026-10-20T10:00:00-04:00', timeZone: 'Europe/London' },
        round2,
      ],
      pipeline: { offers: [{ company: 'Globex', status: 'expected' as const, deadline: '2027-11-20' }] },
    };
    const lines = linesOf(toICalendar(buildTimeline(candidacyOf(wide), { now: NY_EARLY })));
    const zones = lines.filter((line) => line.startsWith('TZID:'));
    expect(zones).toEqual(['TZID:America/New_York', 'TZID:Europe/London']);
    const newYork = lines.slice(lines.indexOf('TZID:America/New_York'), lines.indexOf('TZID:Europe/London'));
    // US rules: the second Sunday of March and the first of November; London's: the last Sunday of March
    // and of October (round one, 2026-10-20, is London's only event; its rules start in October 2025).
    expect(newYork).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(newYork).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
    const london = lines.slice(lines.indexOf('TZID:Europe/London'));
    expect(london).toContain('DTSTART:20251026T020000');
    expect(london).toContain('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
  });

  it('drops control characters but keeps tab and space', () => {
    expect(escapeText('a\u0001b\u001fc\u007fd\te f')).toBe('abcd\te f');
  });
});

describe('foldLine', () => {
  it('keeps a line of 75 octets whole and folds the 76th onto a continuation', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('fills continuation lines with 74 octets after their space', () => {
    expect(foldLine('x'.repeat(150)).split('\r\n')).toEqual(['x'.repeat(75), ` ${'x'.repeat(74)}`, ' x']);
  });

  it('counts 1, 2, 3 and 4 octets at each UTF-8 boundary and never splits a character', () => {
    const firstLine = (character: string) =>
      [...(foldLine(character.repeat(80)).split('\r\n')[0] ?? '')].length;
    expect(firstLine('\u007e')).toBe(75);
    expect(firstLine('\u0080')).toBe(37);
    expect(firstLine('\u07ff')).toBe(37);
    expect(firstLine('\u0800')).toBe(25);
    expect(firstLine('\uffff')).toBe(25);
    expect(firstLine('\u{10000}')).toBe(18);
  });
});
