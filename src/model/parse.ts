import * as z from 'zod';
import { closestWord, describeValue } from '../internal/describe.js';
import { type Candidacy, CandidacySchema, SUPPORTED_SCHEMA_VERSIONS } from './candidacy.js';
import { checkCrossFields } from './cross-field.js';
import { type Issue, type IssuePath, type ParseResult, unreadableInputIssue } from './issues.js';

/** The object keys a schema accepts at `path`, or none when the path leaves the schema. */
function knownKeysAt(schema: z.ZodType, path: IssuePath): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (node: z.ZodType | undefined): z.ZodType | undefined => {
    let inner = node;
    for (let guard = 0; guard < 10 && inner; guard++) {
      if (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
        inner = inner.unwrap() as z.ZodType;
      } else if (inner instanceof z.ZodPipe) {
        inner = inner.in as z.ZodType;
      } else break;
    }
    return inner;
  };
  for (const segment of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject && typeof segment === 'string') {
      current = (current.shape as Record<string, z.ZodType>)[segment];
    } else if (current instanceof z.ZodArray && typeof segment === 'number') {
      current = current.element as z.ZodType;
    } else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
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
export function toIssues(issue: z.core.$ZodIssue, schema: z.ZodType): Issue[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type': {
      const missing = issue.input === undefined;
      return [
        {
          code: 'invalid_type',
          path,
          message: missing
            ? `expected ${issue.expected}, found nothing: this field is required`
            : `expected ${issue.expected}, found ${found}`,
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
      return issue.keys.map((key) => {
        const suggestion = closestWord(key, known);
        const fix = suggestion
          ? `did you mean "${suggestion}"?`
          : `remove it, or use one of: ${known.join(', ')}`;
        return {
          code: 'unknown_field' as const,
          path: [...path, key],
          message: `unknown field ${describeValue(key)}: ${fix}`,
        };
      });
    }
    case 'invalid_union':
      return [{ code: 'invalid_type', path, message: `expected a number or a text, found ${found}` }];
    case 'invalid_format':
    case 'custom':
      return [{ code: 'invalid_format', path, message: `expected ${issue.message}, found ${found}` }];
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
 * @returns `{ ok: true, value }` with defaults filled in, or `{ ok: false, issues }` with a path and a
 *   plain-words message for every problem.
 * @example
 * const result = parseCandidacy({ schemaVersion: 1 });
 * result.ok;
 * // => false
 * @category Validation
 */
export function parseCandidacy(input: unknown): ParseResult<Candidacy> {
  try {
    const parsed = CandidacySchema.safeParse(input, { reportInput: true });
    const issues: Issue[] = parsed.success
      ? []
      : parsed.error.issues.flatMap((issue) => toIssues(issue, CandidacySchema));
    issues.push(...checkCrossFields(input));
    if (issues.length > 0 || !parsed.success) return { ok: false, issues };
    return { ok: true, value: parsed.data, warnings: [] };
  } catch (error) {
    return { ok: false, issues: [unreadableInputIssue(error)] };
  }
}
