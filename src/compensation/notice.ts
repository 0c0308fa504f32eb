import { freezeDeep } from '../internal/freeze.js';

/**
 * What notice period is usual where a candidate works now. The guide's "two to four weeks" is the US norm;
 * elsewhere contracts and statutes set longer periods, and a three-month notice in Germany is no fault to
 * apologise for, only a date to say early.
 */
export interface NoticeNorm {
  /** ISO 3166-1 alpha-2 country code, the first part of a jurisdiction code (`DE` in `DE`, `US` in `US-NY`). */
  readonly country: string;
  /** The country's name as the brief says it. */
  readonly name: string;
  /** The usual span in weeks: a notice up to `maxWeeks` will not surprise an employer there. */
  readonly minWeeks: number;
  readonly maxWeeks: number;
  /** The span in words, as the brief says it ("four weeks to three months"). */
  readonly words: string;
  /** Where the norm comes from: the statute and what contracts commonly say. */
  readonly basis: string;
  readonly lastReviewed: string;
}

/**
 * The notice norms the start-date line knows, by country. A country that is not listed gets the guide's
 * two to four weeks. General information, not legal advice: contracts and collective agreements vary.
 *
 * @example
 * defaultNoticeNorms.find((norm) => norm.country === 'DE')?.words;
 * // => 'four weeks to three months'
 * @category Compensation
 */
export const defaultNoticeNorms: readonly NoticeNorm[] = /* @__PURE__ */ freezeDeep([
  {
    country: 'DE',
    name: 'Germany',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'four weeks to three months',
    basis:
      'BGB §622(1): four weeks to the 15th or the end of a month by statute; employment contracts for professionals commonly set three months.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'AT',
    name: 'Austria',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'one to three months',
    basis:
      'AngG §20(4) / ABGB §1159: one month to the end of a month by statute for employees; contracts may agree longer.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'CH',
    name: 'Switzerland',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'one to three months',
    basis:
      'OR Art. 335c: one month in the first year of service, two months to the ninth year, three months after.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'NL',
    name: 'the Netherlands',
    minWeeks: 4,
    maxWeeks: 9,
    words: 'one to two months',
    basis:
      'BW 7:672: one month for an employee by statute, to the end of a month; contracts may agree up to six.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'FR',
    name: 'France',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'one to three months',
    basis: 'Set by collective agreement (Code du travail L1237-1); three months is common for cadres.',
    lastReviewed: '2026-12-03',
  },
  {
    country: 'GB',
    name: 'the United Kingdom',
    minWeeks: 4,
    maxWeeks: 13,
    words: 'one to three months',
    basis:
      'Employment Rights Act 1996 s.86: one week by statute; contracts for professional roles commonly set one to three months.',
    lastReviewed: '2026-12-03',
  },
]);

/** The norm for the country of `jurisdiction` (`DE`, `US-NY`), or undefined for the guide's two to four weeks. */
export function noticeNormFor(
  jurisdiction: string | undefined,
  norms: readonly NoticeNorm[] = defaultNoticeNorms,
): NoticeNorm | undefined {
  const country = jurisdiction?.trim().toUpperCase().split('-')[0];
  return country === undefined || country === '' ? undefined : norms.find((norm) => norm.country === country);
}
