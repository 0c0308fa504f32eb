import * as z from 'zod';
import {
  JURISDICTION_PATTERN,
  JURISDICTION_SHAPE,
  jurisdictionCodeProblem,
} from '../internal/jurisdiction-codes.js';
import { printableLineSchema } from './identifiers.js';

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

/** An ISO-8601 date-time that carries its UTC offset, on a real calendar day. */
export const DateTimeSchema = /* @__PURE__ */ z
  .string()
  .regex(CALENDAR_DATE_TIME_PATTERN, {
    message: 'an ISO date-time with an offset on a real calendar day, like 2026-12-03T14:00:00-05:00',
  })
  .meta({
    format: 'date-time',
    description: 'ISO 8601 date-time with a UTC offset, e.g. 2026-12-03T14:00:00-05:00',
  });

/** A plain ISO-8601 calendar date. */
export const PlainDateSchema = /* @__PURE__ */ z
  .string()
  .regex(CALENDAR_DATE_PATTERN, { message: 'a plain date on a real calendar day, like 2026-12-03' })
  .meta({ format: 'date', description: 'ISO 8601 calendar date, e.g. 2026-12-03' });

/** A plain date or a date-time with an offset, on a real calendar day. */
export const CALENDAR_DATE_OR_DATE_TIME_PATTERN = /* @__PURE__ */ new RegExp(
  `^${CALENDAR_DAY}(?:T${CLOCK})?$`,
);

/** Either a plain date or a date-time with an offset. */
export const DateOrDateTimeSchema = /* @__PURE__ */ z
  .string()
  .regex(CALENDAR_DATE_OR_DATE_TIME_PATTERN, {
    message:
      'a plain date (2026-12-03) or a date-time with an offset (2026-12-03T14:00:00-05:00), on a real calendar day',
  })
  .meta({
    anyOf: [{ format: 'date' }, { format: 'date-time' }],
    description: 'A plain date (2026-12-03) or a date-time with an offset (2026-12-03T14:00:00-05:00)',
  });

// The zone schemas made here: the JSON Schema writer lists the runtime's zone names for each of them.
const timeZoneSchemas = new WeakSet<z.ZodType>();

/** True when `schema` is a time-zone field, made by {@link timeZoneSchema}. */
export function isTimeZoneSchema(schema: object): boolean {
  return timeZoneSchemas.has(schema as z.ZodType);
}

/** What a zone field expects, as its issues say it. */
export const TIME_ZONE_EXPECTED =
  'an IANA time zone name known to this runtime, like America/New_York or Europe/Berlin';

/** A time-zone field described as `description`; see {@link TimeZoneSchema}. */
export function timeZoneSchema(description: string): z.ZodType<string> {
  const schema = z.string().refine(isTimeZone, { message: TIME_ZONE_EXPECTED }).meta({ description });
  timeZoneSchemas.add(schema);
  return schema;
}

/** An IANA time zone name known to the runtime, e.g. `America/New_York`. */
export const TimeZoneSchema = /* @__PURE__ */ timeZoneSchema('An IANA time zone name, e.g. America/New_York');

/** A jurisdiction code: a country or `EU`, then up to two subdivisions (`US-CA`, `US-NY-NYC`, `DE`). */
export const JurisdictionSchema = /* @__PURE__ */ z
  .string()
  .regex(JURISDICTION_SHAPE, { message: 'a jurisdiction code like US-CA, US-NY-NYC, DE or EU' })
  // A well-shaped code must also name a real country (and, for the US and Canada, a real state or province).
  .refine((code) => !JURISDICTION_SHAPE.test(code) || jurisdictionCodeProblem(code) === undefined, {
    error: (issue) => jurisdictionCodeProblem(String(issue.input))?.expected ?? 'a known jurisdiction code',
  })
  .meta({ pattern: JURISDICTION_PATTERN });

/** An identifier chosen by the sender, unique within its collection. */
export const IdSchema = /* @__PURE__ */ printableLineSchema(
  200,
  'An identifier chosen by the sender: printable single-line text, unique within its collection',
);

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
export const AudienceSchema = /* @__PURE__ */ z
  .enum(AUDIENCES)
  .meta({ description: 'One of the six audiences of round two' });

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
export const InterviewFormatSchema = /* @__PURE__ */ z
  .enum(INTERVIEW_FORMATS)
  .meta({ description: 'The format of (part of) an interview' });

/** One of the interview formats. */
export type InterviewFormat = z.output<typeof InterviewFormatSchema>;

/** A round number: 1 is the screen, 2 the decision round. */
export const RoundSchema = /* @__PURE__ */ z
  .number()
  .int()
  .min(1)
  .max(20)
  .meta({ description: 'A round number: 1 is the screen, 2 the decision round' });
