/**
 * `second-round/consistency`: round-one vs round-two claims and contradictions, without scoring. The same
 * names as the root exports for consistency (the folder's index is that list).
 *
 * @module
 */
export * from '../consistency/index.js';
