import { describeValue } from '../internal/describe.js';
import { isPlainObject, notPlainObject } from '../internal/plain.js';
import { formatPath, type Issue, type ParseResult } from '../model/issues.js';
import { type BandThresholds, defaultBandThresholds } from './types.js';

// Hand-written rather than a zod schema, like parseMessageCatalogue: a scorer checks the thresholds it is
// given with this same function, and scoring must not load zod.

const KEYS = ['atRisk', 'ready', 'topQuartile'] as const;

/**
 * Validates band threshold overrides (partial `defaultBandThresholds`): whole scores from 0 to 100, merged
 * over the defaults in order, `atRisk` ≤ `ready` ≤ `topQuartile`. An order broken by the merge is reported at
 * the key the vendor gave (`{ atRisk: 80 }` is wrong at `atRisk`: the default `ready` is 75).
 *
 * @param input - Anything, usually parsed JSON.
 * @returns The overrides, frozen, or every problem with its path. Never throws.
 * @example
 * parseBandThresholds({ atRisk: 80, ready: 70 }).ok;
 * // => false
 * @category Configuration
 */
export function parseBandThresholds(input: unknown): ParseResult<Partial<BandThresholds>> {
  if (!isPlainObject(input)) return notPlainObject(input);
  const issues: Issue[] = [];
  const given: Partial<Record<(typeof KEYS)[number], number>> = {};
  for (const key of Object.keys(input)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      issues.push({
        code: 'unknown_field',
        path: [key],
        message: `unknown field ${describeValue(key)}: use atRisk, ready and topQuartile`,
      });
    }
  }
  for (const key of KEYS) {
    if (!Object.hasOwn(input, key) || input[key] === undefined) continue;
    const value = input[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100) {
      issues.push({
        code: typeof value === 'number' ? 'invalid_value' : 'invalid_type',
        path: [key],
        message: `expected a whole score from 0 to 100, found ${describeValue(value)}`,
      });
    } else given[key] = value;
  }
  if (issues.length > 0) return { ok: false, issues };
  const merged = { ...defaultBandThresholds, ...given };
  for (let index = 1; index < KEYS.length; index++) {
    const lower = KEYS[index - 1]!;
    const upper = KEYS[index]!;
    if (merged[lower] <= merged[upper]) continue;
    const blamed = upper in given ? upper : lower;
    issues.push({
      code: 'range_inverted',
      path: [blamed],
      message: `expected ${lower} ≤ ${upper}, found ${merged[lower]} > ${merged[upper]}${
        upper in given && lower in given ? '' : ` (the other is the default)`
      }: give both in order`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: Object.freeze(given), warnings: [] };
}

/** The thresholds a scorer was given, checked; a TypeError naming `caller` and the fix when they are wrong. */
export function checkedBands(input: unknown, caller: string): Partial<BandThresholds> {
  const parsed = parseBandThresholds(input);
  if (parsed.ok) return parsed.value;
  const first = parsed.issues[0];
  const where = formatPath(['bandThresholds', ...(first?.path ?? [])]);
  throw new TypeError(
    `${caller}: ${where}: ${first?.message ?? 'invalid'}: check them with parseBandThresholds first`,
  );
}
