import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { parseCandidacy, prepareSync, renderMarkdown } from '../../src/index.js';

const NOW = '2027-03-09T12:00:00-05:00';
const GERMAN =
  'Ich habe den Umbau des Bezahlvorgangs bei Tidewell über achtzehn Monate geleitet. Die wichtigste Entscheidung war, zuerst die Zahlungen umzubauen und erst danach den Warenkorb, obwohl der Warenkorb das sichtbarere Problem war.';

function withGermanRoundTwo() {
  const input = JSON.parse(readFileSync('examples/contradicting-stories.json', 'utf8'));
  input.stories[0].tellings[1].text = GERMAN;
  const parsed = parseCandidacy(input);
  if (!parsed.ok) throw new Error('fixture rejected');
  return parsed.value;
}

// The report shows what the check could not read, instead of a silent "no contradictions" for that story.
describe('the report names tellings the check could not read', () => {
  it.each([
    ['English', {}, /not in English|English only/i],
    ['German', de, /Englisch/],
  ])('%s report', (_, bundle, pattern) => {
    const report = prepareSync(withGermanRoundTwo(), { now: NOW, ...bundle });
    const section = renderMarkdown(report, { ...bundle, sections: ['consistency'] });
    const warning = section.split('\n').find((line) => line.startsWith('- ⚠'));
    expect(warning).toMatch(pattern);
    expect(warning).toContain('Checkout rebuild at Tidewell');
  });

  it('lists the sentences to check yourself under their heading', () => {
    const input = JSON.parse(readFileSync('examples/contradicting-stories.json', 'utf8'));
    // Round two adds a number round one never gave: a claim with no counterpart, never flagged.
    input.stories[0].tellings[1].text += ' We also cut refund tickets by 40% in the last quarter.';
    const parsed = parseCandidacy(input);
    if (!parsed.ok) throw new Error('fixture rejected');
    const markdown = renderMarkdown(prepareSync(parsed.value, { now: NOW }), { sections: ['consistency'] });
    const after = markdown.split('**Check these yourself:**')[1] ?? '';
    expect(after).toContain('refund tickets by 40');
  });
});

describe('a finding says what it is about in the reader’s words', () => {
  const input = JSON.parse(readFileSync('examples/contradicting-stories.json', 'utf8'));
  const parsed = parseCandidacy(input);
  if (!parsed.ok) throw new Error('fixture rejected');
  it.each([
    [
      'English',
      {},
      [
        '**contradiction** duration |',
        '**contradiction** percentage (revenue) |',
        '**contradiction** reason for leaving |',
      ],
    ],
    [
      'German',
      de,
      [
        '**Widerspruch** Dauer |',
        '**Widerspruch** Prozentwert (revenue) |',
        '**Widerspruch** Wechselgrund |',
      ],
    ],
  ])('%s', (_, bundle, expected) => {
    const markdown = renderMarkdown(prepareSync(parsed.value, { now: NOW, ...bundle }), {
      ...bundle,
      sections: ['consistency'],
    });
    for (const cell of expected) expect(markdown).toContain(cell);
    expect(markdown).not.toMatch(/leaveReason|percentage\.revenue/);
  });
});
