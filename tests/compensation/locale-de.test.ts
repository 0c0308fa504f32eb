import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { type CompensationBrief, compensationBrief, defaultLawTable } from '../../src/index.js';
import { makeCandidacy } from './fixtures.js';
import { bundled, bundledExamples } from './locale-examples.js';

// The bundle spreads in as it is: its `laws` carry the EU rows in German.
const german = { ...de };

/** Every text of a brief a candidate reads, with its id. */
function textsOf(brief: CompensationBrief): { id: string; text: string }[] {
  return [
    ...brief.script,
    ...brief.warnings,
    brief.currentSalary,
    { id: 'places', text: brief.legal.places },
    ...brief.legal.lines,
    brief.legal.disclaimer,
    brief.startDate,
    brief.relocation,
    brief.workMode,
    ...(brief.offerComparison === undefined
      ? []
      : [
          brief.offerComparison.note,
          ...brief.offerComparison.rows.flatMap((row, index) =>
            Object.values(row.display).map((text) => ({ id: `row${index}`, text })),
          ),
        ]),
    brief.competingOffer,
  ].map(({ id, text }) => ({ id, text }));
}

/** Phrases of the English defaults, written by hand: none may be left in a German brief. */
const ENGLISH = [
  'If they ask what you expect',
  'hold it back once',
  'If they push',
  'No pay range is set',
  'Your range',
  'base salary',
  'total compensation',
  'The detailed negotiation',
  "Don't offer your current pay",
  'Where you live',
  'where the job is',
  'not given',
  'general information',
  'legal advice',
  'last reviewed',
  'Expect a question',
  'notice period',
  'is usual',
  'round two',
  'relocation',
  'remote, hybrid',
  'You are flexible',
  'State your preference',
  'No live offer',
  'Listed competing offer',
  'Only the offers you listed',
  'not stated',
  'in force since',
  'not yet in force',
  'confidence',
  'not in our table',
  'Our table',
  'Pay Transparency Directive',
  'Job ads',
  'You may ask',
  'You plan to share',
  'weeks',
  'Germany',
  'Directive (EU)',
  'employers',
  'expected by',
];

/** The English texts of the law rows that have no German version: they may stay, the sentence around them may not. */
const englishRowTexts = defaultLawTable
  .filter((row) => !row.code.startsWith('EU') && row.code !== 'DE')
  .flatMap((row) => [row.candidateTip, row.lawName, row.citation]);

function englishLeft(text: string): string[] {
  let rest = text;
  for (const row of englishRowTexts) rest = rest.replaceAll(row, '');
  return ENGLISH.filter((phrase) => rest.includes(phrase));
}

describe('the German pay brief of each bundled example', () => {
  it.each(bundledExamples)(
    '$name: German texts, no English sentence of the defaults left',
    ({ candidacy, now }) => {
      const english = textsOf(compensationBrief(candidacy, { now }));
      const texts = textsOf(compensationBrief(candidacy, { now, ...german }));
      expect(texts.map((part) => part.id)).toEqual(english.map((part) => part.id));
      const left = texts.flatMap(({ id, text }) => englishLeft(text).map((phrase) => `${id}: ${phrase}`));
      expect(left).toEqual([]);
    },
  );

  // Intl writes a no-break space between the amount and the symbol.
  it('writes money the German way', () => {
    const manager = bundled('thorough-manager');
    const nyc = compensationBrief(manager.candidacy, { now: manager.now, ...german });
    expect(nyc.script[0]?.text).toContain('215.000\u00a0$ bis 245.000\u00a0$');
    const reuser = bundled('verbatim-reuser');
    const berlin = compensationBrief(reuser.candidacy, { now: reuser.now, ...german });
    expect(berlin.script[0]?.text).toContain('78.000\u00a0€');
  });

  it('cites German and EU sources in German for a candidate in Germany', () => {
    const reuser = bundled('verbatim-reuser');
    const brief = compensationBrief(reuser.candidacy, { now: reuser.now, ...german });
    const legal = [brief.currentSalary, ...brief.legal.lines].map((part) => part.text).join('\n');
    expect(legal).toContain('Richtlinie (EU) 2023/970');
    expect(legal).toContain('Entgelttransparenzgesetz');
    expect(legal).not.toContain('Directive');
  });
});

describe('the German notice norm', () => {
  it.each([
    [
      12,
      'In Deutschland ist eine Kündigungsfrist von vier Wochen bis drei Monaten üblich; Ihre 12 Wochen überraschen dort niemanden. Nennen Sie sie trotzdem schon in der zweiten Runde, damit der Starttermin vor einem Angebot geklärt ist.',
    ],
    [
      26,
      'Ihre Kündigungsfrist beträgt 26 Wochen und ist damit länger als die in Deutschland übliche Frist von vier Wochen bis drei Monaten. Sprechen Sie sie jetzt in der zweiten Runde an, damit der Starttermin beim Angebot keine Überraschung ist.',
    ],
  ])('a candidate in DE with %i weeks of notice gets the German norm sentence', (weeks, expected) => {
    const candidacy = makeCandidacy({ jurisdiction: 'DE', compensation: { noticePeriodWeeks: weeks } });
    const brief = compensationBrief(candidacy, { now: '2027-03-01', ...german });
    expect(brief.startDate.text).toBe(expected);
  });

  it('keeps the English norm sentence byte for byte without the German bundle', () => {
    const candidacy = makeCandidacy({ jurisdiction: 'DE', compensation: { noticePeriodWeeks: 12 } });
    expect(compensationBrief(candidacy, { now: '2027-03-01' }).startDate.text).toBe(
      'In Germany a notice period of four weeks to three months is usual, so your 12 weeks will not surprise them. Still say it now, in round two, so the start date is settled before an offer.',
    );
  });

  it('a US candidate in German gets the two-to-four-weeks advice in German', () => {
    const candidacy = makeCandidacy({ jurisdiction: 'US-CA', compensation: { noticePeriodWeeks: 6 } });
    const brief = compensationBrief(candidacy, { now: '2027-03-01', ...german });
    expect(brief.startDate.text).toContain('6 Wochen');
    expect(englishLeft(brief.startDate.text)).toEqual([]);
  });
});

describe('the not-in-table line in English', () => {
  // parseCandidacy refuses unreadable and unknown codes, so these are the reasons a candidacy can reach.
  it.each([undefined, 'JP', 'BR-SP', 'IN-MH'])('ends with the lookup’s own message for %j', (code) => {
    const candidacy = makeCandidacy(code === undefined ? {} : { jurisdiction: code });
    const brief = compensationBrief(candidacy, { now: '2027-03-01' });
    expect(brief.legal.lines[0]?.text.endsWith(` ${brief.legal.jurisdiction.message}`)).toBe(true);
  });
});
