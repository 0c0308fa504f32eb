import { audiencesTexts } from '../audiences/texts.js';
import { compensationTexts } from '../compensation/texts.js';
import { consistencyTexts } from '../consistency/texts.js';
import { readinessTexts } from '../readiness/texts.js';
import { reportTexts } from '../report/texts.js';
import { timelineTexts } from '../timeline/texts.js';

/**
 * The whole text catalogue in English: every text a candidate reads outside the data sets that carry their
 * own (the rule pack's messages, the question bank, the lint rules, the thank-you template), keyed
 * `capability.…`. Each capability reads only its own part, so importing one capability never loads the
 * others' texts; this object is for translators and for {@link parseTexts}.
 *
 * @category Text
 */
export const englishTexts = /* @__PURE__ */ Object.freeze({
  ...readinessTexts,
  ...reportTexts,
  ...timelineTexts,
  ...audiencesTexts,
  ...compensationTexts,
  ...consistencyTexts,
});

/**
 * A key of the text catalogue.
 *
 * @category Text
 */
export type TextKey = keyof typeof englishTexts;

/**
 * A complete text catalogue: a text for every key, with the placeholders of the English one. A translation
 * passed in `texts` may be partial (`Partial<Texts>`): a missing key keeps its English text.
 *
 * @category Text
 */
export type Texts = { readonly [K in TextKey]: string };
