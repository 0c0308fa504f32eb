import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  buildTimeline,
  type Candidacy,
  type ConsistencyFinding,
  checkConsistency,
  pickQuestions,
  prepareSync,
} from '../../src/index.js';
import { candidacyInputArbitrary, nowArbitrary, parseGenerated } from './arbitraries.js';
import { asSet, scoreOf, shuffle } from './internal.js';

const RUNS = 60;

/** Before every generated instant and every `now`: a step done then counts as done. */
const EARLY = '2026-11-01T08:00:00+00:00';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object under `key`, created when missing. */
function child(parent: Json, key: string): Json {
  const existing = parent[key];
  if (isJson(existing)) return existing;
  const created: Json = {};
  parent[key] = created;
  return created;
}

function interviewersOf(input: Json): Json[] {
  const interviews = Array.isArray(input.interviews) ? input.interviews : [];
  return interviews.flatMap((interview) =>
    isJson(interview) && Array.isArray(interview.interviewers) ? interview.interviewers.filter(isJson) : [],
  );
}

/** A change to a raw candidacy that should make one default rule pass. */
interface TargetedFix {
  readonly ruleId: string;
  readonly apply: (input: Json) => void;
}

const FIXES: readonly TargetedFix[] = [
  {
    ruleId: 'recall.notes-reviewed',
    apply: (input) => {
      child(input, 'prep').roundOneNotesReviewedAt = EARLY;
    },
  },
  {
    ruleId: 'research.interviewers',
    apply: (input) => {
      for (const person of interviewersOf(input)) {
        person.tenureMonths ??= 24;
        const research = child(person, 'research');
        research.background = 'Ten years in product.';
        research.commonGround = ['Same university'];
        research.recentActivity = ['Talk on pricing'];
      }
    },
  },
  {
    ruleId: 'compensation.range-researched',
    apply: (input) => {
      const compensation = child(input, 'compensation');
      // A range needs min below max (compensationRangeSet); a degenerate one is replaced.
      const range = compensation.range;
      if (!isJson(range) || typeof range.min !== 'number' || range.min >= Number(range.max))
        compensation.range = { min: 150_000, max: 180_000, currency: 'USD', basis: 'total' };
      compensation.researched = true;
    },
  },
  {
    ruleId: 'compensation.walk-away',
    apply: (input) => {
      child(input, 'compensation').walkAway = 120_000;
    },
  },
  {
    ruleId: 'compensation.logistics-clear',
    apply: (input) => {
      const compensation = child(input, 'compensation');
      compensation.noticePeriodWeeks = 2;
      compensation.workMode = 'hybrid';
    },
  },
  {
    ruleId: 'compensation.relocation',
    apply: (input) => {
      child(input, 'compensation').relocation = 'open-in-principle';
    },
  },
  {
    ruleId: 'setup.platform-tested',
    apply: (input) => {
      child(input, 'prep').platformTestedAt = EARLY;
    },
  },
  {
    ruleId: 'setup.checklist-run',
    apply: (input) => {
      child(input, 'prep').checklistRunAt = EARLY;
    },
  },
  {
    ruleId: 'follow-through.thank-you',
    apply: (input) => {
      child(input, 'prep').thankYouDraftedAt = EARLY;
    },
  },
  {
    ruleId: 'follow-through.outcome-plans',
    apply: (input) => {
      child(input, 'prep').outcomePlans = { ifOffer: 'Negotiate on base', ifRejected: 'Ask for feedback' };
    },
  },
  {
    ruleId: 'formats.technical-platform',
    apply: (input) => {
      child(child(child(input, 'prep'), 'formatPrep'), 'technical').platformPracticedAt = EARLY;
    },
  },
];

const scenario = fc.tuple(candidacyInputArbitrary, nowArbitrary, fc.integer({ min: 1, max: 2 ** 31 }));

describe('readiness score invariants', () => {
  it('is an integer from 0 to 100, equal on both evaluators, with the band following the score', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ([input, now]) => {
        const candidacy = parseGenerated(input);
        const scored = scoreOf(candidacy, now);
        expect(Number.isInteger(scored.score)).toBe(true);
        expect(scored.score).toBeGreaterThanOrEqual(0);
        expect(scored.score).toBeLessThanOrEqual(100);
        expect(await assessReadiness(candidacy, { now })).toEqual(scored);
        if (scored.score < 50) expect(scored.band).toBe('not-ready');
        for (const dimension of scored.dimensions) {
          expect(dimension.score).toBeGreaterThanOrEqual(0);
          expect(dimension.score).toBeLessThanOrEqual(dimension.max);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('each targeted fix makes its failed item pass and never lowers the score', () => {
    const fixed = new Set<string>();
    fc.assert(
      fc.property(scenario, ([input, now]) => {
        const before = scoreOf(parseGenerated(input), now);
        for (const fix of FIXES) {
          const item = before.items.find((candidate) => candidate.ruleId === fix.ruleId);
          if (item?.status !== 'failed') continue;
          const changed: Json = structuredClone(input);
          fix.apply(changed);
          const after = scoreOf(parseGenerated(changed), now);
          const itemAfter = after.items.find((candidate) => candidate.ruleId === fix.ruleId);
          expect(itemAfter?.status, fix.ruleId).toBe('passed');
          expect(after.score, fix.ruleId).toBeGreaterThanOrEqual(before.score);
          fixed.add(fix.ruleId);
        }
      }),
      { numRuns: 100 },
    );
    // The property is only as good as the fixes it exercised.
    expect(fixed.size).toBeGreaterThanOrEqual(6);
  });
});

/** The same candidacy with interviewers (within each interview), stories and (unless told not to) questions reordered. */
function reorder(input: Json, seed: number, questionsToo = true): Json {
  const copy: Json = structuredClone(input);
  if (Array.isArray(copy.interviews)) {
    for (const interview of copy.interviews) {
      if (isJson(interview) && Array.isArray(interview.interviewers))
        interview.interviewers = shuffle(interview.interviewers, seed);
    }
  }
  if (Array.isArray(copy.stories)) copy.stories = shuffle(copy.stories, seed + 1);
  if (questionsToo && Array.isArray(copy.questions)) copy.questions = shuffle(copy.questions, seed + 2);
  return copy;
}

/**
 * The findings compared across orders: every across-rounds finding in full, and how many contradictions there
 * are. Within-round findings are left out: with three or more stories, which pairs get compared depends on story
 * order (a known limit of checkConsistency, reported rather than fixed here).
 */
function comparableFindings(findings: readonly ConsistencyFinding[]) {
  return {
    acrossRounds: asSet(findings.filter((finding) => finding.scope === 'across-rounds')),
    contradictions: findings.filter((finding) => finding.kind === 'contradiction').length,
  };
}

function questionCounts(candidacy: Candidacy, interviewId: string) {
  const plan = pickQuestions(candidacy, { interviewId });
  return {
    planned: plan.planned.length,
    perInterviewer: plan.perInterviewer
      .map((entry) => `${entry.interviewerId}:${entry.questions.length}`)
      .sort(),
    warnings: plan.warnings.length,
  };
}

describe('order does not matter', () => {
  it('reordering interviewers, stories and questions keeps score, band, findings, timeline and question counts', () => {
    fc.assert(
      fc.property(scenario, ([input, now, seed]) => {
        const original = parseGenerated(input);
        const shuffled = parseGenerated(reorder(input, seed));
        const readiness = scoreOf(original, now);
        const readinessShuffled = scoreOf(shuffled, now);
        expect(readinessShuffled.score).toBe(readiness.score);
        expect(readinessShuffled.band).toBe(readiness.band);
        expect(comparableFindings(checkConsistency(shuffled).findings)).toEqual(
          comparableFindings(checkConsistency(original).findings),
        );
        const timeline = buildTimeline(original, { now });
        const timelineShuffled = buildTimeline(shuffled, { now });
        expect(asSet(timelineShuffled.events)).toEqual(asSet(timeline.events));
        expect(timelineShuffled.state).toBe(timeline.state);
        // The candidate's own questions are taken in the order written (their order is a priority), so the
        // question plan is checked against a reorder of interviewers and stories only.
        const panelShuffled = parseGenerated(reorder(input, seed, false));
        for (const interview of original.interviews) {
          expect(questionCounts(panelShuffled, interview.id)).toEqual(questionCounts(original, interview.id));
        }
        expect(prepareSync(shuffled, { now }).readiness.score).toBe(readiness.score);
      }),
      { numRuns: RUNS },
    );
  });
});
