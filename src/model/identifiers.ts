import * as z from 'zod/mini';
import { matching, maxLength, minLength } from './checks.js';
import { withMeta } from './meta.js';

/**
 * Printable, single-line text: no C0 or C1 control characters (so no CR, LF, TAB, NUL or ESC), no line or
 * paragraph separators, no format characters (bidi overrides and isolates, zero-width marks, BOM) and no
 * lone surrogates. The same pattern goes into the JSON Schema, so ajv refuses what parse refuses.
 */
export const PRINTABLE_LINE_PATTERN = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]*$/u;

/**
 * A schema for an identifier or a short label that is copied into calendars, reports and terminals:
 * printable single-line text of 1 to `maxLength` characters.
 *
 * @param maxLength - The length cap.
 * @param description - What the field is, for the JSON Schema.
 * @returns A zod/mini string schema.
 * @example
 * printableLineSchema(100).safeParse('round-2\nSUMMARY:x').success;
 * // => false
 * @category Validation
 */
export function printableLineSchema(
  maxLength: number,
  description = 'Printable single-line text',
): z.ZodMiniString<string> {
  return withMeta(printableLine(maxLength), { description });
}

/** A printable single line of at most `longest` characters, without JSON Schema metadata (the model's own ids). */
export function printableLine(longest: number): z.ZodMiniString<string> {
  return z
    .string()
    .check(
      minLength(1),
      maxLength(longest),
      matching(
        PRINTABLE_LINE_PATTERN,
        'printable single-line text (no control characters, line breaks or bidi and zero-width marks)',
      ),
    );
}
