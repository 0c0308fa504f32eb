import * as z from 'zod/mini';
import { describeValue } from '../internal/describe.js';
import { freezeDeep } from '../internal/freeze.js';
import {
  boundIssues,
  type Issue,
  type IssuePath,
  type ParseResult,
  printableLineSchema,
  unreadableInputIssue,
} from '../model/index.js';
import { placeholderProblem } from '../readiness/template.js';
import { markParsedPack } from './brand.js';
import { RULE_PACK_LIMITS } from './limits.js';
import { ConditionChecker } from './parse-conditions.js';
import { DIMENSIONS, type Rule, type RulePack } from './types.js';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

const RuleShellSchema = z.strictObject({
  id: z
    .string()
    .check(
      z.minLength(1),
      z.maxLength(100),
      z.regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'an id of lower-case letters, digits, dots, dashes' }),
    ),
  dimension: z.enum(DIMENSIONS),
  weight: z.number().check(z.int(), z.gte(1), z.lte(100)),
  checklist: z.optional(z.boolean()),
  blocker: z.optional(z.boolean()),
  group: z.optional(
    z
      .string()
      .check(
        z.minLength(1),
        z.maxLength(50),
        z.regex(/^[a-z0-9][a-z0-9._-]*$/, { message: 'a group of lower-case letters, digits, dots, dashes' }),
      ),
  ),
  appliesWhen: z.optional(z.unknown()),
  pendingWhen: z.optional(z.unknown()),
  conditions: z.unknown(),
  event: z.strictObject({
    type: z.literal('readiness-item'),
    params: z.strictObject({
      message: z.string().check(z.minLength(1), z.maxLength(500)),
      recommendation: z.string().check(z.minLength(1), z.maxLength(1000)),
      due: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
      source: z
        .string()
        .check(
          z.maxLength(100),
          z.regex(/^[A-Za-z0-9._-]+#[A-Za-z0-9._-]+$/, { message: 'a source like seed#checklist' }),
        ),
    }),
  }),
});

/** The outer shape of a rule pack; condition trees are checked by hand for precise, located issues. */
const RulePackShellSchema = z.strictObject({
  id: printableLineSchema(100),
  version: printableLineSchema(50),
  rules: z.array(RuleShellSchema).check(z.minLength(1), z.maxLength(RULE_PACK_LIMITS.maxRules)),
});

function isPlainContainer(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

interface RawNode {
  readonly value: unknown;
  readonly path: IssuePath;
  /** Stores this node's copy in its parent's copy. */
  readonly store: (copy: unknown) => void;
}

function unreadable(path: IssuePath, error: unknown): Issue {
  return {
    code: 'unreadable_input',
    path,
    message: `expected plain JSON data, found a value that could not be read (${error instanceof Error ? error.name : 'unknown error'}): pass the result of JSON.parse`,
  };
}

/**
 * Walks the raw input without recursion (forbidden keys, non-JSON values, depth and size) and copies it as it
 * goes, reading every property exactly once through its descriptor. Everything after this reads the copy, so a
 * getter or Proxy cannot answer one value when checked and another when used; accessors are refused.
 */
function copyRawInput(input: unknown): { issues: Issue[]; copy: unknown } {
  const issues: Issue[] = [];
  let root: unknown;
  const stack: RawNode[] = [
    {
      value: input,
      path: [],
      store: (copy) => {
        root = copy;
      },
    },
  ];
  let nodes = 0;
  while (stack.length > 0 && issues.length < 50) {
    const { value, path, store } = stack.pop()!;
    nodes++;
    if (nodes > RULE_PACK_LIMITS.maxJsonNodes) {
      issues.push({
        code: 'too_big',
        path,
        message: `expected at most ${RULE_PACK_LIMITS.maxJsonNodes} values in a pack: split it`,
      });
      break;
    }
    try {
      copyNode(value, path, store, stack, issues);
    } catch (error) {
      issues.push(unreadable(path, error));
    }
  }
  return { issues, copy: root };
}

function copyNode(
  value: unknown,
  path: IssuePath,
  store: RawNode['store'],
  stack: RawNode[],
  issues: Issue[],
): void {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
    issues.push({ code: 'invalid_type', path, message: `expected JSON data, found ${describeValue(value)}` });
    return;
  }
  if (typeof value !== 'object' || value === null) {
    store(value);
    return;
  }
  if (!isPlainContainer(value)) {
    issues.push({
      code: 'invalid_type',
      path,
      message: 'expected a plain object or array (JSON data), found another kind of object',
    });
    return;
  }
  if (path.length >= RULE_PACK_LIMITS.maxJsonDepth) {
    issues.push({
      code: 'too_big',
      path,
      message: `expected JSON nested at most ${RULE_PACK_LIMITS.maxJsonDepth} levels deep: flatten the pack`,
    });
    return;
  }
  const isArray = Array.isArray(value);
  if (isArray && value.length > RULE_PACK_LIMITS.maxJsonNodes) {
    issues.push({
      code: 'too_big',
      path,
      message: `expected at most ${RULE_PACK_LIMITS.maxJsonNodes} values in a pack, found a list of ${value.length}: split it`,
    });
    return;
  }
  const copy: Record<string, unknown> | unknown[] = isArray ? new Array<unknown>(value.length) : {};
  store(copy);
  const children: RawNode[] = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') {
      issues.push({ code: 'invalid_type', path, message: 'expected JSON data, found a symbol key' });
      continue;
    }
    if (isArray && key === 'length') continue;
    const index = isArray ? Number(key) : Number.NaN;
    if (isArray && !(Number.isInteger(index) && index >= 0 && String(index) === key)) {
      issues.push({
        code: 'unknown_field',
        path: [...path, key],
        message: `expected a plain list, found a list with a named property "${key}": remove it`,
      });
      continue;
    }
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({
        code: 'unknown_field',
        path: [...path, key],
        message: `forbidden key "${key}": remove it (it could reach object prototypes)`,
      });
      continue;
    }
    const childPath = [...path, isArray ? index : key];
    const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) {
      issues.push({
        code: 'invalid_type',
        path: childPath,
        message: 'expected a data field, found a getter or setter: pass plain JSON data',
      });
      continue;
    }
    children.push({
      value: descriptor.value,
      path: childPath,
      store: (child) => Reflect.set(copy, key, child),
    });
  }
  // Pushed last first, so they are popped, copied and reported in the input's own order.
  for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const found = describeValue(issue.input);
  switch (issue.code) {
    case 'invalid_type':
      return {
        code: 'invalid_type',
        path,
        message:
          issue.input === undefined
            ? `expected ${issue.expected}, found nothing: this field is required`
            : `expected ${issue.expected}, found ${found}`,
      };
    case 'too_small':
      return {
        code: 'too_small',
        path,
        message: `expected at least ${issue.minimum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}, found ${found}`,
      };
    case 'too_big':
      return {
        code: 'too_big',
        path,
        message: `expected at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}, found ${Array.isArray(issue.input) ? issue.input.length : found}`,
      };
    case 'unrecognized_keys':
      return {
        code: 'unknown_field',
        path: [...path, issue.keys[0] ?? ''],
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'}`,
      };
    case 'invalid_value':
      return {
        code: 'invalid_value',
        path,
        message: `expected one of ${issue.values.map((value) => describeValue(value)).join(' | ')}, found ${found}`,
      };
    case 'invalid_format':
      return { code: 'invalid_format', path, message: `expected ${issue.message}, found ${found}` };
    default:
      return { code: 'invalid_value', path, message: `${issue.message}, found ${found}` };
  }
}

function checkPlaceholders(text: string, path: IssuePath, issues: Issue[]): void {
  for (const match of text.matchAll(PLACEHOLDER)) {
    const problem = placeholderProblem(match[1] ?? '');
    if (problem !== undefined) issues.push({ code: 'invalid_value', path, message: problem });
  }
}

/**
 * Validates a vendor's rule pack against the safe subset of json-rules-engine that readiness accepts: declared
 * facts only, allow-listed operators, literal values (no fact references, no `path`, no `params`, no named
 * conditions), integer weights and priorities, unique ids, placeholders naming displayable facts only, caps on
 * depth, size and lengths, and no `__proto__`, `constructor` or `prototype` key anywhere. Never throws.
 *
 * @param input - Anything: usually the result of `JSON.parse` on a vendor's pack.
 * @returns `{ ok: true, value }` with a frozen copy of the pack, or `{ ok: false, issues }` with every problem located
 *   (bounded like parseCandidacy's: {@link defaultIssueLimits}).
 * @example
 * parseRulePack(defaultRulePack).ok;
 * // => true
 * @category Readiness
 */
export function parseRulePack(input: unknown): ParseResult<RulePack> {
  try {
    const raw = copyRawInput(input);
    // The raw copy stops by itself after 50 issues.
    if (raw.issues.length > 0) return { ok: false, issues: raw.issues };
    const parsed = RulePackShellSchema.safeParse(raw.copy, { reportInput: true });
    if (!parsed.success) return { ok: false, issues: boundIssues(parsed.error.issues.map(toIssue)) };
    const issues: Issue[] = [];
    const checker = new ConditionChecker(issues);
    const seen = new Map<string, number>();
    const rules: Rule[] = [];
    parsed.data.rules.forEach((shell, index) => {
      const path = ['rules', index];
      const earlier = seen.get(shell.id);
      if (earlier === undefined) seen.set(shell.id, index);
      else {
        issues.push({
          code: 'duplicate_id',
          path: [...path, 'id'],
          message: `expected a unique rule id, found "${shell.id}" again (first at rules[${earlier}]): rename one`,
        });
      }
      const conditions = checker.checkTop(shell.conditions, [...path, 'conditions']);
      const appliesWhen =
        shell.appliesWhen === undefined
          ? undefined
          : checker.checkTop(shell.appliesWhen, [...path, 'appliesWhen']);
      const pendingWhen =
        shell.pendingWhen === undefined
          ? undefined
          : checker.checkTop(shell.pendingWhen, [...path, 'pendingWhen']);
      const { message, recommendation, source, due } = shell.event.params;
      checkPlaceholders(message, [...path, 'event', 'params', 'message'], issues);
      checkPlaceholders(recommendation, [...path, 'event', 'params', 'recommendation'], issues);
      if (
        conditions === undefined ||
        (shell.appliesWhen !== undefined && appliesWhen === undefined) ||
        (shell.pendingWhen !== undefined && pendingWhen === undefined)
      )
        return;
      rules.push({
        id: shell.id,
        dimension: shell.dimension,
        weight: shell.weight,
        ...(shell.checklist === undefined ? {} : { checklist: shell.checklist }),
        ...(shell.blocker === undefined ? {} : { blocker: shell.blocker }),
        ...(shell.group === undefined ? {} : { group: shell.group }),
        ...(appliesWhen === undefined ? {} : { appliesWhen }),
        ...(pendingWhen === undefined ? {} : { pendingWhen }),
        conditions,
        event: {
          type: 'readiness-item',
          params: { message, recommendation, ...(due === undefined ? {} : { due }), source },
        },
      });
    });
    if (issues.length > 0) return { ok: false, issues: boundIssues(issues) };
    return {
      ok: true,
      value: markParsedPack(freezeDeep({ id: parsed.data.id, version: parsed.data.version, rules })),
      warnings: [],
    };
  } catch (error) {
    return { ok: false, issues: [unreadableInputIssue(error)] };
  }
}
