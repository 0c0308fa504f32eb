import { describe, expect, it } from 'vitest';
import { vtimezoneLines } from '../../src/timeline/vtimezone.js';

const at = (iso: string) => Date.parse(iso);

describe('vtimezoneLines', () => {
  it('writes New York in spring: standard time at the scan start, then the change to daylight time', () => {
    // From 2027-03-01 the scan starts 31 days earlier, at 2027-01-29 00:00 UTC = 01-28 19:00 at -05:00;
    // clocks go forward on 2027-03-14 at 02:00 local (07:00 UTC).
    expect(
      vtimezoneLines('America/New_York', at('2027-03-01T00:00:00Z'), at('2027-03-20T00:00:00Z')),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:20270128T190000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270314T020000',
      'TZOFFSETFROM:-0500',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'END:VTIMEZONE',
    ]);
  });

  it('writes New York in autumn: daylight time at the scan start, then the change back to standard time', () => {
    // Scan start 2027-09-14 00:00 UTC = 09-13 20:00 at -04:00; clocks go back on 2027-11-07 at 02:00 local
    // (06:00 UTC).
    expect(
      vtimezoneLines('America/New_York', at('2027-10-15T00:00:00Z'), at('2027-11-20T00:00:00Z')),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270913T200000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0400',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20271107T020000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0500',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('writes Berlin across the EU change, one hour ahead of UTC then two', () => {
    // Scan start 2027-02-20 00:00 UTC = 01:00 at +01:00; the change is 2027-03-28 01:00 UTC, 02:00 local.
    const lines = vtimezoneLines('Europe/Berlin', at('2027-03-23T00:00:00Z'), at('2027-04-02T00:00:00Z'));
    expect(lines.slice(2, 12)).toEqual([
      'BEGIN:STANDARD',
      'DTSTART:20270220T010000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'BEGIN:DAYLIGHT',
      'DTSTART:20270328T020000',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
    ]);
  });

  it('writes one standard observance for a zone without changes', () => {
    expect(vtimezoneLines('UTC', at('2027-03-01T00:00:00Z'), at('2027-03-20T00:00:00Z'))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:UTC',
      'BEGIN:STANDARD',
      'DTSTART:20270129T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('leaves out a change from the days just before the scan start', () => {
    // From 2027-04-16 the scan starts on 2027-03-16, two days after the spring change: daylight time is
    // already in force, and no observance repeats the change itself.
    expect(
      vtimezoneLines('America/New_York', at('2027-04-16T00:00:00Z'), at('2027-04-20T00:00:00Z')),
    ).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/New_York',
      'BEGIN:STANDARD',
      'DTSTART:20270315T200000',
      'TZOFFSETFROM:-0400',
      'TZOFFSETTO:-0400',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('does not repeat a change that falls exactly on the scan start', () => {
    // Jerusalem moves to +03:00 at 2027-03-26 00:00 UTC (02:00 local). From 2027-04-26 the scan starts 31 days
    // earlier, on that very instant, so +03:00 is already the offset in force there.
    expect(vtimezoneLines('Asia/Jerusalem', at('2027-04-26T00:00:00Z'), at('2027-04-27T00:00:00Z'))).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Asia/Jerusalem',
      'BEGIN:STANDARD',
      'DTSTART:20270326T030000',
      'TZOFFSETFROM:+0300',
      'TZOFFSETTO:+0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('lists every change up to a month after the span, in order', () => {
    const lines = vtimezoneLines('America/New_York', at('2026-10-20T00:00:00Z'), at('2027-12-01T00:00:00Z'));
    expect(lines.filter((line) => line.startsWith('DTSTART:'))).toEqual([
      'DTSTART:20260918T200000',
      'DTSTART:20261101T020000',
      'DTSTART:20270314T020000',
      'DTSTART:20271107T020000',
    ]);
  });
});
