import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { buildTimeline, type Timeline, toICalendar } from '../../src/index.js';
import { candidacy } from './arbitraries.js';
import { readBack } from './read-back.js';

const german = { locale: 'de-DE', texts: de.texts } as const;

afterEach(() => {
  ICAL.TimezoneService.reset();
});

/** Everything of a timeline but its words. */
function shapeOf(timeline: Timeline) {
  const { stateWhy: _s, notes, events, ...rest } = timeline;
  return {
    ...rest,
    notes: notes?.length ?? 0,
    events: events.map(({ title: _t, why: _w, warning, googleCalendarUrl: _g, ...event }) => ({
      ...event,
      warned: warning !== undefined,
    })),
  };
}

describe('the German timeline of any candidacy', () => {
  it('has the events, times and calendar of the English one; only the words differ', () => {
    fc.assert(
      fc.property(
        candidacy,
        fc.constantFrom('2026-06-01T09:00:00Z', '2027-06-01T09:00:00Z'),
        (input, now) => {
          const english = buildTimeline(input, { now });
          const deutsch = buildTimeline(input, { now, ...german });
          expect(shapeOf(deutsch)).toEqual(shapeOf(english));
          const read = readBack(toICalendar(deutsch, german));
          expect(read.map(({ summary: _s, ...event }) => event)).toEqual(
            readBack(toICalendar(english)).map(({ summary: _s, ...event }) => event),
          );
          expect(read.map((event) => event.summary)).toEqual(deutsch.events.map((event) => event.title));
          ICAL.TimezoneService.reset();
        },
      ),
      { numRuns: 60 },
    );
  });
});
