import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  type BuildTimelineOptions,
  buildTimeline,
  type Candidacy,
  type CandidacyInput,
  prepareSync,
  type Timeline,
  toICalendar,
} from '../../src/index.js';
import { candidacyOf, example, newYorkInput } from './fixtures.js';
import { readBack } from './read-back.js';

const german = { locale: 'de-DE', texts: de.texts } as const;

afterEach(() => {
  ICAL.TimezoneService.reset();
});

/** Each bundled example at moments that reach every state it can: before, inside and past the window. */
const CASES: readonly (readonly [string, string])[] = [
  ['thorough-manager', '2027-03-09T12:00:00-05:00'],
  ['thorough-manager', '2027-03-15T12:00:00-04:00'],
  ['thorough-manager', '2027-04-20T12:00:00-04:00'],
  ['verbatim-reuser', '2027-03-22T12:00:00+01:00'],
  ['verbatim-reuser', '2027-04-20T09:00:00+02:00'],
  ['contradicting-stories', '2027-02-02T12:00:00-08:00'],
  ['contradicting-stories', '2027-03-20T12:00:00-07:00'],
  ['vendor-export', '2027-04-01T12:00:00-06:00'],
];

/** The New York fixture with every optional step: a take-home, a shadow day with no host listed, offers, a law's notice day. */
function everythingInput(): CandidacyInput {
  const base = newYorkInput();
  const [round1, round2] = base.interviews;
  if (!round1 || !round2) throw new Error('fixture has no round 2');
  return {
    ...base,
    candidate: { ...base.candidate, jurisdiction: 'CA-ON' },
    interviews: [
      round1,
      {
        ...round2,
        formats: ['presentation', 'technical', 'take-home', 'case-study', 'role-play'],
        takeHome: {
          assignedAt: '2027-03-01T09:00:00-05:00',
          dueAt: '2027-03-08T17:00:00-05:00',
          timeboxHours: 4,
        },
      },
      {
        id: 'r3',
        round: 3,
        scheduledAt: '2027-03-12T09:00:00-05:00',
        durationMinutes: 240,
        medium: 'in-person',
        formats: ['shadow-day'],
        interviewers: [],
      },
    ],
    pipeline: {
      otherProcesses: [],
      offers: [
        { company: 'Globex', status: 'received', deadline: '2027-03-15T17:00:00-04:00' },
        { company: 'Initech', status: 'expected' },
      ],
    },
  };
}

/** Every text a candidate reads in a timeline. */
function textsOf(timeline: Timeline): string[] {
  return [
    timeline.stateWhy,
    ...(timeline.notes ?? []),
    ...timeline.events.flatMap((event) => [
      event.title,
      event.why,
      ...(event.warning ? [event.warning] : []),
    ]),
  ];
}

/** What the candidacy itself says (names, companies, platforms, places): never translated, so left out of the check. */
function ownWordsOf(candidacy: Candidacy): string[] {
  return [
    candidacy.candidate.targetRole.company,
    ...(candidacy.pipeline?.offers ?? []).map((offer) => offer.company),
    ...candidacy.interviews.flatMap((interview) => [
      ...interview.interviewers.map((person) => person.name),
      ...(interview.platform ? [interview.platform] : []),
      ...(interview.location ? [interview.location] : []),
    ]),
    // The law table's own words (a citation, a threshold) are data, as written by the law.
    'Ontario Employment Standards Act, 2000, Part III.1 and O. Reg. 476/24',
    '25 or more employees on the day the job is posted',
  ].sort((a, b) => b.length - a.length);
}

// English words of the timeline's sentences (and English day and month abbreviations) that no German text uses.
const ENGLISH =
  /\b(the|and|your|you|with|before|after|within|round|each|send|tell|offer|prepare|plan|follow|decide|expected|expects|first|last|days?|answer|interview|formats|recruiter|by|of|to|is|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mar|May|Oct|Dec)\b/i;

function englishLeft(texts: readonly string[], own: readonly string[]): string[] {
  return texts.filter((text) => ENGLISH.test(own.reduce((rest, word) => rest.split(word).join(' '), text)));
}

/** Everything of an event but its words. */
function shapeOf(timeline: Timeline) {
  return {
    state: timeline.state,
    notes: timeline.notes?.length ?? 0,
    events: timeline.events.map(({ title: _t, why: _w, warning, ...rest }) => ({
      ...rest,
      warned: warning !== undefined,
    })),
  };
}

function both(candidacy: Candidacy, options: BuildTimelineOptions) {
  return { en: buildTimeline(candidacy, options), de: buildTimeline(candidacy, { ...options, ...german }) };
}

describe('buildTimeline in German', () => {
  it.each(CASES)('%s at %s: the same events, ids and times, every text German', (name, now) => {
    const candidacy = example(name);
    const { en, de: deutsch } = both(candidacy, { now });
    expect(shapeOf(deutsch)).toEqual(shapeOf(en));
    expect(englishLeft(textsOf(deutsch), ownWordsOf(candidacy))).toEqual([]);
    // Each text changed: no sentence kept its English words.
    const english = textsOf(en);
    expect(textsOf(deutsch).filter((text, index) => text === english[index])).toEqual([]);
  });

  it('every optional step, in markers and in all-day shape, has German words', () => {
    const candidacy = candidacyOf(everythingInput());
    for (const eventShapes of [{}, { decisionWindow: 'markers', outcomePlan: 'markers' } as const]) {
      for (const now of [
        '2027-03-01T09:00:00-05:00',
        '2027-03-20T09:00:00-04:00',
        '2027-06-01T09:00:00-04:00',
      ]) {
        const { en, de: deutsch } = both(candidacy, { now, timeline: { eventShapes } });
        expect(shapeOf(deutsch)).toEqual(shapeOf(en));
        expect(englishLeft(textsOf(deutsch), ownWordsOf(candidacy))).toEqual([]);
      }
    }
  });

  it('an undated round is noted in German, once per round', () => {
    const input = newYorkInput();
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const { scheduledAt: _dropped, ...undated } = round2;
    const candidacy = candidacyOf({ ...input, interviews: [round1, undated] });
    const timeline = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00', ...german });
    expect(timeline.notes).toEqual([
      'Runde 2 hat noch keinen Termin: Die Schritte dafür erscheinen, sobald sie terminiert ist.',
    ]);
    expect(timeline.stateWhy).toBe(timeline.notes?.[0]);
  });
});

describe('the German bundle through the preparer', () => {
  it('prepareSync with the bundle spread in gives the German timeline', () => {
    const candidacy = example('thorough-manager');
    const now = '2027-03-09T12:00:00-05:00';
    const { timeline } = prepareSync(candidacy, { now, ...de });
    expect(timeline.events.find((event) => event.id === 'follow-up')?.title).toBe(
      'Einmal beim Recruiting nachfassen',
    );
    expect(timeline).toEqual(buildTimeline(candidacy, { now, ...german }));
  });
});

describe('German titles and dates, written by hand', () => {
  const at = (name: string, now: string) => buildTimeline(example(name), { now, ...german });
  const titleOf = (timeline: Timeline, id: string) => timeline.events.find((event) => event.id === id)?.title;

  it.each([
    ['thorough-manager', 'decision-window', 'Tallyworks will bis Fr., 19. März 2027 entscheiden'],
    [
      'thorough-manager',
      'competing-offer:brightwater-health',
      'Tallyworks über das Angebot von Brightwater Health informieren (erwartet bis Mo., 22. März 2027)',
    ],
    ['thorough-manager', 'rehearsal:round-2-panel:2', 'Präsentation laut proben (2 von 2)'],
    ['thorough-manager', 'thank-you:round-2-panel:tom-reyes', 'Dankesnachricht an Tom Reyes senden'],
    ['thorough-manager', 'follow-up', 'Einmal beim Recruiting nachfassen'],
    ['thorough-manager', 'setup-test:round-2-panel', 'Kamera, Ton, Licht und zoom testen'],
    [
      'verbatim-reuser',
      'decision-window',
      'Entscheidungsfenster von Kestrel Mobility (Di., 30. März 2027 bis Di., 6. Apr. 2027)',
    ],
    [
      'verbatim-reuser',
      'interview:onsite',
      'Runde 2: Vorstellungsgespräch vor Ort (coderpad) mit Claudia Marín, Sven Akins, Tobias Krenz',
    ],
    ['verbatim-reuser', 'research:onsite', 'Gesprächspartner der Runde 2 recherchieren'],
  ])('%s %s', (name, id, title) => {
    const now = name === 'thorough-manager' ? '2027-03-09T12:00:00-05:00' : '2027-03-22T12:00:00+01:00';
    expect(titleOf(at(name, now), id)).toBe(title);
  });

  it('a follow-up names its last day the German way', () => {
    const followUp = at('verbatim-reuser', '2027-03-22T12:00:00+01:00').events.find(
      (event) => event.id === 'follow-up',
    );
    expect(followUp?.why).toContain('spätestens am Fr., 2. Apr. 2027');
  });

  it('a date-time as given reads with the German clock', () => {
    const candidacy = candidacyOf(everythingInput());
    const timeline = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00', ...german });
    expect(titleOf(timeline, 'take-home-due:r2')).toBe(
      'Probeaufgabe abgeben (Zeitrahmen 4 Std., fällig Mo., 8. März 2027, 17:00 Uhr)',
    );
  });

  it('the formats of an interview are named in German, with the plural of the label', () => {
    const candidacy = candidacyOf(everythingInput());
    const timeline = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00', ...german });
    const why = (id: string) => timeline.events.find((event) => event.id === id)?.why ?? '';
    expect(why('interview:r1')).toMatch(/^Format: Gespräch\. /);
    expect(why('interview:r2')).toMatch(
      /^Formate: Präsentation, Fachinterview, Probeaufgabe, Fallstudie, Rollenspiel\. /,
    );
    expect(why('interview:r3')).toMatch(/^Format: Probearbeitstag\. /);
  });

  it('a partial translation keeps English for the keys it leaves out, and a broken one falls back', () => {
    const candidacy = example('thorough-manager');
    const now = '2027-03-09T12:00:00-05:00';
    const partial = buildTimeline(candidacy, {
      now,
      texts: { 'timeline.followUp.title': 'Nachfassen', 'timeline.thankYou.title': 'Danke an {{nobody}}' },
    });
    const english = buildTimeline(candidacy, { now });
    expect(titleOf(partial, 'follow-up')).toBe('Nachfassen');
    expect(titleOf(partial, 'thank-you:round-2-panel:tom-reyes')).toBe('Send Tom Reyes a thank-you');
    expect(titleOf(partial, 'decision-window')).toBe(titleOf(english, 'decision-window'));
  });
});

/** The content lines, unfolded. */
function linesOf(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('toICalendar in German', () => {
  it.each(CASES)('%s at %s: the same UIDs, times and alarms; German summaries; still valid', (name, now) => {
    const candidacy = example(name);
    const { en, de: deutsch } = both(candidacy, { now });
    const englishText = toICalendar(en);
    const germanText = toICalendar(deutsch, german);
    const words = /^(SUMMARY|DESCRIPTION|X-WR-CALNAME):/;
    expect(linesOf(germanText).filter((line) => !words.test(line))).toEqual(
      linesOf(englishText).filter((line) => !words.test(line)),
    );
    expect(linesOf(germanText)).toContain(
      `X-WR-CALNAME:Vorstellungsgespräche bei ${candidacy.candidate.targetRole.company}`,
    );
    // Folded at 75 octets even with umlauts and „quotes“.
    for (const line of germanText.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const read = readBack(germanText);
    expect(read.map(({ summary: _s, ...rest }) => rest)).toEqual(
      readBack(englishText).map(({ summary: _s, ...rest }) => rest),
    );
    expect(read.map((event) => event.summary)).toEqual(deutsch.events.map((event) => event.title));
    // Alarms say the German title.
    const alarmTexts = linesOf(germanText).filter((_line, index, all) => all[index - 2] === 'BEGIN:VALARM');
    expect(alarmTexts.length).toBeGreaterThan(0);
    expect(
      englishLeft(
        alarmTexts.map((line) => line.replace(/^DESCRIPTION:/, '')),
        ownWordsOf(candidacy),
      ),
    ).toEqual([]);
  });

  it('the calendar name keeps a name given in the options', () => {
    const timeline = buildTimeline(example('thorough-manager'), {
      now: '2027-03-09T12:00:00-05:00',
      ...german,
    });
    expect(linesOf(toICalendar(timeline, { ...german, calendarName: 'Meine Termine' }))).toContain(
      'X-WR-CALNAME:Meine Termine',
    );
  });
});
