import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, parseCandidacy, type TimelineEvent, toICalendar } from '../../src/index.js';
import { candidacy, candidacyInput, isoInstant } from './arbitraries.js';
import { expectedOf, readBack } from './read-back.js';

const startOf = (event: TimelineEvent) => Date.parse(event.due ?? event.window?.start ?? '');
const endOf = (event: TimelineEvent) => Date.parse(event.due ?? event.window?.end ?? '');
const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('buildTimeline properties', () => {
  it('generates mostly candidacies the model accepts, so the properties test something', () => {
    const samples = fc.sample(candidacyInput, { numRuns: 200, seed: 7 });
    const accepted = samples.filter((input) => parseCandidacy(input).ok).length;
    expect(accepted).toBeGreaterThan(150);
  });

  it('never throws and sorts events by time, each with a well-formed span', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const timeline = buildTimeline(value, { now });
        const starts = timeline.events.map(startOf);
        for (let index = 1; index < starts.length; index++) {
          expect(starts[index]).toBeGreaterThanOrEqual(starts[index - 1] ?? Number.NEGATIVE_INFINITY);
        }
        for (const event of timeline.events) {
          expect(Number.isFinite(startOf(event))).toBe(true);
          expect(endOf(event)).toBeGreaterThanOrEqual(startOf(event));
          expect((event.due === undefined) !== (event.window === undefined)).toBe(true);
          for (const text of [event.due, event.window?.start, event.window?.end].filter(
            (each) => each !== undefined,
          )) {
            expect(text).toMatch(OFFSET_ISO);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives every event a unique id', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const ids = buildTimeline(value, { now }).events.map((event) => event.id);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic and does not mutate its input', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const before = structuredClone(value);
        const first = buildTimeline(value, { now });
        const second = buildTimeline(structuredClone(value), { now });
        expect(second).toEqual(first);
        expect(toICalendar(second)).toBe(toICalendar(first));
        expect(value).toEqual(before);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps one thank-you per interviewer of every round-two-or-later interview (the host when none is listed)', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const thanks = buildTimeline(value, { now }).events.filter((event) => event.kind === 'thank-you');
        const expected = value.interviews
          .filter((interview) => interview.round >= 2)
          .reduce((sum, interview) => {
            const hostOnly = interview.formats.includes('shadow-day') && interview.interviewers.length === 0;
            return sum + (hostOnly ? 1 : interview.interviewers.length);
          }, 0);
        expect(thanks.length).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });

  it('reads back from the .ics with ical.js at the same instants and days, whatever the zones', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const timeline = buildTimeline(value, { now });
        const text = toICalendar(timeline);
        ICAL.TimezoneService.reset();
        const parsed = readBack(text).map(({ start, end }) => ({ start, end }));
        expect(parsed).toEqual(expectedOf(timeline));
        for (const line of text.split('\r\n'))
          expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }),
      { numRuns: 100 },
    );
  });

  it('shapes events like a day: no reminder at night, outreach on weekdays, short timed steps', () => {
    fc.assert(
      fc.property(candidacy, isoInstant, (value, now) => {
        const timeline = buildTimeline(value, { now });
        const zone = timeline.timeZone;
        for (const event of timeline.events) {
          for (const reminder of event.reminders ?? []) {
            const hour = localHour(Date.parse(reminder), zone);
            expect(hour >= 7 && hour < 22, `${event.id} reminds at ${reminder}`).toBe(true);
          }
          if (event.kind === 'follow-up' || event.kind === 'competing-offer') {
            const first = event.allDay?.first ?? '';
            expect([1, 2, 3, 4, 5], `${event.id} on ${first}`).toContain(
              new Date(`${first}T12:00:00Z`).getUTCDay(),
            );
          }
          if (event.kind !== 'interview' && event.window && !event.allDay) {
            const minutes = (Date.parse(event.window.end) - Date.parse(event.window.start)) / 60_000;
            expect(minutes, event.id).toBeLessThanOrEqual(30);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

/** The local hour in `zone`, read with Intl (independent of the library's own arithmetic). */
function localHour(instant: number, zone: string): number {
  const text = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
  return Number(text);
}
