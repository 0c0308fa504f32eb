import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { checkConsistency } from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

/** The `why` of the only finding of one story told twice, in the options' language. */
function whyOf(roundOne: string, roundTwo: string, options: Parameters<typeof checkConsistency>[1]) {
  const report = checkConsistency(candidacyWith([storyOf('s1', roundOne, roundTwo)]), options);
  return report.findings.map((finding) => `${finding.kind}: ${finding.why}`);
}

describe('consistency in German (the de bundle)', () => {
  const cases: readonly (readonly [string, string, string, readonly string[]])[] = [
    [
      'a duration',
      'The rebuild took 14 months.',
      'The rebuild took 18 months.',
      [
        'contradiction: 14 Monate und 18 Monate liegen 4 Monate auseinander, außerhalb der Toleranz von 2,7 Monaten',
      ],
    ],
    [
      'a direction',
      'Revenue grew 30% that year.',
      'Revenue fell 30% that year.',
      [
        'contradiction: +30\u00a0% und -30\u00a0%: Die Richtung hat sich gedreht – einmal geht es nach oben, einmal nach unten',
      ],
    ],
    [
      'money, written in full the German way (one formatter)',
      'We raised $2.5M in the seed round.',
      'We raised $3.4M in the seed round.',
      [
        'contradiction: 2.500.000\u00a0$ und 3.400.000\u00a0$ liegen 900.000\u00a0$ auseinander, außerhalb der Toleranz von 510.000\u00a0$',
      ],
    ],
    [
      'a reason for leaving',
      'I left because I wanted more growth.',
      'I left because of a layoff.',
      ['contradiction: berufliche Entwicklung und Stellenabbau: kein gemeinsamer Grund'],
    ],
    [
      'dates with German month names',
      'I joined in March 2021 and stayed until June 2022.',
      'The project ran from March 2021 to June 2023.',
      [
        'consistent: März 2021 und März 2021: derselbe Wert',
        'contradiction: Juni 2022 und Juni 2023 liegen 12 Monate auseinander, außerhalb der Toleranz von 2 Monaten',
      ],
    ],
    [
      'a title (the candidate’s own words stay as said)',
      'I was a senior engineer there.',
      'I was the head of engineering there.',
      [
        'contradiction: senior (Stufe 2) und head of (Stufe 5) liegen 3 Karrierestufen auseinander, außerhalb der Toleranz von 1 Stufe',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, roundOne, roundTwo, expected) => {
    expect(whyOf(roundOne, roundTwo, { ...de })).toEqual(expected);
  });

  it('writes English without a locale, and the same English with an empty translation', () => {
    const english = ['contradiction: 14 months vs 18 months: 4 months apart, beyond the 2.7-month tolerance'];
    expect(whyOf('The rebuild took 14 months.', 'The rebuild took 18 months.', {})).toEqual(english);
    expect(whyOf('The rebuild took 14 months.', 'The rebuild took 18 months.', { texts: {} })).toEqual(
      english,
    );
  });

  it('takes one translated key and keeps English for a malformed one', () => {
    const texts = {
      'consistency.why.apart': '{{one}} / {{two}}: {{gap}} ({{verdict|variation:ok|other:zu viel}})',
      'consistency.value.months': '{{count|one:# mes}}', // no "other" form: falls back to English
    };
    expect(whyOf('The rebuild took 14 months.', 'The rebuild took 18 months.', { texts })).toEqual([
      'contradiction: 14 months / 18 months: 4 months (zu viel)',
    ]);
  });

  it('says two stories of one round in German', () => {
    const candidacy = candidacyWith([
      {
        id: 'a',
        title: 'A',
        kind: 'project',
        tags: [],
        tellings: [{ round: 1, text: 'My team was 8 people.' }],
      },
      {
        id: 'b',
        title: 'B',
        kind: 'project',
        tags: [],
        tellings: [{ round: 1, text: 'My team was 12 people.' }],
      },
    ]);
    const whys = checkConsistency(candidacy, { ...de }).findings.map((finding) => finding.why);
    expect(whys).toEqual([
      'Zwei Geschichten in Runde 1: 8 und 12 liegen 4 auseinander, außerhalb der Toleranz von ±1,2; vielleicht geht es um verschiedene Teams – prüfen Sie das, statt etwas zu ändern',
    ]);
  });

  it('explains an unread telling in German', () => {
    const candidacy = candidacyWith([
      storyOf('lang', 'The rebuild took 14 months.', 'The rebuild took 18 months.'),
    ]);
    const notes = checkConsistency(candidacy, { ...de, maxTextLength: 10 }).notes ?? [];
    expect(notes.map((note) => note.message)).toEqual([
      'Ihre Fassung der Geschichte „lang“ für Runde 1 ist 27 Zeichen lang, mehr als die Grenze von 10 Zeichen. Der Text wurde deshalb nicht gelesen (die strukturierten Angaben schon): Kürzen Sie ihn oder teilen Sie ihn auf mehrere Geschichten auf.',
      'Ihre Fassung der Geschichte „lang“ für Runde 2 ist 27 Zeichen lang, mehr als die Grenze von 10 Zeichen. Der Text wurde deshalb nicht gelesen (die strukturierten Angaben schon): Kürzen Sie ihn oder teilen Sie ihn auf mehrere Geschichten auf.',
    ]);
  });
});

describe('one money style per report (issue 21)', () => {
  it('writes amounts in full, as the pay script does, never "$2.5M" next to "$180,000"', () => {
    expect(whyOf('We raised $2.5M in the seed round.', 'We raised $3.4M in the seed round.', {})).toEqual([
      'contradiction: $2,500,000 vs $3,400,000: $900,000 apart, beyond the $510,000 tolerance',
    ]);
    expect(whyOf('My base was $180k a year.', 'My base was $150k a year.', {})).toEqual([
      'contradiction: $180,000 a year vs $150,000 a year: $30,000 apart, beyond the $27,000 tolerance',
    ]);
  });
});
