// Issue 19 item 3 (calendar part): no property value can forge a line, an event or a property.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type Timeline, type TimelineEvent, toICalendar } from '../../src/index.js';

const FORGED =
  '\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Wire money\r\nATTACH:http://evil.example/x';

function event(overrides: Partial<TimelineEvent>): TimelineEvent {
  return {
    id: 'interview:r2',
    kind: 'interview',
    title: 'Round 2 interview',
    window: { start: '2027-03-10T10:00:00-05:00', end: '2027-03-10T11:00:00-05:00' },
    interviewId: 'r2',
    why: 'Prepare.',
    source: 'seed#formats',
    status: 'upcoming',
    ...overrides,
  };
}

function timeline(events: TimelineEvent[], overrides: Partial<Timeline> = {}): Timeline {
  return {
    now: '2027-03-01T09:00:00-05:00',
    timeZone: 'America/New_York',
    candidateName: 'Dana',
    company: 'Acme',
    state: 'preparing',
    stateWhy: 'An interview is still ahead.',
    events,
    ...overrides,
  };
}

/** Content lines after unfolding: what any reader sees. */
function unfolded(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

const CASES: readonly [string, Partial<TimelineEvent>][] = [
  ['an event id', { id: `thank-you:r2:iv${FORGED}` }],
  ['an interviewer id inside the event id', { id: `thank-you:r2:a\nSUMMARY:x`, interviewerId: 'a\nb' }],
  ['a title', { title: `Hello${FORGED}` }],
  ['a why', { why: `Because${FORGED}` }],
  ['a location', { location: `Room 1${FORGED}` }],
  ['a URL', { url: `https://meet.example/x${FORGED}` }],
  ['a lone CR', { id: 'a\rUID:b', title: 'a\rSUMMARY:b' }],
  ['a NUL and other controls', { id: 'a\u0000b\u001bc', title: 't\u0007x' }],
];

describe('toICalendar escapes every property value', () => {
  it.each(CASES)('%s cannot add a line or an event', (_name, overrides) => {
    const text = toICalendar(timeline([event(overrides)]));
    const lines = unfolded(text);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.some((line) => /^(UID:evil|ATTACH|SUMMARY:Wire|SUMMARY:b|SUMMARY:x|UID:b)/.test(line))).toBe(
      false,
    );
    // No bare CR or LF inside a line, no control character anywhere but the CRLF line ends.
    const controls = [...text.replace(/\r\n/g, '')].filter((character) => {
      const code = character.charCodeAt(0);
      return (code < 0x20 && code !== 0x09) || code === 0x7f;
    });
    expect(controls).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
  });

  it('keeps UIDs distinct and stable for ids that differ only in characters it encodes', () => {
    const text = toICalendar(timeline([event({ id: 'a\nb' }), event({ id: 'a b' }), event({ id: 'a\\nb' })]));
    const calendar = new ICAL.Component(ICAL.parse(text));
    const uids = calendar
      .getAllSubcomponents('vevent')
      .map((each) => String(each.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(3);
    expect(toICalendar(timeline([event({ id: 'a\nb' })]))).toBe(
      toICalendar(timeline([event({ id: 'a\nb' })])),
    );
  });

  it('refuses a timeline whose zone is not an IANA zone rather than write it into TZID', () => {
    expect(() => toICalendar(timeline([event({})], { timeZone: `America/New_York${FORGED}` }))).toThrow(
      TypeError,
    );
  });

  it('escapes the calendar name and the company', () => {
    const text = toICalendar(timeline([event({})], { company: `Acme${FORGED}` }));
    expect(unfolded(text).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    const named = toICalendar(timeline([event({})]), { calendarName: `Mine${FORGED}` });
    expect(unfolded(named).filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  });

  it('refuses a productId that is not a single line of printable text', () => {
    expect(() => toICalendar(timeline([event({})]), { productId: `-//x//EN${FORGED}` })).toThrow(TypeError);
    expect(() => toICalendar(timeline([event({})]), { productId: '' })).toThrow(TypeError);
    expect(toICalendar(timeline([event({})]), { productId: '-//Vendor, Inc.//Jobs 2.0//EN' })).toContain(
      'PRODID:-//Vendor\\, Inc.//Jobs 2.0//EN',
    );
  });
});
