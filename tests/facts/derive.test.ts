import { describe, expect, it } from 'vitest';
import { deriveFacts, factCatalogue, payHistoryLawFor } from '../../src/index.js';
import { NOW, parseFixture, thoroughCandidacy, thoroughInput } from '../readiness/fixtures.js';

type Input = ReturnType<typeof thoroughInput>;

function factsOf(change: (input: Input) => void, now = NOW) {
  const input = thoroughInput();
  change(input);
  return deriveFacts(parseFixture(input), { now });
}

function roundTwo(input: Input) {
  const interview = input.interviews[1];
  if (interview === undefined) throw new Error('fixture changed');
  return interview;
}

function rebuildTelling(input: Input, round: number) {
  const telling = input.stories?.[0]?.tellings?.find((entry) => entry.round === round);
  if (telling === undefined) throw new Error('fixture changed');
  return telling;
}

describe('deriveFacts', () => {
  it('prepares the round of the next upcoming interview', () => {
    const facts = deriveFacts(thoroughCandidacy(), { now: '2026-12-02T09:00:00-05:00' });
    expect(facts.roundTwoNumber).toBe(2);
  });

  it('returns a frozen record with every catalogue fact, in catalogue order', () => {
    const facts = deriveFacts(thoroughCandidacy(), { now: NOW });
    expect(Object.isFrozen(facts)).toBe(true);
    expect(Object.keys(facts)).toEqual(factCatalogue.map((fact) => fact.name));
  });

  it('gives each fact the type the catalogue declares', () => {
    const facts: Record<string, unknown> = { ...deriveFacts(thoroughCandidacy(), { now: NOW }) };
    for (const fact of factCatalogue) {
      if (facts[fact.name] !== undefined) expect(typeof facts[fact.name]).toBe(fact.type);
    }
  });

  it('counts the hours until the next interview', () => {
    expect(deriveFacts(thoroughCandidacy(), { now: NOW }).hoursUntilNextInterview).toBe(29);
  });

  it('falls back to the highest round, with no hours, once every interview is past', () => {
    const facts = deriveFacts(thoroughCandidacy(), { now: '2026-12-05T09:00:00-05:00' });
    expect(facts.roundTwoNumber).toBe(2);
    expect(facts.hasUpcomingInterview).toBe(false);
    expect(facts.hoursUntilNextInterview).toBeUndefined();
  });

  it('counts interviewers missing any of background, tenure, common ground or recent activity', () => {
    const facts = factsOf((input) => {
      const [first, second] = roundTwo(input).interviewers ?? [];
      if (first) first.tenureMonths = undefined;
      if (second?.research) second.research.recentActivity = [];
    });
    expect(facts.interviewersNotResearched).toBe(2);
  });

  it('flags more than one planned reference as too many, and none as missing', () => {
    const facts = factsOf((input) => {
      const [first, second] = roundTwo(input).interviewers ?? [];
      if (first?.research) first.research.plannedReferences = ['one', 'two'];
      if (second?.research) second.research.plannedReferences = [];
    });
    expect(facts.interviewersWithTooManyReferences).toBe(1);
    expect(facts.interviewersWithoutReference).toBe(1);
  });

  it('looks for company news on the most senior interviewer only', () => {
    const facts = factsOf((input) => {
      for (const interviewer of roundTwo(input).interviewers ?? []) {
        if (interviewer.research)
          interviewer.research.companyNews = interviewer.audience === 'peer' ? ['news'] : [];
      }
    });
    expect(facts.seniorInterviewerNewsResearched).toBe(false);
  });

  it('needs a story partnering with the cross-functional interviewer’s own function', () => {
    const facts = factsOf((input) => {
      const crossFunctional = roundTwo(input).interviewers?.find(
        (entry) => entry.audience === 'cross-functional',
      );
      if (crossFunctional) crossFunctional.function = 'design';
    });
    expect(facts.storyFitsCrossFunctional).toBe(false);
    expect(facts.audiencesWithoutStory).toBe(1);
  });

  it('counts planned questions, audiences short of two, and questions already asked', () => {
    const facts = factsOf((input) => {
      input.questions = [
        { id: 'a', text: 'What does the team work on?', audiences: ['peer'] },
        { id: 'b', text: 'How is success measured?', audiences: ['peer', 'hiring-manager'] },
        { id: 'c', text: 'Old one', audiences: ['peer'], askedInRound: 1 },
      ];
    });
    expect(facts.questionsPlanned).toBe(2);
    expect(facts.audiencesWithTooFewQuestions).toBe(4);
    expect(facts.questionsRepeatedFromRoundOne).toBe(1);
  });

  it('counts concerns without a plan, revisits, late revisits and revisits without a better answer', () => {
    const facts = factsOf((input) => {
      input.concerns = [
        { id: 'a', raisedInRound: 1, topic: 'x' },
        { id: 'b', raisedInRound: 1, topic: 'y', plan: { action: 'revisit', timing: 'late' } },
        { id: 'c', raisedInRound: 2, topic: 'z' },
      ];
    });
    expect(facts).toMatchObject({
      concernsCount: 2,
      concernsWithoutPlan: 1,
      revisitsPlanned: 1,
      revisitsLate: 1,
      revisitsWithoutImprovedAnswer: 1,
    });
  });

  it('flags a round-two project telling that repeats round one nearly word for word', () => {
    const facts = factsOf((input) => {
      rebuildTelling(input, 2).text = 'I led the platform rebuild over 14 months.';
    });
    expect(facts.repeatedProjectTellings).toBe(1);
  });

  it('flags a project telling without a number as shallow', () => {
    const facts = factsOf((input) => {
      const telling = rebuildTelling(input, 2);
      telling.text = 'We chose to freeze features instead of running parallel stacks.';
      telling.facts = [];
    });
    expect(facts.shallowProjectTellings).toBe(1);
    expect(facts.repeatedProjectTellings).toBe(0);
  });

  it.each([
    ['two senior engineers', 'We chose to grow two senior engineers instead of hiring.'],
    ['a third', 'We cut tickets by a third instead of adding headcount.'],
    ['a dozen', 'We unblocked a dozen teams rather than rewriting the service.'],
    ['digits', 'We cut tickets by 30% instead of adding headcount.'],
  ])('reads a number written as %s', (_name, text) => {
    const facts = factsOf((input) => {
      const telling = rebuildTelling(input, 2);
      telling.text = text;
      telling.facts = [];
    });
    expect(facts.shallowProjectTellings).toBe(0);
  });

  it('takes a changed reason for leaving from the consistency check', () => {
    const facts = factsOf((input) => {
      const [before, planned] = input.stories?.find((story) => story.id === 'leaving')?.tellings ?? [];
      if (before === undefined || planned === undefined) throw new Error('fixture changed');
      before.text = 'I was laid off when the company restructured.';
      planned.text = 'I resigned because I wanted a bigger scope.';
    });
    const same = factsOf((input) => {
      const tellings = input.stories?.find((story) => story.id === 'leaving')?.tellings ?? [];
      for (const telling of tellings) telling.text = 'I was laid off when the company restructured.';
    });
    expect(facts.reasonForLeavingChanged).toBe(1);
    expect(same.reasonForLeavingChanged).toBe(0);
  });

  it('tolerates a number within 15% and flags one beyond it', () => {
    const within = factsOf((input) => {
      rebuildTelling(input, 2).facts = [{ subject: 'Rebuild duration', kind: 'duration', value: 15 }];
    });
    const beyond = factsOf((input) => {
      rebuildTelling(input, 2).facts = [{ subject: 'rebuild duration', kind: 'duration', value: 18 }];
    });
    expect(within.unresolvedContradictions).toBe(0);
    expect(beyond.unresolvedContradictions).toBe(1);
  });

  it('flags a title change from lead to member as a contradiction', () => {
    const facts = factsOf((input) => {
      rebuildTelling(input, 1).facts = [{ subject: 'title', kind: 'title', value: 'Lead' }];
      rebuildTelling(input, 2).facts = [{ subject: 'title', kind: 'title', value: 'member' }];
    });
    expect(facts.unresolvedContradictions).toBe(1);
  });

  it('derives pay and logistics positions', () => {
    const facts = factsOf((input) => {
      input.candidate.jurisdiction = 'US-CA';
      input.compensation = {
        range: { min: 100, max: 100, currency: 'USD', basis: 'base' },
        noticePeriodWeeks: 2,
        earliestStart: '2027-01-06',
        relocation: 'yes',
      };
    });
    expect(facts).toMatchObject({
      compensationRangeSet: false,
      payHistoryLawKnown: true,
      payHistoryLaw: 'California Labor Code §432.3',
      startDateKnown: true,
      relocationStance: 'yes',
      workModeStated: false,
      plansToDiscloseCurrentSalary: false,
    });
    expect(facts.weeksUntilEarliestStart).toBeCloseTo(5, 0);
  });

  it('derives format preparation for a take-home within its timebox', () => {
    const facts = factsOf((input) => {
      const interview = roundTwo(input);
      interview.formats = ['take-home'];
      interview.presentation = undefined;
      interview.takeHome = {
        assignedAt: '2026-11-28T09:00:00-05:00',
        dueAt: '2026-12-01T09:00:00-05:00',
        timeboxHours: 4,
        hoursSpent: 3.5,
        writeupWords: 480,
      };
    });
    expect(facts).toMatchObject({
      hasTakeHome: true,
      takeHomeWithinTimebox: true,
      takeHomeTimeboxHours: 4,
      takeHomeWriteupWords: 480,
      hasPresentation: false,
      formatPrepDone: true,
    });
  });

  it.each([
    ['closed', { company: 'A', stage: 'closed' }, 0],
    ['paused', { company: 'B', stage: 'paused' }, 0],
    ['on hold in words', { company: 'B', stage: 'on hold until Q3' }, 0],
    ['idle for months', { company: 'C', stage: 'round 2', lastActivityAt: '2026-06-01' }, 0],
    ['active and recent', { company: 'D', stage: 'final round', lastActivityAt: '2026-11-25' }, 1],
    ['active, undated', { company: 'E', stage: 'interviewing' }, 1],
  ])('counts another process as maintained only when active and recent: %s', (_name, process, count) => {
    const facts = factsOf((input) => {
      input.pipeline = { otherProcesses: [process], offers: [] };
    });
    expect(facts.activeOtherProcesses).toBe(count);
  });

  it('throws on a now without an offset, naming the function', () => {
    expect(() => deriveFacts(thoroughCandidacy(), { now: '2026-12-02' })).toThrow(
      'deriveFacts: expected options.now',
    );
  });
});

describe('payHistoryLawFor', () => {
  it('names the California law for US-CA', () => {
    expect(payHistoryLawFor('US-CA', '2026-12-01T09:00:00-08:00')?.citation).toBe(
      'California Labor Code §432.3',
    );
  });

  it('finds the city law through the fallback chain', () => {
    expect(payHistoryLawFor('US-NY-NYC', NOW)?.note).toContain(
      'employers may not ask about your pay history',
    );
  });

  it('knows no law where the table has none, or without a jurisdiction', () => {
    expect(payHistoryLawFor('JP', NOW)).toBeUndefined();
    expect(payHistoryLawFor(undefined, NOW)).toBeUndefined();
  });
});
