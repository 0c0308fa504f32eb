import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { candidacyJsonSchema, defaultLawTable, parseCandidacy } from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(candidacyJsonSchema());

function withCodes(home: string, job: string): unknown {
  const candidacy = structuredClone(minimalCandidacy()) as unknown as {
    candidate: { jurisdiction?: string; targetRole: { jurisdiction?: string } };
  };
  candidacy.candidate.jurisdiction = home;
  candidacy.candidate.targetRole.jurisdiction = job;
  return candidacy;
}

const codes = [
  ...new Set(defaultLawTable.map((row) => row.code)),
  'JP',
  'GB',
  'DE-BY',
  'US-TX',
  'CA-QC',
  'XX',
  'UK',
  'EL',
  'US-ZZ',
  'US-CAL',
  'CA-QU',
  'ZZ-CA',
  'EU-DE',
];

describe('the JSON Schema and parseCandidacy agree on jurisdiction codes', () => {
  it.each(codes)('%s', (code) => {
    const home = withCodes(code, 'US-CA');
    const job = withCodes('US-CA', code);
    expect(validate(home)).toBe(parseCandidacy(home).ok);
    expect(validate(job)).toBe(parseCandidacy(job).ok);
  });
});
