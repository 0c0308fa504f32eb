import { describe, expect, it } from 'vitest';
import { formatIssues, parseCandidacy } from '../../src/index.js';

describe('parseCandidacy', () => {
  it('reports a misspelt field with a suggestion instead of dropping it', () => {
    const result = parseCandidacy({ schemaVersion: 1, interviewer: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(formatIssues(result.issues)).toContain('unknown field "interviewer": did you mean "interviews"?');
  });
});
