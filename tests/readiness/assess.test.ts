import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import { createScorer, defaultRulePack, parseRulePack, type RulePack } from '../../src/index.js';
import { NOW, parseFixture, thoroughCandidacy, thoroughInput } from './fixtures.js';

/** Two hours before the fixture's round two: every day-of step is due. */
const DAY_OF = '2026-12-03T12:00:00-05:00';

describe('assessReadiness', () => {
  it('explains every rule of the default pack', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), { now: '2026-12-02T09:00:00-05:00' });
    expect(readiness.items.length).toBe(46);
  });

  it('puts a candidate who runs the whole checklist in the top quartile', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), { now: NOW });
    expect(readiness.score).toBe(100);
    expect(readiness.band).toBe('top-quartile');
    expect(readiness.checklist).toEqual({ passed: 13, applicable: 13, pending: 0 });
    expect(readiness.caps).toEqual([]);
    expect(readiness.pending).toEqual([]);
    expect(readiness.blockers).toEqual([]);
    expect(readiness.recommendations).toEqual([]);
  });

  it('caps the band at at-risk when a story contradicts round one', async () => {
    const input = thoroughInput();
    const rebuild = input.stories?.[0]?.tellings?.[1];
    if (rebuild === undefined) throw new Error('fixture changed');
    rebuild.facts = [{ subject: 'rebuild duration', kind: 'duration', value: 18, unit: 'months' }];
    const readiness = await assessReadiness(parseFixture(input), { now: NOW });
    expect(readiness.score).toBeGreaterThanOrEqual(75);
    expect(readiness.band).toBe('at-risk');
    expect(readiness.blockers.map((item) => item.ruleId)).toEqual(['recall.consistent-stories']);
    expect(readiness.blockers[0]?.recommendation).toContain(
      '1 detail differs from what you said last time, in ‘Platform rebuild’ (1 detail differs).',
    );
    expect(readiness.caps).toEqual([
      {
        kind: 'blocker',
        dimension: 'recall',
        ruleId: 'recall.consistent-stories',
        message: readiness.blockers[0]?.recommendation,
      },
    ]);
  });

  it('accepts an explicit correction without flagging a contradiction', async () => {
    const input = thoroughInput();
    const rebuild = input.stories?.[0]?.tellings?.[1];
    if (rebuild === undefined) throw new Error('fixture changed');
    rebuild.facts = [
      { subject: 'rebuild duration', kind: 'duration', value: 18, unit: 'months', corrects: true },
    ];
    expect((await assessReadiness(parseFixture(input), { now: NOW })).band).toBe('top-quartile');
  });

  it('takes the contradiction count from a consistency report when one is given', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), {
      now: NOW,
      consistency: { findings: [{ kind: 'consistent' }, { kind: 'contradiction' }] },
    });
    expect(readiness.blockers.map((item) => item.ruleId)).toEqual(['recall.consistent-stories']);
  });

  it('names the pay-history law in the recommendation where one is known', async () => {
    const input = thoroughInput();
    input.candidate.jurisdiction = 'US-CA';
    if (input.compensation) input.compensation.discloseCurrentSalary = true;
    const readiness = await assessReadiness(parseFixture(input), { now: NOW });
    const item = readiness.items.find((entry) => entry.ruleId === 'compensation.current-pay-private-law');
    expect(item?.status).toBe('failed');
    expect(item?.recommendation).toContain(
      'California Labor Code §432.3: employers may not ask about your pay history.',
    );
    expect(readiness.items.find((entry) => entry.ruleId === 'compensation.current-pay-private')?.status).toBe(
      'not-applicable',
    );
  });

  it('leaves the score alone for rules that do not apply', async () => {
    const input = thoroughInput();
    input.candidate.targetRole.managesPeople = false;
    const readiness = await assessReadiness(parseFixture(input), { now: NOW });
    const item = readiness.items.find((entry) => entry.ruleId === 'audiences.direct-reports');
    expect(item).toMatchObject({ status: 'not-applicable', applicable: false, passed: false });
    expect(readiness.score).toBe(100);
  });

  it('orders recommendations by the points they would add', async () => {
    const input = thoroughInput();
    if (input.prep) {
      input.prep.thankYouDraftedAt = undefined;
      input.prep.platformTestedAt = undefined;
    }
    const readiness = await assessReadiness(parseFixture(input), { now: DAY_OF });
    expect(readiness.recommendations.map((item) => item.ruleId)).toEqual([
      'follow-through.thank-you',
      'setup.platform-tested',
    ]);
    expect(readiness.recommendations[0]!.gain).toBeGreaterThan(readiness.recommendations[1]!.gain);
    expect(readiness.band).toBe('ready');
  });

  it('shows the facts a rule read as evidence', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), { now: NOW });
    expect(readiness.items.find((item) => item.ruleId === 'questions.planned')?.evidence).toEqual([
      { fact: 'questionsPlanned', value: 5 },
      { fact: 'audiencesWithTooFewQuestions', value: 0, subjects: [] },
    ]);
    expect(readiness.items.find((item) => item.ruleId === 'research.company-news')?.evidence).toEqual([
      {
        fact: 'roundTwoInterviewerCount',
        value: 5,
        subjects: [
          { kind: 'interviewer', id: 'hm', name: 'Hana' },
          { kind: 'interviewer', id: 'peer', name: 'Pat' },
          { kind: 'interviewer', id: 'dr', name: 'Drew' },
          { kind: 'interviewer', id: 'vp', name: 'Vic' },
          { kind: 'interviewer', id: 'xf', name: 'Sam' },
        ],
      },
      {
        fact: 'seniorInterviewerNewsResearched',
        value: true,
        subjects: [{ kind: 'interviewer', id: 'vp', name: 'Vic' }],
      },
    ]);
  });

  it('sums each dimension over applicable rules', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), { now: NOW });
    expect(readiness.dimensions.map((dimension) => dimension.id)).toEqual([
      'recall',
      'research',
      'audiences',
      'questions',
      'concerns',
      'formats',
      'compensation',
      'setup',
      'follow-through',
    ]);
    expect(readiness.dimensions.find((dimension) => dimension.id === 'follow-through')).toEqual({
      id: 'follow-through',
      score: 24,
      max: 24,
    });
  });

  it('uses a message catalogue for another language', async () => {
    const readiness = await assessReadiness(thoroughCandidacy(), {
      now: NOW,
      messages: {
        'questions.planned': { message: 'Fragen', recommendation: '{{questionsPlanned}} Fragen geplant' },
      },
    });
    expect(readiness.items.find((item) => item.ruleId === 'questions.planned')?.recommendation).toBe(
      '5 Fragen geplant',
    );
  });

  it('lets a vendor reweight rules through its own pack', async () => {
    const input = thoroughInput();
    if (input.prep) input.prep.thankYouDraftedAt = undefined;
    const reweighted: RulePack = {
      ...defaultRulePack,
      rules: defaultRulePack.rules.map((rule) =>
        rule.id === 'follow-through.thank-you' ? { ...rule, weight: 100 } : rule,
      ),
    };
    const parsed = parseRulePack(reweighted);
    if (!parsed.ok) throw new Error('pack rejected');
    const readiness = await assessReadiness(parseFixture(input), { now: DAY_OF, rules: parsed.value });
    expect(readiness.score).toBeLessThan(75);
  });

  it('rejects an invalid pack, naming parseRulePack', async () => {
    const broken = { ...defaultRulePack, rules: [{ ...defaultRulePack.rules[0]!, weight: 0.5 }] };
    await expect(assessReadiness(thoroughCandidacy(), { now: NOW, rules: broken })).rejects.toThrow(
      'assessReadiness: expected defaultRulePack or a pack from parseRulePack',
    );
  });

  it('rejects a call without options, naming the fix', async () => {
    // @ts-expect-error: the options argument is required; this is what a JavaScript caller might do.
    await expect(assessReadiness(thoroughCandidacy())).rejects.toThrow(
      'assessReadiness: expected options with now',
    );
  });

  it('rejects a missing or malformed now', async () => {
    await expect(assessReadiness(thoroughCandidacy(), { now: '2026-12-02' })).rejects.toThrow(
      'assessReadiness: expected options.now',
    );
  });
});

describe('createScorer', () => {
  it('scores synchronously with the default pack', () => {
    const scorer = createScorer();
    expect(scorer.score(thoroughCandidacy(), '2026-12-02T09:00:00-05:00').band).toBe('top-quartile');
  });

  it('throws on an invalid pack, naming itself', () => {
    expect(() => createScorer({ id: 'x', version: '1', rules: [] })).toThrow(
      'createScorer: expected defaultRulePack or a pack from parseRulePack',
    );
  });
});
