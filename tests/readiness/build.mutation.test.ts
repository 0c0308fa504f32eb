import { describe, expect, it } from 'vitest';
import { parseRulePack, type RulePack } from '../../src/index.js';
import { buildReadiness, planReadiness } from '../../src/readiness/build.js';
import type { RuleStatus } from '../../src/rules/outcome.js';

// buildReadiness on small hand-made packs, where every score, band and order can be worked out by hand.

interface RuleSpec {
  readonly id: string;
  readonly weight: number;
  readonly dimension?: string;
  readonly checklist?: boolean;
  readonly blocker?: boolean;
  readonly message?: string;
  readonly recommendation?: string;
}

function packOf(specs: readonly RuleSpec[]): RulePack {
  const result = parseRulePack({
    id: 'hand-made',
    version: '1',
    rules: specs.map((spec) => ({
      id: spec.id,
      dimension: spec.dimension ?? 'recall',
      weight: spec.weight,
      ...(spec.checklist === undefined ? {} : { checklist: spec.checklist }),
      ...(spec.blocker === undefined ? {} : { blocker: spec.blocker }),
      appliesWhen: { all: [{ fact: 'hasUpcomingInterview', operator: 'equal', value: true }] },
      conditions: {
        all: [
          { fact: 'roundOneNotesReviewed', operator: 'equal', value: true },
          { fact: 'hasUpcomingInterview', operator: 'equal', value: true },
        ],
      },
      event: {
        type: 'readiness-item',
        params: {
          message: spec.message ?? `${spec.id} holds.`,
          recommendation: spec.recommendation ?? `Work on ${spec.id}.`,
          source: 'seed#checklist',
        },
      },
    })),
  });
  if (!result.ok) throw new Error(`hand-made pack rejected: ${JSON.stringify(result.issues)}`);
  return result.value;
}

function reportOf(specs: readonly RuleSpec[], statuses: readonly RuleStatus[], facts = {}) {
  return buildReadiness(planReadiness(packOf(specs)), statuses, facts);
}

/** One passed rule of weight `passed` and one failed rule of weight `100 - passed`: the score is `passed`. */
function bandAt(passed: number, options: { failedOnChecklist?: boolean; blocker?: boolean } = {}) {
  return reportOf(
    [
      { id: 'kept', weight: passed, checklist: true },
      {
        id: 'missed',
        weight: 100 - passed,
        checklist: options.failedOnChecklist === true,
        blocker: options.blocker === true,
      },
    ],
    ['passed', 'failed'],
  );
}

describe('buildReadiness bands', () => {
  it('puts 49 below at-risk and 50 at at-risk', () => {
    expect([bandAt(49).score, bandAt(49).band]).toEqual([49, 'not-ready']);
    expect([bandAt(50).score, bandAt(50).band]).toEqual([50, 'at-risk']);
  });

  it('puts 74 at at-risk and 75 at ready', () => {
    expect(bandAt(74).band).toBe('at-risk');
    expect(bandAt(75).band).toBe('ready');
  });

  it('puts 89 at ready and 90 at top-quartile when the applicable checklist holds', () => {
    expect(bandAt(89).band).toBe('ready');
    expect(bandAt(90).band).toBe('top-quartile');
    expect(bandAt(90).checklist).toEqual({ passed: 1, applicable: 1, pending: 0 });
  });

  it('keeps 90 at ready when a checklist item failed', () => {
    const report = bandAt(90, { failedOnChecklist: true });
    expect(report.checklist).toEqual({ passed: 1, applicable: 2, pending: 0 });
    expect(report.band).toBe('ready');
  });

  it('caps ready and top-quartile at at-risk while a blocker fails, and lists the blocker', () => {
    expect(bandAt(95, { blocker: true }).band).toBe('at-risk');
    expect(bandAt(80, { blocker: true }).band).toBe('at-risk');
    expect(bandAt(80, { blocker: true }).blockers.map((item) => item.ruleId)).toEqual(['missed']);
  });

  it('leaves not-ready as it is when a blocker fails', () => {
    expect(bandAt(30, { blocker: true }).band).toBe('not-ready');
  });

  it('does not cap the band for a blocker that passes', () => {
    const report = reportOf(
      [
        { id: 'guard', weight: 10, blocker: true },
        { id: 'other', weight: 90 },
      ],
      ['passed', 'passed'],
    );
    expect(report.blockers).toEqual([]);
    expect(report.band).toBe('top-quartile');
  });

  it('scores 0 when no rule applies', () => {
    const report = reportOf([{ id: 'only', weight: 10 }], ['not-applicable']);
    expect(report.score).toBe(0);
    expect(report.band).toBe('not-ready');
    expect(report.recommendations).toEqual([]);
  });
});

describe('buildReadiness items and sums', () => {
  it('marks each item applicable and passed from its status, and reads a missing status as not applicable', () => {
    const report = reportOf(
      [
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
        { id: 'c', weight: 1 },
        { id: 'd', weight: 1 },
      ],
      ['passed', 'failed', 'not-applicable'],
    );
    expect(report.items.map((item) => [item.ruleId, item.status, item.applicable, item.passed])).toEqual([
      ['a', 'passed', true, true],
      ['b', 'failed', true, false],
      ['c', 'not-applicable', false, false],
      ['d', 'not-applicable', false, false],
    ]);
  });

  it('copies weight, dimension, flags and source onto each item, with absent flags read as false', () => {
    const report = reportOf(
      [
        { id: 'flagged', weight: 7, dimension: 'setup', checklist: true, blocker: true },
        { id: 'plain', weight: 3, dimension: 'concerns' },
      ],
      ['passed', 'passed'],
    );
    expect(
      report.items.map(({ ruleId, weight, dimension, checklist, blocker, source }) => ({
        ruleId,
        weight,
        dimension,
        checklist,
        blocker,
        source,
      })),
    ).toEqual([
      {
        ruleId: 'flagged',
        weight: 7,
        dimension: 'setup',
        checklist: true,
        blocker: true,
        source: 'seed#checklist',
      },
      {
        ruleId: 'plain',
        weight: 3,
        dimension: 'concerns',
        checklist: false,
        blocker: false,
        source: 'seed#checklist',
      },
    ]);
    expect(report.pack).toEqual({ id: 'hand-made', version: '1' });
  });

  it('sums earned and available weight per dimension over applicable rules only', () => {
    const report = reportOf(
      [
        { id: 'r1', weight: 4, dimension: 'research' },
        { id: 'r2', weight: 6, dimension: 'research' },
        { id: 's1', weight: 5, dimension: 'setup' },
        { id: 's2', weight: 9, dimension: 'setup' },
      ],
      ['passed', 'failed', 'passed', 'not-applicable'],
    );
    const byId = Object.fromEntries(report.dimensions.map((entry) => [entry.id, [entry.score, entry.max]]));
    expect(byId.research).toEqual([4, 10]);
    expect(byId.setup).toEqual([5, 5]);
    expect(byId.recall).toEqual([0, 0]);
    expect(report.score).toBe(60);
  });

  it('rounds the score to the nearest whole point', () => {
    expect(
      reportOf(
        [
          { id: 'a', weight: 2 },
          { id: 'b', weight: 1 },
        ],
        ['passed', 'failed'],
      ).score,
    ).toBe(67);
  });

  it('lists each fact a rule reads once, conditions after appliesWhen, with null for a missing value', () => {
    const report = reportOf([{ id: 'a', weight: 1 }], ['failed'], { hasUpcomingInterview: true });
    expect(report.items[0]?.evidence).toEqual([
      { fact: 'hasUpcomingInterview', value: true },
      { fact: 'roundOneNotesReviewed', value: null },
    ]);
  });
});

describe('buildReadiness texts and recommendations', () => {
  it('fills displayable facts and says unknown for a missing one; refuses any other placeholder (issue 19.6)', () => {
    const plan = planReadiness(packOf([{ id: 'a', weight: 1 }]), {
      messages: {
        a: {
          message: 'Round {{ roundTwoNumber }} in {{hoursUntilNextInterview}} h',
          recommendation: 'Keep at it',
        },
      },
    });
    const report = buildReadiness(plan, ['failed'], { roundTwoNumber: 2, roundOneNotesReviewed: true });
    expect(report.items[0]?.message).toBe('Round 2 in unknown h');
    for (const recommendation of [
      'Keep {{roundOneNotesReviewed}}',
      'Keep {{noSuchFact}}',
      'Keep {{constructor}}',
    ])
      expect(() =>
        planReadiness(packOf([{ id: 'a', weight: 1 }]), {
          messages: { a: { message: 'm', recommendation } },
        }),
      ).toThrow(TypeError);
  });

  it('orders recommendations by the points each would add, ties in declared order', () => {
    const report = reportOf(
      [
        { id: 'small', weight: 5 },
        { id: 'big', weight: 20 },
        { id: 'kept', weight: 50 },
        { id: 'small-too', weight: 5 },
        { id: 'big-too', weight: 20 },
      ],
      ['failed', 'failed', 'passed', 'failed', 'failed'],
    );
    expect(report.score).toBe(50);
    expect(report.recommendations.map((item) => [item.ruleId, item.gain])).toEqual([
      ['big', 20],
      ['big-too', 20],
      ['small', 5],
      ['small-too', 5],
    ]);
    expect(report.recommendations[0]).toEqual({
      ruleId: 'big',
      dimension: 'recall',
      recommendation: 'Work on big.',
      gain: 20,
    });
  });

  it('uses a message catalogue entry only for the rule it names', () => {
    const plan = planReadiness(
      packOf([
        { id: 'a', weight: 1 },
        { id: 'b', weight: 1 },
      ]),
      { messages: { a: { message: 'Eins', recommendation: 'Zwei' } } },
    );
    const report = buildReadiness(plan, ['failed', 'failed'], {});
    expect(report.items.map((item) => [item.message, item.recommendation])).toEqual([
      ['Eins', 'Zwei'],
      ['b holds.', 'Work on b.'],
    ]);
  });
});
