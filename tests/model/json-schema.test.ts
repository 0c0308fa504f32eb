import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { candidacyJsonSchema, parseCandidacy } from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

const examplesDir = new URL('../../examples/', import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => [name, JSON.parse(readFileSync(new URL(name, examplesDir), 'utf8'))] as const);

// An independent validator: ajv knows nothing of zod. Formats are left to the schema's own patterns.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(candidacyJsonSchema());

function broken(change: (candidacy: Record<string, unknown>) => void): unknown {
  const candidacy = structuredClone(minimalCandidacy()) as unknown as Record<string, unknown>;
  change(candidacy);
  return candidacy;
}

const badInputs: [string, unknown][] = [
  ['a missing candidate', broken((c) => delete c.candidate)],
  ['an unknown top-level field', broken((c) => Object.assign(c, { interviewer: [] }))],
  ['no interviews', broken((c) => Object.assign(c, { interviews: [] }))],
  ['schema version 2', broken((c) => Object.assign(c, { schemaVersion: 2 }))],
  [
    'a medium outside the enum',
    broken((c) => Object.assign((c.interviews as object[])[0]!, { medium: 'zoom' })),
  ],
  [
    'a date-time without an offset',
    broken((c) => Object.assign((c.interviews as object[])[0]!, { scheduledAt: '2027-03-10T13:00:00' })),
  ],
  [
    'a negative duration',
    broken((c) => Object.assign((c.interviews as object[])[0]!, { durationMinutes: -30 })),
  ],
  ['round 0', broken((c) => Object.assign((c.interviews as object[])[0]!, { round: 0 }))],
  [
    'a lower-case currency',
    broken((c) =>
      Object.assign(c, { compensation: { range: { min: 1, max: 2, currency: 'usd', basis: 'base' } } }),
    ),
  ],
  [
    'a jurisdiction in the wrong shape',
    broken((c) => Object.assign(c.candidate as object, { jurisdiction: 'california' })),
  ],
  [
    'managesPeople as a string',
    broken((c) =>
      Object.assign((c.candidate as { targetRole: object }).targetRole, { managesPeople: 'yes' }),
    ),
  ],
];

describe('the JSON Schema of a candidacy', () => {
  it('lists the required top-level fields', () => {
    expect(candidacyJsonSchema().required).toEqual(['schemaVersion', 'candidate', 'interviews']);
  });

  it('has at least three bundled examples to check', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('accepts the bundled example %s, as parseCandidacy does', (_name, example) => {
    expect(parseCandidacy(example).ok).toBe(true);
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the test fixture', () => {
    expect(validate(minimalCandidacy())).toBe(true);
  });

  it.each(badInputs)('rejects %s, as parseCandidacy does', (_what, input) => {
    expect(parseCandidacy(input).ok).toBe(false);
    expect(validate(input)).toBe(false);
  });
});

const CROSS_FIELD_CODES = new Set([
  'duplicate_id',
  'unknown_reference',
  'unknown_round',
  'duplicate_telling',
  'range_inverted',
  'date_order',
]);

type Path = (string | number)[];

/** Every path to a leaf (string, number, boolean) inside a JSON tree. */
function leafPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => leafPaths(child, [...prefix, key]));
}

function replaced(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

const BAD_VALUES: unknown[] = [
  'soon',
  '',
  '2027-02-30',
  '2027-02-29T10:00:00-05:00',
  '2027-03-10T13:00:00',
  '2027-03-10T25:00:00Z',
  'Mars/Olympus',
  'zoom',
  'a\nb',
  'x'.repeat(20_001),
  -1,
  0,
  1.5,
  1e13,
  true,
  null,
];

describe('ajv and parseCandidacy agree (issue 14, item 7)', () => {
  const [, thorough] = examples.find(([name]) => name === 'thorough-manager.json')!;
  const samples = leafPaths(thorough).flatMap((path) => BAD_VALUES.map((bad) => [path, bad] as const));

  it('refuses, with ajv, every bad sample that parseCandidacy refuses at the field (cross-field rules aside)', () => {
    const disagreements: string[] = [];
    let refusedByParse = 0;
    for (const [path, bad] of samples) {
      const input = replaced(thorough, path, bad);
      const result = parseCandidacy(input);
      const fieldIssues = result.ok
        ? []
        : result.issues.filter((issue) => !CROSS_FIELD_CODES.has(issue.code));
      if (fieldIssues.length === 0) continue;
      refusedByParse++;
      if (validate(input)) disagreements.push(`${path.join('.')} = ${JSON.stringify(bad).slice(0, 40)}`);
    }
    expect(refusedByParse).toBeGreaterThan(1_000);
    expect(disagreements).toEqual([]);
  });

  it('accepts, with ajv, every sample that parseCandidacy accepts', () => {
    const disagreements: string[] = [];
    for (const [path, bad] of samples) {
      const input = replaced(thorough, path, bad);
      if (parseCandidacy(input).ok && !validate(input)) {
        disagreements.push(`${path.join('.')} = ${JSON.stringify(bad).slice(0, 40)}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('names the cross-field rules it cannot express in its description', () => {
    const description = String(candidacyJsonSchema().description);
    for (const rule of ['unique ids', 'references', 'rounds', 'min ≤ max', 'due after']) {
      expect(description).toContain(rule);
    }
  });

  it('gives every property a description', () => {
    const missing: string[] = [];
    let described = 0;
    const visit = (node: unknown, where: string) => {
      if (typeof node !== 'object' || node === null) return;
      const properties = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
      if (properties) {
        for (const [name, property] of Object.entries(properties)) {
          if (typeof property.description === 'string' && property.description.length > 0) described++;
          else missing.push(`${where}.${name}`);
        }
      }
      for (const [key, child] of Object.entries(node)) visit(child, `${where}/${key}`);
    };
    visit(candidacyJsonSchema(), '#');
    expect(missing).toEqual([]);
    expect(described).toBeGreaterThan(150);
  });

  it('writes date, date-time and zone fields with a format and a pattern or list', () => {
    const text = JSON.stringify(candidacyJsonSchema());
    expect(text).toContain('"format":"date-time"');
    expect(text).toContain('"format":"date"');
    expect(text).toContain('America/New_York');
  });
});
