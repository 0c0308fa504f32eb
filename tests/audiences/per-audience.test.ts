import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  type Audience,
  briefFor,
  type Candidacy,
  defaultQuestionBank,
  lintAnswer,
  pickQuestions,
} from '../../src/index.js';
import { managerCandidacy } from './fixtures.js';

function soloPanel(audience: Audience): Candidacy {
  const [roundOne, roundTwo] = managerCandidacy.interviews;
  return {
    ...managerCandidacy,
    questions: [],
    interviews: [
      roundOne!,
      {
        ...roundTwo!,
        debrief: undefined,
        interviewers: [{ id: 'solo', name: 'Alex Kim', audience, function: 'Sales' }],
      },
    ],
  };
}

const categoryOf = new Map(defaultQuestionBank.map((question) => [question.id, question.category]));

describe.each(AUDIENCES)('for %s', (audience) => {
  const plan = pickQuestions(soloPanel(audience), { interviewId: 'round-2' });
  const [brief] = briefFor(soloPanel(audience), 'round-2');

  it('picks two questions that name this audience, with no warning', () => {
    expect(plan.warnings).toEqual([]);
    const questions = plan.perInterviewer[0]?.questions ?? [];
    expect(questions).toHaveLength(2);
    for (const pick of questions) expect(pick.audiences).toContain(audience);
  });

  it('briefs from the profile of this audience, with a fitting story or a named gap', () => {
    expect(brief?.audience).toBe(audience);
    if (audience === 'direct-report') {
      expect(brief?.gaps).toEqual(['No story shows developing people, and Alex Kim would report to you.']);
    } else {
      expect(brief?.stories.length ?? 0).toBeGreaterThan(0);
      expect(brief?.gaps).toEqual([]);
    }
  });

  it('respects the audience rules in its picks', () => {
    for (const pick of plan.perInterviewer[0]?.questions ?? []) {
      const category = categoryOf.get(pick.id);
      if (audience === 'senior-leadership') expect(category).not.toBe('pay-logistics');
      if (audience === 'peer') expect(category).not.toBe('hierarchy');
    }
  });
});

describe('across audiences', () => {
  it('gives each of the six audiences different questions and a different brief', () => {
    const questionSets = AUDIENCES.map((audience) =>
      (pickQuestions(soloPanel(audience), { interviewId: 'round-2' }).perInterviewer[0]?.questions ?? [])
        .map((pick) => pick.id)
        .join('|'),
    );
    expect(new Set(questionSets).size).toBe(AUDIENCES.length);
    const briefs = AUDIENCES.map((audience) =>
      JSON.stringify(briefFor(soloPanel(audience), 'round-2')[0]?.leadWith),
    );
    expect(new Set(briefs).size).toBe(AUDIENCES.length);
    const stories = AUDIENCES.map((audience) =>
      (briefFor(soloPanel(audience), 'round-2')[0]?.stories ?? []).map((story) => story.storyId).join('|'),
    );
    expect(new Set(stories).size).toBe(AUDIENCES.length);
  });

  it('flags the same answer differently for each audience', () => {
    const answer = 'I alone rebuilt billing, and we should align on my salary; I plan to shake things up.';
    const byAudience = Object.fromEntries(
      AUDIENCES.map((audience) => [audience, lintAnswer(answer, audience).map((flag) => flag.ruleId)]),
    );
    expect(byAudience).toEqual({
      recruiter: [],
      'hiring-manager': [],
      peer: ['solo-credit'],
      'direct-report': ['shake-things-up'],
      'senior-leadership': ['pay-talk'],
      'cross-functional': ['vague-alignment'],
    });
  });
});
