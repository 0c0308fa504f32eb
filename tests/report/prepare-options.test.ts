import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  briefFor,
  buildTimeline,
  type Candidacy,
  checkConsistency,
  compensationBrief,
  createPreparer,
  createScorer,
  defaultAudienceProfiles,
  deriveFacts,
  draftThankYous,
  pickQuestions,
  prepare,
  prepareSync,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';
import { minimalCandidacy } from '../fixtures/minimal.js';
import { thrown } from '../fixtures/thrown.js';

// Issue 21 item 3: one options convention, and misuse errors that name the public function, the bad value
// and the fix. Every expected message below is written by hand.

const thorough = example('thorough-manager');
const NOW = '2027-03-09T12:00:00-05:00';
const made = createPreparer({});
if (!made.ok) throw new Error('the default configuration was rejected');
const preparer = made.value;
const scorer = createScorer();

/** Each public function that takes a candidacy, called the documented way with a given candidacy. */
const CALLS: [string, (candidacy: Candidacy) => unknown][] = [
  ['prepare', (candidacy) => prepare(candidacy, { now: NOW })],
  ['prepareSync', (candidacy) => prepareSync(candidacy, { now: NOW })],
  ['preparer.prepare', (candidacy) => preparer.prepare(candidacy, { now: NOW })],
  ['assessReadiness', (candidacy) => assessReadiness(candidacy, { now: NOW })],
  ['scorer.score', (candidacy) => scorer.score(candidacy, { now: NOW })],
  ['scorer.score', (candidacy) => scorer.score(candidacy, NOW)],
  ['checkConsistency', (candidacy) => checkConsistency(candidacy)],
  ['buildTimeline', (candidacy) => buildTimeline(candidacy, { now: NOW })],
  ['pickQuestions', (candidacy) => pickQuestions(candidacy, { interviewId: 'round-2-panel' })],
  ['briefFor', (candidacy) => briefFor(candidacy, { interviewId: 'round-2-panel' })],
  ['briefFor', (candidacy) => briefFor(candidacy, 'round-2-panel')],
  ['draftThankYous', (candidacy) => draftThankYous(candidacy, { interviewId: 'round-2-panel' })],
  ['draftThankYous', (candidacy) => draftThankYous(candidacy, 'round-2-panel')],
  ['compensationBrief', (candidacy) => compensationBrief(candidacy, { now: NOW })],
  ['deriveFacts', (candidacy) => deriveFacts(candidacy, { now: NOW })],
];

/** Raw input a host might pass by mistake, and how the error shows it. */
const RAW: [string, () => unknown, string][] = [
  ['JSON without the defaults parse fills in', () => withoutFormats(), 'an object whose interviews[1] lacks'],
  ['a bare header', () => ({ schemaVersion: 1 }), 'an object without candidate.targetRole'],
  ['null', () => null, 'null'],
  ['a JSON string', () => JSON.stringify(minimalCandidacy()), '"{\\"schemaVersion\\":1,'],
];

function withoutFormats(): unknown {
  const raw = minimalCandidacy() as unknown as { interviews: Record<string, unknown>[] };
  delete raw.interviews[1]!.formats;
  return raw;
}

describe('unparsed input: "parse the input with parseCandidacy first", from every function', () => {
  const cases = CALLS.flatMap(([name, call]) =>
    RAW.map(([what, input, shown]) => [name, what, call, input, shown] as const),
  );
  it.each(cases)('%s given %s', async (name, _what, call, input, shown) => {
    const message = await thrown(() => call(input() as Candidacy));
    expect(message.startsWith(`${name}: expected a candidacy from parseCandidacy, found ${shown}`)).toBe(
      true,
    );
    expect(message.endsWith(': parse the input with parseCandidacy first')).toBe(true);
  });

  it.each(CALLS)('%s runs on the parsed candidacy', async (_name, call) => {
    expect(await thrown(() => call(thorough))).toBe('did not throw');
  });
});

describe('a bad now: the function, the value and the fix', () => {
  const REPORT_FIX = "pass e.g. { now: '2027-03-09T12:00:00-05:00' }";
  const SCORE_FIX = "pass e.g. { now: '2026-12-02T09:00:00-05:00' }";
  const calls: [string, (now: unknown) => unknown, string][] = [
    ['prepare', (now) => prepare(thorough, { now } as never), REPORT_FIX],
    ['prepareSync', (now) => prepareSync(thorough, { now } as never), REPORT_FIX],
    ['preparer.prepare', (now) => preparer.prepare(thorough, { now } as never), REPORT_FIX],
    ['scorer.score', (now) => scorer.score(thorough, { now } as never), SCORE_FIX],
    ['scorer.score', (now) => scorer.score(thorough, now as never), SCORE_FIX],
    ['assessReadiness', (now) => assessReadiness(thorough, { now } as never), SCORE_FIX],
    ['deriveFacts', (now) => deriveFacts(thorough, { now } as never), SCORE_FIX],
    [
      'buildTimeline',
      (now) => buildTimeline(thorough, { now } as never),
      "pass e.g. { now: '2027-03-01T09:00:00-05:00' }",
    ],
    [
      'compensationBrief',
      (now) => compensationBrief(thorough, { now } as never),
      "pass e.g. { now: '2026-12-03T09:00:00-05:00' }",
    ],
  ];
  const values: [unknown, string][] = [
    ['tomorrow', '"tomorrow"'],
    ['2027-03-09T12:00:00', '"2027-03-09T12:00:00"'],
    [undefined, 'nothing'],
    [1_804_000_000_000, '1804000000000'],
  ];
  const cases = calls.flatMap(([name, call, fix]) =>
    values.map(([value, shown]) => [name, shown, call, value, fix] as const),
  );
  it.each(cases)('%s given now %s', async (name, shown, call, value, fix) => {
    const message = await thrown(() => call(value));
    expect(message.startsWith(`${name}: expected `)).toBe(true);
    expect(message).toContain(`now`);
    expect(message.endsWith(`found ${shown}: ${fix}`)).toBe(true);
  });
});

describe('no interview id: the function, the value and the fix', () => {
  const cases: [string, () => unknown, string][] = [
    ['pickQuestions', () => pickQuestions(thorough, {} as never), 'nothing'],
    ['pickQuestions', () => pickQuestions(thorough, 'round-2-panel' as never), 'nothing'],
    ['briefFor', () => briefFor(thorough, {} as never), 'nothing'],
    ['briefFor', () => briefFor(thorough, 42 as never), '42'],
    ['draftThankYous', () => draftThankYous(thorough, { interviewId: null } as never), 'null'],
    ['draftThankYous', () => draftThankYous(thorough, undefined as never), 'nothing'],
  ];
  it.each(cases)('%s given %s', async (name, call, shown) => {
    expect(await thrown(call)).toBe(
      `${name}: expected options.interviewId as a string, found ${shown}: call ${name}(candidacy, { interviewId: 'round-2' })`,
    );
  });
});

describe('the options form gives what the positional form gave', () => {
  const ids = thorough.interviews.map((interview) => interview.id);
  it.each(ids)('briefFor and draftThankYous for %s', (interviewId) => {
    expect(briefFor(thorough, { interviewId })).toEqual(briefFor(thorough, interviewId));
    expect(draftThankYous(thorough, { interviewId })).toEqual(draftThankYous(thorough, interviewId));
  });

  it('briefFor keeps its other options in the object form', () => {
    const tenureBands = [{ id: 'any', fromMonths: 0, insight: 'Ask what changed.', source: 'vendor' }];
    const brief = briefFor(thorough, { interviewId: 'round-2-panel', tenureBands })[0]!;
    expect(brief.tenure?.band).toBe('any');
    expect(briefFor(thorough, 'round-2-panel', { tenureBands })[0]).toEqual(brief);
  });

  it.each(['2027-03-01T09:00:00-05:00', NOW, '2027-04-01T09:00:00-04:00'])('scorer.score at %s', (now) => {
    const consistency = checkConsistency(thorough);
    expect(scorer.score(thorough, { now })).toEqual(scorer.score(thorough, now));
    expect(scorer.score(thorough, { now, consistency })).toEqual(
      scorer.score(thorough, now, { consistency }),
    );
  });

  it('buildTimeline takes its settings as timeline, the key prepare uses; settings still works', () => {
    const timeline = { thankYouHours: 2 };
    const byNewKey = buildTimeline(thorough, { now: NOW, timeline });
    expect(byNewKey).toEqual(buildTimeline(thorough, { now: NOW, settings: timeline }));
    expect(byNewKey).not.toEqual(buildTimeline(thorough, { now: NOW }));
    expect(prepareSync(thorough, { now: NOW, timeline }).timeline).toEqual(byNewKey);
  });

  it('buildTimeline refuses two different settings under both keys', async () => {
    expect(
      await thrown(() =>
        buildTimeline(thorough, { now: NOW, timeline: { thankYouHours: 2 }, settings: { thankYouHours: 6 } }),
      ),
    ).toBe(
      'buildTimeline: expected timeline settings under one key, found "both options.timeline and options.settings": pass them as options.timeline (settings is its deprecated name)',
    );
  });
});

describe('the score reads the profiles and thresholds the report is prepared with', () => {
  const peer = { ...defaultAudienceProfiles.peer, storyTags: [], storyKinds: [] };
  const profiles = { ...defaultAudienceProfiles, peer };
  const thresholds = { repeatSimilarity: 0.1 };
  it.each([
    ['profiles', { profiles }],
    ['thresholds', { thresholds }],
    ['both', { profiles, thresholds }],
  ] as const)('createScorer and assessReadiness agree with %s', async (_what, options) => {
    const fromScorer = createScorer(undefined, options).score(thorough, { now: NOW });
    expect(await assessReadiness(thorough, { now: NOW, ...options })).toEqual(fromScorer);
    expect(fromScorer.score).toBeLessThan(scorer.score(thorough, { now: NOW }).score);
  });
});
