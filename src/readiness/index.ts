export { createScorer } from './assess.js';
export { parseBandThresholds } from './bands.js';
export { defaultDimensionLabels } from './build.js';
export { parseReadinessLabels } from './labels.js';
export { parseMessageCatalogue } from './template.js';
export {
  type AssessReadinessOptions,
  BANDS,
  type Band,
  type BandCap,
  type BandThresholds,
  type CreateScorerOptions,
  type DimensionScore,
  defaultBandThresholds,
  type Evidence,
  type ItemStatus,
  type MessageCatalogue,
  type PendingStep,
  type Readiness,
  type ReadinessItem,
  type ReadinessLabels,
  type ReadinessRecommendation,
  type RuleMessages,
  readinessBandThresholds,
  type ScoreContext,
  type ScoreOptions,
  type Scorer,
} from './types.js';
