import type { $ZodArray, $ZodIssue, $ZodObject, $ZodType, $ZodTypeDef } from 'zod/v4/core';
import { closestWord, describeValue, excerpt } from '../internal/describe.js';
import { CALENDAR_DATE_PATTERN, CALENDAR_DATE_TIME_PATTERN } from './calendar.js';
import { type Candidacy, CandidacySchema, SUPPORTED_SCHEMA_VERSIONS } from './candidacy.js';
import { checkCrossFields } from './cross-field.js';
import {
  boundIssues,
  defaultIssueLimits,
  type Issue,
  type IssueLimits,
  type IssuePath,
  type ParseResult,
  unreadableInputIssue,
} from './issues.js';
import { TIME_ZONE_EXPECTED } from './primitives.js';
import { canonicalTimeZones, collectWarnings, LEGACY_TIME_ZONES } from './warnings.js';

/** Options of {@link parseCandidacy}. */
export interface ParseCandidacyOptions {
  /** How many issues (and warnings) to return at most; {@link defaultIssueLimits} unless given. */
  readonly issueLimits?: IssueLimits;
}

// No key of the schema is this long: a longer unknown key is shown (and located) by its start only.
const KEY_KEPT = 100;

/** The same-case variant of `value` that `pattern` accepts, for "did you mean" on codes (usd → USD). */
function caseVariant(value: string, pattern: string): string | undefined {
  if (value.length > 100) return undefined;
  try {
    // zod reports the pattern as written, /source/flags.
    const match = /^\/(.*)\/([a-z]*)$/s.exec(pattern);
    const regex = match ? new RegExp(match[1]!, match[2]) : new RegExp(pattern);
    return [value.toUpperCase(), value.toLowerCase()].find(
      (variant) => variant !== value && regex.test(variant),
    );
  } catch {
    return undefined;
  }
}

/**
 * The object keys a schema accepts at `path`, or none when the path leaves the schema. Nodes are told apart by
 * `_zod.def.type`, zod's own tag, rather than by `instanceof` a zod class: the classes of wrappers this schema
 * never uses (nullable, pipe) would otherwise be bundled with every parseCandidacy.
 */
function knownKeysAt(schema: $ZodType, path: IssuePath): string[] {
  let current: $ZodType | undefined = schema;
  const unwrap = (node: $ZodType | undefined): $ZodType | undefined => {
    let inner = node;
    for (let guard = 0; guard < 10 && inner; guard++) {
      const def: $ZodTypeDef & { innerType?: $ZodType; in?: $ZodType } = inner._zod.def;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') inner = def.innerType;
      else if (def.type === 'pipe') inner = def.in;
      else break;
    }
    return inner;
  };
  const isObject = (node: $ZodType | undefined): node is $ZodObject => node?._zod.def.type === 'object';
  const isArray = (node: $ZodType | undefined): node is $ZodArray => node?._zod.def.type === 'array';
  for (const segment of path) {
    current = unwrap(current);
    if (isObject(current) && typeof segment === 'string') {
      current = current._zod.def.shape[segment];
    } else if (isArray(current) && typeof segment === 'number') {
      current = current._zod.def.element;
    } else return [];
  }
  current = unwrap(current);
  return isObject(current) ? Object.keys(current._zod.def.shape) : [];
}

function listValues(values: readonly unknown[]): string {
  return values.map((value) => describeValue(value)).join(' | ');
}

function sizeWord(origin: string, amount: number | bigint): string {
  if (origin === 'array' || origin === 'set') return `${amount} item${amount === 1 ? '' : 's'}`;
  if (origin === 'string') return `${amount} character${amount === 1 ? '' : 's'}`;
  return String(amount);
}

function foundSize(input: unknown): string {
  if (Array.isArray(input)) return `${input.length}`;
  if (typeof input === 'string') return `${input.length} characters`;
  return describeValue(input);
}

/** Turns one zod issue into our issues, with a message that says what was expected and found. */
export function toIssues(issue: $ZodIssue, schema: $ZodType, limits: IssueLimits): Issue[] {
  const path = issue.path
    .filter((segment): segment is string | number => typeof segment !== 'symbol')
    .map((segment) => (typeof segment === 'string' ? excerpt(segment, KEY_KEPT) : segment));
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.input === undefined;
      const listHint =
        issue.expected === 'array' && typeof issue.input === 'string'
          ? `: write a list, like [${describeValue(issue.input)}]`
          : '';
      return [
        {
          code: 'invalid_type',
          path,
          message: missing
            ? `expected ${issue.expected}, found nothing: this field is required`
            : `expected ${issue.expected}, found ${found}${listHint}`,
        },
      ];
    }
    case 'invalid_value': {
      if (path.length === 1 && path[0] === 'schemaVersion') {
        return [
          {
            code: 'unsupported_schema_version',
            path,
            message: `expected schemaVersion ${SUPPORTED_SCHEMA_VERSIONS.join(' or ')}, found ${found}: this release reads only those versions`,
          },
        ];
      }
      const suggestion =
        typeof issue.input === 'string'
          ? closestWord(
              issue.input,
              issue.values.filter((value): value is string => typeof value === 'string'),
            )
          : undefined;
      return [
        {
          code: 'invalid_value',
          path,
          message: `expected one of ${listValues(issue.values)}, found ${found}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        },
      ];
    }
    case 'too_small': {
      const bound = issue.inclusive === false ? 'more than' : 'at least';
      const expected =
        issue.origin === 'number' && issue.minimum === 0 && issue.inclusive === false
          ? 'a number greater than 0'
          : `${bound} ${sizeWord(issue.origin, issue.minimum)}`;
      return [
        {
          code: 'too_small',
          path,
          message: `expected ${expected}, found ${foundSize(issue.input)}`,
        },
      ];
    }
    case 'too_big': {
      const bound = issue.inclusive === false ? 'less than' : 'at most';
      return [
        {
          code: 'too_big',
          path,
          message: `expected ${bound} ${sizeWord(issue.origin, issue.maximum)}, found ${foundSize(issue.input)}`,
        },
      ];
    }
    case 'unrecognized_keys': {
      const known = knownKeysAt(schema, path);
      return issue.keys.map((key, index) => {
        // Past the per-code limit the issue is only counted: no suggestion, no message to build.
        if (index >= limits.perCode) return { code: 'unknown_field' as const, path, message: '' };
        const suggestion = closestWord(key, known);
        const fix = suggestion
          ? `did you mean "${suggestion}"?`
          : `remove it, or use one of: ${known.join(', ')}`;
        return {
          code: 'unknown_field' as const,
          path: [...path, excerpt(key, KEY_KEPT)],
          message: `unknown field ${describeValue(key)}: ${fix}`,
        };
      });
    }
    case 'invalid_union':
      return [{ code: 'invalid_type', path, message: `expected a number or a text, found ${found}` }];
    case 'invalid_format': {
      const pattern = 'pattern' in issue && typeof issue.pattern === 'string' ? issue.pattern : undefined;
      let hint = '';
      if (typeof issue.input === 'string' && pattern !== undefined) {
        const variant = caseVariant(issue.input, pattern);
        if (variant !== undefined) hint = `; did you mean ${describeValue(variant)}?`;
        else if (pattern === String(CALENDAR_DATE_TIME_PATTERN) && CALENDAR_DATE_PATTERN.test(issue.input)) {
          hint = `: a time is needed here, add it with its offset, like ${issue.input}T09:00:00-05:00`;
        }
      }
      return [{ code: 'invalid_format', path, message: `expected ${issue.message}, found ${found}${hint}` }];
    }
    case 'custom': {
      const zone =
        issue.message === TIME_ZONE_EXPECTED && typeof issue.input === 'string'
          ? closestWord(issue.input, [...canonicalTimeZones(), ...Object.keys(LEGACY_TIME_ZONES)])
          : undefined;
      const hint = zone ? `; did you mean ${describeValue(zone)}?` : '';
      return [{ code: 'invalid_format', path, message: `expected ${issue.message}, found ${found}${hint}` }];
    }
    default:
      return [{ code: 'invalid_value', path, message: `${issue.message}, found ${found}` }];
  }
}

/**
 * Validates untrusted input as a {@link Candidacy}, collecting every problem rather than stopping at the first.
 * Checks each field against the schema, then the rules that span fields: unique ids per collection,
 * references that resolve, rounds that exist, ranges and dates in order. Never throws.
 *
 * @param input - Anything: usually the result of `JSON.parse` on what a vendor sent.
 * @param options - `issueLimits`: how many issues to return at most (see {@link defaultIssueLimits}).
 * @returns `{ ok: true, value }` with defaults filled in, or `{ ok: false, issues }` with a path and a
 *   plain-words message for every problem.
 * @example
 * const result = parseCandidacy({ schemaVersion: 1 });
 * result.ok;
 * // => false
 * @category Validation
 */
export function parseCandidacy(input: unknown, options: ParseCandidacyOptions = {}): ParseResult<Candidacy> {
  const limits = options.issueLimits ?? defaultIssueLimits;
  try {
    const parsed = CandidacySchema.safeParse(input, { reportInput: true });
    const found: Issue[] = parsed.success
      ? []
      : parsed.error.issues.flatMap((issue) => toIssues(issue, CandidacySchema, limits));
    found.push(...checkCrossFields(input));
    if (found.length > 0 || !parsed.success)
      return { ok: false, issues: boundIssues(onePerValue(found), limits) };
    return { ok: true, value: parsed.data, warnings: boundIssues(collectWarnings(parsed.data), limits) };
  } catch (error) {
    return { ok: false, issues: [unreadableInputIssue(error)] };
  }
}

/**
 * One issue per bad value: the first found at a path wins (the type before its length, a field's own check
 * before a cross-field one), so one date or one list never gets two messages.
 */
function onePerValue(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    // Count-only issues (past a limit) keep their place: they are only counted.
    if (issue.message === '') return true;
    const key = JSON.stringify(issue.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
