import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { parseCandidacy, prepareSync, renderMarkdown } from '../../src/index.js';

const thorough = JSON.parse(readFileSync('examples/thorough-manager.json', 'utf8'));
// Round one only: its interview, and the stories as told in round one.
const roundOneOnly = {
  ...thorough,
  interviews: thorough.interviews.slice(0, 1),
  stories: thorough.stories.map((story: { tellings: { round: number }[] }) => ({
    ...story,
    tellings: story.tellings.filter((telling) => telling.round === 1),
  })),
};

/** The line under the title, English and German, written by hand for each mode. */
const CASES = [
  {
    name: 'coach the next round: round one held, none planned',
    json: roundOneOnly,
    now: '2027-03-01T12:00:00-05:00',
    english:
      'Prepared Mon 1 Mar 2027, 12:00 (UTC-05:00) after round 1, with no later round planned yet: use it to get ready for round 2.',
    german:
      'Vorbereitet am Mo., 1. März 2027, 12:00 (UTC-05:00) nach Runde 1; eine weitere Runde ist noch nicht vereinbart. Nutzen Sie die Zeit, um sich auf Runde 2 vorzubereiten.',
  },
  {
    name: 'prepare: round two ahead',
    json: thorough,
    now: '2027-03-09T12:00:00-05:00',
    english: 'Prepared Tue 9 Mar 2027, 12:00 (UTC-05:00) for round 2 on Wed 10 Mar 2027, 10:00 (UTC-05:00).',
    german:
      'Vorbereitet am Di., 9. März 2027, 12:00 (UTC-05:00) für Runde 2 am Mi., 10. März 2027, 10:00 (UTC-05:00).',
  },
  {
    name: 'follow through: round two held',
    json: thorough,
    now: '2027-03-12T12:00:00-05:00',
    english:
      'Prepared Fri 12 Mar 2027, 12:00 (UTC-05:00) after round 2, held Wed 10 Mar 2027, 10:00 (UTC-05:00): this is about the follow-through.',
    german:
      'Vorbereitet am Fr., 12. März 2027, 12:00 (UTC-05:00) nach Runde 2 vom Mi., 10. März 2027, 10:00 (UTC-05:00): Jetzt geht es um die Nachbereitung.',
  },
];

describe('the line under the title, in each mode', () => {
  it.each(CASES)('$name', ({ json, now, english, german }) => {
    const parsed = parseCandidacy(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(renderMarkdown(prepareSync(parsed.value, { now })).split('\n')[2]).toBe(english);
    expect(renderMarkdown(prepareSync(parsed.value, { now, ...de }), { ...de }).split('\n')[2]).toBe(german);
  });
});
