import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  type CandidacyInput,
  createScorer,
  deriveFacts,
  parseCandidacy,
  type Readiness,
} from '../../src/index.js';
import { NOW, parseFixture, thoroughInput } from './fixtures.js';

const scorer = createScorer();
/** Two hours before the fixture's round two: every day-of step is due. */
const DAY_OF = '2026-12-03T12:00:00-05:00';

function scoreOf(change: (input: CandidacyInput) => void, now = NOW): Readiness {
  const input = thoroughInput();
  change(input);
  return scorer.score(parseFixture(input), now);
}

function roundTwo(input: CandidacyInput) {
  const interview = input.interviews[1];
  if (interview === undefined) throw new Error('fixture changed');
  return interview;
}

function item(readiness: Readiness, ruleId: string) {
  const found = readiness.items.find((entry) => entry.ruleId === ruleId);
  if (found === undefined) throw new Error(`no item ${ruleId}`);
  return found;
}

describe('recommendations name what to fix', () => {
  it.each([
    [
      'interviewers with research gaps, with what each lacks',
      (input: CandidacyInput) => {
        const [hana, pat] = roundTwo(input).interviewers ?? [];
        if (hana?.research) hana.research.recentActivity = [];
        if (pat?.research) pat.research.commonGround = [];
      },
      'research.interviewers',
      'Look up Hana (no recent activity) and Pat (no common ground): ',
    ],
    [
      'a story with no figure',
      (input: CandidacyInput) => {
        const telling = input.stories?.[0]?.tellings?.[1];
        if (telling === undefined) throw new Error('fixture changed');
        telling.text = 'We froze features instead of running parallel stacks.';
        telling.facts = [];
      },
      'recall.numbers-and-trade-offs',
      'without a measurable result: ‘Platform rebuild’',
    ],
    [
      'an interviewer with too many references, with how many',
      (input: CandidacyInput) => {
        const hana = roundTwo(input).interviewers?.[0];
        if (hana?.research) hana.research.plannedReferences = ['Her marathon', 'Her choir', 'Her dog'];
      },
      'research.no-overload',
      'Keep one natural reference each for Hana (3 references)',
    ],
    [
      'a concern whose improved answer is a placeholder',
      (input: CandidacyInput) => {
        const plan = input.concerns?.[0]?.plan;
        if (plan) plan.improvedAnswer = 'TBD';
      },
      'concerns.improved-answer',
      'Write a better answer for ‘Leading distributed teams’ (a placeholder, not an answer)',
    ],
    [
      'the peer no story fits',
      (input: CandidacyInput) => {
        const peerTags = new Set(['collaboration', 'disagreement', 'credit-sharing']);
        input.stories = (input.stories ?? []).map((story) => ({
          ...story,
          tags: (story.tags ?? []).filter((tag) => !peerTags.has(tag)),
        }));
      },
      'audiences.peers',
      'For Pat, prepare a story of a disagreement',
    ],
    [
      'other processes that stalled, with why',
      (input: CandidacyInput) => {
        input.pipeline = {
          otherProcesses: [
            { company: 'Globex', stage: 'on hold' },
            { company: 'Initech', stage: 'round 2', lastActivityAt: '2026-09-01' },
          ],
          offers: [],
        };
      },
      'follow-through.other-processes',
      '(now: Globex (paused) and Initech (no activity for 93 days))',
    ],
  ])('names %s', (_name, change, ruleId, expected) => {
    const readiness = scoreOf(change, DAY_OF);
    expect(item(readiness, ruleId).status).toBe('failed');
    expect(readiness.recommendations.find((entry) => entry.ruleId === ruleId)?.recommendation).toContain(
      expected,
    );
  });

  it('carries the ids and names it counted in the evidence', () => {
    const readiness = scoreOf((input) => {
      const hana = roundTwo(input).interviewers?.[0];
      if (hana?.research) hana.research.recentActivity = [];
    });
    expect(item(readiness, 'research.interviewers').evidence).toEqual([
      {
        fact: 'roundTwoInterviewerCount',
        value: 5,
        subjects: expect.arrayContaining([{ kind: 'interviewer', id: 'hm', name: 'Hana' }]),
      },
      {
        fact: 'interviewersNotResearched',
        value: 1,
        subjects: [{ kind: 'interviewer', id: 'hm', name: 'Hana', notes: [{ code: 'no-recent-activity' }] }],
      },
    ]);
  });

  it('uses real plurals, by the locale given', async () => {
    const input = thoroughInput();
    const [hana, pat] = roundTwo(input).interviewers ?? [];
    if (hana?.research) hana.research.plannedReferences = ['a', 'b'];
    if (pat?.research) pat.research.plannedReferences = ['a', 'b', 'c', 'd', 'e'];
    const readiness = await assessReadiness(parseFixture(input), {
      now: NOW,
      locale: 'pl',
      labels: {
        notes: {
          references: '{{count|one:# odniesienie|few:# odniesienia|many:# odniesień|other:# odniesienia}}',
        },
      },
      messages: {
        'research.no-overload': {
          message: 'Jedno odniesienie na osobę.',
          recommendation: 'Ogranicz: {{interviewersWithTooManyReferences|names}}.',
        },
      },
    });
    expect(item(readiness, 'research.no-overload').recommendation).toBe(
      'Ogranicz: Hana (2 odniesienia) i Pat (5 odniesień).',
    );
  });
});

describe('no message says "(s)"', () => {
  const dir = new URL('../../examples/', import.meta.url);
  const files = readdirSync(dir).filter((file) => file.endsWith('.json'));
  const times = [
    '2026-06-01T12:00:00Z',
    '2027-02-02T12:00:00-08:00',
    '2027-03-09T12:00:00-05:00',
    '2027-03-22T12:00:00+01:00',
    '2028-01-01T12:00:00Z',
  ];
  it.each(files)('in %s, before, during and after its rounds', (file) => {
    const parsed = parseCandidacy(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
    if (!parsed.ok) throw new Error(`${file} does not parse`);
    for (const now of times) {
      const readiness = scorer.score(parsed.value, now);
      for (const entry of readiness.items) {
        expect(entry.message).not.toContain('(s)');
        expect(entry.recommendation).not.toContain('(s)');
        expect(entry.recommendation).not.toContain('(ies)');
      }
    }
  });
});

describe('pending steps', () => {
  it('keeps the day-of steps pending the day before, never failed and never in the score', () => {
    const readiness = scoreOf((input) => {
      if (input.prep) {
        input.prep.platformTestedAt = undefined;
        input.prep.formatPrep = {};
        input.prep.setupTestedAt = undefined;
      }
    });
    expect(
      readiness.items.filter((entry) => entry.status === 'pending').map((entry) => entry.ruleId),
    ).toEqual(['formats.technical-platform', 'setup.tested', 'setup.platform-tested']);
    expect(readiness.score).toBe(100);
    expect(readiness.recommendations).toEqual([]);
    expect(readiness.pending.map((step) => step.due)).toEqual([
      'the morning of the interview',
      'on the day, before the interview',
      'half an hour before the interview',
    ]);
    // The checklist is not yet run in full: the top band waits for the setup test.
    expect(readiness.checklist).toEqual({ passed: 12, applicable: 13, pending: 1 });
    expect(readiness.band).toBe('ready');
  });

  it('fails the same steps once their time has come', () => {
    const readiness = scoreOf((input) => {
      if (input.prep) {
        input.prep.platformTestedAt = undefined;
        input.prep.setupTestedAt = undefined;
      }
    }, DAY_OF);
    expect(item(readiness, 'setup.tested').status).toBe('failed');
    expect(item(readiness, 'setup.platform-tested').status).toBe('failed');
  });

  it('keeps date-bound steps of an undated round pending', () => {
    const readiness = scoreOf((input) => {
      const round = roundTwo(input);
      round.scheduledAt = undefined;
      round.durationMinutes = undefined;
      if (input.prep) {
        input.prep.thankYouDraftedAt = undefined;
        input.prep.checklistRunAt = undefined;
      }
    });
    expect(item(readiness, 'follow-through.thank-you').status).toBe('pending');
    expect(item(readiness, 'setup.checklist-run').status).toBe('pending');
    expect(readiness.recommendations).toEqual([]);
  });
});

describe('calibration against the guide', () => {
  it('treats three revisits and over-research as the faults the guide calls them', () => {
    const readiness = scoreOf((input) => {
      const hana = roundTwo(input).interviewers?.[0];
      if (hana?.research) hana.research.plannedReferences = ['a', 'b', 'c', 'd', 'e'];
      input.concerns = ['Scale', 'Hiring', 'Budget'].map((topic, index) => ({
        id: `c${index}`,
        raisedInRound: 1,
        topic,
        plan: {
          action: 'revisit' as const,
          timing: 'early' as const,
          improvedAnswer: `On ${topic.toLowerCase()}, a concrete example: at Globex I owned it for two years and cut cost by a fifth.`,
        },
      }));
    });
    expect(readiness.score).toBeGreaterThanOrEqual(75);
    expect(readiness.band).toBe('at-risk');
    expect(readiness.caps.map((cap) => cap.ruleId)).toEqual([
      'research.no-overload',
      'concerns.at-most-two-revisits',
    ]);
  });

  it.each([
    [
      'restates round one',
      'A longer version of what I said last time about leading distributed teams.',
      'restated',
    ],
    [
      'brings nothing new',
      'Leading distributed teams is something I have done, leading distributed teams well.',
      'restated',
    ],
    ['is a placeholder', '[better example here]', 'placeholder'],
    [
      'is a different example',
      'At Corbel I ran a migration with engineers in three time zones and weekly written handoffs.',
      undefined,
    ],
  ])('judges an improved answer that %s', (_name, answer, note) => {
    const readiness = scoreOf((input) => {
      const plan = input.concerns?.[0]?.plan;
      if (plan) plan.improvedAnswer = answer;
    });
    const evidence = item(readiness, 'concerns.improved-answer').evidence.find(
      (entry) => entry.fact === 'revisitsWithoutImprovedAnswer',
    );
    expect(evidence?.subjects?.[0]?.notes?.[0]?.code).toBe(note);
  });

  it.each([
    ['a long notice period written down', { noticePeriodWeeks: 13 }, 'passed'],
    ['a genuine yes to relocation', { relocation: 'yes' as const }, 'passed'],
  ])('does not punish %s', (_name, change, status) => {
    const readiness = scoreOf((input) => {
      if (input.compensation) Object.assign(input.compensation, change);
    });
    for (const entry of readiness.items.filter((candidate) => candidate.dimension === 'compensation')) {
      if (entry.status !== 'not-applicable')
        expect([entry.ruleId, entry.status]).toEqual([entry.ruleId, status]);
    }
  });

  it('caps the band when pay has nothing prepared, and says so', () => {
    const readiness = scoreOf((input) => {
      input.compensation = { noticePeriodWeeks: 3, workMode: 'hybrid', discloseCurrentSalary: true };
    });
    expect(readiness.caps).toEqual([
      { kind: 'empty-dimension', dimension: 'compensation', group: 'pay', message: 'pay: nothing prepared' },
    ]);
    expect(readiness.band).toBe('at-risk');
  });

  it('counts research given in round one for the same person in round two', () => {
    const facts = deriveFacts(
      parseFixture(
        (() => {
          const input = thoroughInput();
          const first = input.interviews[0];
          const hana = roundTwo(input).interviewers?.[0];
          if (first === undefined || hana === undefined) throw new Error('fixture changed');
          first.interviewers = [...(first.interviewers ?? []), { ...hana }];
          hana.research = { plannedReferences: ['Ask about the pricing talk'] };
          hana.tenureMonths = undefined;
          return input;
        })(),
      ),
      { now: NOW },
    );
    expect(facts.interviewersNotResearched).toBe(0);
  });

  it.each([
    [
      'a VP listed as hiring manager over a director in senior leadership',
      'VP Engineering',
      'Director of Strategy',
      'hm',
    ],
    ['a CTO over a VP', 'VP Engineering', 'Chief Technology Officer', 'vp'],
    ['a head over a manager', 'Engineering Manager', 'Head of Platform', 'vp'],
    ['audience when titles tie', 'Director of Engineering', 'Director of Strategy', 'vp'],
  ])('takes the most senior by title first: %s', (_name, hanaTitle, vicTitle, senior) => {
    const readiness = scoreOf((input) => {
      const people = roundTwo(input).interviewers ?? [];
      const hana = people.find((person) => person.id === 'hm');
      const vic = people.find((person) => person.id === 'vp');
      if (hana === undefined || vic === undefined) throw new Error('fixture changed');
      hana.title = hanaTitle;
      vic.title = vicTitle;
    });
    const evidence = item(readiness, 'research.company-news').evidence.find(
      (entry) => entry.fact === 'seniorInterviewerNewsResearched',
    );
    expect(evidence?.subjects?.map((subject) => subject.id)).toEqual([senior]);
    // Company news is noted for Vic only.
    expect(evidence?.value).toBe(senior === 'vp');
  });
});
