// The calendar and clock predicates, without zod: the timeline, the facts and the report check dates with
// them, and a bundle that imports only these keeps no schema (src/model/primitives.ts holds the schemas).

/** Days in a month of the proleptic Gregorian calendar; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

// A day that exists on the proleptic Gregorian calendar, leap years included, as one regular expression:
// the JSON Schema carries it as a pattern, so ajv refuses 2027-02-30 exactly as parse does.
const CALENDAR_DAY =
  '(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:\\d{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)';
const CLOCK =
  '(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):?[0-5]\\d)';
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;
/** A plain ISO date on a real calendar day. */
export const CALENDAR_DATE_PATTERN = /* @__PURE__ */ new RegExp(`^${CALENDAR_DAY}$`);
/** An ISO date-time with an offset, on a real calendar day. */
export const CALENDAR_DATE_TIME_PATTERN = /* @__PURE__ */ new RegExp(`^${CALENDAR_DAY}T${CLOCK}$`);

function isRealDate(year: string, month: string, day: string): boolean {
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(Number(year), m);
}

/** True when `value` is a plain ISO date (`2026-12-03`) that exists on the calendar. */
export function isPlainDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  return match !== null && isRealDate(match[1]!, match[2]!, match[3]!);
}

/** True when `value` is an ISO date-time with an offset (`2026-12-03T14:00:00-05:00`) on a real date. */
export function isOffsetDateTime(value: string): boolean {
  const match = DATE_TIME_PATTERN.exec(value);
  return match !== null && isRealDate(match[1]!, match[2]!, match[3]!);
}

// Zones already found valid: building an Intl.DateTimeFormat to test one costs tens of microseconds. A pure
// memo (the runtime's zone database does not change while it runs), capped so user data cannot grow it.
const knownTimeZones = new Set<string>();
const KNOWN_TIME_ZONES_KEPT = 64;

/** True when the runtime's Intl database knows the IANA time zone `value`. */
export function isTimeZone(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
  } catch {
    return false;
  }
  if (knownTimeZones.size < KNOWN_TIME_ZONES_KEPT) knownTimeZones.add(value);
  return true;
}

/** A plain date or a date-time with an offset, on a real calendar day. */
export const CALENDAR_DATE_OR_DATE_TIME_PATTERN = /* @__PURE__ */ new RegExp(
  `^${CALENDAR_DAY}(?:T${CLOCK})?$`,
);
