import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  type Audience,
  type Candidacy,
  defaultThankYouTemplate,
  draftThankYous,
  type Interviewer,
  parseThankYouTemplate,
  type Research,
  type ThankYouDraft,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';
import { managerCandidacy } from './fixtures.js';

const EXAMPLES = ['thorough-manager', 'contradicting-stories', 'verbatim-reuser', 'vendor-export'].map(
  (name): [string, Candidacy] => [name, example(name)],
);

/**
 * A panel of seven, some of whose notes are in German and some in English, as a German candidate's notes
 * are: one topic names Ute, one is about Ida's function (Vertrieb), one is pay (skipped in German too).
 */
const SEVEN_ROWS: [id: string, name: string, audience: Audience, research: Research, role?: string][] = [
  ['ute', 'Ute Brandt', 'hiring-manager', {}],
  [
    'kai',
    'Kai Neumann',
    'peer',
    { plannedReferences: ['Der Blogartikel zu Lasttests: fragen, wie sie heute testen'] },
  ],
  ['lea', 'Lea Vogel', 'direct-report', { commonGround: ['Both moved from Hamburg to Munich'] }],
  ['jan', 'Jan Ott', 'senior-leadership', { recentActivity: ['Gave a keynote on platform pricing'] }],
  ['ida', 'Ida Roth', 'cross-functional', {}, 'Vertrieb'],
  ['max', 'Max Wolf', 'recruiter', {}],
  ['tim', 'Tim Sommer', 'peer', { recentActivity: ["Tim's podcast on hiring"] }],
];
const SEVEN: Interviewer[] = SEVEN_ROWS.map(([id, name, audience, research, role]) => ({
  id,
  name,
  audience,
  ...(Object.keys(research).length > 0 ? { research } : {}),
  ...(role === undefined ? {} : { function: role }),
}));
const TOPICS = ['Wie Ute die Roadmap plant', 'Übergabe an den Vertrieb', 'Gehaltsvorstellung'];

/** The fixture candidacy with the panel of seven as its second interview, under `id`. */
function panel(id: string, topics: string[] | undefined): Candidacy {
  const [screen, second] = managerCandidacy.interviews;
  const debrief = topics && {
    writtenAt: second!.debrief!.writtenAt,
    summary: 'Notizen zum zweiten Gespräch.',
    topicsDiscussed: topics,
    questionsAsked: [],
  };
  return { ...managerCandidacy, interviews: [screen!, { ...second!, id, interviewers: SEVEN, debrief }] };
}

const CANDIDACIES: [string, Candidacy][] = [
  ...EXAMPLES,
  ['the fixture panel', managerCandidacy],
  ['seven with topics', panel('round-2', TOPICS)],
  ['seven, no debrief', panel('onsite-3', undefined)],
  ['seven, empty debrief', panel('final', [])],
];

const ENGLISH_SKIPPING = {
  ...defaultThankYouTemplate,
  skipTopicPhrases: de.thankYouTemplate?.skipTopicPhrases ?? [],
};
const GERMAN = { locale: 'de-DE', texts: de.texts, template: de.thankYouTemplate } as const;

/** Every interview of every candidacy, drafted in English and in German. */
const PANELS = CANDIDACIES.flatMap(([name, candidacy]) =>
  candidacy.interviews.map((interview) => ({
    label: `${name} / ${interview.id}`,
    candidacy,
    interviewers: interview.interviewers,
    english: draftThankYous(candidacy, { interviewId: interview.id }),
    // English with the German template's skipped topics (it skips German pay words as well).
    englishSkipping: draftThankYous(candidacy, { interviewId: interview.id, template: ENGLISH_SKIPPING }),
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
    ({ candidacy, interviewers, english, englishSkipping, german }) => {
      expect(german.map((draft) => [draft.interviewerId, draft.to])).toEqual(
        english.map((draft) => [draft.interviewerId, draft.to]),
      );
      for (const [index, draft] of german.entries()) {
        const lines = draft.body.split('\n');
        expect(lines[0]).toContain(draft.to);
        expect(lines.at(-1)).toBe(candidacy.candidate.name);
        expect(draft.subject).toContain(candidacy.candidate.targetRole.title);
        // The same reference as in English, quoted as the candidate wrote it (no English rewording).
        expect(draft.reference?.origin).toBe(englishSkipping[index]!.reference?.origin);
        expect(draft.reference?.text).not.toBe('Gehaltsvorstellung');
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
    const noDebrief = drafts(panel('onsite-3', undefined), 'onsite-3').find((draft) => draft.to === 'Ute');
    const empty = drafts(panel('final', []), 'final').find((draft) => draft.to === 'Ute');
    const skipped = drafts(panel('final', ['Gehaltsvorstellung']), 'final').find(
      (draft) => draft.to === 'Ute',
    );
    expect(noDebrief?.warnings).toEqual([
      'Für Ute fehlt ein konkreter Bezug: Zu diesem Gespräch haben Sie noch keine Notizen angelegt, und in Ihrer Recherche zu Ute steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
    ]);
    expect(empty?.warnings).toEqual([
      'Für Ute fehlt ein konkreter Bezug: In Ihren Gesprächsnotizen stehen keine besprochenen Themen, und in Ihrer Recherche zu Ute steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
    ]);
    expect(skipped?.warnings).toEqual([
      'Für Ute fehlt ein konkreter Bezug: Aus Ihren Gesprächsnotizen ist kein Thema für diese Person übrig geblieben (oder es ging um Gehalt, Organisatorisches oder den Wechselgrund), und in Ihrer Recherche zu Ute steht weder ein geplanter Bezug noch eine aktuelle Aktivität noch eine Gemeinsamkeit. Ergänzen Sie vor dem Absenden ein Thema, über das Sie gesprochen haben.',
    ]);
    const kai = drafts(panel('final', []), 'final').find((draft) => draft.to === 'Kai');
    expect(kai?.reference).toEqual({ text: 'Der Blogartikel zu Lasttests', origin: 'planned-reference' });
    expect(kai?.warnings).toEqual([
      'Die Nachricht an Kai erwähnt den Bezug, den Sie sich vorgenommen hatten, als etwas, worauf Sie bei der Vorbereitung gestoßen sind. Falls es im Gespräch zur Sprache kam, schreiben Sie das lieber so.',
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
    const seven = draftThankYous(panel('final', TOPICS), { interviewId: 'final', ...GERMAN });
    // „Wie Ute die Roadmap plant“ names Ute (a name reads in any language), „Tim's podcast…“ names Tim;
    // „Both moved…“, „Gave a keynote…“ and Kai's German note name nobody.
    expect(thirdPerson(seven).map((draft) => draft.to)).toEqual(['Ute', 'Tim']);
    expect(seven.map((draft) => draft.reference?.text)).toEqual([
      'Wie Ute die Roadmap plant',
      'Der Blogartikel zu Lasttests',
      'Both moved from Hamburg to Munich',
      'Gave a keynote on platform pricing',
      'Übergabe an den Vertrieb',
      undefined,
      "Tim's podcast on hiring",
    ]);
    expect(seven.find((draft) => draft.to === 'Tim')?.warnings).toContain(
      "Die Nachricht an Tim zitiert Ihre Notiz so, wie Sie sie geschrieben haben („Tim's podcast on hiring“), und darin ist von Tim in der dritten Person die Rede. Formulieren Sie den Satz vor dem Absenden in Ihren eigenen Worten.",
    );
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

  it('takes the bundle as it is: { interviewId, ...de } drafts as the explicit template does', () => {
    for (const entry of PANELS)
      for (const interview of entry.candidacy.interviews)
        expect(draftThankYous(entry.candidacy, { interviewId: interview.id, ...de })).toEqual(
          draftThankYous(entry.candidacy, { interviewId: interview.id, ...GERMAN }),
        );
  });

  it('prefers template over thankYouTemplate when both are given', () => {
    const [dana] = draftThankYous(managerCandidacy, {
      interviewId: 'round-2',
      thankYouTemplate: de.thankYouTemplate,
      template: defaultThankYouTemplate,
    });
    expect(dana?.body.startsWith('Hi Dana,')).toBe(true);
  });

  it('rewords the references of the default (English) template whatever the locale', () => {
    for (const entry of PANELS)
      for (const interview of entry.candidacy.interviews) {
        const german = draftThankYous(entry.candidacy, {
          interviewId: interview.id,
          locale: 'de-DE',
          texts: de.texts,
        });
        const english = draftThankYous(entry.candidacy, { interviewId: interview.id });
        expect(german.map((draft) => [draft.body, draft.reference])).toEqual(
          english.map((draft) => [draft.body, draft.reference]),
        );
      }
  });

  it('keeps English drafts as they were when no locale is given', () => {
    const english = draftThankYous(managerCandidacy, { interviewId: 'round-2' });
    expect(english[0]?.body.startsWith('Hi Dana,\n\nThank you for making time')).toBe(true);
  });
});
