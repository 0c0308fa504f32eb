import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues, parseCandidacy } from '../../src/index.js';

const files = readdirSync('examples').filter((name) => name.endsWith('.json'));

describe('examples', () => {
  it('finds the three examples', () => {
    expect(files.sort()).toEqual([
      'contradicting-stories.json',
      'thorough-manager.json',
      'verbatim-reuser.json',
    ]);
  });
  for (const file of files) {
    it(`parses ${file}`, () => {
      const result = parseCandidacy(JSON.parse(readFileSync(`examples/${file}`, 'utf8')));
      expect(result.ok, result.ok ? '' : formatIssues(result.issues)).toBe(true);
    });
  }
});
