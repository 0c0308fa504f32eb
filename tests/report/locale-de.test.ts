import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { type Candidacy, parseCandidacy, prepareSync, renderMarkdown } from '../../src/index.js';

function load(json: unknown): Candidacy {
  const result = parseCandidacy(json);
  if (!result.ok) throw new Error(`invalid candidacy: ${JSON.stringify(result.issues).slice(0, 500)}`);
  return result.value;
}

const examples = readdirSync('examples')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, load(JSON.parse(readFileSync(`examples/${name}`, 'utf8')))] as const);

// Before round two, between the rounds, after round two and long after: each mode of each example.
const MOMENTS = [
  '2027-01-10T12:00:00-05:00',
  '2027-03-09T12:00:00-05:00',
  '2027-03-12T12:00:00-05:00',
  '2027-06-20T12:00:00-05:00',
];

/**
 * The report's own English words (headings, labels, status words, audience names, the mode lines, the
 * reminders and the notice), written by hand: none may be left in a German report. Texts of the other
 * capabilities (timeline titles, briefs, the pay script) are not listed: their helpers translate them.
 */
const ENGLISH: readonly (string | RegExp)[] = [
  '## Readiness',
  '(your preparation, as history)',
  'Checklist:',
  'items hold',
  '**Blocking:**',
  '| dimension | score |',
  '## What to fix',
  '**Do these first:**',
  / points\)_/,
  '## Your interviewers',
  '**Cares about:**',
  '**Lead with:**',
  '**Avoid:**',
  '**Stories that fit:**',
  '**One reference to make:**',
  '**Tenure:**',
  '**Company news:**',
  '**Tone:**',
  '**Ask:**',
  '(recruiter)',
  '(hiring manager)',
  '(future peer)',
  '(future direct report)',
  '(senior leadership)',
  '(cross-functional partner)',
  '## Round one against round two',
  'No contradictions found',
  'round one said',
  'round two plans',
  '**contradiction**',
  '**variation**',
  '**correction**',
  /\(round \d\)/,
  '**Check these yourself:**',
  '## Concerns from earlier rounds',
  'no plan yet',
  'revisit it',
  'acknowledge it and pivot',
  'early in the conversation',
  'late in the conversation',
  'Your better answer',
  '## Pay and logistics',
  '**Current pay:**',
  '**Start date and notice:**',
  '**Relocation:**',
  '**Work mode:**',
  '**Competing offers:**',
  '| company | status |',
  '## Other processes',
  'last activity',
  '## Timeline',
  'their time:',
  '## Thank-you drafts',
  '### To ',
  'Subject:',
  '## Follow-through',
  'Nothing is due',
  /^Prepared /m,
  'not scheduled yet',
  'about the follow-through',
  'no later round planned',
  /_(?:passed|failed|pending|upcoming|due|overdue|done)_/,
  /\((?:not-ready|at-risk|ready|top-quartile)\)/,
  /\bfrom (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) /,
  // The report's own dates (an event's when, their time); dates inside other parts' texts are theirs.
  /(?:\*\*|from |: )(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/,
  'On video, bring slightly more energy',
  'round-one notes at hand',
  'Open your presentation in its own window',
  'While you wait',
  'baseline professionalism',
  'A preparation aid for the candidate',
];

function englishLeft(text: string): string[] {
  return ENGLISH.filter((probe) => (typeof probe === 'string' ? text.includes(probe) : probe.test(text))).map(
    String,
  );
}

/** The candidate's own words the report prints: names, the role, companies, concern topics, their answers. */
function ownTexts(candidacy: Candidacy): string[] {
  const texts = [
    candidacy.candidate.name,
    candidacy.candidate.targetRole.title,
    candidacy.candidate.targetRole.company,
    ...candidacy.interviews.flatMap((interview) => interview.interviewers.map((person) => person.name)),
    ...(candidacy.concerns ?? []).flatMap((concern) => [concern.topic, concern.plan?.improvedAnswer ?? '']),
    ...(candidacy.pipeline?.otherProcesses ?? []).map((process) => process.company),
  ];
  // As the report prints them: Markdown-escaped, on one line.
  return texts.filter((text) => text !== '' && !/[\\`*_[\]()|#~!{}<>&\n]/.test(text));
}

describe('a German report of each bundled example (prepareSync and renderMarkdown with ...de)', () => {
  it.each(examples)(
    '%s: none of the report’s English headings, labels, reminders or notice',
    (_, candidacy) => {
      const left = MOMENTS.flatMap((now) =>
        englishLeft(renderMarkdown(prepareSync(candidacy, { now, ...de }), { ...de })).map(
          (probe) => `${now}: ${probe}`,
        ),
      );
      expect(left).toEqual([]);
    },
  );

  it.each(examples)('%s: the candidate’s own texts are printed as they are', (_, candidacy) => {
    for (const now of MOMENTS) {
      const english = renderMarkdown(prepareSync(candidacy, { now }));
      const german = renderMarkdown(prepareSync(candidacy, { now, ...de }), { ...de });
      const missing = ownTexts(candidacy).filter((text) => english.includes(text) && !german.includes(text));
      expect(missing, now).toEqual([]);
    }
  });

  it.each(examples)(
    '%s: the English report is the default, whatever locale the texts were not given in',
    (_, candidacy) => {
      for (const now of MOMENTS) {
        const report = prepareSync(candidacy, { now });
        const english = renderMarkdown(report);
        expect(renderMarkdown(report, { locale: 'en' })).toBe(english);
        expect(renderMarkdown(report, { locale: 'en-US', texts: {} })).toBe(english);
        expect(englishLeft(english).length, now).toBeGreaterThan(0);
      }
    },
  );
});

describe('a German report reads as German', () => {
  const [, thorough] = examples.find(([name]) => name === 'thorough-manager.json')!;
  const now = '2027-03-09T12:00:00-05:00';
  const german = renderMarkdown(prepareSync(thorough, { now, ...de }), { ...de });

  it('writes round-one words in German quotes', () => {
    const [, contradicting] = examples.find(([name]) => name === 'contradicting-stories.json')!;
    const text = renderMarkdown(prepareSync(contradicting, { now, ...de }), { ...de });
    expect(text).toMatch(/\| „[^“”]+“ \(Runde 1\) \| „[^“”]+“ \(Runde 2\) \|/);
    expect(text).not.toContain('”');
  });

  it.each([
    ['the headline with a German date', /^Vorbereitet am Di\., 9\. März 2027, 12:00 \(UTC-05:00\)/m],
    ['the interviewers heading', /^## Ihre Gesprächspartner/m],
    ['the audience in German', /^### Dana Whitfield \(künftige Führungskraft\)/m],
    ['the pay heading', /^## Gehalt und Rahmenbedingungen/m],
    ['the notice in German', /^> Eine Vorbereitungshilfe/m],
  ])('%s', (_, pattern) => {
    expect(german).toMatch(pattern);
  });

  it('defaults the render locale to the report’s: German dates even without passing the locale again', () => {
    const text = renderMarkdown(prepareSync(thorough, { now, ...de }), { texts: de.texts });
    expect(text).toMatch(/Di\., 9\. März 2027/);
  });

  it('takes a vendor’s partial translation key by key, English for the rest, and ignores a broken text', () => {
    const report = prepareSync(thorough, { now });
    const text = renderMarkdown(report, {
      locale: 'fr',
      texts: {
        'report.interviewers.heading': 'Vos interlocuteurs',
        'report.pay.heading': 'Salaire {{oops}}',
      },
    });
    expect(text).toMatch(/^## Vos interlocuteurs$/m);
    expect(text).toMatch(/^## Pay and logistics$/m);
  });

  it('still escapes the candidate’s texts in German', () => {
    const tricky = load({
      ...JSON.parse(readFileSync('examples/thorough-manager.json', 'utf8')),
      candidate: {
        ...JSON.parse(readFileSync('examples/thorough-manager.json', 'utf8')).candidate,
        name: '<img src=x onerror=alert(1)> *Maya*',
      },
    });
    const text = renderMarkdown(prepareSync(tricky, { now, ...de }), { ...de });
    expect(text.split('\n')[0]).toBe(
      '# &lt;img src=x onerror=alert\\(1\\)&gt; \\*Maya\\*: Engineering Manager, Billing Platform bei Tallyworks',
    );
  });
});
