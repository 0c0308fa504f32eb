import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { type ConsistencyReport, checkConsistency } from '../../src/index.js';
import { candidacyWith } from './fixtures.js';

interface LanguageCase {
  readonly name: string;
  readonly stories: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly unread: readonly (readonly [string, number])[];
}

const { cases } = JSON.parse(readFileSync(new URL('./language.cases.json', import.meta.url), 'utf8')) as {
  readonly cases: readonly LanguageCase[];
};

function candidacyOf(stories: LanguageCase['stories']) {
  return candidacyWith(
    Object.entries(stories).map(([id, rounds]) => ({
      id,
      title: `Story ${id}`,
      kind: 'project',
      tags: [],
      tellings: Object.entries(rounds).map(([round, text]) => ({ round: Number(round), text })),
    })),
  );
}

/** The tellings a report says it could not read for their language, as [story, round]. */
function unreadOf(report: ConsistencyReport): (readonly [string, number])[] {
  return (report.notes ?? [])
    .flatMap((note) => (note.code === 'not_english' ? note.tellings : []))
    .map((telling) => [telling.storyId, telling.round] as const);
}

describe('tellings not in English are reported, not silently unread', () => {
  it.each(cases.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    expect(unreadOf(checkConsistency(candidacyOf(entry.stories)))).toEqual(entry.unread);
  });

  it('says so once per candidacy, naming the stories and rounds', () => {
    const candidacy = candidacyOf({
      de: {
        '1': 'Das Projekt hat insgesamt vierzehn Monate gedauert, und ich habe ein Team von acht Leuten geleitet.',
        '2': 'Wir haben für die Migration ungefähr anderthalb Jahre gebraucht, und das Team bestand aus acht Personen.',
      },
      fr: {
        '1': 'The migration took fourteen months and I led a team of eight people.',
        '2': 'La migration nous a pris environ dix-huit mois et je m’occupais du budget et des clients.',
      },
    });
    const notes = (checkConsistency(candidacy).notes ?? []).filter((note) => note.code === 'not_english');
    expect(notes.map((note) => note.message)).toEqual([
      'These tellings could not be read, as free text is read in English only for now: "Story de" (rounds 1 and 2) and "Story fr" (round 2). Their structured facts were still compared.',
    ]);
    expect(notes[0]?.code === 'not_english' ? notes[0].tellings : []).toEqual([
      { storyId: 'de', round: 1, path: ['stories', 0, 'tellings', 0, 'text'] },
      { storyId: 'de', round: 2, path: ['stories', 0, 'tellings', 1, 'text'] },
      { storyId: 'fr', round: 2, path: ['stories', 1, 'tellings', 1, 'text'] },
    ]);
    const german = (checkConsistency(candidacy, { ...de }).notes ?? []).map((note) => note.message);
    expect(german).toEqual([
      'Diese Fassungen konnten nicht gelesen werden, weil freier Text vorerst nur auf Englisch ausgewertet wird: „Story de“ (Runden 1 und 2) und „Story fr“ (Runde 2). Ihre strukturierten Angaben wurden trotzdem verglichen.',
    ]);
  });

  it('finds nothing in a German telling, but no longer silently', () => {
    const candidacy = candidacyOf({
      de: {
        '1': 'Das Projekt hat vierzehn Monate gedauert, und ich habe ein Team von acht Leuten geleitet.',
        '2': 'Das Projekt hat achtzehn Monate gedauert, und ich habe ein Team von acht Leuten geleitet.',
      },
    });
    const report = checkConsistency(candidacy);
    expect(report.findings).toEqual([]);
    expect(report.consistent).toBe(true);
    expect(unreadOf(report)).toEqual([
      ['de', 1],
      ['de', 2],
    ]);
  });
});
