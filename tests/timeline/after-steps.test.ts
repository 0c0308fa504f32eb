import { describe, expect, it } from 'vitest';
import { defaultTimelineSettings } from '../../src/index.js';
import { eventOf, idsOf, NY_EARLY, newYorkWith, timelineOf } from './mutation-helpers.js';

const END = '2027-03-10T11:00:00-05:00';
const globex = (extra: Record<string, string>) => ({
  pipeline: { offers: [{ company: 'Globex Inc.', status: 'expected' as const, ...extra }] },
});

describe('the interview event', () => {
  it('names round, medium, platform and the interviewers in alphabetical order', () => {
    const input = newYorkWith({
      interviewers: [
        { id: 'iv-peer', name: 'Sam Okafor', audience: 'peer' },
        { id: 'iv-hm', name: 'Morgan Lee', audience: 'hiring-manager' },
      ],
    });
    const interview = eventOf(timelineOf(input, { now: NY_EARLY }), 'interview:r2');
    expect(interview.title).toBe('Round 2 interview, video on zoom with Morgan Lee, Sam Okafor');
    expect(interview.why).toBe(
      'Formats: conversation, presentation, technical. Keep your stories the same as in round one and go one level deeper.',
    );
    expect(interview.source).toBe('seed#video');
    expect(interview.localTime).toBeUndefined();
  });

  it('leaves out the platform and the names when there are none, and cites the formats section off video', () => {
    const input = newYorkWith({ medium: 'phone', platform: undefined, interviewers: [] });
    const interview = eventOf(timelineOf(input, { now: NY_EARLY }), 'interview:r2');
    expect(interview.title).toBe('Round 2 interview, phone');
    expect(interview.source).toBe('seed#formats');
    expect(
      eventOf(timelineOf(newYorkWith({ medium: 'in-person' }), { now: NY_EARLY }), 'interview:r2').source,
    ).toBe('seed#formats');
  });

  it("gives the interview's own zone time once, in localTime, when it differs from the candidate's", () => {
    const input = newYorkWith({ timeZone: 'Europe/London' });
    const interview = eventOf(timelineOf(input, { now: NY_EARLY }), 'interview:r2');
    expect(interview.title).toBe('Round 2 interview, video on zoom with Morgan Lee, Sam Okafor');
    expect(interview.localTime).toEqual({ timeZone: 'Europe/London', start: '2027-03-10T15:00:00Z' });
  });

  it("adds nothing when the interview's zone is the candidate's own", () => {
    const input = newYorkWith({ timeZone: 'America/New_York' });
    const interview = eventOf(timelineOf(input, { now: NY_EARLY }), 'interview:r2');
    expect(interview.title).toBe('Round 2 interview, video on zoom with Morgan Lee, Sam Okafor');
    expect(interview.localTime).toBeUndefined();
  });

  it('reads due while it runs and done from the minute it ends', () => {
    const input = newYorkWith({});
    expect(eventOf(timelineOf(input, { now: '2027-03-10T10:59:59-05:00' }), 'interview:r2').status).toBe(
      'due',
    );
    expect(eventOf(timelineOf(input, { now: END }), 'interview:r2').status).toBe('done');
  });
});

describe('thank-you notes', () => {
  it('asks for one note per interviewer, citing the after section', () => {
    const thanks = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'thank-you:r2:iv-hm');
    expect(thanks.title).toBe('Send Morgan Lee a thank-you');
    expect(thanks.interviewerId).toBe('iv-hm');
    expect(thanks.source).toBe('seed#after');
    expect(thanks.why).toContain('one specific detail from your conversation');
  });

  it('counts a note sent after the round started, not one sent for the round before', () => {
    const sentNow = newYorkWith(
      {},
      { prep: { thankYouSent: [{ interviewerId: 'iv-hm', at: '2027-03-10T15:00:00-05:00' }] } },
    );
    expect(eventOf(timelineOf(sentNow, { now: NY_EARLY }), 'thank-you:r2:iv-hm').status).toBe('done');
    expect(eventOf(timelineOf(sentNow, { now: NY_EARLY }), 'thank-you:r2:iv-peer').status).toBe('upcoming');
    const sentBefore = newYorkWith(
      {},
      { prep: { thankYouSent: [{ interviewerId: 'iv-hm', at: '2027-02-25T09:00:00-05:00' }] } },
    );
    expect(eventOf(timelineOf(sentBefore, { now: NY_EARLY }), 'thank-you:r2:iv-hm').status).toBe('upcoming');
  });

  it('words each note for a shadow day and cites the formats section', () => {
    const thanks = eventOf(
      timelineOf(newYorkWith({ formats: ['shadow-day'] }), { now: NY_EARLY }),
      'thank-you:r2:iv-peer',
    );
    expect(thanks.source).toBe('seed#formats');
    expect(thanks.why).toContain('After a day with the team');
  });

  it('asks for a note to the host of a shadow day with nobody listed', () => {
    const timeline = timelineOf(newYorkWith({ formats: ['shadow-day'], interviewers: [] }), {
      now: '2027-03-10T12:00:00-05:00',
    });
    const host = eventOf(timeline, 'thank-you:r2:host');
    expect(host.title).toBe('Send your shadow-day host a thank-you');
    expect(host.due).toBe('2027-03-10T15:00:00-05:00');
    expect(host.status).toBe('due');
    expect(host.source).toBe('seed#formats');
    expect(host.why).toContain('hosted your day');
    expect(host.interviewerId).toBeUndefined();
  });

  it('asks for no note after a conversation with nobody listed', () => {
    const timeline = timelineOf(newYorkWith({ interviewers: [] }), { now: NY_EARLY });
    expect(timeline.events.some((event) => event.kind === 'thank-you')).toBe(false);
  });
});

describe('the decision window', () => {
  it('expects a decision 7 to 14 days after the last interview when no date was given', () => {
    const decision = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'decision-window');
    expect(decision.title).toBe('Acme Robotics is expected to decide (Wed 17 Mar 2027 to Wed 24 Mar 2027)');
    expect(decision.why).toContain('No date was given');
    expect(decision.source).toBe('seed#after');
  });

  it("uses the company's date through the end of that day, from the day after the last interview", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    const decision = eventOf(timeline, 'decision-window');
    expect(decision.window).toEqual({ start: '2027-03-11T00:00:00-05:00', end: '2027-03-20T00:00:00-04:00' });
    expect(decision.why).toContain('This is the date the company gave');
  });

  it('ignores a company date that is not after the end of the last interview', () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: END }), { now: NY_EARLY });
    expect(eventOf(timeline, 'decision-window').allDay).toEqual({ first: '2027-03-17', last: '2027-03-24' });
    const oneMinuteLater = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-10T11:01:00-05:00' }), {
      now: NY_EARLY,
    });
    // A date the same day, a minute after the end: the window is that one day.
    expect(eventOf(oneMinuteLater, 'decision-window').allDay).toEqual({
      first: '2027-03-10',
      last: '2027-03-10',
    });
  });

  it("takes the latest interview's date over an earlier round's", () => {
    const input = newYorkWith({ decisionExpectedBy: '2027-03-19' });
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const both = { ...input, interviews: [{ ...round1, decisionExpectedBy: '2027-03-30' }, round2] };
    expect(eventOf(timelineOf(both, { now: NY_EARLY }), 'decision-window').window?.end).toBe(
      '2027-03-20T00:00:00-04:00',
    );
    const onlyFirst = {
      ...input,
      interviews: [
        { ...round1, decisionExpectedBy: '2027-03-30' },
        { ...round2, decisionExpectedBy: undefined },
      ],
    };
    expect(eventOf(timelineOf(onlyFirst, { now: NY_EARLY }), 'decision-window').window?.end).toBe(
      '2027-03-31T00:00:00-04:00',
    );
  });
});

describe('the follow-up', () => {
  it('asks for one follow-up with the recruiter, citing the after section', () => {
    const followUp = eventOf(timelineOf(newYorkWith({}), { now: NY_EARLY }), 'follow-up');
    expect(followUp.title).toBe('Follow up once with the recruiter');
    expect(followUp.source).toBe('seed#after');
    expect(followUp.why).toContain('one brief, friendly note');
  });

  it("waits for the company's date to pass (Friday 19th: the next business day is Monday 22nd)", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-22', last: '2027-03-22' });
  });

  it('follows up on the day the company date passes, a Thursday after a one-day range', () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-25T12:00:00-04:00' }), {
      now: NY_EARLY,
      settings: { followUpDays: { min: 7, max: 7 } },
    });
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-25', last: '2027-03-25' });
  });

  it('can be a short slot at a set hour instead of a whole day', () => {
    const timeline = timelineOf(newYorkWith({}), {
      now: NY_EARLY,
      settings: {
        eventShapes: {
          ...defaultTimelineSettings.eventShapes,
          followUp: { as: 'slot', hour: 10, minutes: 15 },
        },
      },
    });
    const followUp = eventOf(timeline, 'follow-up');
    expect(followUp.window).toEqual({ start: '2027-03-17T10:00:00-04:00', end: '2027-03-17T10:15:00-04:00' });
    expect(followUp.allDay).toBeUndefined();
    expect(followUp.reminders).toEqual(['2027-03-17T10:00:00-04:00']);
  });

  it('addresses the recruiter of the latest round that has one, the lowest id first', () => {
    const input = newYorkWith({
      interviewers: [
        { id: 'iv-z', name: 'Zoe Park', audience: 'recruiter' },
        { id: 'iv-hm', name: 'Morgan Lee', audience: 'hiring-manager' },
        { id: 'iv-b', name: 'Bo Lind', audience: 'recruiter' },
      ],
    });
    expect(eventOf(timelineOf(input, { now: NY_EARLY }), 'follow-up').interviewerId).toBe('iv-b');
  });

  it('addresses nobody in particular when no recruiter was met', () => {
    const input = newYorkWith({});
    const [round1, round2] = input.interviews;
    if (!round1 || !round2) throw new Error('fixture has no round 2');
    const noRecruiter = {
      ...input,
      interviews: [
        { ...round1, interviewers: [{ id: 'iv-x', name: 'Xi Wu', audience: 'peer' as const }] },
        round2,
      ],
    };
    expect(eventOf(timelineOf(noRecruiter, { now: NY_EARLY }), 'follow-up').interviewerId).toBeUndefined();
  });

  it('counts a follow-up sent after the last interview, not one sent before it', () => {
    const after = newYorkWith({}, { prep: { followUpSentAt: END } });
    expect(eventOf(timelineOf(after, { now: NY_EARLY }), 'follow-up').status).toBe('done');
    const before = newYorkWith({}, { prep: { followUpSentAt: '2027-03-10T10:59:00-05:00' } });
    expect(eventOf(timelineOf(before, { now: NY_EARLY }), 'follow-up').status).toBe('upcoming');
  });

  it('drops the follow-up and closes the window once the target company made an offer', () => {
    const input = newYorkWith(
      {},
      { pipeline: { offers: [{ company: 'ACME robotics!', status: 'received' }] } },
    );
    const timeline = timelineOf(input, { now: '2027-03-12T09:00:00-05:00' });
    expect(
      timeline.events.some((event) => event.kind === 'follow-up' || event.kind === 'competing-offer'),
    ).toBe(false);
    expect(eventOf(timeline, 'decision-window').status).toBe('done');
  });
});

describe('competing offers', () => {
  it('names the date of an offer as given and places it the day after round two', () => {
    const timeline = timelineOf(newYorkWith({}, globex({ deadline: '2027-03-15' })), { now: NY_EARLY });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe('Tell Acme Robotics about the Globex Inc. offer (deadline Mon 15 Mar 2027)');
    expect(offer.allDay).toEqual({ first: '2027-03-11', last: '2027-03-11' });
    expect(offer.why).toContain('you are in late stages with another company');
    // Monday 15th comes before the decision window opens on Wednesday 17th.
    expect(offer.warning).toBe(
      "The Globex Inc. offer (deadline Mon 15 Mar 2027) lands before Acme Robotics's decision window opens (Wed 17 Mar 2027): ask Acme Robotics whether they can decide sooner, or ask Globex Inc. for more time.",
    );
    expect(offer.source).toBe('seed#after');
  });

  it('dates an offer by its expected date when it has no deadline', () => {
    const timeline = timelineOf(newYorkWith({}, globex({ expectedBy: '2027-03-18T12:00:00-04:00' })), {
      now: NY_EARLY,
    });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe(
      'Tell Acme Robotics about the Globex Inc. offer (expected by Thu 18 Mar 2027 12:00)',
    );
    expect(offer.warning).toBeUndefined();
  });

  it('asks for a date the day after round two when the offer has none', () => {
    const timeline = timelineOf(newYorkWith({}, globex({})), { now: NY_EARLY });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe('Tell Acme Robotics about the Globex Inc. offer');
    expect(offer.allDay).toEqual({ first: '2027-03-11', last: '2027-03-11' });
    expect(offer.why).toBe(
      'The Globex Inc. offer has no date yet; ask them for one, then tell Acme Robotics you are in late stages elsewhere, that this role is your priority if it is, and when you expect to hear.',
    );
    expect(offer.status).toBe('upcoming');
  });

  it('lists expected and received offers from other companies, not accepted or declined ones', () => {
    const offers = (['expected', 'received', 'accepted', 'declined'] as const).map((status) => ({
      company: `${status} Corp`,
      status,
    }));
    const timeline = timelineOf(newYorkWith({}, { pipeline: { offers } }), { now: NY_EARLY });
    expect(idsOf(timeline).filter((id) => id.startsWith('competing-offer'))).toEqual([
      'competing-offer:expected-corp',
      'competing-offer:received-corp',
    ]);
  });
});

describe('outcome plans', () => {
  it('asks for both plans from the day after the last interview until the decision window opens', () => {
    const timeline = timelineOf(newYorkWith({}), { now: NY_EARLY });
    const offer = eventOf(timeline, 'outcome-plan:offer');
    expect(offer.title).toBe('Prepare for an offer: market rate, your moves, your walk-away number');
    expect(offer.allDay).toEqual({ first: '2027-03-11', last: '2027-03-16' });
    expect(offer.why).toContain('before the call');
    expect(offer.source).toBe('seed#after');
    const rejection = eventOf(timeline, 'outcome-plan:rejection');
    expect(rejection.title).toBe('Prepare a gracious reply in case the answer is no');
    expect(rejection.why).toContain('keeps the door open');
    expect(rejection.source).toBe('seed#after');
  });

  it("plans on the day after the interview when the company's date opens the window at once", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    expect(eventOf(timeline, 'outcome-plan:rejection').allDay).toEqual({
      first: '2027-03-11',
      last: '2027-03-11',
    });
  });

  it('writes the plans and the window as start and end markers when the settings say so', () => {
    const timeline = timelineOf(newYorkWith({}), {
      now: NY_EARLY,
      settings: {
        eventShapes: {
          ...defaultTimelineSettings.eventShapes,
          decisionWindow: 'markers',
          outcomePlan: 'markers',
        },
      },
    });
    expect(eventOf(timeline, 'decision-window').allDay).toEqual({ first: '2027-03-17', last: '2027-03-17' });
    expect(eventOf(timeline, 'decision-window:end').allDay).toEqual({
      first: '2027-03-24',
      last: '2027-03-24',
    });
    expect(eventOf(timeline, 'decision-window:end').title).toBe(
      'Acme Robotics is expected to decide (Wed 17 Mar 2027 to Wed 24 Mar 2027): last day',
    );
    expect(eventOf(timeline, 'outcome-plan:offer:end').allDay?.first).toBe('2027-03-16');
  });

  it('marks a plan done only when it holds more than whitespace', () => {
    const input = newYorkWith(
      {},
      { prep: { outcomePlans: { ifOffer: 'Ask for 10 % more base', ifRejected: '   ' } } },
    );
    const timeline = timelineOf(input, { now: NY_EARLY });
    expect(eventOf(timeline, 'outcome-plan:offer').status).toBe('done');
    expect(eventOf(timeline, 'outcome-plan:rejection').status).toBe('upcoming');
  });
});
