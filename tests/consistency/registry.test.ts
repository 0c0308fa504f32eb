import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

// The claim kinds of issue 15 item 2: one file per kind in src/consistency/kinds/, listed in order in
// kinds/registry.ts, the one list extractDrafts reads. Behaviour is asserted through extractClaims.

describe('the claim-kind registry', () => {
  it('names every file of kinds/ once, and nothing else reads a kind', () => {
    const files = readdirSync('src/consistency/kinds')
      .filter((name) => name.endsWith('.ts') && name !== 'registry.ts')
      .map((name) => name.replace(/\.ts$/, ''));
    const registry = readFileSync('src/consistency/kinds/registry.ts', 'utf8');
    for (const file of files) expect(registry).toContain(`'./${file}.js'`);
    for (const kind of [
      'duration',
      'date',
      'percentage',
      'money',
      'count',
      'role',
      'leave-reason',
      'stance',
      'team',
    ])
      expect(files).toContain(kind);
    const extract = readFileSync('src/consistency/extract.ts', 'utf8');
    expect(extract).toContain("from './kinds/registry.js'");
    expect(extract).not.toMatch(/from '\.\/kinds\/(?!registry)/);
  });

  // One telling with every kind: claims come out in text order, each read by its own kind.
  it.each([
    [
      'Since I joined in March 2019 as a senior engineer, revenue grew 30% over 14 months on a $2M budget with 12 engineers; I left because I wanted growth.',
      ['date', 'role', 'percentage', 'duration', 'money', 'count', 'leaveReason'],
    ],
    ['I am excited about people management, and we hired 5 people.', ['stance', 'count']],
    ['Seven engineers plus a designer and an analyst shipped it in 2021.', ['count', 'date']],
    ['Costs halved and the team doubled.', ['percentage', 'percentage']],
  ])('reads %j as %j', (text, types) => {
    expect(extractClaims(text).map((claim) => claim.type)).toEqual(types);
  });
});
