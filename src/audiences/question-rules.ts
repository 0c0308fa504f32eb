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
  /** Phrases that put a question in a category when its text contains them (whole words, any case). */
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
  categoryPhrases: {
    'pay-logistics': [
      'salary',
      'salaries',
      'pay',
      'compensation',
      'bonus',
      'equity',
      'stock options',
      'pay package',
      'compensation package',
      'benefits',
      'vacation',
      'holidays',
      'pto',
      'relocation',
      'relocate',
      'remote',
      'hybrid',
      'commute',
      'start date',
      'notice period',
      'visa',
      'perks',
    ],
    hierarchy: [
      'report to',
      'reports to',
      'report into',
      'reporting line',
      'reporting lines',
      'who reports',
      'org chart',
      'hierarchy',
      'chain of command',
      'seniority',
      'promotion',
      'promoted',
    ],
    management: ['new manager', 'as your manager', 'from a manager', 'your next manager'],
  },
  source: 'seed#questions',
});
