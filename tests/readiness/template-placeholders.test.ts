import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Candidacy, createScorer, parseCandidacy, parseMessageCatalogue } from '../../src/index.js';

function example(name: string): Candidacy {
  const result = parseCandidacy(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(`examples/${name}.json is invalid`);
  return result.value;
}

const contradicting = example('contradicting-stories');
const NOW = '2027-02-02T12:00:00-08:00';

describe('readiness message templates read only their declared placeholders (issue 19.6)', () => {
  it('refuses {{constructor}}, {{__proto__}} and an undeclared fact as issues of the catalogue, located', () => {
    const result = parseMessageCatalogue({
      'recall.notes-reviewed': { message: 'Hi {{constructor}}', recommendation: 'Do {{__proto__|names}}.' },
      'recall.debrief-written': { message: 'Fine.', recommendation: '{{noSuchFact}}' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['recall.notes-reviewed', 'message'],
      ['recall.notes-reviewed', 'recommendation'],
      ['recall.debrief-written', 'recommendation'],
    ]);
    expect(result.issues[0]?.message).toContain('found {{constructor}}');
  });

  it('accepts displayable facts, |names and plural forms, and reads own fields of plain objects only', () => {
    expect(
      parseMessageCatalogue({
        'recall.consistent-stories': {
          message:
            '{{unresolvedContradictions|one:# detail|other:# details}} in {{unresolvedContradictions|names}}',
          recommendation: 'Settle each.',
        },
      }).ok,
    ).toBe(true);
    expect(parseMessageCatalogue(Object.create({ x: { message: 'a', recommendation: 'b' } })).ok).toBe(false);
    const inherited = Object.create({ message: 'a', recommendation: 'b' });
    expect(parseMessageCatalogue({ 'recall.notes-reviewed': inherited }).ok).toBe(false);
    expect(parseMessageCatalogue(new Map()).ok).toBe(false);
  });

  it('a scorer refuses a translation with an undeclared placeholder instead of printing it', () => {
    expect(() =>
      createScorer(undefined, {
        messages: { 'recall.notes-reviewed': { message: 'Hi {{constructor}}', recommendation: 'Review.' } },
      }),
    ).toThrow(TypeError);
  });

  it('takes a note label only from the labels object itself, never from its prototype', () => {
    const notes = Object.create({ 'no-recent-activity': 'INHERITED' });
    const report = createScorer(undefined, { labels: { notes } }).score(contradicting, NOW);
    const text = JSON.stringify(report);
    expect(text).not.toContain('INHERITED');
    expect(text).toContain('Nora Fitzgerald (no recent activity)');
  });
});
