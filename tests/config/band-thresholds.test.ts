import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  createScorer,
  defaultBandThresholds,
  defaultRulePack,
  formatPath,
  parseBandThresholds,
  readinessBandThresholds,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// Issue 21 item 1: the band thresholds are a data set like the others: parsed with located issues, and
// taken by the scorer, the engine and the preparer alike. Expected values written by hand.

const NOW = '2027-03-09T12:00:00-05:00';
const vendor = example('vendor-export'); // 53/100, at-risk with the defaults, one empty-dimension cap
const thorough = example('thorough-manager'); // 100/100, top-quartile

describe('parseBandThresholds', () => {
  const cases: [string, unknown, string[] | 'ok'][] = [
    ['the defaults', defaultBandThresholds, 'ok'],
    ['nothing overridden', {}, 'ok'],
    ['one key, still in order', { ready: 80 }, 'ok'],
    ['equal thresholds (an empty band)', { ready: 90, topQuartile: 90 }, 'ok'],
    ['above 100', { topQuartile: 120 }, ['topQuartile']],
    ['a fraction', { atRisk: 49.5 }, ['atRisk']],
    ['a string', { ready: '75' }, ['ready']],
    ['an unknown key', { notReady: 40 }, ['notReady']],
    ['atRisk above the default ready', { atRisk: 80 }, ['atRisk']],
    ['topQuartile below the default ready', { topQuartile: 60 }, ['topQuartile']],
    ['both given, out of order', { ready: 95, topQuartile: 92 }, ['topQuartile']],
    ['not an object', [50, 75, 90], ['(root)']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    const parsed = parseBandThresholds(input);
    expect(parsed.ok ? 'ok' : parsed.issues.map((issue) => formatPath(issue.path))).toEqual(expected);
  });

  it('the old export is the same object as the new one', () => {
    expect(readinessBandThresholds).toBe(defaultBandThresholds);
    expect(defaultBandThresholds).toEqual({ atRisk: 50, ready: 75, topQuartile: 90 });
  });
});

describe('the scorer and the engine take bandThresholds', () => {
  const bands = { atRisk: 60, ready: 80, topQuartile: 95 };
  it('createScorer: 53 is not-ready when at-risk starts at 60', () => {
    const scored = createScorer(defaultRulePack, { bandThresholds: bands }).score(vendor, { now: NOW });
    expect([scored.score, scored.band]).toEqual([53, 'not-ready']);
    expect(createScorer().score(vendor, { now: NOW }).band).toBe('at-risk');
  });
  it('assessReadiness gives the same band', async () => {
    const assessed = await assessReadiness(vendor, { now: NOW, bandThresholds: bands });
    expect([assessed.score, assessed.band]).toEqual([53, 'not-ready']);
  });
  it('a full checklist at 100 stays top-quartile only while topQuartile ≤ 100', () => {
    const scored = createScorer(defaultRulePack, { bandThresholds: { topQuartile: 100 } }).score(thorough, {
      now: NOW,
    });
    expect(scored.band).toBe('top-quartile');
  });
  it('a blocker still caps the band at at-risk, whatever the thresholds', () => {
    const contradicting = example('contradicting-stories'); // 80/100 with a blocker
    const scored = createScorer(defaultRulePack, { bandThresholds: { ready: 10, atRisk: 5 } }).score(
      contradicting,
      { now: NOW },
    );
    expect([scored.score, scored.band]).toEqual([80, 'at-risk']);
  });
  it('bad thresholds are a TypeError naming the function, the value and the fix', async () => {
    expect(() => createScorer(defaultRulePack, { bandThresholds: { ready: 101 } })).toThrow(
      'createScorer: bandThresholds.ready: expected a whole score from 0 to 100, found 101: check them with parseBandThresholds first',
    );
    await expect(assessReadiness(vendor, { now: NOW, bandThresholds: { atRisk: 90 } })).rejects.toThrow(
      /^assessReadiness: bandThresholds\.atRisk: expected atRisk ≤ ready, found 90 > 75 \(the other is the default\): give both in order: check them with parseBandThresholds first$/,
    );
  });
});
