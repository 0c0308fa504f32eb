import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, toICalendar } from '../../src/index.js';
import { berlinInput, candidacyOf, newYorkInput } from './fixtures.js';

const original = process.env.TZ;

afterEach(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

/** Runs `produce` with the process time zone set to `zone` (Node re-reads TZ when it changes). */
function under<T>(zone: string, produce: () => T): T {
  process.env.TZ = zone;
  return produce();
}

const PROCESS_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Chatham', 'Europe/Berlin'];

describe('independence from the process time zone', () => {
  it('really switches the process zone, so the comparison below means something', () => {
    const offsets = PROCESS_ZONES.map((zone) =>
      under(zone, () => new Date(Date.UTC(2027, 0, 15)).getTimezoneOffset()),
    );
    expect(new Set(offsets).size).toBe(PROCESS_ZONES.length);
  });

  it('builds the same timeline and the same .ics under every process zone', () => {
    const produce = () => {
      const newYork = buildTimeline(candidacyOf(newYorkInput()), { now: '2027-03-12T12:00:00-05:00' });
      const berlin = buildTimeline(candidacyOf(berlinInput()), { now: '2027-03-25T12:00:00+01:00' });
      return { newYork, berlin, ics: toICalendar(newYork) + toICalendar(berlin) };
    };
    const results = PROCESS_ZONES.map((zone) => under(zone, produce));
    for (const result of results) expect(result).toEqual(results[0]);
  });

  it('keeps the hand-computed DST anchors under every process zone', () => {
    for (const zone of PROCESS_ZONES) {
      const timeline = under(zone, () =>
        buildTimeline(candidacyOf(berlinInput()), { now: '2027-03-20T09:00:00+01:00' }),
      );
      const followUp = timeline.events.find((event) => event.id === 'follow-up');
      expect(followUp?.window).toEqual({
        start: '2027-03-30T00:00:00+02:00',
        end: '2027-03-31T00:00:00+02:00',
      });
      expect(followUp?.allDay).toEqual({ first: '2027-03-30', last: '2027-03-30' });
    }
  });
});
