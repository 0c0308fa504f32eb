/**
 * `second-round/engine`: the reference evaluator on json-rules-engine. `assessReadiness` gives the same report as
 * `createScorer().score()` (the differential tests prove it byte for byte) but loads json-rules-engine and its
 * dependencies; import it only to cross-check a rule pack or to stay on the engine.
 *
 * @module
 */
export { assessReadiness } from '../readiness/assess-engine.js';
export type { AssessReadinessOptions, Readiness } from '../readiness/types.js';
