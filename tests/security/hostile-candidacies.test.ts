import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  defaultIssueLimits,
  formatIssues,
  type Issue,
  type IssuePath,
  parseCandidacy,
  prepareSync,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';
import { guardPrototypes } from './prototypes.js';

/**
 * A hang guard, not a performance target: a candidacy must be refused or prepared well inside this bound on any
 * machine. Quadratic work on a near-limit input, or a hang, would blow through it.
 */
const HANG_GUARD_MS = 10_000;
/** What one refusal may weigh serialised, whatever the input (issue 19: bounded errors). */
const MAX_ISSUES_BYTES = 256 * 1024;
const NOW = '2027-03-09T12:00:00-05:00';

type Json = unknown;
type Segment = string | number;

interface Entry {
  readonly why: string;
  readonly expect: 'refused' | 'processed';
  /** For a refusal: at least one issue is at or under this path. */
  readonly path?: IssuePath;
  readonly base: 'minimal';
  /** Changes to the base, applied in order; values may use the macros expanded by {@link expand}. */
  readonly set: readonly { readonly path: readonly Segment[]; readonly value: Json }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function substitute(value: Json, index: number): Json {
  if (typeof value === 'string') {
    if (value === '$n') return index + 1;
    return value.replaceAll('$i', String(index));
  }
  if (Array.isArray(value)) return value.map((item) => substitute(item, index));
  if (isRecord(value)) {
    if ('$repeat' in value) return expand(value);
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, substitute(child, index)]));
  }
  return value;
}

/**
 * The corpus files stay small: `{ $repeat: n, of }` is n copies ($i → index, "$n" → index + 1),
 * `{ $string: n, char }` a string of n characters, `{ $words: n, text }` text repeated to n characters,
 * `{ $deep: n, object? }` arrays (or objects) nested n deep.
 */
function expand(value: Json): Json {
  if (Array.isArray(value)) return value.map(expand);
  if (!isRecord(value)) return value;
  if (typeof value.$repeat === 'number') {
    return Array.from({ length: value.$repeat }, (_, index) => substitute(value.of, index));
  }
  if (typeof value.$string === 'number')
    return String(value.char).repeat(value.$string).slice(0, value.$string);
  if (typeof value.$words === 'number') {
    return String(value.text)
      .repeat(Math.ceil(value.$words / String(value.text).length))
      .slice(0, value.$words);
  }
  if (typeof value.$deep === 'number') {
    let node: Json = 'bottom';
    for (let depth = 0; depth < value.$deep; depth++) node = value.object ? { inner: node } : [node];
    return node;
  }
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, expand(child)]));
}

function build(entry: Entry): unknown {
  const root = minimalCandidacy() as unknown as Record<Segment, unknown>;
  for (const change of entry.set) {
    let node = root;
    const last = change.path.at(-1)!;
    for (const key of change.path.slice(0, -1)) {
      if (!isRecord(node[key]) && !Array.isArray(node[key])) {
        Object.defineProperty(node, key, { value: {}, enumerable: true, writable: true, configurable: true });
      }
      node = node[key] as Record<Segment, unknown>;
    }
    const value = expand(change.value);
    if (last === '$keys' && isRecord(value)) {
      const length = typeof value.length === 'number' ? value.length : 0;
      for (let index = 0; index < Number(value.count); index++) {
        const key = length > 0 ? String(value.prefix).repeat(length) : `${value.prefix}${index}`;
        node[key] = index;
      }
    } else {
      // defineProperty, so a "__proto__" key stays an own property, as JSON.parse leaves it.
      Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

const directory = new URL('./hostile-candidacies/', import.meta.url);
const corpus = readdirSync(directory)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Entry] as const);

function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

function expectBounded(issues: readonly Issue[]): void {
  expect(issues.length).toBeLessThanOrEqual(defaultIssueLimits.total + 20);
  expect(JSON.stringify(issues).length).toBeLessThan(MAX_ISSUES_BYTES);
  for (const issue of issues) {
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message.length).toBeLessThan(1_000);
  }
  // One line per issue, whatever the values held: no forged lines, no terminal escapes.
  const text = formatIssues(issues);
  expect(text.split(/\r\n|\r|\n|\u2028|\u2029|\u0085/)).toHaveLength(issues.length);
  expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
}

// The whole corpus has run: no prototype gained (or lost) an own property.
guardPrototypes(['polluted', 'isAdmin']);

describe('the hostile candidacy corpus', () => {
  it('holds at least 40 files, with both expectations', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    expect(corpus.filter(([, entry]) => entry.expect === 'refused').length).toBeGreaterThanOrEqual(30);
    expect(corpus.filter(([, entry]) => entry.expect === 'processed').length).toBeGreaterThanOrEqual(5);
  });

  it.each(corpus.filter(([, entry]) => entry.expect === 'refused'))(
    'refuses %s with located, bounded issues',
    (_name, entry) => {
      const input = build(entry);
      const started = performance.now();
      const result = parseCandidacy(input);
      const elapsed = performance.now() - started;
      expect(result.ok, entry.why).toBe(false);
      if (result.ok) return;
      const located = result.issues.filter((issue) => startsWith(issue.path, entry.path ?? []));
      expect(located, `${entry.why}: ${formatIssues(result.issues).slice(0, 2_000)}`).not.toEqual([]);
      expectBounded(result.issues);
      expect(elapsed).toBeLessThan(HANG_GUARD_MS);
    },
  );

  it.each(corpus.filter(([, entry]) => entry.expect === 'processed'))(
    'accepts %s and prepares a report in bounded time',
    (_name, entry) => {
      const started = performance.now();
      const result = parseCandidacy(build(entry));
      if (!result.ok) expect.fail(`${entry.why}: ${formatIssues(result.issues)}`);
      const report = prepareSync(result.value, { now: NOW });
      const elapsed = performance.now() - started;
      expect(report.readiness.score).toBeGreaterThanOrEqual(0);
      expect(report.readiness.score).toBeLessThanOrEqual(100);
      expect(elapsed).toBeLessThan(HANG_GUARD_MS);
    },
  );
});
