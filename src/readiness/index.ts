export { createScorer } from './assess.js';
export {
  type AssessReadinessOptions,
  BANDS,
  type Band,
  type CreateScorerOptions,
  type DimensionScore,
  type Evidence,
  type ItemStatus,
  type MessageCatalogue,
  type Readiness,
  type ReadinessItem,
  type ReadinessRecommendation,
  type RuleMessages,
  readinessBandThresholds,
  type ScoreContext,
  type Scorer,
} from './types.js';
