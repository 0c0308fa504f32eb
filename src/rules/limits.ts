/**
 * The caps {@link parseRulePack} enforces, so a vendor's pack can neither exhaust memory nor the stack.
 *
 * @example
 * RULE_PACK_LIMITS.maxConditionDepth;
 * // => 8
 * @category Readiness
 */
export const RULE_PACK_LIMITS = {
  /** Nesting of all/any/not inside one rule's condition tree. */
  maxConditionDepth: 8,
  /** Condition nodes in one rule's tree. */
  maxConditionsPerRule: 100,
  /** Children of one all/any. */
  maxChildren: 50,
  /** Rules in a pack. */
  maxRules: 500,
  /** Items in an `in`/`notIn` list. */
  maxListItems: 50,
  /** Characters in a string literal a condition compares against. */
  maxValueLength: 200,
  /** Nesting of the raw JSON before anything else is read. */
  maxJsonDepth: 40,
  /** Objects, arrays and values in the raw JSON. */
  maxJsonNodes: 200_000,
} as const;
