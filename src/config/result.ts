import * as z from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import { describeValue } from '../internal/describe.js';
import { freezeDeep } from '../internal/freeze.js';
import type { Issue, ParseResult } from '../model/index.js';
import { boundIssues, defaultIssueLimits, toIssues, unreadableInputIssue } from '../model/index.js';

/** A check that spans fields (unique ids, min ≤ max), run only when the shape is right. */
export type CrossCheck<T> = (value: T) => Issue[];

/** The model's issue messages, plus the one zod union case they do not word: an unknown discriminator. */
function issuesOf(issue: $ZodIssue, schema: $ZodType): Issue[] {
  if (issue.code === 'invalid_union' && 'options' in issue && Array.isArray(issue.options)) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    const options = issue.options.map((option) => describeValue(option));
    return [
      {
        code: 'invalid_value',
        path,
        message: `expected one of ${options.join(' | ')}, found ${describeValue(issue.input)}`,
      },
    ];
  }
  return toIssues(issue, schema, defaultIssueLimits);
}

/**
 * Validates `input` with `schema`, then the cross-field `checks`, and returns the same result shape as
 * parseCandidacy: a frozen copy of the value, or the located issues (bounded as parseCandidacy bounds
 * them, with a `too_many_issues` summary per code cut). Never throws.
 */
export function parseWith<S extends $ZodType>(
  schema: S,
  input: unknown,
  checks: readonly CrossCheck<output<S>>[] = [],
): ParseResult<output<S>> {
  try {
    const parsed = z.safeParse(schema, input, { reportInput: true });
    if (!parsed.success) {
      return {
        ok: false,
        issues: boundIssues(parsed.error.issues.flatMap((issue) => issuesOf(issue, schema))),
      };
    }
    const issues = checks.flatMap((check) => check(parsed.data));
    if (issues.length > 0) return { ok: false, issues: boundIssues(issues) };
    return { ok: true, value: freezeDeep(parsed.data), warnings: [] };
  } catch (error) {
    return { ok: false, issues: [unreadableInputIssue(error)] };
  }
}

/** Issues for ids seen twice in a list, at `[...prefix, index, 'id']`. */
export function duplicateIds(
  items: readonly { readonly id: string }[],
  prefix: readonly (string | number)[] = [],
): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first === undefined) seen.set(item.id, index);
    else
      issues.push({
        code: 'duplicate_id',
        path: [...prefix, index, 'id'],
        message: `expected a unique id, found "${item.id}" again (first at [${first}]): rename one`,
      });
  });
  return issues;
}

/** An issue when `range.min > range.max`, at `[...path]`. */
export function invertedRange(
  range: { readonly min: number; readonly max: number } | undefined,
  path: readonly (string | number)[],
): Issue[] {
  if (range === undefined || range.min <= range.max) return [];
  return [
    {
      code: 'range_inverted',
      path,
      message: `expected min ≤ max, found ${range.min}–${range.max}: swap them`,
    },
  ];
}
