import { describe, expect, it } from 'vitest';
import { defaultRulePack, parseRulePack } from '../../src/index.js';

// A rule pack is vendor data too: its issues are bounded like a candidacy's (issue 19, item 1).
const LIMIT = 256 * 1024;

function badRule(index: number, conditions: number) {
  return {
    id: `r${index}`,
    dimension: 'nope',
    weight: -1,
    conditions: {
      all: Array.from({ length: conditions }, () => ({ fact: 'no-such-fact', operator: 'bad', value: 1 })),
    },
    event: { type: 'x', params: { message: '{{zz}}', recommendation: '{{yy|names}}' } },
  };
}

describe('parseRulePack keeps its issues bounded', () => {
  it.each([
    { name: '500 bad rules with 50 bad conditions each', rules: 500, conditions: 50 },
    { name: '500 bad rules with one bad condition', rules: 500, conditions: 1 },
    { name: '30 bad rules', rules: 30, conditions: 3 },
  ])('$name', ({ rules, conditions }) => {
    const result = parseRulePack({
      ...defaultRulePack,
      rules: Array.from({ length: rules }, (_, index) => badRule(index, conditions)),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.filter((issue) => issue.code !== 'too_many_issues').length).toBeLessThanOrEqual(200);
    expect(JSON.stringify(result.issues).length).toBeLessThan(LIMIT);
    const perCode = new Map<string, number>();
    for (const issue of result.issues) perCode.set(issue.code, (perCode.get(issue.code) ?? 0) + 1);
    for (const [code, count] of perCode)
      if (code !== 'too_many_issues') expect(count).toBeLessThanOrEqual(20);
  });

  it('says how many more were left out', () => {
    const result = parseRulePack({
      ...defaultRulePack,
      rules: Array.from({ length: 100 }, (_, i) => badRule(i, 2)),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const summaries = result.issues.filter((issue) => issue.code === 'too_many_issues');
    expect(summaries.length).toBeGreaterThan(0);
    expect(summaries[0]?.message).toMatch(/^and [\d,]+ more like this \(\w+\), not listed/);
  });
});
