import { describe, expect, it } from 'vitest';
import { berlinInput, newYorkInput } from './fixtures.js';
import { eventOf, hasEvent, NY_BEFORE, round2Of, timelineOf } from './mutation-fixtures.js';

describe('buildTimeline: the steps before an interview', () => {
  it('plans the research as an all-day event on the day before round two, reminding at 09:00', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'research:r2')).toStrictEqual({
      id: 'research:r2',
      kind: 'research',
      title: 'Research each interviewer of round 2',
      window: { start: '2027-03-09T00:00:00-05:00', end: '2027-03-10T00:00:00-05:00' },
      allDay: { first: '2027-03-09', last: '2027-03-09' },
      reminders: ['2027-03-09T09:00:00-05:00'],
      interviewId: 'r2',
      why: 'Look each person up on the day before: background, tenure, shared ground, what they published lately; pick one natural reference each, and recent company news for the most senior one.',
      source: 'seed#research',
      status: 'upcoming',
    });
  });

  it('marks the research done only when every interviewer was researched by the start', () => {
    const all = newYorkInput();
    for (const person of round2Of(all).interviewers ?? []) {
      person.research = { researchedAt: '2027-03-08T20:00:00-05:00' };
    }
    expect(eventOf(timelineOf(all, { now: NY_BEFORE }), 'research:r2').status).toBe('done');

    const one = newYorkInput();
    const [first] = round2Of(one).interviewers ?? [];
    if (first) first.research = { researchedAt: '2027-03-08T20:00:00-05:00' };
    expect(eventOf(timelineOf(one, { now: NY_BEFORE }), 'research:r2').status).toBe('upcoming');
  });

  it('counts research done at the very start of the interview, not a minute after', () => {
    const atStart = newYorkInput();
    for (const person of round2Of(atStart).interviewers ?? []) {
      person.research = { researchedAt: '2027-03-10T10:00:00-05:00' };
    }
    expect(eventOf(timelineOf(atStart, { now: NY_BEFORE }), 'research:r2').status).toBe('done');
    const after = newYorkInput();
    for (const person of round2Of(after).interviewers ?? []) {
      person.research = { researchedAt: '2027-03-10T10:01:00-05:00' };
    }
    expect(eventOf(timelineOf(after, { now: NY_BEFORE }), 'research:r2').status).toBe('upcoming');
  });

  it('never marks research done for a round with no interviewers listed', () => {
    const input = newYorkInput();
    round2Of(input).interviewers = [];
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'research:r2').status).toBe('upcoming');
  });

  it('plans the checklist as a half-hour slot at 18:00 the day before (24 hours before falls on it)', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'checklist:r2')).toStrictEqual({
      id: 'checklist:r2',
      kind: 'checklist',
      title: 'Run the pre-round checklist for round 2',
      window: { start: '2027-03-09T18:00:00-05:00', end: '2027-03-09T18:30:00-05:00' },
      reminders: ['2027-03-09T18:00:00-05:00'],
      interviewId: 'r2',
      why: 'A day ahead leaves time to fix what the checklist turns up: notes re-read, stories matched to round one, questions per audience, range and logistics settled.',
      source: 'seed#checklist',
      status: 'upcoming',
    });
  });

  it('moves the checklist with settings.checklistHoursBefore', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { checklistHoursBefore: 48 } });
    expect(eventOf(timeline, 'checklist:r2').window?.start).toBe('2027-03-08T18:00:00-05:00');
  });

  it('counts a checklist run from the end of round one on, not a minute earlier', () => {
    const atEnd = newYorkInput();
    atEnd.prep = { checklistRunAt: '2027-02-24T10:30:00-05:00' };
    expect(eventOf(timelineOf(atEnd, { now: NY_BEFORE }), 'checklist:r2').status).toBe('done');
    const before = newYorkInput();
    before.prep = { checklistRunAt: '2027-02-24T10:29:00-05:00' };
    expect(eventOf(timelineOf(before, { now: NY_BEFORE }), 'checklist:r2').status).toBe('upcoming');
  });

  it('plans one rehearsal a day on the two days before, naming the slot length', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'rehearsal:r2:1')).toStrictEqual({
      id: 'rehearsal:r2:1',
      kind: 'rehearsal',
      title: 'Rehearse the presentation aloud (1 of 2)',
      window: { start: '2027-03-08T00:00:00-05:00', end: '2027-03-09T00:00:00-05:00' },
      allDay: { first: '2027-03-08', last: '2027-03-08' },
      reminders: ['2027-03-08T09:00:00-05:00'],
      interviewId: 'r2',
      why: 'Say it out loud and time it within the 20-minute slot; running over reads as unprepared, and the closing slide should answer the questions everyone will ask.',
      source: 'seed#formats',
      status: 'upcoming',
    });
    expect(eventOf(timeline, 'rehearsal:r2:2').title).toBe('Rehearse the presentation aloud (2 of 2)');
  });

  it('plans rehearsals for a presentation format with no presentation details, without a slot length', () => {
    const input = newYorkInput();
    delete round2Of(input).presentation;
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'rehearsal:r2:2').why).toBe(
      'Say it out loud and time it; running over reads as unprepared, and the closing slide should answer the questions everyone will ask.',
    );
  });

  it('plans rehearsals for presentation details even when the formats do not list a presentation', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['conversation'];
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(hasEvent(timeline, 'rehearsal:r2:1')).toBe(true);
    expect(hasEvent(timeline, 'rehearsal:r2:2')).toBe(true);
  });

  it('plans no rehearsal for a conversation without a presentation', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['conversation'];
    delete round2Of(input).presentation;
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(timeline.events.some((event) => event.kind === 'rehearsal')).toBe(false);
  });

  it('follows settings.rehearsalCount, rounding a fraction down', () => {
    const three = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { rehearsalCount: 3 } });
    expect(eventOf(three, 'rehearsal:r2:1').window).toEqual({
      start: '2027-03-07T00:00:00-05:00',
      end: '2027-03-08T00:00:00-05:00',
    });
    expect(eventOf(three, 'rehearsal:r2:3').title).toBe('Rehearse the presentation aloud (3 of 3)');
    const fraction = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { rehearsalCount: 1.5 } });
    expect(fraction.events.filter((event) => event.kind === 'rehearsal').map((event) => event.title)).toEqual(
      ['Rehearse the presentation aloud (1 of 1)'],
    );
    const none = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { rehearsalCount: 0 } });
    expect(none.events.some((event) => event.kind === 'rehearsal')).toBe(false);
  });

  it('counts only rehearsals held before the start: one before, one at the start, one after', () => {
    const input = newYorkInput();
    round2Of(input).presentation = {
      slotMinutes: 20,
      rehearsals: [
        { at: '2027-03-08T18:00:00-05:00', minutes: 20 },
        { at: '2027-03-10T10:00:00-05:00', minutes: 20 },
        { at: '2027-03-10T12:00:00-05:00', minutes: 20 },
      ],
    };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('upcoming');
  });

  it('ignores a rehearsal logged only after the interview', () => {
    const input = newYorkInput();
    round2Of(input).presentation = {
      slotMinutes: 20,
      rehearsals: [{ at: '2027-03-11T09:00:00-05:00', minutes: 20 }],
    };
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'rehearsal:r2:1').status).toBe('upcoming');
  });

  it('counts a practice run from the prep state as one rehearsal when none is logged', () => {
    const input = newYorkInput();
    input.prep = { formatPrep: { presentation: { practicedAt: '2027-03-09T19:00:00-05:00' } } };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('upcoming');
    // The technical warm-up has no practice time of its own here.
    expect(eventOf(timeline, 'platform-practice:r2').status).toBe('upcoming');
  });

  it('does not count a practice run from before round one ended', () => {
    const input = newYorkInput();
    input.prep = { formatPrep: { presentation: { practicedAt: '2027-02-20T19:00:00-05:00' } } };
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'rehearsal:r2:1').status).toBe('upcoming');
  });

  it('plans a half-hour warm-up on the platform 90 minutes before a technical round', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'platform-practice:r2')).toStrictEqual({
      id: 'platform-practice:r2',
      kind: 'platform-practice',
      title: 'Warm up on zoom',
      window: { start: '2027-03-10T08:30:00-05:00', end: '2027-03-10T09:00:00-05:00' },
      reminders: ['2027-03-10T08:30:00-05:00'],
      interviewId: 'r2',
      why: 'A short session in the same tool the same morning, plus a look at the syntax you may need, removes the friction of an unfamiliar editor.',
      source: 'seed#formats',
      status: 'upcoming',
    });
  });

  it("names the company's platform and the meeting platform when none is given", () => {
    const input = newYorkInput();
    delete round2Of(input).platform;
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'platform-practice:r2').title).toBe("Warm up on the company's platform");
    expect(eventOf(timeline, 'setup-test:r2').title).toBe(
      'Test camera, audio, light and the meeting platform',
    );
  });

  it('plans no warm-up for a round without a technical format', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['conversation', 'presentation'];
    expect(hasEvent(timelineOf(input, { now: NY_BEFORE }), 'platform-practice:r2')).toBe(false);
  });

  it('counts a warm-up from midnight of the interview day, not the evening before', () => {
    const midnight = newYorkInput();
    midnight.prep = { formatPrep: { technical: { platformPracticedAt: '2027-03-10T00:00:00-05:00' } } };
    expect(eventOf(timelineOf(midnight, { now: NY_BEFORE }), 'platform-practice:r2').status).toBe('done');
    const evening = newYorkInput();
    evening.prep = { formatPrep: { technical: { platformPracticedAt: '2027-03-09T23:59:00-05:00' } } };
    expect(eventOf(timelineOf(evening, { now: NY_BEFORE }), 'platform-practice:r2').status).toBe('upcoming');
  });

  it('plans the setup test 30 minutes before a video round, with its text and source', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'setup-test:r2')).toStrictEqual({
      id: 'setup-test:r2',
      kind: 'setup-test',
      title: 'Test camera, audio, light and zoom',
      window: { start: '2027-03-10T09:30:00-05:00', end: '2027-03-10T10:00:00-05:00' },
      reminders: ['2027-03-10T09:30:00-05:00'],
      interviewId: 'r2',
      why: 'The platform may have changed since round one; checking it shortly before leaves time to fix it, and any slides should already be open in their own window.',
      source: 'seed#video',
      status: 'upcoming',
    });
    const earlier = timelineOf(newYorkInput(), {
      now: NY_BEFORE,
      settings: { platformTestMinutesBefore: 45 },
    });
    expect(eventOf(earlier, 'setup-test:r2').window?.start).toBe('2027-03-10T09:15:00-05:00');
  });

  it('counts a setup test up to an hour before the window opens, not earlier', () => {
    const hourBefore = newYorkInput();
    hourBefore.prep = { platformTestedAt: '2027-03-10T08:30:00-05:00' };
    expect(eventOf(timelineOf(hourBefore, { now: NY_BEFORE }), 'setup-test:r2').status).toBe('done');
    const tooEarly = newYorkInput();
    tooEarly.prep = { platformTestedAt: '2027-03-10T08:29:00-05:00' };
    expect(eventOf(timelineOf(tooEarly, { now: NY_BEFORE }), 'setup-test:r2').status).toBe('upcoming');
  });

  it('plans the route in a half-hour slot at 19:00 the day before an in-person round, naming the place', () => {
    const timeline = timelineOf(berlinInput(), { now: '2027-03-20T09:00:00+01:00' });
    expect(eventOf(timeline, 'route-plan:r2')).toStrictEqual({
      id: 'route-plan:r2',
      kind: 'route-plan',
      title: 'Plan the route to Nordlicht office, Torstraße 1 and when to leave',
      window: { start: '2027-03-22T19:00:00+01:00', end: '2027-03-22T19:30:00+01:00' },
      reminders: ['2027-03-22T19:00:00+01:00'],
      interviewId: 'r2',
      why: 'Knowing the way, the travel time and a margin for delays keeps the arrival calm and on time.',
      source: 'seed#checklist',
      status: 'upcoming',
    });
    expect(hasEvent(timeline, 'setup-test:r2')).toBe(false);
  });

  it('plans the route without a place when none is given, and follows settings.routePlanHoursBefore', () => {
    const input = berlinInput();
    delete round2Of(input).location;
    const timeline = timelineOf(input, {
      now: '2027-03-20T09:00:00+01:00',
      settings: { routePlanHoursBefore: 2 },
    });
    expect(eventOf(timeline, 'route-plan:r2').title).toBe('Plan the route and when to leave');
    // Two hours before lands on the interview day: the 19:00 slot would come after it, so it ends at the start.
    expect(eventOf(timeline, 'route-plan:r2').window).toEqual({
      start: '2027-03-23T09:00:00+01:00',
      end: '2027-03-23T09:30:00+01:00',
    });
  });

  it('marks the route planned from the prep state', () => {
    const input = berlinInput();
    input.prep = { routePlannedAt: '2027-03-21T18:00:00+01:00' };
    expect(eventOf(timelineOf(input, { now: '2027-03-20T09:00:00+01:00' }), 'route-plan:r2').status).toBe(
      'done',
    );
  });

  it('puts the take-home hand-in at its due time, with the time box in the title and text', () => {
    const input = newYorkInput();
    round2Of(input).takeHome = {
      assignedAt: '2027-03-01T09:00:00-05:00',
      dueAt: '2027-03-08T18:00:00-05:00',
      timeboxHours: 4,
    };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'take-home-due:r2')).toStrictEqual({
      id: 'take-home-due:r2',
      kind: 'take-home-due',
      title: 'Hand in the take-home (time box 4 h, due Mon 8 Mar 2027 18:00)',
      due: '2027-03-08T18:00:00-05:00',
      reminders: ['2027-03-07T09:00:00-05:00', '2027-03-08T17:00:00-05:00'],
      interviewId: 'r2',
      why: 'Stop at the 4-hour box: extra polish rarely changes the result. Add a short write-up of what you chose, what you left out and why.',
      source: 'seed#formats',
      status: 'upcoming',
    });
  });

  it('marks the take-home done only when both the hours spent and the write-up are logged', () => {
    const statusWith = (extra: { hoursSpent?: number; writeupWords?: number }) => {
      const input = newYorkInput();
      round2Of(input).takeHome = {
        assignedAt: '2027-03-01T09:00:00-05:00',
        dueAt: '2027-03-08T18:00:00-05:00',
        timeboxHours: 4,
        ...extra,
      };
      return eventOf(timelineOf(input, { now: NY_BEFORE }), 'take-home-due:r2').status;
    };
    expect(statusWith({ hoursSpent: 4 })).toBe('upcoming');
    expect(statusWith({ writeupWords: 300 })).toBe('upcoming');
    expect(statusWith({ hoursSpent: 0, writeupWords: 0 })).toBe('done');
  });

  it('plans the steps of round one too when settings.fromRound is 1, and none for round two from 3', () => {
    const fromOne = timelineOf(newYorkInput(), {
      now: '2027-02-01T09:00:00-05:00',
      settings: { fromRound: 1 },
    });
    expect(eventOf(fromOne, 'research:r1').title).toBe('Research each interviewer of round 1');
    expect(eventOf(fromOne, 'checklist:r1').title).toBe('Run the pre-round checklist for round 1');
    const fromThree = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { fromRound: 3 } });
    expect(fromThree.events.filter((event) => event.interviewId === 'r2').map((event) => event.id)).toEqual([
      'interview:r2',
    ]);
  });
});
