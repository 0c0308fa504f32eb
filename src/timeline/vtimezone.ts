import { tzScan } from '@date-fns/tz';
import { formatOffset, formatWallClock, offsetAt } from './time.js';

const DAY = 86_400_000;
/** A month on each side: the first observance is the offset in force at the scan start, so none is missed. */
const MARGIN = 31 * DAY;

/**
 * The VTIMEZONE block of `zone` covering `[from, to]`, built from the runtime's zone data: one observance
 * for the offset in force at the start of the scan, then one per transition (DAYLIGHT when clocks go
 * forward, STANDARD when they go back). Lines are unfolded; the caller folds them.
 */
export function vtimezoneLines(zone: string, from: number, to: number): string[] {
  // tzScan steps by whole hours from its start, so start on a UTC midnight to land on hour-aligned changes.
  const scanStart = Math.floor((from - MARGIN) / DAY) * DAY;
  const changes = tzScan(zone, { start: new Date(scanStart), end: new Date(to + MARGIN) });
  const initialOffset = offsetAt(scanStart, zone);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: number, offsetFrom: number, offsetTo: number) => {
    // DTSTART of an observance is the local time just before the change, in the offset being left.
    const wall = formatWallClock(at + offsetFrom * 60_000, 'UTC');
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${wall}`,
      `TZOFFSETFROM:${formatOffset(offsetFrom)}`,
      `TZOFFSETTO:${formatOffset(offsetTo)}`,
      `END:${kind}`,
    );
  };
  const firstChange = changes[0];
  const initialIsDaylight = firstChange !== undefined && firstChange.change < 0;
  observance(initialIsDaylight ? 'DAYLIGHT' : 'STANDARD', scanStart, initialOffset, initialOffset);
  for (const change of changes) {
    observance(
      change.change > 0 ? 'DAYLIGHT' : 'STANDARD',
      change.date.getTime(),
      change.offset - change.change,
      change.offset,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}
