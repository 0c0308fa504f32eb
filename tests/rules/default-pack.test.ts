import { describe, expect, it } from 'vitest';
import { defaultRulePack, deriveFacts, type ReadinessFacts } from '../../src/index.js';
import { compilePack } from '../../src/rules/compile.js';
import { evaluateWithEngine } from '../../src/rules/engine.js';
import { statusOf } from '../../src/rules/outcome.js';
import { NOW, thoroughCandidacy } from '../readiness/fixtures.js';

type Patch = Partial<Record<keyof ReadinessFacts, string | number | boolean | undefined>>;

/** For each rule: facts (over the thorough candidacy's) that make it pass, and sets that make it fail. */
const cases: Record<string, { pass?: Patch; fail: Patch[] }> = {
  'recall.notes-reviewed': { fail: [{ roundOneNotesReviewed: false }] },
  'recall.consistent-stories': { fail: [{ unresolvedContradictions: 1 }] },
  'recall.debrief-written': { fail: [{ roundOneDebriefWritten: false }] },
  'recall.deeper-than-round-one': { fail: [{ repeatedProjectTellings: 1 }] },
  'recall.numbers-and-trade-offs': {
    fail: [{ shallowProjectTellings: 2 }, { projectTellingsWithTradeOff: 0 }],
  },
  'recall.reason-for-leaving-steady': { fail: [{ reasonForLeavingChanged: 1 }] },
  'research.interviewers': { fail: [{ interviewersNotResearched: 2 }] },
  'research.one-reference-each': { fail: [{ interviewersWithoutReference: 1 }] },
  'research.no-overload': { fail: [{ interviewersWithTooManyReferences: 1 }] },
  'research.company-news': { fail: [{ seniorInterviewerNewsResearched: false }] },
  'audiences.every-interviewer': { fail: [{ audiencesWithoutStory: 1 }] },
  'audiences.hiring-manager': { fail: [{ storyFitsHiringManager: false }] },
  'audiences.peers': { fail: [{ storyFitsPeers: false }] },
  'audiences.direct-reports': { fail: [{ storyFitsDirectReports: false }] },
  'audiences.senior-leadership': { fail: [{ storyFitsSeniorLeadership: false }] },
  'audiences.cross-functional': { fail: [{ storyFitsCrossFunctional: false }] },
  'questions.planned': {
    fail: [{ questionsPlanned: 3 }, { questionsPlanned: 7 }, { audiencesWithTooFewQuestions: 1 }],
  },
  'questions.fresh': { fail: [{ questionsRepeatedFromRoundOne: 1 }] },
  'concerns.revisits': { fail: [{ concernsWithoutPlan: 1 }] },
  'concerns.at-most-two-revisits': { fail: [{ revisitsPlanned: 3 }] },
  'concerns.early': { fail: [{ revisitsLate: 1 }] },
  'concerns.improved-answer': { fail: [{ revisitsWithoutImprovedAnswer: 1 }] },
  'formats.prepared': { fail: [{ formatPrepDone: false }] },
  'formats.presentation-rehearsed': { fail: [{ presentationRehearsals: 1 }] },
  'formats.presentation-timed': { fail: [{ presentationFitsSlot: false }] },
  'formats.presentation-closing-slide': { fail: [{ presentationClosingSlide: false }] },
  'formats.presentation-backup': { fail: [{ presentationBackupPlan: false }] },
  'formats.take-home-timebox': {
    pass: { hasTakeHome: true, takeHomeWithinTimebox: true },
    fail: [{ hasTakeHome: true, takeHomeWithinTimebox: false }],
  },
  'formats.take-home-writeup': {
    pass: { hasTakeHome: true, takeHomeWriteupWords: 500 },
    fail: [{ hasTakeHome: true }, { hasTakeHome: true, takeHomeWriteupWords: 2000 }],
  },
  'formats.technical-platform': {
    fail: [{ technicalPlatformPracticed: false, hoursUntilNextInterview: 2 }],
  },
  'formats.case-study': {
    pass: { hasCaseStudy: true, caseStudyPracticed: true },
    fail: [{ hasCaseStudy: true }],
  },
  'formats.role-play': {
    pass: { hasRolePlay: true, rolePlayPracticed: true },
    fail: [{ hasRolePlay: true }],
  },
  'formats.shadow-day': {
    pass: { hasShadowDay: true, shadowDayPrepared: true },
    fail: [{ hasShadowDay: true }],
  },
  'compensation.range-researched': {
    fail: [{ compensationResearched: false }, { compensationRangeSet: false }],
  },
  'compensation.range-basis': { fail: [{ compensationBasisStated: false }] },
  'compensation.current-pay-private': {
    pass: { payHistoryLawKnown: false, payHistoryLaw: undefined, payHistoryNote: undefined },
    fail: [{ payHistoryLawKnown: false, plansToDiscloseCurrentSalary: true }],
  },
  'compensation.current-pay-private-law': {
    pass: { payHistoryLawKnown: true, payHistoryLaw: 'California Labor Code §432.3' },
    fail: [{ payHistoryLawKnown: true, plansToDiscloseCurrentSalary: true }],
  },
  'compensation.walk-away': { fail: [{ walkAwaySet: false }] },
  'compensation.logistics-clear': { fail: [{ workModeStated: false }, { startDateKnown: false }] },
  'compensation.start-date-standard': {
    fail: [
      { weeksUntilEarliestStart: 8, noticePeriodStated: false },
      { weeksUntilEarliestStart: undefined, noticePeriodStated: false },
    ],
  },
  'setup.tested': {
    pass: { roundTwoHasVideo: false, roundTwoHasInPerson: true, routePlanned: true },
    fail: [
      { setupTested: false, hoursUntilNextInterview: 2 },
      { roundTwoHasInPerson: true, hoursUntilNextInterview: 2 },
    ],
  },
  'setup.platform-tested': { fail: [{ platformTested: false, hoursUntilNextInterview: 2 }] },
  'setup.checklist-run': { fail: [{ checklistRun: false, hoursUntilNextInterview: 2 }] },
  'follow-through.thank-you': { fail: [{ thankYouDrafted: false, hoursUntilNextInterview: 2 }] },
  'follow-through.outcome-plans': { fail: [{ rejectionPlanReady: false }, { offerPlanReady: false }] },
  'follow-through.other-processes': { fail: [{ activeOtherProcesses: 0 }] },
};

const compiled = compilePack(defaultRulePack);
const baseFacts = deriveFacts(thoroughCandidacy(), { now: NOW });

function patched(patch: Patch): Record<string, unknown> {
  const facts: Record<string, unknown> = { ...baseFacts };
  for (const [name, value] of Object.entries(patch)) {
    if (value === undefined) delete facts[name];
    else facts[name] = value;
  }
  return facts;
}

async function statusOfRule(ruleId: string, facts: Record<string, unknown>): Promise<string> {
  const index = defaultRulePack.rules.findIndex((rule) => rule.id === ruleId);
  const fast = compiled.statuses(facts)[index];
  const engine = (await evaluateWithEngine(defaultRulePack, facts))[index]!;
  const slow = statusOf(engine);
  expect(fast).toBe(slow);
  return slow;
}

describe('defaultRulePack', () => {
  it('holds all 13 checklist items of the guide', () => {
    expect(defaultRulePack.rules.filter((rule) => rule.checklist).length).toBe(13);
  });

  it('has a pass case and a fail case for every rule', () => {
    expect(Object.keys(cases).sort()).toEqual(defaultRulePack.rules.map((rule) => rule.id).sort());
  });

  it('cites a guide section for every rule', () => {
    for (const rule of defaultRulePack.rules) expect(rule.event.params.source).toMatch(/^seed#[a-z-]+$/);
  });

  describe.each(Object.entries(cases))('rule %s', (ruleId, { pass, fail }) => {
    it('passes on facts that satisfy it', async () => {
      expect(await statusOfRule(ruleId, patched(pass ?? {}))).toBe('passed');
    });
    it.each(fail.map((patch) => [JSON.stringify(patch), patch] as const))(
      'fails on %s',
      async (_name, patch) => {
        expect(await statusOfRule(ruleId, patched(patch))).toBe('failed');
      },
    );
  });

  it.each([
    ['formats.technical-platform', { technicalPlatformPracticed: false, hoursUntilNextInterview: 20 }],
    ['setup.tested', { setupTested: false, hoursUntilNextInterview: 20 }],
    ['setup.platform-tested', { platformTested: false, hoursUntilNextInterview: 13 }],
    ['setup.checklist-run', { checklistRun: false, hoursUntilNextInterview: 40 }],
    ['follow-through.thank-you', { thankYouDrafted: false, hoursUntilNextInterview: 30 }],
    [
      'follow-through.thank-you',
      {
        thankYouDrafted: false,
        hoursUntilNextInterview: undefined,
        hasUpcomingInterview: false,
        focusState: 'undated',
      },
    ],
    [
      'setup.checklist-run',
      {
        checklistRun: false,
        hoursUntilNextInterview: undefined,
        hasUpcomingInterview: false,
        focusState: 'undated',
      },
    ],
  ] as const)('keeps %s pending while its time has not come (%j)', async (ruleId, patch) => {
    expect(await statusOfRule(ruleId, patched(patch))).toBe('pending');
  });

  it('judges a long notice on whether it is written down, not on its length', async () => {
    expect(
      await statusOfRule(
        'compensation.start-date-standard',
        patched({ weeksUntilEarliestStart: 13, noticePeriodStated: true }),
      ),
    ).toBe('passed');
  });

  it('leaves direct-report advice out for a role that manages no one', async () => {
    expect(await statusOfRule('audiences.direct-reports', patched({ managesPeople: false }))).toBe(
      'not-applicable',
    );
  });

  it('leaves presentation advice out when the round has no presentation', async () => {
    expect(await statusOfRule('formats.presentation-rehearsed', patched({ hasPresentation: false }))).toBe(
      'not-applicable',
    );
  });
});
