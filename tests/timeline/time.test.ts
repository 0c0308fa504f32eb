import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addHours,
  formatIso,
  formatWallClock,
  instantOfWallTime,
  parseDeadline,
  parseInstant,
  startOfDay,
} from '../../src/timeline/time.js';

const at = (iso: string) => Date.parse(iso);

describe('the time module', () => {
  it('keeps 11:00 when adding a week across the US spring-forward (-05:00 to -04:00)', () => {
    const end = addDays(at('2027-03-10T11:00:00-05:00'), 7, 'America/New_York', 'calendar');
    expect(formatIso(end, 'America/New_York')).toBe('2027-03-17T11:00:00-04:00');
  });

  it('keeps 11:00 when adding a week across the EU spring-forward (+01:00 to +02:00)', () => {
    const end = addDays(at('2027-03-23T11:00:00+01:00'), 7, 'Europe/Berlin', 'calendar');
    expect(formatIso(end, 'Europe/Berlin')).toBe('2027-03-30T11:00:00+02:00');
  });

  it('counts elapsed hours, not wall-clock hours, across a DST change', () => {
    const later = addHours(at('2027-03-13T12:00:00-05:00'), 24);
    expect(formatIso(later, 'America/New_York')).toBe('2027-03-14T13:00:00-04:00');
  });

  it('skips the weekend when counting business days', () => {
    const monday = addDays(at('2027-03-12T09:00:00-05:00'), 1, 'America/New_York', 'business');
    expect(formatIso(monday, 'America/New_York')).toBe('2027-03-15T09:00:00-04:00');
    const back = addDays(at('2027-03-15T09:00:00-04:00'), -1, 'America/New_York', 'business');
    expect(formatIso(back, 'America/New_York')).toBe('2027-03-12T09:00:00-05:00');
  });

  it('moves a wall time skipped by the spring-forward gap forward by the gap', () => {
    const wall = { year: 2027, month: 3, day: 28, hour: 2, minute: 30, second: 0 };
    expect(formatIso(instantOfWallTime(wall, 'Europe/Berlin'), 'Europe/Berlin')).toBe(
      '2027-03-28T03:30:00+02:00',
    );
  });

  it('reads a wall time repeated by the fall-back overlap as its first occurrence', () => {
    const berlin = { year: 2027, month: 10, day: 31, hour: 2, minute: 30, second: 0 };
    expect(instantOfWallTime(berlin, 'Europe/Berlin')).toBe(at('2027-10-31T00:30:00Z'));
    const newYork = { year: 2027, month: 11, day: 7, hour: 1, minute: 30, second: 0 };
    expect(formatIso(instantOfWallTime(newYork, 'America/New_York'), 'America/New_York')).toBe(
      '2027-11-07T01:30:00-04:00',
    );
  });

  it('formats half-hour offsets', () => {
    expect(formatIso(Date.UTC(2027, 2, 10, 4, 30), 'Asia/Kolkata')).toBe('2027-03-10T10:00:00+05:30');
  });

  it('reads a plain date as midnight in the zone, and as passed at the next midnight', () => {
    expect(parseInstant('2027-03-20', 'Europe/Berlin')).toBe(at('2027-03-19T23:00:00Z'));
    expect(parseDeadline('2027-03-20', 'Europe/Berlin')).toBe(at('2027-03-20T23:00:00Z'));
    expect(parseDeadline('2027-03-20T17:00:00+01:00', 'Europe/Berlin')).toBe(at('2027-03-20T16:00:00Z'));
  });

  it('finds the start of a day that is 23 hours long', () => {
    const midnight = startOfDay(at('2027-03-14T12:00:00-04:00'), 'America/New_York');
    expect(formatIso(midnight, 'America/New_York')).toBe('2027-03-14T00:00:00-05:00');
  });

  it('writes the wall clock for iCalendar in the given zone', () => {
    expect(formatWallClock(at('2027-03-30T09:00:00Z'), 'Europe/Berlin')).toBe('20270330T110000');
  });

  it("writes ISO strings exactly as date-fns formats a TZDate with yyyy-MM-dd'T'HH:mm:ssXXX", () => {
    const zones = [
      'UTC',
      'America/New_York',
      'Europe/Berlin',
      'Asia/Kolkata',
      'Pacific/Chatham',
      'America/St_Johns',
    ];
    for (const zone of zones) {
      for (let hour = 0; hour < 24 * 400; hour += 37) {
        const instant = Date.UTC(2027, 0, 1) + hour * 3_600_000;
        expect(formatIso(instant, zone)).toBe(format(new TZDate(instant, zone), "yyyy-MM-dd'T'HH:mm:ssXXX"));
      }
    }
  });
});
