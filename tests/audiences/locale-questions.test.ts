import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  type BankQuestion,
  briefFor,
  createPreparer,
  defaultQuestionBank,
  parseAudienceProfiles,
  parseQuestionBank,
  parseTenureBands,
  pickQuestions,
  prepareSync,
  questionIntents,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';
import { managerCandidacy, managerInput, parseFixture } from './fixtures.js';

const examples = ['thorough-manager', 'contradicting-stories', 'verbatim-reuser', 'vendor-export'].map(
  (name) => [name, example(name)] as const,
);
const cases = [
  ...examples.flatMap(([name, candidacy]) =>
    candidacy.interviews.flatMap((interview) => [
      { label: `${name} ${interview.id}`, candidacy, interviewId: interview.id, wholeRound: false },
      {
        label: `${name} ${interview.id} (whole round)`,
        candidacy,
        interviewId: interview.id,
        wholeRound: true,
      },
    ]),
  ),
  // The fixture lists two of the bank's questions as asked in round one, in English.
  {
    label: 'manager fixture round-2',
    candidacy: managerCandidacy,
    interviewId: 'round-2',
    wholeRound: false,
  },
];

// The English default sentences, written out by hand (a part of each that no German text contains).
const ENGLISH_PLAN_SENTENCES = [
  'Suits the',
  'Suits a ',
  'Suits senior',
  'Your own question',
  'Planned for',
  'In reserve, in case',
  'names no audience',
  'was kept away from',
  'could be planned for',
  'distinct questions for the whole interview',
  'without repeating an earlier round',
  'add 1 of your own',
  'get the same questions',
  'lists no interviewers yet',
  'is listed as a future direct report',
  'No interview has the id',
  // The bank's English questions and purposes.
  'What would someone in this role need to get done',
  'What is the biggest open problem the team is working on right now?',
  'How will success in this role be measured',
  'What helped the last person in this role',
  'What is the hardest part of working at',
  'how does a decision actually get made',
  'What is the team excited about',
  'Which strategic bet over the next 18 months',
  'What do you wish your manager saw more clearly',
  'What would you most want from your next manager?',
  'Where does the real scope of this role differ',
  'Which constraint shapes this team most this year',
  'What should a new colleague understand',
  'What does a typical week look like for you',
  'How do you like to receive feedback',
  'What gets in the way of your best work',
  'What happens after this round',
  'How is the package split',
  'Is there anything from my first round',
  'How is the wider organisation structured',
  'What start date would suit the team best?',
  'shows what good looks like early',
  'brings out the actual work',
  'gently brings out team dynamics',
  'invites candour',
  'shows you think at the level of the company',
  'useful for you and shows you care',
  'shows curiosity about what the team',
];

const ENGLISH_BRIEF_SENTENCES = [
  'No story shows',
  'No reference is planned for',
  'choose one natural point of contact',
  'For example:',
  'references are planned for',
  'is the most senior person in this interview',
  'Note which function',
  'has no number in it',
  'Shows you working with',
  'Shows a ',
  'story, which',
  'their function',
  // Profiles and tenure bands.
  'Whether your motivation and your story hold together',
  'Whether you can deliver the work',
  'Whether working next to you every day',
  'Whether you would be a manager they grow under',
  'How you think about the business',
  'Whether you would be a good partner to their function',
  'Results with numbers attached',
  'A disagreement you worked through with a colleague',
  'Stories with no numbers in them',
  'Questions about reporting lines or rank',
  'Pay or benefits',
  'Still working out their own role',
  'Settled in but not steeped in history',
  'Has seen the company through many changes',
];

const withGerman = (options: { interviewId: string; wholeRound: boolean }) => ({ ...options, ...de });
const idsOf = (plan: ReturnType<typeof pickQuestions>) => ({
  planned: plan.planned.map((pick) => pick.id),
  perInterviewer: plan.perInterviewer.map((entry) => [
    entry.interviewerId,
    entry.audience,
    entry.questions.map((pick) => pick.id),
  ]),
  warnings: plan.warnings.length,
});
const englishIn = (texts: readonly string[], sentences: readonly string[]) =>
  sentences.filter((sentence) => texts.some((text) => text.includes(sentence)));

describe('the question plan in German', () => {
  it.each(cases)('$label: picks the same questions for the same interviewers', (entry) => {
    const options = { interviewId: entry.interviewId, wholeRound: entry.wholeRound };
    expect(idsOf(pickQuestions(entry.candidacy, withGerman(options)))).toEqual(
      idsOf(pickQuestions(entry.candidacy, options)),
    );
  });

  it.each(cases)('$label: says nothing in the English defaults', (entry) => {
    const plan = pickQuestions(entry.candidacy, withGerman(entry));
    const picks = [...plan.planned, ...plan.perInterviewer.flatMap((item) => item.questions)];
    const bankPicks = picks.filter((pick) => pick.source !== 'candidate');
    const texts = [
      ...picks.map((pick) => pick.reason),
      ...bankPicks.map((pick) => pick.text),
      ...plan.warnings,
    ];
    expect(englishIn(texts, ENGLISH_PLAN_SENTENCES)).toEqual([]);
  });

  it.each(cases)("$label: keeps the candidate's own questions as they wrote them", (entry) => {
    const own = new Map((entry.candidacy.questions ?? []).map((question) => [question.id, question.text]));
    const plan = pickQuestions(entry.candidacy, withGerman(entry));
    for (const pick of plan.planned.filter((item) => item.source === 'candidate'))
      expect(pick.text).toBe(own.get(pick.id));
  });

  it('counts a bank question asked in English in round one as asked in German too', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2', ...de });
    const ids = plan.planned.map((pick) => pick.id);
    expect(ids).not.toContain('first-90-days');
    expect(ids).not.toContain('biggest-open-problem');
  });

  it("lets the candidate's own copy of a bank question replace it in German too", () => {
    const candidacy = parseFixture({
      ...managerInput,
      questions: [
        {
          id: 'mine',
          text: 'What happens after this round, and when do you expect to decide?',
          audiences: ['recruiter'],
        },
      ],
    });
    const ids = (options: object) =>
      pickQuestions(candidacy, { interviewId: 'round-1', ...options }).planned.map((pick) => pick.id);
    expect(ids(de)).toEqual(ids({}));
    expect(ids(de)).toContain('mine');
    expect(ids(de)).not.toContain('decision-timeline');
  });

  it('writes the reasons and warnings in German', () => {
    const candidacy = parseFixture({
      schemaVersion: 1,
      candidate: {
        name: 'Lena Vogt',
        timeZone: 'Europe/Berlin',
        targetRole: { title: 'Produktmanagerin', company: 'Nordlicht', managesPeople: false },
      },
      interviews: [
        {
          id: 'r2',
          round: 2,
          scheduledAt: '2027-03-10T10:00:00+01:00',
          durationMinutes: 60,
          medium: 'video',
          interviewers: [{ id: 'jan', name: 'Jan Krüger', audience: 'direct-report' }],
        },
      ],
      stories: [],
      questions: [{ id: 'mine', text: 'Wie sieht die Einarbeitung aus?', audiences: [] }],
    });
    const plan = pickQuestions(candidacy, { interviewId: 'r2', ...de });
    expect(plan.warnings.slice(0, 2)).toEqual([
      'Ihre Frage „Wie sieht die Einarbeitung aus?“ ist keiner Zielgruppe zugeordnet und wurde deshalb nicht eingeplant: Ergänzen Sie, an wen sie sich richtet.',
      'Jan Krüger ist als künftige direkt unterstellte Person eingetragen, die Stelle hat aber keine Führungsverantwortung: Die Fragen wurden wie für eine künftige Kollegin oder einen künftigen Kollegen ausgewählt.',
    ]);
    expect(pickQuestions(candidacy, { interviewId: 'r9', ...de }).warnings).toEqual([
      'Es gibt kein Gespräch mit der Kennung „r9“ (vorhanden: „r2“); es wurden keine Fragen geplant.',
    ]);
  });
});

describe('the question plan in German, when too little fits', () => {
  it('says in German how many could be planned and what to add', () => {
    const bank: BankQuestion[] = [
      { id: 'ablauf', text: 'Wie geht es nach heute weiter?', audiences: ['recruiter'], category: 'process' },
      {
        id: 'gehalt',
        text: 'Wie ist die Vergütung aufgebaut?',
        audiences: ['recruiter', 'senior-leadership'],
        intents: ['pay-logistics'],
      },
    ];
    const candidacy = parseFixture({
      ...managerInput,
      interviews: [
        managerInput.interviews[0]!,
        {
          ...managerInput.interviews[1]!,
          interviewers: [
            { id: 'rita', name: 'Rita Gomez', audience: 'recruiter' },
            { id: 'omar', name: 'Omar Haddad', audience: 'senior-leadership' },
          ],
        },
      ],
      questions: [{ id: 'mine', text: 'What is the pay range?', audiences: ['senior-leadership'] }],
    });
    expect(pickQuestions(candidacy, { interviewId: 'round-2', ...de, bank }).warnings).toEqual([
      'Ihre Frage „What is the pay range?“ ist für die Geschäftsleitung nicht vorgesehen: Das Thema passt nicht in dieses Gespräch.',
      'Für Omar Haddad (Geschäftsleitung) ließ sich keine Frage einplanen, ohne Fragen aus einer früheren Runde zu wiederholen oder die Regeln für dieses Gegenüber zu verletzen: Ergänzen Sie 2 eigene Fragen, die dazu passen.',
      'Es ließen sich nur 2 verschiedene Fragen einplanen; sinnvoll sind 4 bis 6: Ergänzen Sie eigene Fragen.',
    ]);
  });
});

describe('the interviewer briefs in German', () => {
  const briefCases = examples.flatMap(([name, candidacy]) =>
    candidacy.interviews.map((interview) => ({ label: `${name} ${interview.id}`, candidacy, interview })),
  );
  briefCases.push({
    label: 'manager fixture round-2',
    candidacy: managerCandidacy,
    interview: managerCandidacy.interviews[1]!,
  });

  it.each(briefCases)(
    '$label: the same interviewers, stories and tenure bands',
    ({ candidacy, interview }) => {
      const shape = (briefs: ReturnType<typeof briefFor>) =>
        briefs.map((brief) => ({
          id: brief.interviewerId,
          name: brief.name,
          stories: brief.stories.map((story) => [story.storyId, story.title]),
          tenure: brief.tenure?.band,
          reference: brief.reference,
          companyNews: brief.companyNews,
          gaps: brief.gaps.length,
          warnings: brief.warnings.length,
          sources: brief.sources,
        }));
      expect(shape(briefFor(candidacy, { interviewId: interview.id, ...de }))).toEqual(
        shape(briefFor(candidacy, { interviewId: interview.id })),
      );
    },
  );

  it.each(briefCases)('$label: says nothing in the English defaults', ({ candidacy, interview }) => {
    const texts = briefFor(candidacy, { interviewId: interview.id, ...de }).flatMap((brief) => [
      ...brief.caresAbout,
      ...brief.leadWith,
      ...brief.avoid,
      ...brief.stories.map((story) => story.why),
      ...(brief.tenure ? [brief.tenure.insight] : []),
      ...brief.gaps,
      ...brief.warnings,
    ]);
    expect(englishIn(texts, ENGLISH_BRIEF_SENTENCES)).toEqual([]);
  });

  it('writes the gaps, story reasons and research advice in German', () => {
    const briefs = briefFor(managerCandidacy, { interviewId: 'round-2', ...de });
    const of = (id: string) => briefs.find((brief) => brief.interviewerId === id)!;
    expect(of('mei').gaps).toEqual([
      'Noch keine Ihrer Geschichten zeigt die Entwicklung von Mitarbeitenden, und Mei Lin würde an Sie berichten.',
    ]);
    expect(of('mei').warnings[0]).toBe(
      'Für Mei Lin ist noch kein Anknüpfungspunkt geplant: Wählen Sie einen, der sich natürlich ergibt. Zum Beispiel: A blog post on flaky test triage.',
    );
    expect(of('priya').warnings[0]).toBe(
      'Für Priya Nair sind 3 Anknüpfungspunkte geplant; behalten Sie einen (angezeigt wird der erste). Mehrere in einem Gespräch wirken, als hätten Sie die Person zu genau beobachtet.',
    );
    expect(of('sam').stories[0]?.why).toBe(
      'Zeigt Ihre Zusammenarbeit mit Sales, dem Bereich von Sam Okafor.',
    );
    expect(of('dana').stories[0]?.why).toBe('Zeigt ein messbares Ergebnis, eine bewusste Abwägung.');
  });
});

describe('the German question bank', () => {
  const german = de.questionBank ?? [];

  it('has the ids, audiences, categories and sources of the English bank, in the same order', () => {
    const shape = (bank: readonly BankQuestion[]) =>
      bank.map((question) => [question.id, question.audiences, question.category, question.source]);
    expect(shape(german)).toEqual(shape(defaultQuestionBank));
  });

  it('is German: no question text or purpose of the English bank', () => {
    const english = new Set(defaultQuestionBank.flatMap((question) => [question.text, question.purpose]));
    expect(german.filter((question) => english.has(question.text) || english.has(question.purpose))).toEqual(
      [],
    );
  });

  it('declares for each question the intents the English reader finds in its English original', () => {
    const english = new Map(defaultQuestionBank.map((question) => [question.id, question.text]));
    const differing = german.filter(
      (question) =>
        JSON.stringify(question.intents) !== JSON.stringify(questionIntents(english.get(question.id) ?? '')),
    );
    expect(differing.map((question) => question.id)).toEqual([]);
  });

  it('passes the validators a vendor’s data goes through', () => {
    expect(parseQuestionBank(german).ok).toBe(true);
    expect(parseAudienceProfiles(de.profiles).ok).toBe(true);
    expect(parseTenureBands(de.tenureBands).ok).toBe(true);
  });

  it('accepts declared intents in a vendor bank, and only known ones', () => {
    const question = { id: 'q', text: 'Wie ist die Vergütung aufgebaut?', audiences: ['recruiter'] };
    expect(parseQuestionBank([{ ...question, intents: ['pay-logistics'] }]).ok).toBe(true);
    expect(parseQuestionBank([{ ...question, intents: ['salary'] }]).ok).toBe(false);
  });

  it('fills {{company}} and {company} alike', () => {
    const bank: BankQuestion[] = [
      { id: 'a', text: 'Was zeichnet {{company}} aus?', audiences: ['recruiter'] },
      { id: 'b', text: 'Wohin will {company} in fünf Jahren?', audiences: ['recruiter'] },
    ];
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-1', bank });
    expect(plan.planned.map((pick) => pick.text).sort()).toEqual([
      'Was zeichnet Northwind aus?',
      'Wohin will Northwind in fünf Jahren?',
    ]);
  });

  it('keeps a question whose declared intent is pay away from senior leadership, whatever its language', () => {
    const bank: BankQuestion[] = [
      {
        id: 'gehalt',
        text: 'Wie ist die Vergütung aufgebaut?',
        audiences: ['senior-leadership', 'recruiter'],
        intents: ['pay-logistics'],
      },
      { id: 'markt', text: 'Wo sehen Sie den Markt in zwei Jahren?', audiences: ['senior-leadership'] },
    ];
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2', bank });
    const omar = plan.perInterviewer.find((entry) => entry.interviewerId === 'omar');
    expect(omar?.questions.map((pick) => pick.id)).toEqual(['markt']);
  });
});

describe('a German report', () => {
  it('takes the German data sets through createPreparer as JSON, with the same questions', () => {
    const now = '2026-11-01T12:00:00Z';
    const made = createPreparer(JSON.parse(JSON.stringify(de)));
    expect(made.ok ? [] : made.issues).toEqual([]);
    if (!made.ok) return;
    for (const [, candidacy] of examples) {
      const german = made.value.prepare(candidacy, { now });
      const english = prepareSync(candidacy, { now });
      expect(german.questions.planned.map((pick) => pick.id)).toEqual(
        english.questions.planned.map((pick) => pick.id),
      );
      expect(german.questions.planned.some((pick) => pick.reason.startsWith('Eingeplant'))).toBe(
        german.questions.planned.some((pick) => pick.source !== 'candidate'),
      );
    }
  });

  it.each(examples)('%s: plans the same questions as the English one', (_name, candidacy) => {
    const now = '2026-11-01T12:00:00Z';
    const english = prepareSync(candidacy, { now });
    const german = prepareSync(candidacy, { now, ...de });
    const ids = (report: typeof english) => report.questions.planned.map((pick) => pick.id);
    expect(ids(german)).toEqual(ids(english));
  });
});
