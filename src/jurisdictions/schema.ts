import * as z from 'zod/mini';
import { JURISDICTION_SHAPE } from '../internal/jurisdiction-codes.js';
import { PlainDateSchema } from '../model/index.js';

/** What a law row can ban or require, as the research's suggested data shape names it. */
export const LAW_KINDS = [
  'inquiry_ban',
  'reliance_ban',
  'refusal_protection',
  'range_on_request',
  'range_in_posting',
] as const;

/** The exceptions a salary-history ban may carry. */
export const LAW_EXCEPTIONS = [
  'voluntary_disclosure',
  'post_offer_verification',
  'internal_candidates',
  'public_records',
] as const;

/** Where a law sits: a country, a state or province, a city, or above the nation (the EU). */
export const LAW_LEVELS = ['national', 'state', 'city', 'supranational'] as const;

/** A jurisdiction code as the law table stores it: `US-CA`, `US-NY-NYC`, `EU`, `DE`. */
export const LawCodeSchema = z.string().check(
  z.regex(JURISDICTION_SHAPE, {
    message: 'a jurisdiction code like US-CA, US-NY-NYC, DE or EU',
  }),
);

/**
 * The schema of one law row: one law on salary history or pay transparency in one jurisdiction.
 * A jurisdiction may hold several rows (a history ban and a posting law with different effective
 * dates). Every row must cite at least one source.
 *
 * @example
 * LawRowSchema.safeParse({ ...defaultLawTable[0], sources: [] }).success;
 * // => false
 *
 * @category Compensation
 */
export const LawRowSchema = z.readonly(
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Z0-9-]+\/[a-z0-9-]+$/, { message: 'an id like US-CA/salary-history' })),
    code: LawCodeSchema,
    level: z.enum(LAW_LEVELS),
    lawName: z.string().check(z.minLength(1), z.maxLength(300)),
    citation: z.string().check(z.minLength(1), z.maxLength(200)),
    effectiveDate: PlainDateSchema,
    kinds: z.readonly(z.array(z.enum(LAW_KINDS)).check(z.minLength(1))),
    employerThreshold: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    exceptions: z.readonly(z.array(z.enum(LAW_EXCEPTIONS))),
    candidateTip: z.string().check(z.minLength(1), z.maxLength(1000)),
    sources: z.readonly(z.array(z.string().check(z.minLength(3), z.maxLength(300))).check(z.minLength(1))),
    confidence: z.enum(['H', 'M', 'L']),
    conflicts: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    lastReviewed: PlainDateSchema,
    notes: z.optional(z.string().check(z.minLength(1), z.maxLength(1000))),
    /**
     * Days after an interview (the last one, when there are several) within which the employer must tell an
     * interviewed applicant whether a hiring decision has been made (Ontario: 45). A timeline can add that event.
     */
    decisionNoticeDays: z.optional(z.number().check(z.int(), z.gte(1), z.lte(365))),
    /**
     * Ids of broader rows this row replaces for its own jurisdiction and the ones below it: a country's law
     * transposing the EU directive replaces the directive's rows, so a member state that left the
     * pay-history ban out (Malta) does not inherit it.
     */
    supersedes: z.optional(
      z.readonly(
        z.array(
          z.string().check(z.regex(/^[A-Z0-9-]+\/[a-z0-9-]+$/, { message: 'an id like EU/salary-history' })),
        ),
      ),
    ),
  }),
);

/**
 * One law on salary history or pay transparency in one jurisdiction, as `LawRowSchema` validates it.
 *
 * @category Compensation
 */
export type LawRow = z.output<typeof LawRowSchema>;

/** What a law row can ban or require. */
export type LawKind = (typeof LAW_KINDS)[number];

/**
 * The schema of a whole law table: valid rows with unique ids. Validate a vendor's own table with
 * it before passing it as `lawTable`.
 *
 * @example
 * LawTableSchema.safeParse(defaultLawTable).success;
 * // => true
 *
 * @category Compensation
 */
export const LawTableSchema = z.readonly(z.array(LawRowSchema)).check(
  z.refine((rows) => new Set(rows.map((row) => row.id)).size === rows.length, {
    message: 'every law row needs a unique id',
  }),
);

/**
 * A whole law table, as `LawTableSchema` validates it.
 *
 * @category Compensation
 */
export type LawTable = z.output<typeof LawTableSchema>;

/** The fields of a law row that a lookup reads: where, since when, what it bans or requires, what it replaces. */
type LawCoreField =
  | 'id'
  | 'code'
  | 'level'
  | 'citation'
  | 'effectiveDate'
  | 'kinds'
  | 'decisionNoticeDays'
  | 'supersedes';

/**
 * The part of a law row a lookup reads (readiness asks only whether a pay-history question is barred and which
 * law says so). A full `LawRow` is one; the default table's cores live apart from what only the pay brief reads
 * (name, tip, sources, confidence, notes), so a scorer's bundle does not carry those texts.
 */
export type LawCore = Pick<LawRow, LawCoreField> & { readonly lawName?: string };

/** What a law row holds beyond its core: what the pay brief and a reader of the table need. */
export type LawDetails = Omit<LawRow, LawCoreField>;
