import { describe, expect, it } from 'vitest';
import { FIELD_DESCRIPTIONS, schemaAtPath } from '../../src/model/json-schema-descriptions.js';

// The fields' descriptions live apart from the schemas (a validating bundle carries no prose) and reach them by
// path on the first candidacyJsonSchema() call. A path that no longer leads to a field would lose a description.
describe('the descriptions of the JSON Schema', () => {
  it('each lead to a field of its own', () => {
    const schemas = FIELD_DESCRIPTIONS.map(([path]) => schemaAtPath(path));
    expect(
      FIELD_DESCRIPTIONS.filter((_, index) => schemas[index] === undefined).map(([path]) => path),
    ).toEqual([]);
    expect(new Set(schemas).size).toBe(schemas.length);
  });

  it.each([
    ['candidate.name', true],
    ['interviews.[].interviewers.?.[].id', true],
    ['interviews.[].interviewers.[].id', false],
    ['candidate.nickname', false],
    ['candidate.name.length', false],
    ['interviews.?', false],
  ])('%s leads to a schema: %s', (path, found) => {
    expect(schemaAtPath(path) !== undefined).toBe(found);
  });
});
