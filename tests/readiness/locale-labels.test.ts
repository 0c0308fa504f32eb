import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { createPreparer, parseCandidacy, parseReadinessLabels } from '../../src/index.js';

describe('parseReadinessLabels', () => {
  it.each([
    ['the German labels', de.labels],
    ['no labels', {}],
    ['a caps sentence with its name', { nothingPrepared: 'Rien pour {{dimension}}' }],
    ['French quotes', { quoted: '« {{title}} »' }],
    ['a note with plural forms', { notes: { idle: 'inactif depuis {{count|one:# jour|other:# jours}}' } }],
  ])('accepts %s', (_, input) => {
    const parsed = parseReadinessLabels(input);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it.each([
    ['a string', 'labels', [], 'invalid_type'],
    ['an unknown field', { note: {} }, ['note'], 'unknown_field'],
    ['an unknown note code', { notes: { idel: 'x' } }, ['notes', 'idel'], 'unknown_field'],
    ['an unknown subject', { subjects: { slides: 'x' } }, ['subjects', 'slides'], 'unknown_field'],
    [
      'a count note without forms',
      { notes: { idle: 'seit {{count}} Tagen' } },
      ['notes', 'idle'],
      'invalid_value',
    ],
    [
      'a placeholder in a plain note',
      { notes: { paused: '{{count|other:#}}' } },
      ['notes', 'paused'],
      'invalid_value',
    ],
    [
      'another placeholder in the caps sentence',
      { nothingPrepared: '{{constructor}}' },
      ['nothingPrepared'],
      'invalid_value',
    ],
    ['a placeholder in "none"', { none: '{{dimension}}' }, ['none'], 'invalid_value'],
    ['quotes without the title', { quoted: '«»' }, ['quoted'], 'invalid_value'],
    ['quotes around another placeholder', { quoted: '«{{name}}»' }, ['quoted'], 'invalid_value'],
    ['an empty label', { dueLater: '' }, ['dueLater'], 'too_big'],
    ['a number as a dimension name', { dimensions: { recall: 3 } }, ['dimensions', 'recall'], 'invalid_type'],
    ['an unclosed placeholder', { unknown: '{{oops' }, ['unknown'], 'invalid_value'],
  ])('refuses %s, located', (_, input, path, code) => {
    const parsed = parseReadinessLabels(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path, code });
  });
});

describe('createPreparer with labels', () => {
  it('returns located issues for bad labels, never throws', () => {
    const preparer = createPreparer({ labels: { notes: { idle: 'seit {{days}} Tagen' } } });
    expect(preparer.ok).toBe(false);
    if (!preparer.ok) expect(preparer.issues[0]?.path).toEqual(['labels', 'notes', 'idle']);
  });

  it('returns located issues for a message with a placeholder it cannot fill, never throws', () => {
    const preparer = createPreparer({
      messages: { 'recall.notes-reviewed': { message: 'Hallo {{constructor}}', recommendation: 'Los.' } },
    });
    expect(preparer.ok).toBe(false);
    if (!preparer.ok)
      expect(preparer.issues[0]?.path).toEqual(['messages', 'recall.notes-reviewed', 'message']);
  });

  it('scores in German with the German bundle: caps and notes in German', () => {
    const parsed = parseCandidacy({
      schemaVersion: 1,
      candidate: {
        name: 'Jana Weber',
        timeZone: 'Europe/Berlin',
        jurisdiction: 'DE',
        targetRole: { title: 'Teamleitung Data', company: 'Nordlicht', managesPeople: true },
      },
      interviews: [
        {
          id: 'r1',
          round: 1,
          scheduledAt: '2026-11-10T10:00:00+01:00',
          durationMinutes: 30,
          medium: 'video',
        },
        {
          id: 'r2',
          round: 2,
          scheduledAt: '2026-12-03T10:00:00+01:00',
          durationMinutes: 60,
          medium: 'video',
          interviewers: [{ id: 'i1', name: 'Tobias Krenz', audience: 'hiring-manager' }],
        },
      ],
    });
    expect(parsed.ok).toBe(true);
    const preparer = createPreparer({ ...de });
    if (!parsed.ok || !preparer.ok) return;
    const readiness = preparer.value.prepare(parsed.value, { now: '2026-11-30T09:00:00+01:00' }).readiness;
    const research = readiness.items.find((item) => item.ruleId === 'research.interviewers');
    expect(research?.recommendation).toContain('Tobias Krenz (Werdegang fehlt');
    expect(readiness.caps.map((cap) => cap.message)).toContain('Fragen: noch nichts vorbereitet');
  });
});
