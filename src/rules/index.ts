export { defaultRulePack } from './default-pack.js';
export { RULE_PACK_LIMITS } from './limits.js';
export { parseRulePack } from './parse.js';
export {
  type AllCondition,
  type AnyCondition,
  type Condition,
  type ConditionScalar,
  DIMENSIONS,
  type DimensionId,
  type FactCondition,
  type NotCondition,
  OPERATORS,
  type OperatorName,
  type ReadinessEvent,
  type Rule,
  type RulePack,
  type TopLevelCondition,
} from './types.js';
