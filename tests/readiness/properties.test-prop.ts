import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANDS, createScorer, defaultRulePack, deriveFacts } from '../../src/index.js';
import { buildReadiness, planReadiness } from '../../src/readiness/build.js';
import type { RuleStatus } from '../../src/rules/outcome.js';
import { candidacyArbitrary } from './arbitraries.js';
import { NOW } from './fixtures.js';

const scorer = createScorer();
const plan = planReadiness(defaultRulePack);
const statuses = fc.array(fc.constantFrom<RuleStatus>('passed', 'failed', 'not-applicable', 'pending'), {
  minLength: defaultRulePack.rules.length,
  maxLength: defaultRulePack.rules.length,
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) deepFreeze(Reflect.get(value, key));
    Object.freeze(value);
  }
  return value;
}

describe('readiness properties', () => {
  it('scores every candidacy with an integer from 0 to 100 and a known band', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        const readiness = scorer.score(candidacy, NOW);
        expect(Number.isInteger(readiness.score)).toBe(true);
        expect(readiness.score).toBeGreaterThanOrEqual(0);
        expect(readiness.score).toBeLessThanOrEqual(100);
        expect(BANDS).toContain(readiness.band);
        expect(readiness.items).toHaveLength(defaultRulePack.rules.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same report twice for the same input', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        expect(JSON.stringify(scorer.score(candidacy, NOW))).toBe(
          JSON.stringify(scorer.score(candidacy, NOW)),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('never mutates the candidacy', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        const before = JSON.stringify(candidacy);
        const frozen = deepFreeze(candidacy);
        scorer.score(frozen, NOW);
        deriveFacts(frozen, { now: NOW });
        expect(JSON.stringify(frozen)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });

  it('makes status the single truth: passed only for passed, applicable for all but not-applicable', () => {
    fc.assert(
      fc.property(candidacyArbitrary, (candidacy) => {
        for (const item of scorer.score(candidacy, NOW).items) {
          expect(item.passed).toBe(item.status === 'passed');
          expect(item.applicable).toBe(item.status !== 'not-applicable');
        }
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(statuses, (list) => {
        const readiness = buildReadiness(plan, list, {});
        readiness.items.forEach((item, index) => {
          expect(item.status).toBe(list[index]);
          expect(item.passed).toBe(item.status === 'passed');
        });
        const failed = new Set(
          readiness.items.filter((item) => item.status === 'failed').map((item) => item.ruleId),
        );
        // Pending items are never counted as failed: no recommendation, no blocker.
        expect(readiness.recommendations.every((entry) => failed.has(entry.ruleId))).toBe(true);
        expect(readiness.blockers.every((entry) => failed.has(entry.ruleId))).toBe(true);
        expect(readiness.pending.map((step) => step.ruleId)).toEqual(
          readiness.items.filter((item) => item.status === 'pending').map((item) => item.ruleId),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the score when a failed item becomes pending', () => {
    fc.assert(
      fc.property(statuses, fc.nat(), (list, pick) => {
        const failed = list.flatMap((status, index) => (status === 'failed' ? [index] : []));
        fc.pre(failed.length > 0);
        const later = [...list];
        later[failed[pick % failed.length]!] = 'pending';
        expect(buildReadiness(plan, later, {}).score).toBeGreaterThanOrEqual(
          buildReadiness(plan, list, {}).score,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the score or the band when a failed item passes', () => {
    fc.assert(
      fc.property(statuses, fc.nat(), (list, pick) => {
        const failed = list.flatMap((status, index) => (status === 'failed' ? [index] : []));
        fc.pre(failed.length > 0);
        const flipped = [...list];
        flipped[failed[pick % failed.length]!] = 'passed';
        const before = buildReadiness(plan, list, {});
        const after = buildReadiness(plan, flipped, {});
        expect(after.score).toBeGreaterThanOrEqual(before.score);
        expect(BANDS.indexOf(after.band)).toBeGreaterThanOrEqual(BANDS.indexOf(before.band));
      }),
      { numRuns: 500 },
    );
  });

  it('orders recommendations by the score they would add, ties in declared order', () => {
    fc.assert(
      fc.property(statuses, (list) => {
        const readiness = buildReadiness(plan, list, {});
        const order = readiness.recommendations.map((item) =>
          defaultRulePack.rules.findIndex((rule) => rule.id === item.ruleId),
        );
        readiness.recommendations.forEach((item, index) => {
          const next = readiness.recommendations[index + 1];
          if (next === undefined) return;
          expect(item.gain).toBeGreaterThanOrEqual(next.gain);
          if (item.gain === next.gain) expect(order[index]!).toBeLessThan(order[index + 1]!);
        });
      }),
      { numRuns: 200 },
    );
  });
});
