import type { Audience } from '../model/index.js';
import { freezeDeep } from './internal.js';
import type { QuestionCategory } from './question-bank.js';

/**
 * The limits and exclusions {@link pickQuestions} applies; data, so a vendor can tune them.
 *
 * @category Audiences
 */
export interface QuestionRules {
  /** How many questions each interviewer gets: the guide says 2–3. */
  readonly perInterviewer: { readonly min: number; readonly max: number };
  /** How many distinct questions the whole interview plans: the guide says 4–6. */
  readonly planned: { readonly min: number; readonly max: number };
  /** Categories never asked of an audience (pay with leadership, rank with peers). */
  readonly excludedCategories: Readonly<Partial<Record<Audience, readonly QuestionCategory[]>>>;
  /** Categories asked only when the target role manages people. */
  readonly managementCategories: readonly QuestionCategory[];
  /**
   * Extra phrases that put a question in a category when its text contains them (whole words, any case),
   * on top of the built-in categoriser ({@link questionIntents}), which reads intent from normalised words
   * and synonyms. Empty by default.
   */
  readonly categoryPhrases: Readonly<Partial<Record<QuestionCategory, readonly string[]>>>;
  /** Where the guide covers these rules. */
  readonly source: string;
}

/**
 * The default rules: 2–3 per interviewer, 4–6 overall, no pay with leadership, no rank talk with peers.
 *
 * @example
 * defaultQuestionRules.excludedCategories['senior-leadership'];
 * // => ['pay-logistics']
 * @category Audiences
 */
export const defaultQuestionRules: QuestionRules = /* @__PURE__ */ freezeDeep({
  perInterviewer: { min: 2, max: 3 },
  planned: { min: 4, max: 6 },
  excludedCategories: {
    'senior-leadership': ['pay-logistics'],
    peer: ['hierarchy'],
    'direct-report': ['hierarchy', 'pay-logistics'],
    'cross-functional': ['pay-logistics'],
  },
  managementCategories: ['management'],
  // The categoriser (questionIntents) reads meaning; these are extra cue words a vendor may add.
  categoryPhrases: {},
  source: 'seed#questions',
});
