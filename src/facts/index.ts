export {
  audienceStoryTags,
  defaultFactThresholds,
  type FactDefinition,
  type FactName,
  type FactThresholds,
  type FactType,
  type FactValue,
  factCatalogue,
  type ReadinessFacts,
} from './catalogue.js';
export { type DeriveFactsOptions, deriveFacts } from './derive.js';
export { type PayHistoryLaw, payHistoryLawFor } from './law.js';
