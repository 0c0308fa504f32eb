import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Candidacy,
  defaultThankYouTemplate,
  draftThankYous,
  type Interviewer,
  parseCandidacy,
  parseThankYouTemplate,
  type ThankYouDraft,
} from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function example(name: string): Candidacy {
  const result = parseCandidacy(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(`examples/${name}.json is invalid`);
  return result.value;
}

const EXAMPLES = ['thorough-manager', 'contradicting-stories', 'verbatim-reuser', 'vendor-export'].map(
  example,
);

/** The sentences of a note between the greeting and the sign-off (the last two lines). */
function sentences(draft: ThankYouDraft): string[] {
  const lines = draft.body.split('\n');
  return lines
    .slice(0, -2)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

const wordsOf = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Six people in one panel, each with a debrief topic or research of their own. */
const SIX: Interviewer[] = [
  { id: 'ana', name: 'Ana Ruiz', audience: 'hiring-manager' },
  {
    id: 'ben',
    name: 'Ben Cho',
    audience: 'peer',
    research: { plannedReferences: ['His post on flaky tests'] },
  },
  {
    id: 'cy',
    name: 'Cy Diaz',
    audience: 'direct-report',
    research: { commonGround: ['Both studied in Leeds'] },
  },
  {
    id: 'dee',
    name: 'Dee Park',
    audience: 'senior-leadership',
    research: { recentActivity: ['Spoke at a fintech meetup about pricing'] },
  },
  { id: 'eli', name: 'Eli Shah', audience: 'cross-functional', function: 'Sales' },
  { id: 'fay', name: 'Fay Lund', audience: 'recruiter' },
];

function panel(interviewers: Interviewer[], topics: string[] | undefined, id = 'round-2'): Candidacy {
  const [roundOne, roundTwo] = managerCandidacy.interviews;
  const debrief =
    topics === undefined ? undefined : { ...roundTwo!.debrief!, topicsDiscussed: topics, questionsAsked: [] };
  return { ...managerCandidacy, interviews: [roundOne!, { ...roundTwo!, id, interviewers, debrief }] };
}

const SIX_PANEL = panel(SIX, ['The Q3 hiring plan', 'Sales handoffs for renewals']);

const ALL_DRAFT_SETS: [string, ThankYouDraft[]][] = [
  ...EXAMPLES.flatMap((candidacy) =>
    candidacy.interviews.map(
      (interview) =>
        [`${candidacy.candidate.name}/${interview.id}`, draftThankYous(candidacy, interview.id)] as [
          string,
          ThankYouDraft[],
        ],
    ),
  ),
  ['the fixture panel of five', draftThankYous(managerCandidacy, 'round-2')],
  ['a generated panel of six', draftThankYous(SIX_PANEL, 'round-2')],
  ['the same six, another interview id', draftThankYous(panel(SIX, [], 'final'), 'final')],
  ['the same six, no debrief', draftThankYous(panel(SIX, undefined, 'onsite-3'), 'onsite-3')],
];

describe('thank-you drafts a person would send (issue 22.4)', () => {
  it.each(ALL_DRAFT_SETS)('%s: no two drafts share a sentence but the sign-off', (_, drafts) => {
    const seen = new Map<string, string>();
    for (const draft of drafts) {
      for (const sentence of sentences(draft)) {
        expect(
          seen.get(sentence),
          `"${sentence}" in the notes to ${seen.get(sentence)} and ${draft.to}`,
        ).toBe(undefined);
        seen.set(sentence, draft.to);
      }
    }
  });

  it.each(ALL_DRAFT_SETS)('%s: each draft speaks to its addressee, never of them', (_, drafts) => {
    for (const draft of drafts) {
      const afterGreeting = draft.body.split('\n').slice(1).join('\n');
      expect(afterGreeting, draft.body).not.toMatch(/\b(he|she|him|his|her|hers|he's|she's)\b/i);
      expect(afterGreeting, draft.body).not.toMatch(new RegExp(`\\b${draft.to}\\b`));
    }
  });

  it.each(ALL_DRAFT_SETS)('%s: at most 90 words, no brackets or unfilled placeholders', (_, drafts) => {
    for (const draft of drafts) {
      expect(wordsOf(draft.body), draft.body).toBeLessThanOrEqual(90);
      expect(draft.body).not.toMatch(/[[\]{}]/);
    }
  });

  it('phrases a debrief topic as discussed and research as noticed, never both in one sentence', () => {
    const drafts = draftThankYous(SIX_PANEL, 'round-2');
    const discussed = /\b(talked|talking|discuss\w*|exchange|conversation)\b/i;
    const noticed =
      /\b(came across|come across|noticed|found|saw|learned|discover\w*|reading up|finding out|realise|surprise|we share|in common|common ground)\b/i;
    const byOrigin = new Map<string, string[]>();
    for (const draft of drafts) {
      if (draft.reference === undefined) continue;
      const sentence = sentences(draft).find((line) =>
        line.includes(draft.reference!.text.split(' ').at(-1)!),
      );
      expect(sentence, draft.body).toBeDefined();
      const list = byOrigin.get(draft.reference.origin) ?? [];
      list.push(sentence!);
      byOrigin.set(draft.reference.origin, list);
      if (draft.reference.origin === 'debrief-topic') {
        expect(sentence).toMatch(discussed);
        expect(sentence).not.toMatch(noticed);
      } else {
        expect(sentence).toMatch(noticed);
        expect(sentence).not.toMatch(discussed);
      }
    }
    expect([...byOrigin.keys()].sort()).toEqual([
      'common-ground',
      'debrief-topic',
      'planned-reference',
      'recent-activity',
    ]);
  });

  it('turns research about the person into the second person', () => {
    const byId = new Map(
      draftThankYous(SIX_PANEL, 'round-2').map((draft) => [draft.interviewerId, draft.body]),
    );
    expect(byId.get('ben')).toContain('your post on flaky tests');
    expect(byId.get('cy')).toContain('we both studied in Leeds');
    expect(byId.get('dee')).toContain('that you spoke at a fintech meetup about pricing');
  });

  it('turns a debrief topic naming the person ("his team", "Priya\'s") into "your"', () => {
    const people: Interviewer[] = [
      { id: 'sam', name: 'Sam Okoro', audience: 'peer' },
      { id: 'priya', name: 'Priya Raman', audience: 'peer' },
    ];
    const drafts = draftThankYous(
      panel(people, ['The framework his team open-sourced', "Priya's migration to the new build system"]),
      'round-2',
    );
    expect(drafts[0]?.body).toContain('the framework your team open-sourced');
    expect(drafts[1]?.body).toContain('your migration to the new build system');
    expect(drafts[1]?.reference?.text).toBe("Priya's migration to the new build system");
  });

  it('says which reference is missing when there is none, and leaves it out of the note', () => {
    const [draft] = draftThankYous(
      panel([{ id: 'z', name: 'Zoe Park', audience: 'peer' }], undefined),
      'round-2',
    );
    expect(draft?.reference).toBeUndefined();
    expect(draft?.warnings).toEqual([
      'No specific reference for Zoe: the interview has no debrief yet, and their research has no planned reference, recent activity or common ground. Add one thing you discussed before you send it.',
    ]);
    expect(sentences(draft!)).toHaveLength(3);
  });

  it('chooses the same wording for the same interview every time', () => {
    expect(draftThankYous(structuredClone(SIX_PANEL), 'round-2')).toEqual(
      draftThankYous(SIX_PANEL, 'round-2'),
    );
  });
});

describe('thank-you templates read only their declared placeholders (issue 19.6)', () => {
  const candidacy = managerCandidacy;

  it('refuses {constructor}, {__proto__} and a typo as issues of the template, located', () => {
    const result = parseThankYouTemplate({
      ...defaultThankYouTemplate,
      greeting: 'Hi {constructor},',
      openings: ['Thanks {__proto__}.', 'Thanks, {firstname}.'],
      subject: 'About {reference}',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).toEqual([
      ['subject'],
      ['greeting'],
      ['openings', 0],
      ['openings', 1],
    ]);
    expect(result.issues[1]?.message).toBe(
      'expected placeholders {firstName}, {role}, {company}, {candidate} only, found "{constructor}"',
    );
  });

  it('accepts {reference} in the reference sentences only, and the default template', () => {
    expect(parseThankYouTemplate(defaultThankYouTemplate).ok).toBe(true);
    expect(
      parseThankYouTemplate({ ...defaultThankYouTemplate, discussed: ['We talked about {reference}.'] }).ok,
    ).toBe(true);
  });

  it('reads own properties of a plain object only: inherited fields and class instances are refused', () => {
    const inherited = Object.create(defaultThankYouTemplate);
    expect(parseThankYouTemplate(inherited).ok).toBe(false);
    class Wording {
      greeting = 'Hi {firstName},';
    }
    expect(parseThankYouTemplate(new Wording()).ok).toBe(false);
    const result = parseThankYouTemplate({ ...defaultThankYouTemplate, extra: 'x' });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(['unknown_field']);
  });

  it('never fills a placeholder from Object.prototype: draftThankYous refuses the template with a TypeError', () => {
    const template = { ...defaultThankYouTemplate, greeting: 'Hi {constructor},' };
    expect(() => draftThankYous(candidacy, 'round-2', { template })).toThrow(TypeError);
    expect(() => draftThankYous(candidacy, 'round-2', { template })).toThrow('found "{constructor}"');
  });

  it('drafts with a valid custom template', () => {
    const template = { ...defaultThankYouTemplate, greeting: 'Dear {firstName},', signOff: 'Thanks,' };
    const [draft] = draftThankYous(candidacy, 'round-2', { template });
    expect(draft?.body.startsWith('Dear Dana,\n')).toBe(true);
    expect(draft?.body.endsWith('\nThanks,\nJordan Reyes')).toBe(true);
  });
});
