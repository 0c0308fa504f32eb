// Dates at the edges of the calendar, as vendors' exports carry them: .NET's DateTime.MinValue and
// MaxValue for "no date", years 0–99 (which Date.UTC reads as 1900–1999), a local mean time before 1900,
// and a far-future value west of UTC whose instant falls in the year 10000.

import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, type Candidacy, prepareSync, renderMarkdown, toICalendar } from '../../src/index.js';
import { example } from './fixtures.js';
import { readBack } from './read-back.js';

const NOW = '2027-03-09T12:00:00-05:00';

function withLastInterviewAt(scheduledAt: string): Candidacy {
  const candidacy = example('thorough-manager');
  const interviews = candidacy.interviews.map((interview, index) =>
    index === candidacy.interviews.length - 1 ? { ...interview, scheduledAt } : interview,
  );
  return { ...candidacy, interviews };
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

// `inUtc`: the .ics names the instant in UTC (New York kept its local mean time, -04:56:02, until 1883,
// and readers drop an offset's seconds). `readable`: ical.js can read it back; it cannot take the years
// 1–99 (it reads them as 1901–1999, as Date.UTC does) or 10000, so there only the lines are checked.
const CASES = [
  { name: '.NET MinValue', at: '0001-01-01T00:00:00Z', inUtc: '00010101T000000Z', readable: false },
  { name: 'a two-digit year', at: '0099-06-30T09:00:00-05:00', inUtc: '00990630T140000Z', readable: false },
  { name: 'a local mean time', at: '1850-06-01T15:00:00Z', inUtc: '18500601T150000Z', readable: true },
  { name: '.NET MaxValue east of UTC', at: '9999-12-31T23:59:59+14:00', inUtc: undefined, readable: true },
  { name: 'the year 10000 in UTC', at: '9999-12-31T23:59:59-12:00', inUtc: undefined, readable: false },
];

describe.each(CASES)('an interview at $name ($at)', ({ at, inUtc, readable }) => {
  const candidacy = withLastInterviewAt(at);

  it('prepares and renders without a throw or a broken value', () => {
    const markdown = renderMarkdown(prepareSync(candidacy, { now: NOW }));
    expect(markdown).not.toMatch(/NaN|undefined|Invalid Date/);
  });

  it('keeps the interview at its instant in the timeline, and every window parses', () => {
    const timeline = buildTimeline(candidacy, { now: NOW });
    const interview = timeline.events.find(
      (event) =>
        event.kind === 'interview' &&
        event.window?.start !== undefined &&
        Date.parse(event.window.start) === Date.parse(at),
    );
    expect(interview, 'the interview event').toBeDefined();
    for (const event of timeline.events) {
      for (const value of [event.window?.start, event.window?.end, event.due]) {
        if (value !== undefined)
          expect(Number.isFinite(Date.parse(value)), `${event.id}: ${value}`).toBe(true);
      }
    }
  });

  it('writes every date line in RFC 5545 form, the interview in UTC where its zone cannot say it', () => {
    const text = toICalendar(buildTimeline(candidacy, { now: NOW }));
    const lines = text.replace(/\r\n /g, '').split('\r\n');
    for (const line of lines.filter((each) => each.startsWith('TZOFFSET'))) {
      expect(line).toMatch(/^TZOFFSET(?:FROM|TO):[+-]\d{4}(?:\d{2})?$/);
    }
    const years = new Date(Date.parse(at)).getUTCFullYear() < 10_000;
    for (const line of lines.filter((each) => years && /^(?:DTSTART|DTEND)[;:]/.test(each))) {
      expect(line).toMatch(/:\d{8}(?:T\d{6}Z?)?$/);
    }
    if (inUtc !== undefined) expect(lines).toContain(`DTSTART:${inUtc}`);
    // Events past 9999 are left out of the file, so a reader still opens it.
    expect(() => readBack(text)).not.toThrow();
  });

  it.runIf(readable)('reads back from the .ics at the same instant', () => {
    const starts = readBack(toICalendar(buildTimeline(candidacy, { now: NOW }))).map((event) => event.start);
    expect(starts).toContain(Date.parse(at));
  });
});
