import type { ParseResult } from '../model/issues.js';
import { describeValue } from './describe.js';

/** A plain data object: `{}` or `Object.create(null)`, never an instance, an array or an inheriting object. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The parse failure for an input that is not a plain object. */
export function notPlainObject(input: unknown): ParseResult<never> {
  return {
    ok: false,
    issues: [
      { code: 'invalid_type', path: [], message: `expected a plain object, found ${describeValue(input)}` },
    ],
  };
}
