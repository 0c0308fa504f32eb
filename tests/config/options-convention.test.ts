import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  buildTimeline,
  type Candidacy,
  compensationBrief,
  createPreparer,
  createScorer,
  defaultRulePack,
  deriveFacts,
  describeTenure,
  type Interviewer,
  lintAnswer,
  lookupJurisdiction,
  type PrepReport,
  payHistoryLawFor,
  prepare,
  prepareSync,
  questionIntent,
  renderMarkdown,
  storiesFor,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';
import { thrown } from '../fixtures/thrown.js';

// Issue 21 item 3, the functions tests/report/prepare-options.test.ts does not reach: every misuse error
// names the public function, the bad value and the fix; `now` and data sets go in an options object.
// Written before the fixes; every expected message by hand.

const NOW = '2027-03-09T12:00:00-05:00';
const thorough = example('thorough-manager');
const dana = thorough.interviews[1]!.interviewers[0]!;
const made = createPreparer({});
if (!made.ok) throw new Error('the default configuration was rejected');
const preparer = made.value;

describe('misuse: the function, the value and the fix', () => {
  const AUDIENCE_LIST = 'recruiter, hiring-manager, peer, direct-report, senior-leadership, cross-functional';
  const cases: [string, () => unknown, string][] = [
    [
      'renderMarkdown given raw data',
      () => renderMarkdown({} as PrepReport),
      'renderMarkdown: expected a report from prepare, found an object without readiness: pass what prepare, prepareSync or preparer.prepare returned',
    ],
    [
      'renderMarkdown given the candidacy',
      () => renderMarkdown(thorough as unknown as PrepReport),
      'renderMarkdown: expected a report from prepare, found a candidacy: prepare it first, renderMarkdown(prepareSync(candidacy, { now }))',
    ],
    [
      'storiesFor given raw input',
      () => storiesFor({ schemaVersion: 1 } as unknown as Candidacy, dana),
      'storiesFor: expected a candidacy from parseCandidacy, found an object without candidate.targetRole: parse the input with parseCandidacy first',
    ],
    [
      'storiesFor given an id for an interviewer',
      () => storiesFor(thorough, 'dana-whitfield' as unknown as Interviewer),
      'storiesFor: expected an interviewer with an audience, found "dana-whitfield": pass one of the interview\'s interviewers (candidacy.interviews[i].interviewers[j])',
    ],
    [
      'questionIntent given a number',
      () => questionIntent(42 as unknown as string),
      'questionIntent: expected the question as a string, found 42: pass its text',
    ],
    [
      'createScorer given a string for a pack',
      () => createScorer('default' as never),
      'createScorer: expected defaultRulePack or a pack from parseRulePack, found "default": pass parseRulePack(pack).value (it lists any problems)',
    ],
    [
      'createScorer given a string for options',
      () => createScorer(defaultRulePack, 'de' as never),
      'createScorer: expected options as an object, found "de": call createScorer(pack, { locale: \'de\', … })',
    ],
    [
      'lintAnswer given an unknown audience',
      () => lintAnswer('We shipped it.', 'ceo' as never),
      `lintAnswer: expected an audience, one of ${AUDIENCE_LIST}, found "ceo": pass one of AUDIENCES`,
    ],
    [
      'preparer.lintAnswer given an unknown audience',
      () => preparer.lintAnswer('We shipped it.', 'ceo' as never),
      `preparer.lintAnswer: expected an audience, one of ${AUDIENCE_LIST}, found "ceo": pass one of AUDIENCES`,
    ],
    [
      'preparer.lintAnswer given a number',
      () => preparer.lintAnswer(42 as never, 'peer'),
      'preparer.lintAnswer: expected the answer as a string, found 42: pass its text',
    ],
  ];
  it.each(cases)('%s', async (_name, call, message) => {
    expect(await thrown(call)).toBe(message);
  });
});

describe('data sets passed to prepare unvalidated: the error names the function called, not createScorer', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      'bands out of range',
      { bandThresholds: { ready: 200 } },
      'prepareSync: bandThresholds.ready: expected a whole score from 0 to 100, found 200: check them with parseBandThresholds first',
    ],
    [
      'a pack that was not validated',
      { rules: { ...defaultRulePack } },
      'prepareSync: expected defaultRulePack or a pack from parseRulePack, found a pack that was not validated: pass parseRulePack(pack).value (it lists any problems)',
    ],
  ];
  it.each(cases)('%s', async (_name, data, message) => {
    expect(await thrown(() => prepareSync(thorough, { now: NOW, ...data } as never))).toBe(message);
    expect(await thrown(() => prepare(thorough, { now: NOW, ...data } as never))).toBe(
      message.replace(/^prepareSync/, 'prepare'),
    );
  });
  it('a message with an undeclared placeholder', async () => {
    const messages = { 'audiences.peers': { message: 'Hi {{constructor}}', recommendation: 'Do it.' } };
    const message = await thrown(() => prepareSync(thorough, { now: NOW, messages }));
    expect(message.startsWith('prepareSync: ')).toBe(true);
    expect(message.endsWith('check translations with parseMessageCatalogue')).toBe(true);
  });
  it('assessReadiness names itself for the same message', async () => {
    const messages = { 'audiences.peers': { message: 'Hi {{constructor}}', recommendation: 'Do it.' } };
    const message = await thrown(() => assessReadiness(thorough, { now: NOW, messages }));
    expect(message.startsWith('assessReadiness: messages: expected ')).toBe(true);
    expect(message).toContain('found {{constructor}}');
    expect(message.endsWith('; check translations with parseMessageCatalogue')).toBe(true);
  });
});

describe('a bad now: every fix reads "pass e.g. { now: … }"', () => {
  const calls: [string, (now: unknown) => unknown][] = [
    ['prepare', (now) => prepare(thorough, { now } as never)],
    ['prepareSync', (now) => prepareSync(thorough, { now } as never)],
    ['preparer.prepare', (now) => preparer.prepare(thorough, { now } as never)],
    ['scorer.score', (now) => createScorer().score(thorough, { now } as never)],
    ['assessReadiness', (now) => assessReadiness(thorough, { now } as never)],
    ['deriveFacts', (now) => deriveFacts(thorough, { now } as never)],
    ['buildTimeline', (now) => buildTimeline(thorough, { now } as never)],
    ['compensationBrief', (now) => compensationBrief(thorough, { now } as never)],
    ['lookupJurisdiction', (now) => lookupJurisdiction('US-NY', { now } as never)],
    ['payHistoryLawFor', (now) => payHistoryLawFor('US-CA', { now } as never)],
  ];
  it.each(calls)('%s', async (name, call) => {
    const message = await thrown(() => call('next Tuesday'));
    expect(message.startsWith(`${name}: expected options.now as `)).toBe(true);
    expect(message).toMatch(
      /, found "next Tuesday": pass e\.g\. \{ now: '\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d' \}$/,
    );
  });
});

describe('the options form, with the old positional forms still working', () => {
  it('lookupJurisdiction(code, { now, laws })', () => {
    expect(lookupJurisdiction('US-NY-NYC', { now: NOW })).toEqual(lookupJurisdiction('US-NY-NYC', NOW));
    const onlyCity = lookupJurisdiction('US-NY-NYC', { now: NOW, laws: [] });
    expect(onlyCity.inForce).toEqual([]);
  });
  it('describeTenure(interviewer, { tenureBands })', () => {
    const tenureBands = [{ id: 'any', fromMonths: 0, insight: 'Ask what changed.', source: 'acme' }];
    const ana = { id: 'ana', name: 'Ana Ruiz', audience: 'peer', tenureMonths: 3 } as const;
    expect(describeTenure(ana, { tenureBands })).toEqual({
      band: 'any',
      months: 3,
      insight: 'Ask what changed.',
      source: 'acme',
    });
    expect(describeTenure(ana, tenureBands)).toEqual(describeTenure(ana, { tenureBands }));
    expect(describeTenure(ana)?.band).toBe('new');
  });
  it('payHistoryLawFor(jurisdiction, { now, jobJurisdiction })', () => {
    expect(payHistoryLawFor('US-CO', { now: NOW, jobJurisdiction: 'US-NY-NYC' })).toEqual(
      payHistoryLawFor('US-CO', NOW, 'US-NY-NYC'),
    );
    expect(payHistoryLawFor('US-CA', { now: NOW })?.citation).toBe('California Labor Code §432.3');
  });
  it('createScorer({ rules, bandThresholds }) is createScorer(rules, { bandThresholds })', () => {
    const bands = { atRisk: 60 };
    const vendor = example('vendor-export');
    expect(
      createScorer({ rules: defaultRulePack, bandThresholds: bands }).score(vendor, { now: NOW }),
    ).toEqual(createScorer(defaultRulePack, { bandThresholds: bands }).score(vendor, { now: NOW }));
    expect(createScorer({ bandThresholds: bands }).score(vendor, { now: NOW }).band).toBe('not-ready');
  });
});
