import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Candidacy, parseCandidacy, parseTexts, prepareSync, renderMarkdown } from '../../src/index.js';

// docs/translating-messages.md walks a vendor through a French bundle: its texts must be what it says.
const page = readFileSync('docs/translating-messages.md', 'utf8');

function frenchTexts(): Record<string, string> {
  const start = page.indexOf('const frTexts = {');
  const end = page.indexOf('// … every key of englishTexts', start);
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  // The block is an object literal of string keys and single-quoted texts, written for people.
  return new Function(`return {${page.slice(start + 'const frTexts = {'.length, end)}}`)();
}

function load(json: unknown): Candidacy {
  const result = parseCandidacy(json);
  if (!result.ok) throw new Error('invalid example');
  return result.value;
}

describe('docs/translating-messages.md', () => {
  it('shows French texts that parseTexts accepts', () => {
    const texts = frenchTexts();
    expect(Object.keys(texts).length).toBeGreaterThanOrEqual(4);
    expect(parseTexts(texts)).toEqual({ ok: true, value: texts, warnings: [] });
  });

  it('shows French texts that a report is written with, plurals and choices included', () => {
    const candidacy = load(JSON.parse(readFileSync('examples/thorough-manager.json', 'utf8')));
    const report = prepareSync(candidacy, { now: '2027-03-09T12:00:00-05:00' });
    const text = renderMarkdown(report, { locale: 'fr-FR', texts: frenchTexts() });
    expect(text).toMatch(/^# Maya Okafor : Engineering Manager, Billing Platform chez Tallyworks$/m);
    expect(text).toMatch(/^## Vos interlocuteurs$/m);
    expect(text).toContain('Liste de contrôle : 13 sur 13 points validés.');
    expect(text).toContain('(tour 1) : y revenir, tôt dans l’entretien');
  });

  it('prints the issues parseTexts really gives for its bad example', () => {
    const parsed = parseTexts({
      'report.interviewers.heading': 'Vos interlocuteurs',
      'report.nope': 'x',
      'report.pay.heading': 'Salaire {{amount}}',
    });
    expect(parsed.ok).toBe(false);
    for (const issue of parsed.ok ? [] : parsed.issues) expect(page).toContain(issue.message);
  });
});
