import * as z from 'zod';

/** Days in a month of the proleptic Gregorian calendar; `month` is 1–12. */
export function daysInMonth(year: number, month: number): number {
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

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

/** An ISO-8601 date-time that carries its UTC offset. */
export const DateTimeSchema = /* @__PURE__ */ z
  .string()
  .regex(DATE_TIME_PATTERN, {
    message: 'an ISO date-time with an offset, like 2026-12-03T14:00:00-05:00',
  })
  .refine(isOffsetDateTime, { message: 'a date-time on a real calendar day' })
  .meta({ description: 'ISO 8601 date-time with a UTC offset, e.g. 2026-12-03T14:00:00-05:00' });

/** A plain ISO-8601 calendar date. */
export const PlainDateSchema = /* @__PURE__ */ z
  .string()
  .regex(DATE_PATTERN, { message: 'a plain date like 2026-12-03' })
  .refine(isPlainDate, { message: 'a real calendar day' })
  .meta({ format: 'date' });

/** Either a plain date or a date-time with an offset. */
export const DateOrDateTimeSchema = /* @__PURE__ */ z
  .string()
  .refine((value) => isPlainDate(value) || isOffsetDateTime(value), {
    message: 'a plain date (2026-12-03) or a date-time with an offset (2026-12-03T14:00:00-05:00)',
  });

/** An IANA time zone name known to the runtime, e.g. `America/New_York`. */
export const TimeZoneSchema = /* @__PURE__ */ z.string().refine(isTimeZone, {
  message: 'an IANA time zone name known to this runtime, like America/New_York or Europe/Berlin',
});

/** A jurisdiction code: a country or `EU`, then up to two subdivisions (`US-CA`, `US-NY-NYC`, `DE`). */
export const JurisdictionSchema = /* @__PURE__ */ z.string().regex(/^(?:EU|[A-Z]{2}(?:-[A-Z0-9]{1,3}){0,2})$/, {
  message: 'a jurisdiction code like US-CA, US-NY-NYC, DE or EU',
});

/** An identifier chosen by the sender, unique within its collection. */
export const IdSchema = /* @__PURE__ */ z.string().min(1).max(200);

/** A short piece of free text. */
export const TextSchema = /* @__PURE__ */ z.string().max(20_000);

/** The audiences of round two, as the guide names them. */
export const AUDIENCES = [
  'recruiter',
  'hiring-manager',
  'peer',
  'direct-report',
  'senior-leadership',
  'cross-functional',
] as const;

/** Who an interviewer is to the candidate, which decides what they care about. */
export const AudienceSchema = /* @__PURE__ */ z.enum(AUDIENCES);

/** One of the six audiences of round two. */
export type Audience = z.output<typeof AudienceSchema>;

/** The interview formats the guide describes. */
export const INTERVIEW_FORMATS = [
  'conversation',
  'case-study',
  'take-home',
  'presentation',
  'technical',
  'role-play',
  'shadow-day',
] as const;

/** The format of (part of) an interview. */
export const InterviewFormatSchema = /* @__PURE__ */ z.enum(INTERVIEW_FORMATS);

/** One of the interview formats. */
export type InterviewFormat = z.output<typeof InterviewFormatSchema>;

/** A round number: 1 is the screen, 2 the decision round. */
export const RoundSchema = /* @__PURE__ */ z.number().int().min(1).max(20);
