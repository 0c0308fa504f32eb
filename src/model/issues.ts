import { describeValue, escapeUnsafe } from '../internal/describe.js';

/** Machine-readable codes for everything {@link parseCandidacy} can report. */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unknown_field'
  | 'duplicate_id'
  | 'duplicate_telling'
  | 'unknown_reference'
  | 'unknown_round'
  | 'range_inverted'
  | 'date_order'
  | 'unsupported_schema_version'
  | 'unreadable_input'
  | 'too_many_issues'
  | 'legacy_time_zone'
  | 'date_without_time'
  | 'no_interviewer';

/** A location inside the input: object keys and array indexes, outermost first. */
export type IssuePath = readonly (string | number)[];

/** One problem found in the input: what, where, and in plain words what was expected and found. */
export interface Issue {
  /** A stable code a program can switch on. */
  readonly code: IssueCode;
  /** Where the problem is, e.g. `['interviews', 1, 'interviewers', 0, 'audience']`. */
  readonly path: IssuePath;
  /** What was expected, what was found, and how to fix it. */
  readonly message: string;
}

/**
 * The result of a parse that never throws: the value (with `warnings` about what was accepted but
 * looks doubtful, each shaped like an issue), or every problem found.
 */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const KEY_SHOWN = 60;

/**
 * How many issues a parse returns at most: `perCode` of each code and `total` in all, then one
 * `too_many_issues` issue per code that was cut ("and 1,234 more like this"). Bounds what one request
 * can make a server hold or serialise.
 *
 * @example
 * defaultIssueLimits.total;
 * // => 200
 * @category Validation
 */
export const defaultIssueLimits: IssueLimits = Object.freeze({ perCode: 20, total: 200 });

/** Limits on the issues one parse returns; see {@link defaultIssueLimits}. */
export interface IssueLimits {
  /** At most this many issues of one code. */
  readonly perCode: number;
  /** At most this many issues in all (the `too_many_issues` summaries aside). */
  readonly total: number;
}

/**
 * Keeps at most `limits.perCode` issues of each code and `limits.total` in all, in their order, and adds
 * one `too_many_issues` issue per code that lost some, at the first left-off issue's path.
 *
 * @param issues - Issues in the order found.
 * @param limits - The bounds; {@link defaultIssueLimits} unless given.
 * @returns The kept issues, then the summaries.
 * @example
 * boundIssues(Array.from({ length: 3 }, () => ({ code: 'invalid_type' as const, path: [], message: 'x' })), { perCode: 1, total: 10 }).length;
 * // => 2
 * @category Validation
 */
export function boundIssues(issues: readonly Issue[], limits: IssueLimits = defaultIssueLimits): Issue[] {
  const kept: Issue[] = [];
  const perCode = new Map<IssueCode, number>();
  const leftOff = new Map<IssueCode, { count: number; path: IssuePath }>();
  for (const issue of issues) {
    const count = perCode.get(issue.code) ?? 0;
    if (count < limits.perCode && kept.length < limits.total) {
      perCode.set(issue.code, count + 1);
      kept.push(issue);
      continue;
    }
    const cut = leftOff.get(issue.code);
    if (cut) cut.count++;
    else leftOff.set(issue.code, { count: 1, path: issue.path });
  }
  for (const [code, { count, path }] of leftOff) {
    kept.push({
      code: 'too_many_issues',
      path,
      message: `and ${count.toLocaleString('en-US')} more like this (${code}), not listed: fix the ones above and parse again`,
    });
  }
  return kept;
}

/**
 * Renders a path the way a reader writes it in code.
 *
 * @param path - The issue's path.
 * @returns The path as `interviews[1].interviewers[0].audience`, or `(root)` for the empty path.
 * @example
 * formatPath(['interviews', 1, 'interviewers', 0, 'audience']);
 * // => 'interviews[1].interviewers[0].audience'
 * @category Validation
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= KEY_SHOWN)
      out += out === '' ? segment : `.${segment}`;
    else out += `[${describeValue(segment)}]`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Renders issues one per line, each as `✖ message → at path`.
 *
 * @param issues - Issues from {@link parseCandidacy}, or any other parse of this library.
 * @returns The lines joined with `\n`; an empty string for no issues.
 * @example
 * formatIssues([{ code: 'invalid_value', path: ['interviews', 0, 'medium'], message: 'expected one of "video" | "in-person" | "phone", found "zoom"' }]);
 * // => '✖ expected one of "video" | "in-person" | "phone", found "zoom" → at interviews[0].medium'
 * @category Validation
 */
export function formatIssues(issues: readonly Issue[]): string {
  // Escaped, so no message or key (whoever wrote it) can break a line and forge another issue.
  return issues.map((issue) => `✖ ${escapeUnsafe(issue.message)} → at ${formatPath(issue.path)}`).join('\n');
}

/**
 * The issue for an input that could not even be read (a getter that throws, a revoked proxy): what every
 * parse of this library returns instead of throwing.
 *
 * @param error - What reading the input threw.
 * @returns One `unreadable_input` issue at the root.
 * @example
 * unreadableInputIssue(new TypeError('boom')).code;
 * // => 'unreadable_input'
 * @category Validation
 */
export function unreadableInputIssue(error: unknown): Issue {
  return {
    code: 'unreadable_input',
    path: [],
    message: `expected plain JSON data, found a value that could not be read (${error instanceof Error ? error.name : 'unknown error'}): pass the result of JSON.parse`,
  };
}
