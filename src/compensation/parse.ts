import * as z from 'zod';
import { parseWith } from '../config/result.js';
import type { Issue, ParseResult } from '../model/index.js';
import type { NoticeNorm } from './notice.js';

const Weeks = z.number().min(0).max(104);

/**
 * The shape of one notice norm (see `defaultNoticeNorms`): a country code, its name and span as the pay brief
 * says them, the span in weeks, where the norm comes from and when it was last checked.
 */
const NoticeNormSchema = z
  .strictObject({
    country: z.string().regex(/^[A-Z]{2}$/, { message: 'a country code like DE (ISO 3166-1 alpha-2)' }),
    name: z.string().min(1).max(100),
    minWeeks: Weeks,
    maxWeeks: Weeks,
    words: z.string().min(1).max(200),
    basis: z.string().min(1).max(1000),
    lastReviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'an ISO date like 2026-12-03' }),
  })
  .readonly();

const NoticeNormsSchema = z.array(NoticeNormSchema).max(300).readonly();

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
