/**
 * Freezes a value and everything inside it (own enumerable properties, arrays included), so data
 * shared by every call — defaults, a validated pack — cannot be changed by a caller. The one freeze
 * helper of the library. Returns the value itself.
 */
export function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) freezeDeep(inner);
  }
  return value;
}
