import { describe, expect, it } from 'vitest';
import { QUESTION_INTENTS, questionIntent } from '../../src/index.js';
import table from './question-intents.cases.json' with { type: 'json' };

interface IntentCase {
  readonly text: string;
  readonly intent: string;
  readonly style: 'guide' | 'own';
}

const cases = table.cases as readonly IntentCase[];

describe('questionIntent: the hand-written table', () => {
  it('has at least 80 phrasings, half in the candidate’s own style, and only known intents', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    expect(cases.filter((entry) => entry.style === 'own').length * 2).toBeGreaterThanOrEqual(cases.length);
    for (const entry of cases) expect(QUESTION_INTENTS).toContain(entry.intent);
  });
  it.each(cases.map((entry) => [entry.text, entry.intent] as const))('%s → %s', (text, intent) => {
    expect(questionIntent(text)).toBe(intent);
  });
});
