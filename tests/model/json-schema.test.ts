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
