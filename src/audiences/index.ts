export { type BriefForOptions, briefFor, defaultSeniority, type InterviewerBrief } from './brief.js';
export {
  QUESTION_INTENTS,
  type QuestionIntent,
  questionIntent,
  questionIntents,
} from './intents.js';
export {
  LINT_MAX_CHARACTERS,
  type LintAnswerOptions,
  type LintFlag,
  lintAnswer,
  type TextSpan,
} from './lint.js';
export {
  type CreditLintRule,
  defaultLintRules,
  type LintRule,
  type LintRuleBase,
  type LintSlot,
  type NumberLintRule,
  type PhraseLintRule,
  type SequenceLintRule,
} from './lint-rules.js';
export {
  type InterviewerQuestions,
  type PickQuestionsOptions,
  pickQuestions,
  type QuestionPick,
  type QuestionPlan,
} from './pick-questions.js';
export {
  type AudienceProfile,
  defaultAudienceProfiles,
  defaultTenureBands,
  describeTenure,
  type StoriesForOptions,
  type StoryMatch,
  storiesFor,
  type TenureBand,
  type TenureInsight,
} from './profiles.js';
export {
  type BankQuestion,
  defaultQuestionBank,
  QUESTION_CATEGORIES,
  type QuestionCategory,
} from './question-bank.js';
export { defaultQuestionRules, type QuestionRules } from './question-rules.js';
export {
  type DraftThankYousOptions,
  defaultThankYouTemplate,
  draftThankYous,
  parseThankYouTemplate,
  THANK_YOU_PLACEHOLDERS,
  type ThankYouDraft,
  type ThankYouReference,
  type ThankYouReferenceOrigin,
  type ThankYouTemplate,
} from './thank-you.js';
