import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  type CompensationBrief,
  compensationBrief,
  defaultLawTable,
  parseCandidacy,
  parseLawTable,
} from '../../src/index.js';

const germanLaws = de.laws ?? [];

/** Every text of the brief's pay-law section a candidate reads. */
function legalText(brief: CompensationBrief): string {
  return [brief.currentSalary.text, brief.legal.places, ...brief.legal.lines.map((line) => line.text)].join(
    '\n',
  );
}

/** A bundled example, parsed as a caller would, with the moment its README reads it at. */
function example(name: string, now: string): { now: string; brief: CompensationBrief } {
  const parsed = parseCandidacy(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return { now, brief: compensationBrief(parsed.value, { now, ...de }) };
}

describe('German law tips (de.laws)', () => {
  it('gives every row of the default table a German tip of its own', () => {
    const byId = new Map(germanLaws.map((row) => [row.id, row]));
    const missing = defaultLawTable
      .filter((row) => {
        const german = byId.get(row.id)?.candidateTip;
        return german === undefined || german === row.candidateTip || german.trim() === '';
      })
      .map((row) => row.id);
    expect(missing).toEqual([]);
  });

  it('writes each tip in German, in the Sie form', () => {
    // English words every English tip is built from, and the du form: none may be left in a German tip.
    const english = /\b(the|may|not|your|you|employers|must|du|dich|dein)\b/i;
    expect(germanLaws.filter((row) => english.test(row.candidateTip)).map((row) => row.id)).toEqual([]);
    expect(
      germanLaws.filter((row) => !/\b(Sie|Ihnen|Ihr\w*)\b/.test(row.candidateTip)).map((row) => row.id),
    ).toEqual([]);
  });

  it('keeps ids, codes, dates, kinds, citations and sources of the English table, in its order', () => {
    const facts = (rows: readonly (typeof defaultLawTable)[number][]) =>
      rows.map((row) => ({
        id: row.id,
        code: row.code,
        level: row.level,
        effectiveDate: row.effectiveDate,
        kinds: row.kinds,
        exceptions: row.exceptions,
        sources: row.sources,
        confidence: row.confidence,
        supersedes: row.supersedes,
        // The EU directive's rows carry German citations; every other citation stays as the English table has it.
        citation: row.id.startsWith('EU/') ? 'EU' : row.citation,
      }));
    expect(facts(germanLaws)).toEqual(facts(defaultLawTable));
    expect(germanLaws.length).toBe(42);
  });

  it('is a law table parseLawTable accepts', () => {
    const parsed = parseLawTable(germanLaws);
    expect(parsed.ok).toBe(true);
  });

  it.each([
    // Hand-picked sentences of the English tips of the rows these examples print.
    {
      name: 'thorough-manager',
      now: '2027-03-09T12:00:00-05:00',
      english: [
        'New York City employers may not ask about your pay history',
        'Ads for jobs done at least partly in New York City',
        'New York employers may not make your pay history',
        'Ads for roles done at least partly in New York',
      ],
      german: ['Arbeitgeber in New York City dürfen nicht nach Ihrem bisherigen Gehalt fragen'],
    },
    {
      name: 'vendor-export',
      now: '2027-03-09T12:00:00-07:00',
      english: [
        'Colorado employers may not ask about your past wage rates',
        'Colorado postings must show the pay rate or range',
        'New York City employers may not ask about your pay history',
        'anchor on that range',
      ],
      german: ['Arbeitgeber in Colorado dürfen weder nach Ihren bisherigen Gehältern fragen'],
    },
  ])('prints no English tip in the German pay brief of $name', ({ name, now, english, german }) => {
    const text = legalText(example(name, now).brief);
    expect(english.filter((sentence) => text.includes(sentence))).toEqual([]);
    expect(defaultLawTable.filter((row) => text.includes(row.candidateTip)).map((row) => row.id)).toEqual([]);
    for (const sentence of german) expect(text).toContain(sentence);
  });
});
