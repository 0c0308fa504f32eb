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
      'DESCRIPTION:Formats: conversation\\, presentation\\, technical. Keep your stories the same as in round one and go one level deeper.\\nStatus on 2027-03-01T09:00:00-05:00: upcoming. Source: seed#video.',
      'CATEGORIES:interview',
      'TRANSP:OPAQUE',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
    ]);
    expect(block).toContain('DESCRIPTION:Round 2 interview\\, video on zoom with Morgan Lee\\, Sam Okafor');
    expect(triggersOf(block)).toEqual(['TRIGGER:-PT24H', 'TRIGGER:-PT1H']);
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

  it('marks a preparation window free time with one reminder at its start', () => {
    const block = blockOf(toICalendar(newYorkTimeline()), 'research:r2');
    expect(block).toContain('TRANSP:TRANSPARENT');
    expect(block).toContain('CATEGORIES:research');
    expect(block).toContain('DTEND;TZID=America/New_York:20270310T000000');
    expect(triggersOf(block)).toEqual(['TRIGGER:PT0S']);
  });

  it('writes a hard date with no length and reminders a day before and at the time', () => {
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
    expect(triggersOf(block)).toEqual(['TRIGGER:-PT24H', 'TRIGGER:PT0S']);
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
    // New York events run from the first rehearsal (2027-03-08) to the offer deadline (2027-11-20): clocks go
    // forward on 2027-03-14 and back on 2027-11-07, both at 02:00; round one is London's only event.
    expect(newYork).toContain('DTSTART:20270314T020000');
    expect(newYork).toContain('DTSTART:20271107T020000');
    expect(newYork).not.toContain('DTSTART:20261101T020000');
    // London goes back on 2026-10-25 at 02:00 summer time.
    expect(lines.slice(lines.indexOf('TZID:Europe/London'))).toContain('DTSTART:20261025T020000');
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
