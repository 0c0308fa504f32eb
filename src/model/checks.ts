import {
  $ZodCheck,
  type $ZodCheckGreaterThanDef,
  type $ZodCheckLessThanDef,
  type $ZodCheckMaxLengthDef,
  type $ZodCheckMinLengthDef,
  type $ZodCheckNumberFormatDef,
  type $ZodCheckRegexDef,
  type $ZodRawIssue,
  type $ZodType,
} from 'zod/v4/core';

// The model's checks, built on zod's bare check class instead of zod's own check functions (z.int, z.gte, z.lte,
// z.positive, z.minLength, z.maxLength, z.regex, z.refine): each of those brings a class of its own, and together
// they were about 0.75 KB of the gzip a browser pays for parseCandidacy. Each check here does what the zod one does:
// - the same issue, with its keys in the same order, so parseCandidacy's messages and the issues of a caller's own
//   `safeParse` on the exported schemas stay the same;
// - the same definition (`check`, `value`, `minimum`, `format`, `pattern`…), which zod 4.6 and later read for the
//   JSON Schema and for an array's early size cap.
// Earlier zod 4 releases write the JSON Schema from what each check records in its schema's `bag` when attached;
// candidacyJsonSchema has recordChecksInBags write that record first, so validating carries none of it.

type Bag = Record<string, unknown>;
type Definition =
  | $ZodCheckGreaterThanDef
  | $ZodCheckLessThanDef
  | $ZodCheckMinLengthDef
  | $ZodCheckMaxLengthDef
  | $ZodCheckNumberFormatDef
  | $ZodCheckRegexDef
  | { readonly check: 'custom' };

/** A zod check: its definition, and the issue for an input that fails it (none: the input passes). */
function bareCheck<T>(definition: Definition, issueOf: (input: T) => $ZodRawIssue | undefined): $ZodCheck<T> {
  const check: $ZodCheck<T> = new $ZodCheck(definition);
  check._zod.check = (payload) => {
    const issue = issueOf(payload.value);
    if (issue !== undefined) payload.issues.push(issue);
  };
  return check;
}

/** `z.gte(minimum)`: a number at least `minimum`. */
export function atLeast(minimum: number): $ZodCheck<number> {
  return bareCheck({ check: 'greater_than', value: minimum, inclusive: true }, (input) =>
    input >= minimum
      ? undefined
      : { origin: 'number', code: 'too_small', minimum, input, inclusive: true, continue: true },
  );
}

/** `z.positive()`: a number greater than 0. */
export function positive(): $ZodCheck<number> {
  return bareCheck({ check: 'greater_than', value: 0, inclusive: false }, (input) =>
    input > 0
      ? undefined
      : { origin: 'number', code: 'too_small', minimum: 0, input, inclusive: false, continue: true },
  );
}

/** `z.lte(maximum)`: a number at most `maximum`. */
export function atMost(maximum: number): $ZodCheck<number> {
  return bareCheck({ check: 'less_than', value: maximum, inclusive: true }, (input) =>
    input <= maximum
      ? undefined
      : { origin: 'number', code: 'too_big', maximum, input, inclusive: true, continue: true },
  );
}

/** What zod's length checks take: a list or a text. */
interface HasLength {
  readonly length: number;
}

// A length check runs whenever the value has a length, even after a failed check before it (zod's own rule).
// `Object(value)` reads the property as zod does, on a primitive too (a number has none, a string has one).
const hasLength = (payload: { value: unknown }): boolean =>
  payload.value !== undefined && payload.value !== null && Object(payload.value).length !== undefined;

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** How zod counts a text: in code points, a surrogate pair (an emoji) as one character. */
function codePoints(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

function originOf(input: HasLength): 'array' | 'string' | 'unknown' {
  if (Array.isArray(input)) return 'array';
  return typeof input === 'string' ? 'string' : 'unknown';
}

/** `z.minLength(minimum)`: a list of at least `minimum` items, a text of at least `minimum` characters. */
export function minLength(minimum: number): $ZodCheck<HasLength> {
  return bareCheck({ check: 'min_length', minimum, when: hasLength }, (input) => {
    // A text has at least half as many code points as UTF-16 units: count them only when that could fall short.
    const length = typeof input === 'string' && input.length < 2 * minimum ? codePoints(input) : input.length;
    if (length >= minimum) return undefined;
    return { origin: originOf(input), code: 'too_small', minimum, inclusive: true, input, continue: true };
  });
}

/** `z.maxLength(maximum)`: a list of at most `maximum` items, a text of at most `maximum` characters. */
export function maxLength(maximum: number): $ZodCheck<HasLength> {
  return bareCheck({ check: 'max_length', maximum, when: hasLength }, (input) => {
    // A text has no more code points than UTF-16 units: count them only when there are too many units.
    const length = typeof input === 'string' && input.length > maximum ? codePoints(input) : input.length;
    if (length <= maximum) return undefined;
    return { origin: originOf(input), code: 'too_big', maximum, inclusive: true, input, continue: true };
  });
}

/**
 * `z.int()`: an integer (else an `invalid_type` issue expecting `int`, which stops the later checks) within the
 * safe integer range (else `too_big` or `too_small`). Its definition says `number_format` `safeint`, as z.int()'s
 * does, so the JSON Schema says `"type": "integer"`.
 */
export function integer(): $ZodCheck<number> {
  const note = 'Integers must be within the safe integer range.';
  return bareCheck({ check: 'number_format', format: 'safeint' }, (input) => {
    if (!Number.isInteger(input))
      return { expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, input };
    if (Number.isSafeInteger(input)) return undefined;
    const bound = { note, origin: 'int', inclusive: true, continue: true, input } as const;
    return input > 0
      ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, ...bound }
      : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, ...bound };
  });
}

/**
 * `z.regex(pattern, { message })`: an `invalid_format` issue saying `message` when `pattern` does not match.
 *
 * @param pattern - What the text must match.
 * @param message - What the field expects, in words that follow "expected".
 */
export function matching(pattern: RegExp, message: string): $ZodCheck<string> {
  return bareCheck({ check: 'string_format', format: 'regex', pattern }, (input) => {
    pattern.lastIndex = 0;
    if (pattern.test(input)) return undefined;
    const issue = { origin: 'string', code: 'invalid_format', format: 'regex', input } as const;
    return { ...issue, pattern: String(pattern), path: [], message, continue: true };
  });
}

/**
 * `z.refine()`: a `custom` issue saying what `problemOf` returns, when it returns something (the input is valid
 * when it returns undefined). Later checks still run, as after a refine.
 *
 * @param problemOf - What the field expected, in words that follow "expected", or undefined when `input` is valid.
 */
export function refinement<T>(problemOf: (input: T) => string | undefined): $ZodCheck<T> {
  return bareCheck<T>({ check: 'custom' }, (input) => {
    const message = problemOf(input);
    return message === undefined ? undefined : { code: 'custom', input, path: [], message, continue: true };
  });
}

/** Lowers `bag[key]` to `value`: what zod's upper bounds record. */
function lowerBound(bag: Bag, key: string, value: number): void {
  const current = bag[key];
  if (typeof current !== 'number' || value < current) bag[key] = value;
}

/** Raises `bag[key]` to `value`: what zod's lower bounds record. */
function raiseBound(bag: Bag, key: string, value: number): void {
  const current = bag[key];
  if (typeof current !== 'number' || value > current) bag[key] = value;
}

/** What zod's own check of `definition` records in its schema's bag when attached. */
function recordInBag(bag: Bag, definition: Readonly<Bag>): void {
  const { check, value, inclusive, minimum, maximum, format, pattern } = definition;
  if (check === 'greater_than' && typeof value === 'number')
    raiseBound(bag, inclusive ? 'minimum' : 'exclusiveMinimum', value);
  else if (check === 'less_than' && typeof value === 'number')
    lowerBound(bag, inclusive ? 'maximum' : 'exclusiveMaximum', value);
  else if (check === 'min_length' && typeof minimum === 'number') raiseBound(bag, 'minimum', minimum);
  else if (check === 'max_length' && typeof maximum === 'number') lowerBound(bag, 'maximum', maximum);
  else if (check === 'number_format' && format === 'safeint') {
    Object.assign(bag, {
      format,
      minimum: Number.MIN_SAFE_INTEGER,
      maximum: Number.MAX_SAFE_INTEGER,
      pattern: /^\d+$/,
    });
  } else if (check === 'string_format') {
    bag.format = format;
    if (pattern instanceof RegExp)
      bag.patterns = (bag.patterns instanceof Set ? bag.patterns : new Set()).add(pattern);
  }
}

/** The zod schema `value` is, if it is one (it carries `_zod`). */
function asSchema(value: unknown): $ZodType | undefined {
  return typeof value === 'object' && value !== null && '_zod' in value ? (value as $ZodType) : undefined;
}

/**
 * Records in the bag of `root` and of every schema it is made of (fields, items, inner, optional and parent
 * schemas) what zod's own checks would have recorded there when attached: zod before 4.6 writes the JSON Schema
 * from the bag. Later releases read the checks' definitions, and merge the same record from the bag, so doing it
 * on any release (and again) changes nothing there.
 *
 * @param root - The schema to write the JSON Schema of.
 */
export function recordChecksInBags(root: $ZodType): void {
  const seen = new Set<$ZodType>();
  const pending: $ZodType[] = [root];
  for (let schema = pending.pop(); schema !== undefined; schema = pending.pop()) {
    if (seen.has(schema)) continue;
    seen.add(schema);
    for (const check of schema._zod.def.checks ?? []) recordInBag(schema._zod.bag, { ...check._zod.def });
    const def: Readonly<Bag> = { ...schema._zod.def };
    const fields = typeof def.shape === 'object' && def.shape !== null ? Object.values(def.shape) : [];
    const options = Array.isArray(def.options) ? def.options : [];
    const parts = [schema._zod.parent, def.innerType, def.element, def.catchall, ...options, ...fields];
    for (const part of parts) {
      const inner = asSchema(part);
      if (inner !== undefined) pending.push(inner);
    }
  }
}
