import { utcOf } from '../internal/utc.js';
import { safeLocale } from './intl.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2}))?/;
const KEPT = 64;
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(safeLocale(locale), {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    if (dayFormats.size < KEPT) dayFormats.set(locale, format);
  }
  return format;
}

/**
 * An ISO date or date-time already in the reader's zone, as a reader says it: `Tue 9 Mar 2027, 10:00
 * (UTC-05:00)` in English, `Di., 9. März 2027, 10:00 (UTC-05:00)` in German (the locale's day and month names
 * through Intl, 24-hour time). It reads the wall clock from the string itself, so neither the machine's zone nor
 * the event's instant matters. Returns `undefined` for a string that is no ISO date; never throws.
 */
export function wallClock(iso: string, locale = 'en'): string | undefined {
  const match = WALL_CLOCK.exec(iso);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, offset] = match;
  const utc = new Date(utcOf(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(utc.getTime())) return undefined;
  // English keeps the library's compact form (no commas inside the date); other locales get Intl's.
  const date = /^en(?:-|$)/i.test(locale)
    ? `${WEEKDAYS[utc.getUTCDay()]} ${Number(day)} ${MONTHS[Number(month) - 1]} ${year}`
    : dayFormat(locale).format(utc);
  if (hour === undefined) return date;
  const zone = offset === 'Z' ? 'UTC' : `UTC${offset}`;
  return `${date}, ${hour}:${minute} (${zone})`;
}
