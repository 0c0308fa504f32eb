import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/index.js';
import table from './question-intents-hierarchy.cases.json' with { type: 'json' };

// The guide keeps questions about the hierarchy away from peers: a question about who the role answers to,
// the levels above it or who approves what must read as hierarchy however it is worded, and a question that
// only shares a word with one ("approved", "line", "level up", "owned") must not.
describe('questionIntent: hierarchy in the candidate’s own words', () => {
  it.each(table.hierarchy)('%s → hierarchy', (text) => {
    expect(questionIntent(text)).toBe('hierarchy');
  });
  it.each(table.notHierarchy)('%s → not hierarchy', (text) => {
    expect(questionIntent(text)).not.toBe('hierarchy');
  });
});
