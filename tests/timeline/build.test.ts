import { describe, expect, it } from 'vitest';
import {
  type BuildTimelineOptions,
  buildTimeline,
  type CandidacyInput,
  defaultTimelineSettings,
  type Timeline,
} from '../../src/index.js';
import { berlinInput, candidacyOf, newYorkInput } from './fixtures.js';

const build = (input: CandidacyInput, options: BuildTimelineOptions) =>
  buildTimeline(candidacyOf(input), options);
const eventOf = (timeline: Timeline, id: string) => {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in ${timeline.events.map((each) => each.id).join(', ')}`);
  return event;
};
const round2Of = (input: CandidacyInput) => {
  const round2 = input.interviews[1];
  if (!round2) throw new Error('fixture has no round 2');
  return round2;
};
const NY_BEFORE = '2027-03-01T09:00:00-05:00';

describe('buildTimeline', () => {
  it('asks the hiring manager for a thank-you four hours after round two, overdue only after 24 hours', () => {
    const at = (now: string) => buildTimeline(candidacyOf(newYorkInput()), { now });
    const event = (now: string) => at(now).events.find((each) => each.id === 'thank-you:r2:iv-hm');
    expect(event('2027-03-01T09:00:00-05:00')?.due).toBe('2027-03-10T15:00:00-05:00');
    expect(event('2027-03-10T10:59:00-05:00')?.status).toBe('upcoming');
    expect(event('2027-03-11T11:00:00-05:00')?.status).toBe('due');
    expect(event('2027-03-11T11:01:00-05:00')?.status).toBe('overdue');
  });

  it('lays out the days before a New York round two by the guide', () => {
    const timeline = build(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'research:r2').window).toEqual({
      start: '2027-03-09T00:00:00-05:00',
      end: '2027-03-10T00:00:00-05:00',
    });
    expect(eventOf(timeline, 'checklist:r2').window).toEqual({
      start: '2027-03-09T18:00:00-05:00',
      end: '2027-03-09T18:30:00-05:00',
    });
    expect(eventOf(timeline, 'rehearsal:r2:1').window).toEqual({
      start: '2027-03-08T00:00:00-05:00',
      end: '2027-03-09T00:00:00-05:00',
    });
    expect(eventOf(timeline, 'rehearsal:r2:2').window?.end).toBe('2027-03-10T00:00:00-05:00');
    expect(eventOf(timeline, 'platform-practice:r2').window).toEqual({
      start: '2027-03-10T08:30:00-05:00',
      end: '2027-03-10T09:00:00-05:00',
    });
    expect(eventOf(timeline, 'setup-test:r2').window).toEqual({
      start: '2027-03-10T09:30:00-05:00',
      end: '2027-03-10T10:00:00-05:00',
    });
    expect(timeline.events.some((event) => event.kind === 'route-plan')).toBe(false);
    expect(timeline.events.some((event) => event.id === 'checklist:r1')).toBe(false);
  });

  it('puts the follow-up and decision window on whole days after the US clocks change', () => {
    const timeline = build(newYorkInput(), { now: NY_BEFORE });
    expect(eventOf(timeline, 'interview:r2').window).toEqual({
      start: '2027-03-10T10:00:00-05:00',
      end: '2027-03-10T11:00:00-05:00',
    });
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-17T00:00:00-04:00',
      end: '2027-03-18T00:00:00-04:00',
    });
    expect(eventOf(timeline, 'follow-up').interviewerId).toBe('iv-rec');
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-03-17T00:00:00-04:00',
      end: '2027-03-25T00:00:00-04:00',
    });
  });

  it('puts the follow-up and decision window on whole days after the EU clocks change (+02:00)', () => {
    const timeline = build(berlinInput(), { now: '2027-03-20T09:00:00+01:00' });
    expect(eventOf(timeline, 'route-plan:r2').window).toEqual({
      start: '2027-03-22T19:00:00+01:00',
      end: '2027-03-22T19:30:00+01:00',
    });
    expect(eventOf(timeline, 'thank-you:r2:iv-cf').due).toBe('2027-03-23T15:00:00+01:00');
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-30T00:00:00+02:00',
      end: '2027-03-31T00:00:00+02:00',
    });
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-03-30T00:00:00+02:00',
      end: '2027-04-07T00:00:00+02:00',
    });
    expect(timeline.now).toBe('2027-03-20T09:00:00+01:00');
    // Round one is shown as an interview only: no preparation or thank-you is planned for it by default.
    expect(timeline.events.filter((event) => event.interviewId === 'r1').map((event) => event.id)).toEqual([
      'interview:r1',
    ]);
  });

  it("uses the company's own date and follows up only once that date has passed", () => {
    const input = newYorkInput();
    round2Of(input).decisionExpectedBy = '2027-03-24';
    const timeline = build(input, { now: NY_BEFORE });
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-03-11T00:00:00-05:00',
      end: '2027-03-25T00:00:00-04:00',
    });
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-25', last: '2027-03-25' });
  });

  it('counts business days when the settings say so', () => {
    const timeline = build(newYorkInput(), { now: NY_BEFORE, settings: { dayCounting: 'business' } });
    // Seven business days after Wednesday 10 March is Friday 19 March.
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-19', last: '2027-03-19' });
  });

  it('reads statuses from the prep state: thank-you sent to one interviewer, not the other', () => {
    const input = newYorkInput();
    input.prep = { thankYouSent: [{ interviewerId: 'iv-hm', at: '2027-03-10T15:00:00-05:00' }] };
    const soon = build(input, { now: '2027-03-10T16:00:00-05:00' });
    expect(eventOf(soon, 'thank-you:r2:iv-hm').status).toBe('done');
    expect(eventOf(soon, 'thank-you:r2:iv-peer').status).toBe('due');
    const late = build(input, { now: '2027-03-12T12:00:00-05:00' });
    expect(eventOf(late, 'thank-you:r2:iv-peer').status).toBe('overdue');
    expect(late.events.some((event) => event.id === 'thank-you:r1:iv-rec')).toBe(false);
    const everyRound = build(input, { now: '2027-03-12T12:00:00-05:00', settings: { fromRound: 1 } });
    expect(eventOf(everyRound, 'thank-you:r1:iv-rec').due).toBe('2027-02-24T14:30:00-05:00');
  });

  it('marks preparation done only when it was done for this round', () => {
    const input = newYorkInput();
    round2Of(input).presentation = {
      slotMinutes: 20,
      rehearsals: [{ at: '2027-03-08T19:00:00-05:00', minutes: 20 }],
    };
    input.prep = {
      checklistRunAt: '2027-03-09T11:00:00-05:00',
      platformTestedAt: '2027-03-10T09:35:00-05:00',
      formatPrep: { technical: { platformPracticedAt: '2027-03-10T08:00:00-05:00' } },
      outcomePlans: { ifOffer: 'Ask for the top of my range; walk away below 180k.' },
    };
    const timeline = build(input, { now: '2027-03-10T09:50:00-05:00' });
    expect(eventOf(timeline, 'checklist:r2').status).toBe('done');
    expect(eventOf(timeline, 'setup-test:r2').status).toBe('done');
    expect(eventOf(timeline, 'platform-practice:r2').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:1').status).toBe('done');
    expect(eventOf(timeline, 'rehearsal:r2:2').status).toBe('overdue');
    expect(eventOf(timeline, 'research:r2').status).toBe('overdue');
    expect(eventOf(timeline, 'interview:r2').status).toBe('upcoming');
    expect(eventOf(timeline, 'outcome-plan:offer').status).toBe('done');
    expect(eventOf(timeline, 'outcome-plan:rejection').status).toBe('upcoming');

    input.prep = {
      checklistRunAt: '2027-02-20T11:00:00-05:00',
      platformTestedAt: '2027-03-09T09:35:00-05:00',
    };
    const stale = build(input, { now: '2027-03-10T09:50:00-05:00' });
    // The checklist slot was last evening: missed, not merely due.
    expect(eventOf(stale, 'checklist:r2').status).toBe('overdue');
    expect(eventOf(stale, 'setup-test:r2').status).toBe('due');
  });

  it('thanks the shadow-day host and the people met, citing the format section', () => {
    const input = newYorkInput();
    round2Of(input).formats = ['shadow-day'];
    const timeline = build(input, { now: NY_BEFORE });
    const thanks = timeline.events.filter(
      (event) => event.kind === 'thank-you' && event.interviewId === 'r2',
    );
    expect(thanks.map((event) => event.interviewerId)).toEqual(['iv-hm', 'iv-peer']);
    expect(thanks.every((event) => event.source === 'seed#formats')).toBe(true);
    round2Of(input).interviewers = [];
    const unnamed = build(input, { now: NY_BEFORE });
    expect(eventOf(unnamed, 'thank-you:r2:host').due).toBe('2027-03-10T15:00:00-05:00');
  });

  it('surfaces only listed competing offers, with their date, and never the target company', () => {
    const input = newYorkInput();
    const none = build(input, { now: NY_BEFORE });
    expect(none.events.some((event) => event.kind === 'competing-offer')).toBe(false);
    input.pipeline = {
      otherProcesses: [],
      offers: [
        { company: 'Globex', status: 'received', deadline: '2027-03-22' },
        { company: 'Initech', status: 'declined' },
      ],
    };
    const timeline = build(input, { now: NY_BEFORE });
    const offers = timeline.events.filter((event) => event.kind === 'competing-offer');
    expect(offers.map((event) => [event.id, event.allDay?.first])).toEqual([
      ['competing-offer:globex', '2027-03-11'],
    ]);
    expect(offers[0]?.title).toContain('Mon 22 Mar 2027');
  });

  it('puts the take-home due time with its time box on the timeline', () => {
    const input = newYorkInput();
    round2Of(input).takeHome = {
      assignedAt: '2027-03-05T09:00:00-05:00',
      dueAt: '2027-03-08T09:00:00-05:00',
      timeboxHours: 4,
    };
    const timeline = build(input, { now: '2027-03-07T10:00:00-05:00' });
    const takeHome = eventOf(timeline, 'take-home-due:r2');
    expect(takeHome.due).toBe('2027-03-08T09:00:00-05:00');
    expect(takeHome.title).toContain('time box 4 h');
    expect(takeHome.status).toBe('due');
    expect(eventOf(build(input, { now: NY_BEFORE }), 'take-home-due:r2').status).toBe('upcoming');
  });

  it("shows an interview's own zone where it differs from the candidate's", () => {
    const input = newYorkInput();
    round2Of(input).timeZone = 'Europe/London';
    const interview = eventOf(build(input, { now: NY_BEFORE }), 'interview:r2');
    expect(interview.localTime).toEqual({ timeZone: 'Europe/London', start: '2027-03-10T15:00:00Z' });
    expect(interview.title).not.toContain('Europe/London');
    expect(interview.window?.start).toBe('2027-03-10T10:00:00-05:00');
  });

  it('turns to no news past the decision window, and reopens when a new interview or an offer appears', () => {
    const input = newYorkInput();
    const silent = build(input, { now: '2027-03-25T09:00:00-04:00' });
    expect(silent.state).toBe('no-news');
    expect(eventOf(silent, 'decision-window').status).toBe('overdue');

    input.interviews.push({
      id: 'r3',
      round: 3,
      scheduledAt: '2027-03-26T10:00:00-04:00',
      durationMinutes: 45,
      medium: 'video',
      interviewers: [{ id: 'iv-vp', name: 'Avery Patel', audience: 'senior-leadership' }],
    });
    expect(build(input, { now: '2027-03-25T09:00:00-04:00' }).state).toBe('preparing');
    expect(build(input, { now: '2027-03-27T09:00:00-04:00' }).state).toBe('waiting');

    const offered = newYorkInput();
    offered.pipeline = { otherProcesses: [], offers: [{ company: 'Acme Robotics', status: 'received' }] };
    const answered = build(offered, { now: '2027-03-25T09:00:00-04:00' });
    expect(answered.state).toBe('answered');
    expect(eventOf(answered, 'decision-window').status).toBe('done');
    expect(answered.events.some((event) => event.kind === 'follow-up')).toBe(false);
  });

  it('holds a snoozed event back until the snooze ends', () => {
    const snooze = [{ eventId: 'thank-you:r2:iv-peer', snoozedAt: '2027-03-12T11:00:00-05:00' }];
    const during = build(newYorkInput(), { now: '2027-03-12T12:00:00-05:00', snooze });
    expect(eventOf(during, 'thank-you:r2:iv-peer').status).toBe('upcoming');
    expect(eventOf(during, 'thank-you:r2:iv-peer').snoozedUntil).toBe('2027-03-13T11:00:00-05:00');
    const after = build(newYorkInput(), { now: '2027-03-13T12:00:00-05:00', snooze });
    expect(eventOf(after, 'thank-you:r2:iv-peer').status).toBe('overdue');
    expect(eventOf(after, 'thank-you:r2:iv-peer').snoozedUntil).toBeUndefined();
  });

  it('gives every event a reason and a guide section', () => {
    const timeline = build(newYorkInput(), { now: NY_BEFORE });
    for (const event of timeline.events) {
      expect(event.why.length).toBeGreaterThan(20);
      expect(event.source).toMatch(/^seed#(after|checklist|formats|research|video)$/);
    }
  });

  it('ships the guide defaults as data', () => {
    expect(defaultTimelineSettings.thankYouHours).toBe(24);
    expect(defaultTimelineSettings.followUpDays).toEqual({ min: 7, max: 10 });
    expect(defaultTimelineSettings.decisionWindowDays).toEqual({ min: 7, max: 14 });
    expect(defaultTimelineSettings.platformTestMinutesBefore).toBe(30);
    expect(defaultTimelineSettings.checklistHoursBefore).toBe(24);
    expect(defaultTimelineSettings.rehearsalCount).toBe(2);
  });

  it('names the function, the bad value and the fix on misuse', () => {
    const candidacy = candidacyOf(newYorkInput());
    expect(() => buildTimeline(candidacy, { now: 'tomorrow' })).toThrow(
      /^buildTimeline: expected options.now as an ISO date-time with an offset, found "tomorrow"/,
    );
    expect(() =>
      buildTimeline(candidacy, { now: NY_BEFORE, settings: { followUpDays: { min: 10, max: 7 } } }),
    ).toThrow(/buildTimeline: expected settings.followUpDays/);
  });
});
