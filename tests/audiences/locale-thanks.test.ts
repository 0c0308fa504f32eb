import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Candidacy,
  draftThankYous,
  type Interviewer,
  parseCandidacy,
  parseThankYouTemplate,
  type ThankYouDraft,
} from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';
import { managerCandidacy } from './fixtures.js';

function example(name: string): [string, Candidacy] {
  const result = parseCandidacy(JSON.parse(readFileSync(`examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(`examples/${name}.json is invalid`);
  return [name, result.value];
}

const EXAMPLES = ['thorough-manager', 'contradicting-stories', 'verbatim-reuser', 'vendor-export'].map(
  example,
);

/** Six people in one panel, each with a debrief topic or research of their own (as in thank-you-person). */
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

function panel(id: string, topics: string[] | undefined): Candidacy {
  const [roundOne, roundTwo] = managerCandidacy.interviews;
  const debrief =
    topics === undefined ? undefined : { ...roundTwo!.debrief!, topicsDiscussed: topics, questionsAsked: [] };
  return {
    ...managerCandidacy,
    interviews: [roundOne!, { ...roundTwo!, id, interviewers: SIX, debrief }],
  };
}

const CANDIDACIES: [string, Candidacy][] = [
  ...EXAMPLES,
  ['the fixture panel', managerCandidacy],
  ['six with topics', panel('round-2', ['How Ana plans the roadmap', 'The Sales handoff', 'Pricing pages'])],
  ['six, no debrief', panel('onsite-3', undefined)],
  ['six, empty debrief', panel('final', [])],
];

const GERMAN = { locale: 'de-DE', texts: de.texts, template: de.thankYouTemplate } as const;

/** Every interview of every candidacy, drafted in English and in German. */
const PANELS = CANDIDACIES.flatMap(([name, candidacy]) =>
  candidacy.interviews.map((interview) => ({
    label: `${name} / ${interview.id}`,
    candidacy,
    interviewers: interview.interviewers,
    english: draftThankYous(candidacy, { interviewId: interview.id }),
    german: draftThankYous(candidacy, { interviewId: interview.id, ...GERMAN }),
  })),
);

/**
 * The default template's sentences, written out by hand (not read from the module), each cut at its
 * placeholders: none of these may stand in a German draft.
 */
const ENGLISH_TEMPLATE = [
  'Thank you:',
  'conversation',
  'Hi ',
  'Thank you for making time to talk with me about the',
  'Thanks for meeting with me and for being so open about the work at',
  'I really appreciated your time and your candour about the role',
  'Thank you for a thoughtful conversation about the team and the',
  'Thanks again for speaking with me; it gave me a much clearer picture of the job',
  'Thank you for walking me through how the team works at',
  'I wanted to thank you for the time you gave me during the interview',
  'Many thanks for the conversation and for the questions you asked me',
  'I especially enjoyed it when we talked about',
  'When we talked about',
  'the work became very concrete for me',
  'Our discussion of',
  'has stayed with me since',
  'I appreciated the time we spent talking about',
  'I keep coming back to what you said when we discussed',
  'Talking through',
  'with you was the highlight for me',
  'It was good to hear your view when we talked about',
  'I enjoyed our exchange about',
  'While preparing I came across',
  'and I enjoyed it',
  'I had come across',
  'before we met and found it useful',
  'which I found while getting ready for the interview',
  'Before we met I came across',
  'it shaped some of my questions',
  'I noticed',
  'while preparing, and it stayed with me',
  'I found',
  'while preparing and learned a lot from it',
  'Reading up beforehand, I came across',
  'I came across',
  'when I was preparing, and it was a good read',
  'While preparing I saw that you',
  'and I enjoyed learning about it',
  'Before we met I noticed that you',
  'I enjoyed finding out, while preparing, that you',
  'Reading up beforehand, I saw that you',
  'I noticed that you',
  'which made me want to hear more',
  'While getting ready I learned that you',
  'It was good to discover beforehand that you',
  'I saw that you',
  'and it made me curious',
  'It was also good to find we have something in common:',
  'It was nice to discover some common ground, too:',
  'I enjoyed finding out that',
  'It was good to learn that',
  'A nice surprise while preparing:',
  'I was glad to find some common ground:',
  'It was fun to realise that',
  'One more thing we share:',
  'I came away even more interested in the role, and I look forward to hearing about next steps',
  'It left me keener than ever to join',
  'I would be glad to keep the conversation going, and I look forward to hearing from you',
  'Please let me know if there is anything else I can send you',
  'I hope we get the chance to work together',
  'I am very interested in the role and happy to answer any further questions',
  'The conversation made me even more sure this is the right next step for me',
  'I look forward to the next steps and hope to speak again soon',
  'Best regards,',
  // The warnings.
  'No specific reference for',
  'the interview has no debrief yet',
  'the debrief lists no topics discussed',
  'no debrief topic was left for them',
  'Add one thing you discussed before you send it',
  'The note to',
  'as something you came across while preparing',
  'if it came up in the conversation, say so instead',
  'words: cut it below',
];

/** The sentences of a note between the greeting and the sign-off (the last two lines). */
function sentences(draft: ThankYouDraft): string[] {
  return draft.body
    .split('\n')
    .slice(1, -2)
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/** The texts a reference may have been taken from: the interview's topics and the person's research. */
function sourcesOf(candidacy: Candidacy, interviewer: Interviewer): string[] {
  const topics = candidacy.interviews.flatMap((interview) => interview.debrief?.topicsDiscussed ?? []);
  const research = interviewer.research;
  return [
    ...topics,
    ...(research?.plannedReferences ?? []),
    ...(research?.recentActivity ?? []),
    ...(research?.commonGround ?? []),
  ];
}

describe('German thank-you drafts (issue 20)', () => {
  it('drafts at least one panel per bundled example', () => {
    for (const [name] of EXAMPLES)
      expect(
        PANELS.filter((entry) => entry.label.startsWith(`${name} /`)).some(
          (entry) => entry.german.length > 0,
        ),
      ).toBe(true);
  });

  it.each(PANELS)('$label: no English sentence of the default template', ({ german }) => {
    for (const draft of german) {
      const written = [draft.subject, draft.body, ...draft.warnings].join('\n');
      const own = draft.reference?.text ?? '';
      for (const fragment of ENGLISH_TEMPLATE)
        if (!own.includes(fragment)) expect(written, `"${fragment}" in ${written}`).not.toContain(fragment);
    }
  });

  it.each(PANELS)(
    '$label: the names and the candidate’s details as written',
    ({ candidacy, interviewers, english, german }) => {
      expect(german.map((draft) => [draft.interviewerId, draft.to])).toEqual(
        english.map((draft) => [draft.interviewerId, draft.to]),
      );
      for (const [index, draft] of german.entries()) {
        const lines = draft.body.split('\n');
        expect(lines[0]).toContain(draft.to);
        expect(lines.at(-1)).toBe(candidacy.candidate.name);
        expect(draft.subject).toContain(candidacy.candidate.targetRole.title);
        // The same reference as in English, quoted as the candidate wrote it (no English rewording).
        expect(draft.reference?.origin).toBe(english[index]!.reference?.origin);
        if (draft.reference !== undefined) {
          expect(draft.body).toContain(draft.reference.text);
          const sources = sourcesOf(candidacy, interviewers[index]!);
          expect(
            sources.some((source) => source.startsWith(draft.reference!.text)),
            `${draft.reference.text} not from ${sources.join(' | ')}`,
          ).toBe(true);
        }
      }
    },
  );

  it.each(PANELS)('$label: no two drafts share a sentence but the sign-off', ({ german }) => {
    const seen = new Map<string, string>();
    for (const draft of german)
      for (const sentence of sentences(draft)) {
        expect(seen.get(sentence), `"${sentence}" to ${seen.get(sentence)} and ${draft.to}`).toBe(undefined);
        seen.set(sentence, draft.to);
      }
  });

  it.each(PANELS)(
    '$label: a German letter: „Hallo …,“, then lower case, no comma after the sign-off',
    ({ german }) => {
      for (const draft of german) {
        const lines = draft.body.split('\n');
        expect(lines[0]).toBe(`Hallo ${draft.to},`);
        expect(lines[1]).toBe('');
        // After the greeting's comma a German letter goes on in lower case (but for „Sie“/„Ihnen“).
        expect(lines[2], draft.body).toMatch(/^(?:\p{Ll}|Sie\b|Ihnen\b|Ihre?\b)/u);
        expect(lines.at(-2)).toBe('Viele Grüße');
        expect(draft.body).not.toMatch(/[[\]{}]/);
        expect(draft.body.split(/\s+/).length, draft.body).toBeLessThanOrEqual(90);
      }
    },
  );

  it('says in German which reference is missing, by what the debrief holds', () => {
    const drafts = (candidacy: Candidacy, interviewId: string) =>
      draftThankYous(candidacy, { interviewId, ...GERMAN });
    const noDebrief = drafts(panel('onsite-3', undefined), 'onsite-3').find((draft) => draft.to === 'Ana');
    const empty = drafts(panel('final', []), 'final').find((draft) => draft.to === 'Ana');
    expect(noDebrief?.warnings).toEqual([
      'Für Ana fehlt ein konkreter Bezug: Zu diesem Gespräch haben Sie noch keine Notizen angelegt, und in Ihrer Recherche zu Ana steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
    ]);
    expect(empty?.warnings).toEqual([
      'Für Ana fehlt ein konkreter Bezug: In Ihren Gesprächsnotizen stehen keine besprochenen Themen, und in Ihrer Recherche zu Ana steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
    ]);
    const ben = drafts(panel('final', []), 'final').find((draft) => draft.to === 'Ben');
    expect(ben?.warnings).toEqual([
      'Die Nachricht an Ben erwähnt den Bezug, den Sie sich vorgenommen hatten, als etwas, worauf Sie bei der Vorbereitung gestoßen sind. Falls es im Gespräch zur Sprache kam, schreiben Sie das lieber so.',
      'Die Nachricht an Ben zitiert Ihre Notiz so, wie Sie sie geschrieben haben („His post on flaky tests“), und darin ist von Ben in der dritten Person die Rede. Formulieren Sie den Satz vor dem Absenden in Ihren eigenen Worten.',
    ]);
  });

  it('asks to reword a quoted note that speaks of the addressee in the third person, and only then', () => {
    const [, manager] = EXAMPLES[0]!;
    const dana = draftThankYous(manager, { interviewId: 'round-2-panel', ...GERMAN })[0]!;
    expect(dana.reference?.text).toBe('Her post on the event-sourced ledger');
    expect(dana.warnings).toContain(
      'Die Nachricht an Dana zitiert Ihre Notiz so, wie Sie sie geschrieben haben („Her post on the event-sourced ledger“), und darin ist von Dana in der dritten Person die Rede. Formulieren Sie den Satz vor dem Absenden in Ihren eigenen Worten.',
    );
    const thirdPerson = (drafts: readonly ThankYouDraft[]) =>
      drafts.filter((draft) => draft.warnings.some((warning) => warning.includes('dritten Person')));
    const six = draftThankYous(panel('final', ['Wie Ana die Roadmap plant', 'Pricing pages']), {
      interviewId: 'final',
      ...GERMAN,
    });
    // „Wie Ana die Roadmap plant“ names Ana (her name, in any language); Ben's topic, Cy's „Both studied in
    // Leeds“ and Dee's „Spoke at a fintech meetup…“ name nobody.
    expect(thirdPerson(six).map((draft) => draft.to)).toEqual(['Ana']);
    expect(six.find((draft) => draft.to === 'Cy')?.reference?.text).toBe('Both studied in Leeds');
    // With no topics Ben's research is „His post on flaky tests“.
    const empty = draftThankYous(panel('final', []), { interviewId: 'final', ...GERMAN });
    expect(thirdPerson(empty).map((draft) => draft.to)).toEqual(['Ben']);
    // English notes are reworded into the second person instead, so English drafts never ask.
    for (const entry of PANELS)
      expect(entry.english.flatMap((draft) => draft.warnings).join('\n')).not.toContain('third person');
  });

  it('is a valid template with the default’s structure: eight variants per list, {reference} in each reference sentence', () => {
    const template = de.thankYouTemplate;
    expect(template).toBeDefined();
    expect(parseThankYouTemplate(template).ok).toBe(true);
    for (const field of ['openings', 'discussed', 'noticed', 'noticedAction', 'shared', 'closings'] as const)
      expect(template?.[field], field).toHaveLength(8);
    for (const field of ['discussed', 'noticed', 'noticedAction', 'shared'] as const)
      for (const sentence of template?.[field] ?? []) expect(sentence).toContain('{reference}');
    // It still skips what the English reading skips (the topics are read in English), and German topics too.
    expect(template?.skipTopicPhrases).toEqual(expect.arrayContaining(['salary', 'notice period', 'Gehalt']));
  });

  it('keeps English drafts as they were when no locale is given', () => {
    const english = draftThankYous(managerCandidacy, { interviewId: 'round-2' });
    expect(english[0]?.body.startsWith('Hi Dana,\n\nThank you for making time')).toBe(true);
  });
});
