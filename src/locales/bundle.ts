import type {
  AudienceProfile,
  BankQuestion,
  LintRule,
  TenureBand,
  ThankYouTemplate,
} from '../audiences/index.js';
import type { NoticeNorm } from '../compensation/index.js';
import type { LawTable } from '../jurisdictions/index.js';
import type { Audience } from '../model/index.js';
import type { MessageCatalogue, ReadinessLabels } from '../readiness/index.js';
import type { Texts } from './en.js';

/**
 * A language for every capability at once: the locale Intl formats with, the text catalogue, and the
 * translated data sets that carry their own texts. Its keys are option names, so it spreads into the options
 * of `prepare`, `createPreparer`, `renderMarkdown` and each capability: `prepareSync(candidacy, { now, ...de })`.
 * Data sets left out keep the English defaults. A vendor's own language is a bundle of the same shape.
 *
 * @category Text
 */
export interface LocaleBundle {
  /** BCP 47, e.g. `de-DE`. */
  readonly locale: string;
  /** The text catalogue in this language (see `englishTexts`). */
  readonly texts: Partial<Texts>;
  /** The default rule pack's messages and recommendations, by rule id. */
  readonly messages?: MessageCatalogue;
  /** The readiness labels: dimensions, band caps, notes. */
  readonly labels?: ReadinessLabels;
  /** The question bank in this language (the same ids, audiences and tags as the default). */
  readonly questionBank?: readonly BankQuestion[];
  /** The audience profiles with their words in this language (the same story tags and kinds as the default). */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
  /** The tenure bands with their insights in this language (the same thresholds as the default). */
  readonly tenureBands?: readonly TenureBand[];
  /** The thank-you template in this language. */
  readonly thankYouTemplate?: ThankYouTemplate;
  /** The lint rules with their suggestions in this language (they still read English answers). */
  readonly lintRules?: readonly LintRule[];
  /** The notice norms with their words in this language. */
  readonly noticeNorms?: readonly NoticeNorm[];
  /** The law table with its rows' texts in this language where translated (the same rows, ids and dates). */
  readonly laws?: LawTable;
}
