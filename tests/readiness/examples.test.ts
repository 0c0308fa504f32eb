import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import { type Band, createScorer, parseCandidacy } from '../../src/index.js';

/** The bundled examples, the `now` their README gives and the bands a careful reader of the guide expects. */
const examples: { file: string; now: string; bands: Band[] }[] = [
  { file: 'thorough-manager.json', now: '2027-03-09T12:00:00-05:00', bands: ['ready', 'top-quartile'] },
  { file: 'verbatim-reuser.json', now: '2027-03-22T12:00:00+01:00', bands: ['not-ready', 'at-risk'] },
  { file: 'contradicting-stories.json', now: '2027-02-02T12:00:00-08:00', bands: ['at-risk'] },
];

function load(file: string) {
  const parsed = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`example ${file} does not parse`);
  return parsed.value;
}

describe('the bundled examples', () => {
  it.each(examples)('puts $file in the band the guide suggests', async ({ file, now, bands }) => {
    const candidacy = load(file);
    const readiness = await assessReadiness(candidacy, { now });
    expect(bands).toContain(readiness.band);
    expect(JSON.stringify(createScorer().score(candidacy, now))).toBe(JSON.stringify(readiness));
  });

  it('blocks the contradicting candidate on consistency', async () => {
    const readiness = await assessReadiness(load('contradicting-stories.json'), {
      now: '2027-02-02T12:00:00-08:00',
    });
    expect(readiness.blockers.map((item) => item.ruleId)).toContain('recall.consistent-stories');
  });

  it('flags the verbatim reuser for repeating round one and planning no new questions', async () => {
    const readiness = await assessReadiness(load('verbatim-reuser.json'), {
      now: '2027-03-22T12:00:00+01:00',
    });
    const failed = readiness.items.filter((item) => item.status === 'failed').map((item) => item.ruleId);
    expect(failed).toEqual(expect.arrayContaining(['recall.deeper-than-round-one', 'questions.planned']));
  });
});
