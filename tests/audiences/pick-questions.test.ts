import { describe, expect, it } from 'vitest';
import {
  type Audience,
  type BankQuestion,
  type Candidacy,
  defaultQuestionBank,
  defaultQuestionRules,
  type Interviewer,
  pickQuestions,
  type QuestionPlan,
} from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function withPanel(
  candidacy: Candidacy,
  audiences: readonly Audience[],
  changes: Partial<Candidacy> = {},
  managesPeople = true,
): Candidacy {
  const interviewers: Interviewer[] = audiences.map((audience, index) => ({
    id: `person-${index}`,
    name: `Person ${index}`,
    audience,
  }));
  const [roundOne, roundTwo] = candidacy.interviews;
  return {
    ...candidacy,
    candidate: {
      ...candidacy.candidate,
      targetRole: { ...candidacy.candidate.targetRole, managesPeople },
    },
    interviews: [roundOne!, { ...roundTwo!, interviewers, debrief: undefined }],
    ...changes,
  };
}

function idsFor(plan: QuestionPlan, interviewerId: string): string[] {
  return (
    plan.perInterviewer.find((entry) => entry.interviewerId === interviewerId)?.questions.map((q) => q.id) ??
    []
  );
}

const bankById = new Map(defaultQuestionBank.map((question) => [question.id, question]));

describe('pickQuestions', () => {
  it('plans six distinct questions for the five-person round two', () => {
    expect(pickQuestions(managerCandidacy, { interviewId: 'round-2' }).planned.length).toBe(6);
  });

  it('gives every interviewer two or three questions and no warnings for the manager fixture', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2' });
    expect(plan.warnings).toEqual([]);
    for (const entry of plan.perInterviewer) {
      expect(entry.questions.length).toBeGreaterThanOrEqual(2);
      expect(entry.questions.length).toBeLessThanOrEqual(3);
    }
  });

  it("puts the candidate's own question first for the audiences it names", () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2' });
    expect(idsFor(plan, 'priya')[0]).toBe('own-on-call');
    expect(idsFor(plan, 'mei')[0]).toBe('own-on-call');
    expect(idsFor(plan, 'dana')).not.toContain('own-on-call');
  });

  it('never repeats a question asked in round one, even written differently', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2' });
    const ids = plan.planned.map((pick) => pick.id);
    expect(ids).not.toContain('first-90-days');
    expect(ids).not.toContain('biggest-open-problem');
    expect(ids).not.toContain('own-asked');
  });

  it('gives each audience a set of questions no other audience gets', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2' });
    const sets = plan.perInterviewer.map((entry) => [...entry.questions.map((q) => q.id)].sort().join('|'));
    expect(new Set(sets).size).toBe(sets.length);
  });

  it('asks senior leadership about strategy and never about pay or logistics', () => {
    const plan = pickQuestions(withPanel(managerCandidacy, ['senior-leadership']), {
      interviewId: 'round-2',
    });
    const ids = idsFor(plan, 'person-0');
    expect(ids[0]).toBe('strategic-bet');
    for (const id of ids) expect(bankById.get(id)?.category).not.toBe('pay-logistics');
  });

  it('keeps a pay question tagged for leadership away from leadership', () => {
    const bank: BankQuestion[] = [
      { id: 'pay', text: 'What is the salary band for this role?', audiences: ['senior-leadership'] },
      ...defaultQuestionBank,
    ];
    const plan = pickQuestions(withPanel(managerCandidacy, ['senior-leadership']), {
      interviewId: 'round-2',
      bank,
    });
    expect(plan.planned.map((pick) => pick.id)).not.toContain('pay');
  });

  it('keeps a reporting-line question tagged for peers away from peers', () => {
    const bank: BankQuestion[] = [
      { id: 'who-reports', text: 'Who reports to whom on this team?', audiences: ['peer'] },
      { id: 'rank', text: 'How is the team structured?', audiences: ['peer'], category: 'hierarchy' },
      ...defaultQuestionBank,
    ];
    const plan = pickQuestions(withPanel(managerCandidacy, ['peer']), { interviewId: 'round-2', bank });
    const ids = plan.planned.map((pick) => pick.id);
    expect(ids).not.toContain('who-reports');
    expect(ids).not.toContain('rank');
  });

  it('asks a future direct report what they want from a manager when the role manages people', () => {
    const plan = pickQuestions(withPanel(managerCandidacy, ['direct-report'], { questions: [] }), {
      interviewId: 'round-2',
    });
    expect(idsFor(plan, 'person-0')[0]).toBe('want-from-manager');
  });

  it('asks no management question when the role does not manage people, and says why', () => {
    const candidacy = withPanel(
      managerCandidacy,
      ['direct-report', 'hiring-manager'],
      { questions: [] },
      false,
    );
    const plan = pickQuestions(candidacy, { interviewId: 'round-2' });
    for (const pick of plan.planned) expect(bankById.get(pick.id)?.category).not.toBe('management');
    expect(plan.warnings.join(' ')).toContain('does not manage people');
  });

  it('fits the hiring manager with delivery questions and the cross-functional partner with interface questions', () => {
    const plan = pickQuestions(
      withPanel(managerCandidacy, ['hiring-manager', 'cross-functional'], { questions: [] }),
      {
        interviewId: 'round-2',
      },
    );
    expect(idsFor(plan, 'person-0')).toEqual(['scope-versus-ad', 'first-decision']);
    expect(idsFor(plan, 'person-1')).toEqual(['handover-points', 'good-partner']);
  });

  it('plans reserves so a one-person interview still prepares four questions', () => {
    const plan = pickQuestions(withPanel(managerCandidacy, ['peer'], { questions: [] }), {
      interviewId: 'round-2',
    });
    expect(idsFor(plan, 'person-0')).toHaveLength(2);
    expect(plan.planned).toHaveLength(4);
    expect(plan.planned[3]?.reason).toContain('In reserve');
  });

  it('explains each pick', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-2' });
    const omar = plan.perInterviewer.find((entry) => entry.interviewerId === 'omar');
    expect(omar?.questions[0]).toEqual({
      id: 'strategic-bet',
      text: 'Which strategic bet over the next 18 months is this role part of?',
      audiences: ['senior-leadership'],
      reason: 'Suits senior leadership: shows you think at the level of the company, not only the job.',
      source: 'seed#questions',
    });
  });

  it('puts the company name into bank questions that mention it', () => {
    const bank = defaultQuestionBank.filter((question) =>
      ['hardest-part', 'manager-wish'].includes(question.id),
    );
    const plan = pickQuestions(withPanel(managerCandidacy, ['peer'], { questions: [] }), {
      interviewId: 'round-2',
      bank,
    });
    const texts = plan.planned.map((pick) => pick.text).join(' ');
    expect(texts).toContain('working at Northwind');
    expect(texts).not.toContain('{company}');
  });

  it('warns, rather than throws, for an unknown interview', () => {
    const plan = pickQuestions(managerCandidacy, { interviewId: 'round-9' });
    expect(plan.planned).toEqual([]);
    expect(plan.warnings[0]).toContain('No interview has the id "round-9"');
  });

  it('warns when the bank is too small to give each interviewer two questions', () => {
    const bank: BankQuestion[] = [{ id: 'only', text: 'What is the team proud of?', audiences: ['peer'] }];
    const plan = pickQuestions(withPanel(managerCandidacy, ['peer'], { questions: [] }), {
      interviewId: 'round-2',
      bank,
    });
    expect(idsFor(plan, 'person-0')).toEqual(['only']);
    expect(
      plan.warnings.some((warning) => warning.startsWith('Only 1 question could be planned for Person 0')),
    ).toBe(true);
    expect(plan.warnings.some((warning) => warning.startsWith('Only 1 distinct question'))).toBe(true);
  });

  it('warns about an own question that names no audience', () => {
    const candidacy = withPanel(managerCandidacy, ['peer'], {
      questions: [{ id: 'loose', text: 'What is the team proud of?', audiences: [] }],
    });
    const plan = pickQuestions(candidacy, { interviewId: 'round-2' });
    expect(plan.warnings.join(' ')).toContain('names no audience');
  });

  it('throws, naming the function, when the rules have a minimum above the maximum', () => {
    expect(() =>
      pickQuestions(managerCandidacy, {
        interviewId: 'round-2',
        rules: { ...defaultQuestionRules, perInterviewer: { min: 4, max: 3 } },
      }),
    ).toThrow(/^pickQuestions: rules.perInterviewer/);
  });
});
