import { $ZodCheck, type $ZodCheckNumberFormatDef, type $ZodCheckRegexDef } from 'zod/v4/core';

// The model's own checks, built on zod's bare check class (which every zod check already brings) instead of
// `z.int()`, `z.refine()` and `z.regex()`: those bring classes of their own (a number-format schema with its range
// table, a custom schema, the string-format checks), about 0.5 KB of gzip in every bundle that validates. Each
// check adds the issue the zod one adds, field for field and in the same key order, so parseCandidacy's messages,
// a caller's own use of the schemas and the JSON Schema (which reads a check's definition) stay the same.

/**
 * What `z.int()` checks, as the same zod check: an integer (else an `invalid_type` issue expecting `int`, which
 * stops the later checks) within the safe integer range (else `too_big` or `too_small`). Its definition says
 * `number_format` `safeint`, the one `z.int()` carries, so `z.toJSONSchema` still writes `"type": "integer"`.
 *
 * @returns A check for `z.number().check(…)`.
 */
export function integer(): $ZodCheck<number> {
  const definition: $ZodCheckNumberFormatDef = { check: 'number_format', format: 'safeint' };
  const check: $ZodCheck<number> = new $ZodCheck(definition);
  check._zod.check = (payload) => {
    const input = payload.value;
    if (!Number.isInteger(input)) {
      payload.issues.push({
        expected: 'int',
        format: 'safeint',
        code: 'invalid_type',
        continue: false,
        input,
      });
    } else if (!Number.isSafeInteger(input)) {
      const note = 'Integers must be within the safe integer range.';
      const bound = { note, origin: 'int', inclusive: true, continue: true, input } as const;
      payload.issues.push(
        input > 0
          ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, ...bound }
          : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, ...bound },
      );
    }
  };
  return check;
}

/**
 * What `z.refine()` checks, as a bare zod check: a `custom` issue whose message is what `problemOf` returns,
 * when it returns one (the input is valid when it returns undefined). Later checks still run, as after a refine.
 *
 * @param problemOf - What the field expected, in words that follow "expected", or undefined when `input` is valid.
 * @returns A check for `.check(…)`.
 */
export function refinement<T>(problemOf: (input: T) => string | undefined): $ZodCheck<T> {
  const check: $ZodCheck<T> = new $ZodCheck({ check: 'custom' });
  check._zod.check = (payload) => {
    const input = payload.value;
    const message = problemOf(input);
    if (message !== undefined)
      payload.issues.push({ code: 'custom', input, path: [], message, continue: true });
  };
  return check;
}

/**
 * What `z.regex()` checks, as the same zod check: an `invalid_format` issue saying `message` when `pattern` does not
 * match. Its definition is the one `z.regex()` makes (`string_format`, `regex`, the pattern), so the JSON Schema
 * still carries the pattern.
 *
 * @param pattern - What the text must match.
 * @param message - What the field expects, in words that follow "expected".
 * @returns A check for `z.string().check(…)`.
 */
export function matching(pattern: RegExp, message: string): $ZodCheck<string> {
  const definition: $ZodCheckRegexDef = { check: 'string_format', format: 'regex', pattern };
  const check: $ZodCheck<string> = new $ZodCheck(definition);
  check._zod.check = (payload) => {
    const input = payload.value;
    pattern.lastIndex = 0;
    if (pattern.test(input)) return;
    const issue = {
      origin: 'string',
      code: 'invalid_format',
      format: 'regex',
      input,
      pattern: String(pattern),
    } as const;
    payload.issues.push({ ...issue, path: [], message, continue: true });
  };
  return check;
}
