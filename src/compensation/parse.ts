import * as z from 'zod/mini';
import { parseWith } from '../config/result.js';
import type { Issue, ParseResult } from '../model/index.js';
import type { NoticeNorm } from './notice.js';

// zod/mini, like the model's and the configuration's schemas, so validating loads no second flavour of zod.
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
const Weeks = z.number().check(z.gte(0), z.lte(104));

/**
 * The shape of one notice norm (see `defaultNoticeNorms`): a country code, its name and span as the pay brief
 * says them, the span in weeks, where the norm comes from and when it was last checked.
 */
const NoticeNormSchema = z.readonly(
  z.strictObject({
    country: z
      .string()
      .check(z.regex(/^[A-Z]{2}$/, { message: 'a country code like DE (ISO 3166-1 alpha-2)' })),
    name: text(100),
    minWeeks: Weeks,
    maxWeeks: Weeks,
    words: text(200),
    basis: text(1000),
    lastReviewed: z
      .string()
      .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'an ISO date like 2026-12-03' })),
  }),
);

const NoticeNormsSchema = z.readonly(z.array(NoticeNormSchema).check(z.maxLength(300)));

function normChecks(norms: readonly NoticeNorm[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  norms.forEach((norm, index) => {
    if (norm.minWeeks > norm.maxWeeks)
      issues.push({
        code: 'range_inverted',
        path: [index, 'minWeeks'],
        message: `expected minWeeks ≤ maxWeeks, found ${norm.minWeeks}–${norm.maxWeeks}: swap them`,
      });
    const first = seen.get(norm.country);
    if (first === undefined) seen.set(norm.country, index);
    else
      issues.push({
        code: 'duplicate_id',
        path: [index, 'country'],
        message: `expected one norm per country, found "${norm.country}" again (first at [${first}]): merge them`,
      });
  });
  return issues;
}

/**
 * Validates notice norms for the `noticeNorms` option of `compensationBrief` and of the preparer (what notice
 * is usual, by country, and how the pay brief says it): a list of `{ country, name, minWeeks, maxWeeks, words,
 * basis, lastReviewed }` with one norm per country and `minWeeks ≤ maxWeeks`. A translation keeps the
 * countries and spans and gives `name` and `words` in its language (see `de.noticeNorms`). Never throws.
 *
 * @param input - Anything, usually a vendor's JSON.
 * @returns `{ ok: true, value }` with the norms, frozen, or `{ ok: false, issues }`, located.
 * @example
 * parseNoticeNorms(defaultNoticeNorms).ok;
 * // => true
 * @category Compensation
 */
export function parseNoticeNorms(input: unknown): ParseResult<readonly NoticeNorm[]> {
  return parseWith(NoticeNormsSchema, input, [normChecks]);
}
