import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRulePack } from '../../src/index.js';

const doc = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');

describe('docs/scoring.md', () => {
  it('lists every default rule with its dimension and weight, so the published weights match the pack', () => {
    for (const rule of defaultRulePack.rules) {
      expect(doc).toContain(`| \`${rule.id}\` | ${rule.dimension} | ${rule.weight} |`);
    }
    const listed = doc.split('\n').filter((line) => line.startsWith('| `'));
    expect(listed).toHaveLength(defaultRulePack.rules.length);
  });
});
