import { describe, expect, it } from 'vitest';
import { vtimezoneLines } from '../../src/timeline/vtimezone.js';

const at = (iso: string) => Date.parse(iso);

describe('vtimezoneLines', () => {
  it('writes New York as two yearly rules, each starting at its first change in the year before the span', () => {
    // Span 2027-03-01..03-20: the scan runs from 2026-02-28; US clocks go forward on the second Sunday of
    // March at 02:00 (2026-03-08) and back on the first Sunday of November at 02:00 (2026-11-01).
    expect(
      vtimezoneLines('America/New_York', [
        { from: at('2027-03-01T00:00:00Z'), to: at('2027-03-20T00:00:00Z') },
      ]),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:20260308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20261101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes Lord Howe’s half-hour daylight saving to the minute: 02:00 back to 01:30, 02:00 on to 02:30', () => {
    expect(
      vtimezoneLines('Australia/Lord_Howe', [
        { from: at('2027-03-01T00:00:00Z'), to: at('2027-03-20T00:00:00Z') },
      ]),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Australia/Lord_Howe',
      'BEGIN:STANDARD',
      'DTSTART:20260405T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
      'TZOFFSETFROM:+1100',
      'TZOFFSETTO:+1030',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20261004T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
      'TZOFFSETFROM:+1030',
      'TZOFFSETTO:+1100',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });

  it('writes St John’s changes at 02:00 local, not at the whole UTC hour after them', () => {
    const lines = vtimezoneLines('America/St_Johns', [
      { from: at('2027-03-01T00:00:00Z'), to: at('2027-03-20T00:00:00Z') },
    ]);
    expect(lines.filter((line) => /^(DTSTART|RRULE|TZOFFSET)/.test(line))).toEqual([
      'DTSTART:20260308T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      'TZOFFSETFROM:-0330',
      'TZOFFSETTO:-0230',
      'DTSTART:20261101T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      'TZOFFSETFROM:-0230',
      'TZOFFSETTO:-0330',
    ]);
  });

  it('names the last Sunday as -1SU when a change always falls on it (Berlin, end of March)', () => {
    const lines = vtimezoneLines('Europe/Berlin', [
      { from: at('2027-03-23T00:00:00Z'), to: at('2027-04-02T00:00:00Z') },
    ]);
    expect(lines.filter((line) => line.startsWith('RRULE:'))).toEqual([
      // 2026-03-29 is the fifth and last Sunday; 2027-03-28 the fourth and last: only -1SU fits both.
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    ]);
  });

  it('writes one standard observance for a zone without changes (UTC, Kathmandu at +05:45)', () => {
    expect(
      vtimezoneLines('UTC', [{ from: at('2027-03-01T00:00:00Z'), to: at('2027-03-20T00:00:00Z') }]),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:20260228T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
    expect(
      vtimezoneLines('Asia/Kathmandu', [
        { from: at('2027-03-01T00:00:00Z'), to: at('2027-03-20T00:00:00Z') },
      ]).slice(2, 7),
    ).toEqual([
      'BEGIN:STANDARD',
      'DTSTART:20260228T054500',
      'TZOFFSETFROM:+0545',
      'TZOFFSETTO:+0545',
      'END:STANDARD',
    ]);
  });

  it('falls back to one observance per change where no yearly rule fits (Casablanca’s Ramadan changes)', () => {
    const lines = vtimezoneLines('Africa/Casablanca', [
      { from: at('2027-01-01T00:00:00Z'), to: at('2027-12-01T00:00:00Z') },
    ]);
    expect(lines.some((line) => line.startsWith('RRULE:'))).toBe(false);
    // The offset in force at the scan start, then 2 changes a year around Ramadan (2026 and 2027).
    expect(lines.filter((line) => line.startsWith('DTSTART:')).length).toBe(5);
  });
});
