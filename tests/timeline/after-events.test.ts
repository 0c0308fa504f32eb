import { describe, expect, it } from 'vitest';
import { newYorkInput } from './fixtures.js';
import { eventOf, hasEvent, idsOf, NY_BEFORE, round1Of, round2Of, timelineOf } from './mutation-fixtures.js';

describe('buildTimeline: the interview and what follows it', () => {
  it('titles the interview with round, medium, platform and the names in order, with its formats', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'interview:r2')).toStrictEqual({
      id: 'interview:r2',
      kind: 'interview',
      title: 'Round 2 interview, video on zoom with Morgan Lee, Sam Okafor',
      window: { start: '2027-03-10T10:00:00-05:00', end: '2027-03-10T11:00:00-05:00' },
      reminders: ['2027-03-09T09:00:00-05:00', '2027-03-10T09:00:00-05:00'],
      interviewId: 'r2',
      why: 'Formats: conversation, presentation, technical. Keep your stories the same as in round one and go one level deeper.',
      source: 'seed#video',
      status: 'upcoming',
    });
    const round1 = eventOf(timeline, 'interview:r1');
    expect(round1.title).toBe('Round 1 interview, phone with Riley Chen');
    expect(round1.source).toBe('seed#formats');
    expect(round1.status).toBe('done');
  });

  it('sorts the interviewer names whatever order the panel is listed in', () => {
    const input = newYorkInput();
    round2Of(input).interviewers = [...(round2Of(input).interviewers ?? [])].reverse();
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'interview:r2').title).toBe(
      'Round 2 interview, video on zoom with Morgan Lee, Sam Okafor',
    );
  });

  it('leaves out the platform and the names when none is given', () => {
    const input = newYorkInput();
    delete round2Of(input).platform;
    round2Of(input).interviewers = [];
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'interview:r2').title).toBe(
      'Round 2 interview, video',
    );
  });

  it('reads an interview as due from its start and done from its end', () => {
    const statusAt = (now: string) => eventOf(timelineOf(newYorkInput(), { now }), 'interview:r2').status;
    expect(statusAt('2027-03-10T09:59:00-05:00')).toBe('upcoming');
    expect(statusAt('2027-03-10T10:00:00-05:00')).toBe('due');
    expect(statusAt('2027-03-10T10:59:00-05:00')).toBe('due');
    expect(statusAt('2027-03-10T11:00:00-05:00')).toBe('done');
  });

  it("gives the interview's own zone and local start in localTime only when it differs from the candidate's", () => {
    const input = newYorkInput();
    round2Of(input).timeZone = 'Europe/London';
    const event = eventOf(timelineOf(input, { now: NY_BEFORE }), 'interview:r2');
    // 10:00 in New York (-05:00) is 15:00 UTC, and London keeps GMT until 28 March.
    expect(event.title).toBe('Round 2 interview, video on zoom with Morgan Lee, Sam Okafor');
    expect(event.localTime).toEqual({ timeZone: 'Europe/London', start: '2027-03-10T15:00:00Z' });
  });

  it("adds no local time when the interview's zone is the candidate's own", () => {
    const input = newYorkInput();
    round2Of(input).timeZone = 'America/New_York';
    const event = eventOf(timelineOf(input, { now: NY_BEFORE }), 'interview:r2');
    expect(event.title).toBe('Round 2 interview, video on zoom with Morgan Lee, Sam Okafor');
    expect('localTime' in event).toBe(false);
  });

  it('asks for one thank-you per interviewer, due four hours after the end (within 24 hours)', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'thank-you:r2:iv-hm')).toStrictEqual({
      id: 'thank-you:r2:iv-hm',
      kind: 'thank-you',
      title: 'Send Morgan Lee a thank-you',
      due: '2027-03-10T15:00:00-05:00',
      reminders: ['2027-03-10T14:00:00-05:00'],
      interviewId: 'r2',
      interviewerId: 'iv-hm',
      why: 'A short, separate note to each person with one specific detail from your conversation; the decision is close, so it counts.',
      source: 'seed#after',
      status: 'upcoming',
    });
    expect(eventOf(timeline, 'thank-you:r2:iv-peer').title).toBe('Send Sam Okafor a thank-you');
    const sooner = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { thankYouDueHours: 2 } });
    expect(eventOf(sooner, 'thank-you:r2:iv-hm').due).toBe('2027-03-10T13:00:00-05:00');
    // thankYouHours caps the due time.
    const capped = timelineOf(newYorkInput(), { now: NY_BEFORE, settings: { thankYouHours: 1 } });
    expect(eventOf(capped, 'thank-you:r2:iv-hm').due).toBe('2027-03-10T12:00:00-05:00');
  });

  it('counts a thank-you sent from the start of the interview on, not one sent before it', () => {
    const atStart = newYorkInput();
    atStart.prep = { thankYouSent: [{ interviewerId: 'iv-hm', at: '2027-03-10T10:00:00-05:00' }] };
    expect(eventOf(timelineOf(atStart, { now: NY_BEFORE }), 'thank-you:r2:iv-hm').status).toBe('done');
    const before = newYorkInput();
    before.prep = { thankYouSent: [{ interviewerId: 'iv-hm', at: '2027-03-10T09:59:00-05:00' }] };
    expect(eventOf(timelineOf(before, { now: NY_BEFORE }), 'thank-you:r2:iv-hm').status).toBe('upcoming');
  });

  it('asks for a note to the host of a shadow day with no interviewers listed', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['shadow-day'];
    round2Of(input).interviewers = [];
    delete round2Of(input).presentation;
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'thank-you:r2:host')).toStrictEqual({
      id: 'thank-you:r2:host',
      kind: 'thank-you',
      title: 'Send your shadow-day host a thank-you',
      due: '2027-03-10T15:00:00-05:00',
      reminders: ['2027-03-10T14:00:00-05:00'],
      interviewId: 'r2',
      why: 'Thank the person who hosted your day, and anyone you spent real time with, each separately with one detail from the day. Add them as interviewers to track each note.',
      source: 'seed#formats',
      status: 'upcoming',
    });
  });

  it('words the thank-yous of a shadow day with interviewers for the day with the team', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['shadow-day'];
    delete round2Of(input).presentation;
    const event = eventOf(timelineOf(input, { now: NY_BEFORE }), 'thank-you:r2:iv-peer');
    expect(event.why).toBe(
      'After a day with the team, thank your host and the people you spent time with, each in a separate note with one detail from your time together.',
    );
    expect(event.source).toBe('seed#formats');
  });

  it('asks for no thank-you after a round with no interviewers that is not a shadow day', () => {
    const input = newYorkInput();
    round2Of(input).interviewers = [];
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(timeline.events.some((event) => event.kind === 'thank-you')).toBe(false);
  });

  it('expects a decision one to two weeks after the last interview when no date was given', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'decision-window')).toStrictEqual({
      id: 'decision-window',
      kind: 'decision-window',
      title: 'Acme Robotics is expected to decide (Wed 17 Mar 2027 to Wed 24 Mar 2027)',
      window: { start: '2027-03-17T00:00:00-04:00', end: '2027-03-25T00:00:00-04:00' },
      allDay: { first: '2027-03-17', last: '2027-03-24' },
      reminders: ['2027-03-17T09:00:00-04:00'],
      why: 'No date was given, so expect an answer one to two weeks after the last interview; keep your other processes moving meanwhile.',
      source: 'seed#after',
      status: 'upcoming',
    });
  });

  it("uses the company's date: whole days from the day after the interview to that date", () => {
    const input = newYorkInput();
    round2Of(input).decisionExpectedBy = '2027-03-19';
    const timeline = timelineOf(input, { now: NY_BEFORE });
    const decision = eventOf(timeline, 'decision-window');
    expect(decision.window).toEqual({ start: '2027-03-11T00:00:00-05:00', end: '2027-03-20T00:00:00-04:00' });
    expect(decision.allDay).toEqual({ first: '2027-03-11', last: '2027-03-19' });
    expect(decision.title).toBe('Acme Robotics expects to decide by Fri 19 Mar 2027');
    expect(decision.why).toBe(
      'This is the date the company gave; keep your other processes moving meanwhile.',
    );
    // Follow-up once the date has passed: Saturday 20 March, a weekend, so Monday 22 March.
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-22', last: '2027-03-22' });
    // The answer may come any day from the 11th: the outcome plans take that one day.
    expect(eventOf(timeline, 'outcome-plan:offer').allDay).toEqual({
      first: '2027-03-11',
      last: '2027-03-11',
    });
  });

  it("takes the company's date from round one when the last round gave none", () => {
    const input = newYorkInput();
    round1Of(input).decisionExpectedBy = '2027-03-19';
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'decision-window').window?.end).toBe('2027-03-20T00:00:00-04:00');
  });

  it("prefers the latest round's date over an earlier round's", () => {
    const input = newYorkInput();
    round1Of(input).decisionExpectedBy = '2027-03-30';
    round2Of(input).decisionExpectedBy = '2027-03-19';
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'decision-window').window?.end).toBe('2027-03-20T00:00:00-04:00');
  });

  it('ignores a company date at or before the end of the last interview and falls back to the default days', () => {
    for (const date of ['2027-03-10T11:00:00-05:00', '2027-03-09T12:00:00-05:00']) {
      const input = newYorkInput();
      round2Of(input).decisionExpectedBy = date;
      const decision = eventOf(timelineOf(input, { now: NY_BEFORE }), 'decision-window');
      expect(decision.allDay).toEqual({ first: '2027-03-17', last: '2027-03-24' });
      expect(decision.why).toMatch(/^No date was given/);
    }
  });

  it('plans one follow-up with the recruiter on day 7, saying the latest day (day 10, a Saturday, moved to Monday)', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'follow-up')).toStrictEqual({
      id: 'follow-up',
      kind: 'follow-up',
      title: 'Follow up once with the recruiter',
      window: { start: '2027-03-17T00:00:00-04:00', end: '2027-03-18T00:00:00-04:00' },
      allDay: { first: '2027-03-17', last: '2027-03-17' },
      reminders: ['2027-03-17T09:00:00-04:00'],
      interviewerId: 'iv-rec',
      why: 'If the date you were given passes in silence, one brief, friendly note to the recruiter is enough, by Mon 22 Mar 2027 at the latest; more than one reads as pressure.',
      source: 'seed#after',
      status: 'upcoming',
    });
  });

  it('follows up on the day the company date passes when that is after day 10, saying no latest day', () => {
    const input = newYorkInput();
    round2Of(input).decisionExpectedBy = '2027-03-25T12:00:00-04:00';
    const followUp = eventOf(timelineOf(input, { now: NY_BEFORE }), 'follow-up');
    expect(followUp.allDay).toEqual({ first: '2027-03-25', last: '2027-03-25' });
    expect(followUp.why).not.toContain('at the latest');
  });

  it('moves a follow-up that falls on a Saturday to the Monday, unless outreachDays is any', () => {
    const input = newYorkInput();
    round2Of(input).decisionExpectedBy = '2027-03-20T11:00:00-04:00';
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'follow-up').allDay?.first).toBe('2027-03-22');
    const any = timelineOf(input, { now: NY_BEFORE, settings: { outreachDays: 'any' } });
    expect(eventOf(any, 'follow-up').allDay?.first).toBe('2027-03-20');
  });

  it('counts a follow-up sent from the end of the last interview on', () => {
    const atEnd = newYorkInput();
    atEnd.prep = { followUpSentAt: '2027-03-10T11:00:00-05:00' };
    expect(eventOf(timelineOf(atEnd, { now: NY_BEFORE }), 'follow-up').status).toBe('done');
    const before = newYorkInput();
    before.prep = { followUpSentAt: '2027-03-10T10:59:00-05:00' };
    expect(eventOf(timelineOf(before, { now: NY_BEFORE }), 'follow-up').status).toBe('upcoming');
  });

  it('names the lowest recruiter id of the latest round that has a recruiter', () => {
    const input = newYorkInput();
    round2Of(input).interviewers = [
      ...(round2Of(input).interviewers ?? []),
      { id: 'rec-b', name: 'Bea Ruiz', audience: 'recruiter' },
      { id: 'rec-a', name: 'Ann Park', audience: 'recruiter' },
    ];
    expect(eventOf(timelineOf(input, { now: NY_BEFORE }), 'follow-up').interviewerId).toBe('rec-a');
  });

  it('names no recruiter on the follow-up when no round had one', () => {
    const input = newYorkInput();
    round1Of(input).interviewers = [{ id: 'iv-hm0', name: 'Morgan Lee', audience: 'hiring-manager' }];
    expect('interviewerId' in eventOf(timelineOf(input, { now: NY_BEFORE }), 'follow-up')).toBe(false);
  });

  it('plans both outcomes from the day after the interview to the day before the decision window', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'outcome-plan:offer')).toStrictEqual({
      id: 'outcome-plan:offer',
      kind: 'outcome-plan',
      title: 'Prepare for an offer: market rate, your moves, your walk-away number',
      window: { start: '2027-03-11T00:00:00-05:00', end: '2027-03-17T00:00:00-04:00' },
      allDay: { first: '2027-03-11', last: '2027-03-16' },
      reminders: ['2027-03-11T09:00:00-05:00'],
      why: 'Deciding the numbers before the call keeps you from deciding them under pressure on it.',
      source: 'seed#after',
      status: 'upcoming',
    });
    expect(eventOf(timeline, 'outcome-plan:rejection')).toStrictEqual({
      id: 'outcome-plan:rejection',
      kind: 'outcome-plan',
      title: 'Prepare a gracious reply in case the answer is no',
      window: { start: '2027-03-11T00:00:00-05:00', end: '2027-03-17T00:00:00-04:00' },
      allDay: { first: '2027-03-11', last: '2027-03-16' },
      reminders: ['2027-03-11T09:00:00-05:00'],
      why: 'A calm, warm reply written in advance keeps the door open for a later role.',
      source: 'seed#after',
      status: 'upcoming',
    });
  });

  it('keeps the outcome plans to the day after the interview when the decision window opens at once', () => {
    const timeline = timelineOf(newYorkInput(), {
      now: NY_BEFORE,
      settings: { decisionWindowDays: { min: 0, max: 14 } },
    });
    expect(eventOf(timeline, 'outcome-plan:rejection').allDay).toEqual({
      first: '2027-03-11',
      last: '2027-03-11',
    });
  });

  it('marks an outcome plan done only when it holds more than whitespace', () => {
    const input = newYorkInput();
    input.prep = { outcomePlans: { ifOffer: 'Walk away below 150k', ifRejected: '   ' } };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'outcome-plan:offer').status).toBe('done');
    expect(eventOf(timeline, 'outcome-plan:rejection').status).toBe('upcoming');
  });

  it('puts a competing offer on the first business day after round two, naming its deadline as given', () => {
    const input = newYorkInput();
    input.pipeline = { offers: [{ company: 'Globex', status: 'received', deadline: '2027-03-20' }] };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'competing-offer:globex')).toStrictEqual({
      id: 'competing-offer:globex',
      kind: 'competing-offer',
      title: 'Tell Acme Robotics about the Globex offer (deadline Sat 20 Mar 2027)',
      window: { start: '2027-03-11T00:00:00-05:00', end: '2027-03-12T00:00:00-05:00' },
      allDay: { first: '2027-03-11', last: '2027-03-11' },
      reminders: ['2027-03-11T09:00:00-05:00'],
      why: 'Say it plainly and calmly: you are in late stages with another company, with an offer to answer by Sat 20 Mar 2027; this role is the one you want most, if it is, and you are sharing the timing so they can plan. Said now, right after round two, it speeds a decision without reading as pressure.',
      source: 'seed#after',
      status: 'upcoming',
    });
  });

  it('names an expected offer by its expected date, as the pay brief does, even with a deadline', () => {
    const input = newYorkInput();
    input.pipeline = {
      offers: [
        { company: 'Initech', status: 'expected', expectedBy: '2027-03-18T12:00:00-04:00' },
        { company: 'Hooli', status: 'expected', expectedBy: '2027-03-18', deadline: '2027-03-22' },
      ],
    };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'competing-offer:initech').title).toBe(
      'Tell Acme Robotics about the Initech offer (expected by Thu 18 Mar 2027 12:00)',
    );
    expect(eventOf(timeline, 'competing-offer:initech').allDay?.first).toBe('2027-03-11');
    expect(eventOf(timeline, 'competing-offer:hooli').title).toBe(
      'Tell Acme Robotics about the Hooli offer (expected by Thu 18 Mar 2027)',
    );
  });

  it('asks for a date for an undated competing offer, on the same day after round two', () => {
    const input = newYorkInput();
    input.pipeline = { offers: [{ company: 'Globex Corp.', status: 'expected' }] };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'competing-offer:globex-corp')).toStrictEqual({
      id: 'competing-offer:globex-corp',
      kind: 'competing-offer',
      title: 'Tell Acme Robotics about the Globex Corp. offer',
      window: { start: '2027-03-11T00:00:00-05:00', end: '2027-03-12T00:00:00-05:00' },
      allDay: { first: '2027-03-11', last: '2027-03-11' },
      reminders: ['2027-03-11T09:00:00-05:00'],
      why: 'The Globex Corp. offer has no date yet; ask them for one, then tell Acme Robotics you are in late stages elsewhere, that this role is your priority if it is, and when you expect to hear.',
      source: 'seed#after',
      status: 'upcoming',
    });
  });

  it('lists no event for an accepted or declined competing offer', () => {
    const input = newYorkInput();
    input.pipeline = {
      offers: [
        { company: 'Globex', status: 'declined', deadline: '2027-03-20' },
        { company: 'Initech', status: 'accepted', deadline: '2027-03-20' },
      ],
    };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(timeline.events.some((event) => event.kind === 'competing-offer')).toBe(false);
  });

  it("reads an offer from the target company, spelled differently, as the company's answer", () => {
    const input = newYorkInput();
    input.pipeline = { offers: [{ company: 'ACME robotics', status: 'received', deadline: '2027-03-20' }] };
    const timeline = timelineOf(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'decision-window').status).toBe('done');
    expect(hasEvent(timeline, 'follow-up')).toBe(false);
    expect(timeline.events.some((event) => event.kind === 'competing-offer')).toBe(false);
    expect(timeline.state).toBe('answered');
    expect(timeline.stateWhy).toBe('Acme Robotics has answered: an offer from them is listed.');
  });

  it('numbers repeated competing offers from one company so each id stays unique', () => {
    const input = newYorkInput();
    input.pipeline = {
      offers: [
        { company: 'Globex', status: 'expected' },
        { company: 'globex', status: 'received' },
      ],
    };
    const ids = idsOf(timelineOf(input, { now: NY_BEFORE }));
    expect(ids.filter((id) => id.startsWith('competing-offer:'))).toEqual([
      'competing-offer:globex',
      'competing-offer:globex#2',
    ]);
  });
});
