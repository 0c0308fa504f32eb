import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import { type Band, createScorer, parseCandidacy } from '../../src/index.js';

/**
 * The six personas of tests/readiness/personas, each with the band written in EXPECTED.md before the pack was
 * calibrated on them (see docs/scoring.md for how each landed before and after).
 */
const expected: Record<string, Band[]> = {
  'undated-round-two.json': ['ready'],
  'eve-of-round.json': ['ready', 'top-quartile'],
  'over-prepared.json': ['at-risk'],
  'relocating-long-notice.json': ['top-quartile'],
  'idle-pipeline.json': ['ready'],
  'restated-and-unpaid.json': ['at-risk'],
};
const dir = new URL('./personas/', import.meta.url);
const nows: Record<string, string> = JSON.parse(readFileSync(new URL('now.json', dir), 'utf8'));

describe('readiness personas written from the guide', () => {
  it.each(Object.entries(expected))('puts %s in the band a careful reader gives', async (file, bands) => {
    const parsed = parseCandidacy(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    const now = nows[file];
    if (now === undefined) throw new Error(`${file} has no now`);
    const readiness = await assessReadiness(parsed.value, { now });
    expect(bands).toContain(readiness.band);
    expect(JSON.stringify(createScorer().score(parsed.value, now))).toBe(JSON.stringify(readiness));
  });
});
