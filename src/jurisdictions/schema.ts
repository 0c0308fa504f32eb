import * as z from 'zod';
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
export const LawCodeSchema = z.string().regex(JURISDICTION_SHAPE, {
  message: 'a jurisdiction code like US-CA, US-NY-NYC, DE or EU',
});

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
export const LawRowSchema = z
  .strictObject({
    id: z.string().regex(/^[A-Z0-9-]+\/[a-z0-9-]+$/, { message: 'an id like US-CA/salary-history' }),
    code: LawCodeSchema,
    level: z.enum(LAW_LEVELS),
    lawName: z.string().min(1).max(300),
    citation: z.string().min(1).max(200),
    effectiveDate: PlainDateSchema,
    kinds: z.array(z.enum(LAW_KINDS)).min(1).readonly(),
    employerThreshold: z.string().min(1).max(200).optional(),
    exceptions: z.array(z.enum(LAW_EXCEPTIONS)).readonly(),
    candidateTip: z.string().min(1).max(1000),
    sources: z.array(z.string().min(3).max(300)).min(1).readonly(),
    confidence: z.enum(['H', 'M', 'L']),
    conflicts: z.string().min(1).max(1000).optional(),
    lastReviewed: PlainDateSchema,
    notes: z.string().min(1).max(1000).optional(),
    /**
     * Days after an interview (the last one, when there are several) within which the employer must tell an
     * interviewed applicant whether a hiring decision has been made (Ontario: 45). A timeline can add that event.
     */
    decisionNoticeDays: z.number().int().min(1).max(365).optional(),
    /**
     * Ids of broader rows this row replaces for its own jurisdiction and the ones below it: a country's law
     * transposing the EU directive replaces the directive's rows, so a member state that left the
     * pay-history ban out (Malta) does not inherit it.
     */
    supersedes: z
      .array(z.string().regex(/^[A-Z0-9-]+\/[a-z0-9-]+$/, { message: 'an id like EU/salary-history' }))
      .readonly()
      .optional(),
  })
  .readonly();

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
export const LawTableSchema = z
  .array(LawRowSchema)
  .readonly()
  .refine((rows) => new Set(rows.map((row) => row.id)).size === rows.length, {
    message: 'every law row needs a unique id',
  });

/**
 * A whole law table, as `LawTableSchema` validates it.
 *
 * @category Compensation
 */
export type LawTable = z.output<typeof LawTableSchema>;
