import * as z from 'zod/mini';
import { JURISDICTION_SHAPE, jurisdictionCodeProblem } from '../internal/jurisdiction-codes.js';
import {
  CALENDAR_DATE_OR_DATE_TIME_PATTERN,
  CALENDAR_DATE_PATTERN,
  CALENDAR_DATE_TIME_PATTERN,
  isTimeZone,
} from './calendar.js';
import { atLeast, atMost, integer, matching, maxLength, refinement } from './checks.js';
import { printableLine } from './identifiers.js';
import { field } from './meta.js';

// Each schema is built inside a pure IIFE: a bundler drops the whole statement when the schema is unused. A
// `/* @__PURE__ */` on the outer call alone would keep its arguments (the zod calls), and with them zod, in
// every bundle that imports only a constant of this module, such as AUDIENCES. Their JSON Schema metadata
// (formats, patterns, descriptions) is attached by candidacyJsonSchema on its first call
// (json-schema-descriptions.ts), so validating carries none of it; `field` gives each its own copy to carry it.

/** An ISO-8601 date-time that carries its UTC offset, on a real calendar day. */
export const DateTimeSchema = /* @__PURE__ */ (() =>
  field(
    z
      .string()
      .check(
        matching(
          CALENDAR_DATE_TIME_PATTERN,
          'an ISO date-time with an offset on a real calendar day, like 2026-12-03T14:00:00-05:00',
        ),
      ),
  ))();

/** A plain ISO-8601 calendar date. */
export const PlainDateSchema = /* @__PURE__ */ (() =>
  field(
    z.string().check(matching(CALENDAR_DATE_PATTERN, 'a plain date on a real calendar day, like 2026-12-03')),
  ))();

/** Either a plain date or a date-time with an offset. */
export const DateOrDateTimeSchema = /* @__PURE__ */ (() =>
  field(
    z
      .string()
      .check(
        matching(
          CALENDAR_DATE_OR_DATE_TIME_PATTERN,
          'a plain date (2026-12-03) or a date-time with an offset (2026-12-03T14:00:00-05:00), on a real calendar day',
        ),
      ),
  ))();

// The zone schemas made here: the JSON Schema writer lists the runtime's zone names for each of them.
const timeZoneSchemas = new WeakSet<z.core.$ZodType>();

/** True when `schema` is a time-zone field, made by {@link timeZoneSchema}. */
export function isTimeZoneSchema(schema: object): boolean {
  return timeZoneSchemas.has(schema as z.core.$ZodType);
}

/** What a zone field expects, as its issues say it. */
export const TIME_ZONE_EXPECTED =
  'an IANA time zone name known to this runtime, like America/New_York or Europe/Berlin';

/** A time-zone field of its own (candidacyJsonSchema describes it by its path); see {@link TimeZoneSchema}. */
export function timeZoneSchema(): z.ZodMiniType<string, string> {
  const schema = field(
    z.string().check(refinement((zone) => (isTimeZone(zone) ? undefined : TIME_ZONE_EXPECTED))),
  );
  timeZoneSchemas.add(schema);
  return schema;
}

/** An IANA time zone name known to the runtime, e.g. `America/New_York`. */
export const TimeZoneSchema = /* @__PURE__ */ (() => timeZoneSchema())();

/** A jurisdiction code: a country or `EU`, then up to two subdivisions (`US-CA`, `US-NY-NYC`, `DE`). */
export const JurisdictionSchema = /* @__PURE__ */ (() =>
  field(
    z.string().check(
      matching(JURISDICTION_SHAPE, 'a jurisdiction code like US-CA, US-NY-NYC, DE or EU'),
      // A well-shaped code must also name a real country (and, for the US and Canada, a real state or province).
      refinement((code) =>
        JURISDICTION_SHAPE.test(code) ? jurisdictionCodeProblem(code)?.expected : undefined,
      ),
    ),
  ))();

/** An identifier chosen by the sender, unique within its collection. */
export const IdSchema = /* @__PURE__ */ (() => field(printableLine(200)))();

/** A short piece of free text. */
export const TextSchema = /* @__PURE__ */ (() => z.string().check(maxLength(20_000)))();

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
export const AudienceSchema = /* @__PURE__ */ (() => field(z.enum(AUDIENCES)))();

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
export const InterviewFormatSchema = /* @__PURE__ */ (() => field(z.enum(INTERVIEW_FORMATS)))();

/** One of the interview formats. */
export type InterviewFormat = z.output<typeof InterviewFormatSchema>;

/** A round number: 1 is the screen, 2 the decision round. */
export const RoundSchema = /* @__PURE__ */ (() =>
  field(z.number().check(integer(), atLeast(1), atMost(20))))();
