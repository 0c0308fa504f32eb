import type { LocaleBundle } from '../bundle.js';
import { deAudiences } from './audiences.js';
import { deCompensation } from './compensation.js';
import { deConsistency } from './consistency.js';
import { deReadiness } from './readiness.js';
import { deReport } from './report.js';
import { deTimeline } from './timeline.js';

const parts = [deReadiness, deReport, deTimeline, deAudiences, deCompensation, deConsistency];

/**
 * German (`de-DE`), written for candidates in the Sie form: every text of the catalogue, the rule pack's
 * messages, the question bank, the lint suggestions, the thank-you template and the notice norms. Free-text
 * claims are still read in English only; the candidate's own words are never translated.
 *
 * @example
 * import { de } from 'second-round/locales/de';
 * prepareSync(candidacy, { now: '2027-03-09T12:00:00+01:00', ...de }).locale;
 * // => 'de-DE'
 * @category Text
 */
export const de: LocaleBundle = /* @__PURE__ */ Object.freeze(
  Object.assign({}, ...parts, {
    locale: 'de-DE',
    texts: Object.freeze(Object.assign({}, ...parts.map((part) => part.texts))),
  }) as LocaleBundle,
);
