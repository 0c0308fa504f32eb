import { describe, expect, it } from 'vitest';
import { createScorer, defaultRulePack, parseRulePack } from '../../src/index.js';
import { thoroughCandidacy } from './fixtures.js';

const NOW = '2026-12-02T09:00:00-05:00';
const twoRules = { id: 'vendor/pack', version: '2.0.0', rules: defaultRulePack.rules.slice(0, 2) };

// A scorer compiles only validated packs, so scoring never needs the validator (issue 18: zod out of createScorer).
describe('createScorer takes validated packs only', () => {
  it('scores a pack parseRulePack returned', () => {
    const parsed = parseRulePack(twoRules);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const items = createScorer(parsed.value).score(thoroughCandidacy(), { now: NOW }).items;
    expect(items.map((item) => item.ruleId)).toEqual(['recall.notes-reviewed', 'recall.consistent-stories']);
  });

  it('refuses a valid but unvalidated pack, naming the fix', () => {
    expect(() => createScorer(twoRules)).toThrow(
      'createScorer: expected defaultRulePack or a pack from parseRulePack, found a pack that was not validated: pass parseRulePack(pack).value',
    );
  });

  it('keeps the default pack from being edited in place', () => {
    expect(Object.isFrozen(defaultRulePack)).toBe(true);
    expect(Object.isFrozen(defaultRulePack.rules)).toBe(true);
    expect(Object.isFrozen(defaultRulePack.rules[0]?.event.params)).toBe(true);
    expect(() => (defaultRulePack.rules as unknown[]).push({})).toThrow(TypeError);
  });
});
