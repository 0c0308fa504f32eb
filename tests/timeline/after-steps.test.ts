import { describe, expect, it } from 'vitest';
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

  it("adds the interview's own zone time when it differs from the candidate's", () => {
    const input = newYorkWith({ timeZone: 'Europe/London' });
    const interview = eventOf(timelineOf(input, { now: NY_EARLY }), 'interview:r2');
    expect(interview.title).toBe(
      'Round 2 interview, video on zoom with Morgan Lee, Sam Okafor (2027-03-10 15:00 Europe/London)',
    );
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
    expect(host.window).toEqual({ start: END, end: '2027-03-11T11:00:00-05:00' });
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
    expect(decision.title).toBe('Acme Robotics is expected to decide');
    expect(decision.why).toContain('No date was given');
    expect(decision.source).toBe('seed#after');
  });

  it("uses the company's date through the end of that day, from the end of the last interview", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    const decision = eventOf(timeline, 'decision-window');
    expect(decision.window).toEqual({ start: END, end: '2027-03-20T00:00:00-04:00' });
    expect(decision.why).toContain('This is the date the company gave');
  });

  it('ignores a company date that is not after the end of the last interview', () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: END }), { now: NY_EARLY });
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-03-17T11:00:00-04:00',
      end: '2027-03-24T11:00:00-04:00',
    });
    const oneMinuteLater = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-10T11:01:00-05:00' }), {
      now: NY_EARLY,
    });
    expect(eventOf(oneMinuteLater, 'decision-window').window?.end).toBe('2027-03-10T11:01:00-05:00');
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

  it("starts when the company's date passes, ending 10 days after the interview when that is later", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-20T00:00:00-04:00',
      end: '2027-03-20T11:00:00-04:00',
    });
  });

  it('gives the follow-up three more days when the company date is exactly at the 10-day mark', () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-20T11:00:00-04:00' }), {
      now: NY_EARLY,
    });
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-20T11:00:00-04:00',
      end: '2027-03-23T11:00:00-04:00',
    });
  });

  it('gives at least one day when the follow-up range is a single day', () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-25' }), {
      now: NY_EARLY,
      settings: { followUpDays: { min: 7, max: 7 } },
    });
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-26T00:00:00-04:00',
      end: '2027-03-27T00:00:00-04:00',
    });
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
  it('dates an offer with a deadline at that day and names it in the title', () => {
    const timeline = timelineOf(newYorkWith({}, globex({ deadline: '2027-03-15' })), { now: NY_EARLY });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe('Tell Acme Robotics about the Globex Inc. offer (deadline 2027-03-15)');
    expect(offer.due).toBe('2027-03-15T00:00:00-04:00');
    expect(offer.why).toContain('The Globex Inc. offer is real and dated');
    expect(offer.source).toBe('seed#after');
  });

  it('dates an offer by its expected date when it has no deadline', () => {
    const timeline = timelineOf(newYorkWith({}, globex({ expectedBy: '2027-03-18T12:00:00-04:00' })), {
      now: NY_EARLY,
    });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe(
      'Tell Acme Robotics about the Globex Inc. offer (expected 2027-03-18T12:00:00-04:00)',
    );
    expect(offer.due).toBe('2027-03-18T12:00:00-04:00');
  });

  it('asks for a date, from the last interview to the decision window, when the offer has none', () => {
    const timeline = timelineOf(newYorkWith({}, globex({})), { now: NY_EARLY });
    const offer = eventOf(timeline, 'competing-offer:globex-inc');
    expect(offer.title).toBe('Tell Acme Robotics about the Globex Inc. offer');
    expect(offer.window).toEqual({ start: END, end: '2027-03-17T11:00:00-04:00' });
    expect(offer.why).toBe(
      'The Globex Inc. offer has no date yet; ask them for one so you can share the timing honestly.',
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
  it('asks for both plans from the last interview until the decision window opens', () => {
    const timeline = timelineOf(newYorkWith({}), { now: NY_EARLY });
    const offer = eventOf(timeline, 'outcome-plan:offer');
    expect(offer.title).toBe('Prepare for an offer: market rate, your moves, your walk-away number');
    expect(offer.window).toEqual({ start: END, end: '2027-03-17T11:00:00-04:00' });
    expect(offer.why).toContain('before the call');
    expect(offer.source).toBe('seed#after');
    const rejection = eventOf(timeline, 'outcome-plan:rejection');
    expect(rejection.title).toBe('Prepare a gracious reply in case the answer is no');
    expect(rejection.why).toContain('keeps the door open');
    expect(rejection.source).toBe('seed#after');
  });

  it("runs the plans until the company's date when the window opens at the interview", () => {
    const timeline = timelineOf(newYorkWith({ decisionExpectedBy: '2027-03-19' }), { now: NY_EARLY });
    expect(eventOf(timeline, 'outcome-plan:rejection').window?.end).toBe('2027-03-20T00:00:00-04:00');
  });

  it('runs the plans to the end of a window that opens 0 days after the interview', () => {
    const timeline = timelineOf(newYorkWith({}), {
      now: NY_EARLY,
      settings: { decisionWindowDays: { min: 0, max: 3 } },
    });
    expect(eventOf(timeline, 'outcome-plan:offer').window?.end).toBe('2027-03-13T11:00:00-05:00');
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
