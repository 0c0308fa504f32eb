import { describe, expect, it } from 'vitest';
import { buildTimeline, type Candidacy, type TimelineSettings } from '../../src/index.js';
import { candidacyOf, newYorkInput } from './fixtures.js';
import { eventOf, idsOf, NY_BEFORE, round2Of, timelineOf } from './mutation-fixtures.js';

const newYork = (): Candidacy => candidacyOf(newYorkInput());
const withSettings = (settings: Partial<TimelineSettings>) => () =>
  buildTimeline(newYork(), { now: NY_BEFORE, settings });

/** The New York fixture with a take-home due on Monday 2027-03-08 at 18:00 (-05:00). */
const withTakeHome = () => {
  const input = newYorkInput();
  round2Of(input).takeHome = {
    assignedAt: '2027-03-01T09:00:00-05:00',
    dueAt: '2027-03-08T18:00:00-05:00',
    timeboxHours: 4,
  };
  return input;
};

describe('buildTimeline: settings checks', () => {
  const counts = [
    'thankYouHours',
    'fromRound',
    'checklistHoursBefore',
    'platformTestMinutesBefore',
    'routePlanHoursBefore',
    'rehearsalCount',
    'dueSoonHours',
    'snoozeHours',
  ] as const;

  it.each(counts)('rejects a negative settings.%s, naming the setting, the value and the fix', (key) => {
    expect(withSettings({ [key]: -1 })).toThrow(
      new TypeError(
        `buildTimeline: expected settings.${key} to be a number of at least 0, found -1: pass a non-negative number or leave it out`,
      ),
    );
  });

  it.each(counts)('accepts 0 for settings.%s', (key) => {
    expect(withSettings({ [key]: 0 })).not.toThrow();
  });

  it.each(counts)('rejects NaN and Infinity for settings.%s', (key) => {
    expect(withSettings({ [key]: Number.NaN })).toThrow(/found NaN/);
    expect(withSettings({ [key]: Number.POSITIVE_INFINITY })).toThrow(`settings.${key} to be a number`);
  });

  it('rejects a count given as text', () => {
    expect(withSettings(JSON.parse('{"thankYouHours":"24"}'))).toThrow(
      /settings\.thankYouHours to be a number of at least 0, found "24"/,
    );
  });

  it.each(['followUpDays', 'decisionWindowDays'] as const)(
    'rejects a %s range that is not whole days with 0 <= min <= max',
    (key) => {
      const message = (range: string) =>
        new TypeError(
          `buildTimeline: expected settings.${key} to be whole days with 0 <= min <= max, found "${range}": fix the range`,
        );
      expect(withSettings({ [key]: { min: 5, max: 4 } })).toThrow(message('5..4'));
      expect(withSettings({ [key]: { min: -1, max: 4 } })).toThrow(message('-1..4'));
      expect(withSettings({ [key]: { min: 1.5, max: 4 } })).toThrow(message('1.5..4'));
      expect(withSettings({ [key]: { min: 1, max: 4.5 } })).toThrow(message('1..4.5'));
    },
  );

  it.each(['followUpDays', 'decisionWindowDays'] as const)(
    'accepts a %s range of 0..0 and of 4..4',
    (key) => {
      expect(withSettings({ [key]: { min: 0, max: 0 } })).not.toThrow();
      expect(withSettings({ [key]: { min: 4, max: 4 } })).not.toThrow();
    },
  );

  it('rejects a day counting other than calendar or business', () => {
    expect(withSettings(JSON.parse('{"dayCounting":"weekly"}'))).toThrow(
      new TypeError(
        `buildTimeline: expected settings.dayCounting to be 'calendar' or 'business', found "weekly": pick one of the two`,
      ),
    );
    expect(withSettings({ dayCounting: 'business' })).not.toThrow();
  });

  it('rejects a missing or offset-less now, naming the option and an example', () => {
    const message = (found: string) =>
      new TypeError(
        `buildTimeline: expected options.now as an ISO date-time with an offset, found ${found}: pass e.g. { now: '2027-03-01T09:00:00-05:00' }`,
      );
    expect(() => buildTimeline(newYork(), JSON.parse('{}'))).toThrow(message('nothing'));
    expect(() => buildTimeline(newYork(), JSON.parse('null'))).toThrow(message('nothing'));
    expect(() => buildTimeline(newYork(), { now: '2027-03-01T09:00:00' })).toThrow(
      message('"2027-03-01T09:00:00"'),
    );
  });
});

describe('buildTimeline: statuses', () => {
  it('reads a window as upcoming before it opens, due from its start to its end, overdue after', () => {
    const statusAt = (now: string) => eventOf(timelineOf(newYorkInput(), { now }), 'checklist:r2').status;
    // The checklist slot: 18:00–18:30 the evening before.
    expect(statusAt('2027-03-09T17:59:00-05:00')).toBe('upcoming');
    expect(statusAt('2027-03-09T18:00:00-05:00')).toBe('due');
    expect(statusAt('2027-03-09T18:30:00-05:00')).toBe('due');
    expect(statusAt('2027-03-09T18:31:00-05:00')).toBe('overdue');
  });

  it('turns a hard date due 24 hours ahead, and overdue once it has passed', () => {
    const statusAt = (now: string, dueSoonHours = 24) =>
      eventOf(timelineOf(withTakeHome(), { now, settings: { dueSoonHours } }), 'take-home-due:r2').status;
    expect(statusAt('2027-03-07T17:59:00-05:00')).toBe('upcoming');
    expect(statusAt('2027-03-07T18:00:00-05:00')).toBe('due');
    expect(statusAt('2027-03-08T18:00:00-05:00')).toBe('due');
    expect(statusAt('2027-03-08T18:01:00-05:00')).toBe('overdue');
    expect(statusAt('2027-03-08T17:59:00-05:00', 0)).toBe('upcoming');
  });
});

describe('buildTimeline: snoozes', () => {
  const NOW = '2027-03-18T10:00:00-04:00';

  it('holds a due follow-up back until the snooze ends, and says until when', () => {
    const timeline = timelineOf(newYorkInput(), {
      now: NOW,
      snooze: [
        { eventId: 'follow-up', snoozedAt: '2027-03-18T09:00:00-04:00', until: '2027-03-19T08:00:00-04:00' },
      ],
    });
    expect(eventOf(timeline, 'follow-up').status).toBe('upcoming');
    expect(eventOf(timeline, 'follow-up').snoozedUntil).toBe('2027-03-19T08:00:00-04:00');
  });

  it('lets the snooze go at the very instant it ends', () => {
    const timeline = timelineOf(newYorkInput(), {
      now: NOW,
      snooze: [{ eventId: 'follow-up', snoozedAt: '2027-03-17T09:00:00-04:00', until: NOW }],
    });
    expect(eventOf(timeline, 'follow-up').status).toBe('due');
    expect('snoozedUntil' in eventOf(timeline, 'follow-up')).toBe(false);
  });

  it('ends a snooze without its own end after settings.snoozeHours', () => {
    const snooze = [{ eventId: 'follow-up', snoozedAt: '2027-03-18T09:00:00-04:00' }];
    const byDefault = timelineOf(newYorkInput(), { now: NOW, snooze });
    expect(eventOf(byDefault, 'follow-up').snoozedUntil).toBe('2027-03-19T09:00:00-04:00');
    const short = timelineOf(newYorkInput(), { now: NOW, snooze, settings: { snoozeHours: 2 } });
    expect(eventOf(short, 'follow-up').snoozedUntil).toBe('2027-03-18T11:00:00-04:00');
  });

  it('keeps the latest end when one event is snoozed twice', () => {
    const timeline = timelineOf(newYorkInput(), {
      now: NOW,
      snooze: [
        { eventId: 'follow-up', snoozedAt: '2027-03-18T09:00:00-04:00', until: '2027-03-20T08:00:00-04:00' },
        { eventId: 'follow-up', snoozedAt: '2027-03-18T09:30:00-04:00', until: '2027-03-19T08:00:00-04:00' },
      ],
    });
    expect(eventOf(timeline, 'follow-up').snoozedUntil).toBe('2027-03-20T08:00:00-04:00');
  });

  it('leaves upcoming and done events as they are, without a snooze end', () => {
    const input = newYorkInput();
    input.prep = { outcomePlans: { ifOffer: 'Walk away below 150k' } };
    const until = '2027-03-30T08:00:00-04:00';
    const timeline = timelineOf(input, {
      now: NOW,
      snooze: [
        { eventId: 'decision-window', snoozedAt: NOW, until },
        { eventId: 'outcome-plan:offer', snoozedAt: NOW, until },
        { eventId: 'interview:r2', snoozedAt: NOW, until },
      ],
    });
    // Before the window opens on 03-17 it would be upcoming; here it is open, so the snooze holds it.
    expect(eventOf(timeline, 'decision-window').status).toBe('upcoming');
    expect(eventOf(timeline, 'outcome-plan:offer').status).toBe('done');
    expect('snoozedUntil' in eventOf(timeline, 'outcome-plan:offer')).toBe(false);
    expect(eventOf(timeline, 'interview:r2').status).toBe('done');
    const early = timelineOf(newYorkInput(), {
      now: NY_BEFORE,
      snooze: [{ eventId: 'follow-up', snoozedAt: NY_BEFORE, until }],
    });
    expect(eventOf(early, 'follow-up').status).toBe('upcoming');
    expect('snoozedUntil' in eventOf(early, 'follow-up')).toBe(false);
  });

  it('rejects a snooze without an offset, naming the bad value', () => {
    const build = (snooze: unknown) => () =>
      buildTimeline(newYork(), { now: NOW, snooze: JSON.parse(JSON.stringify([snooze])) });
    const message = (found: string) =>
      new TypeError(
        `buildTimeline: expected each snooze to carry ISO date-times with an offset, found ${found}: fix the snooze`,
      );
    expect(build({ eventId: 'follow-up', snoozedAt: 'yesterday' })).toThrow(message('"yesterday"'));
    expect(build({ eventId: 'follow-up', snoozedAt: NOW, until: '2027-03-19T08:00:00' })).toThrow(
      message('"2027-03-19T08:00:00"'),
    );
    expect(build({ eventId: 'follow-up' })).toThrow(message('nothing'));
  });
});

describe('buildTimeline: state', () => {
  it('is preparing while an interview is still ahead, waiting from the last end', () => {
    const at = (now: string) => timelineOf(newYorkInput(), { now });
    expect(at('2027-03-10T10:59:00-05:00').state).toBe('preparing');
    expect(at('2027-03-10T10:59:00-05:00').stateWhy).toBe('An interview is still ahead.');
    expect(at('2027-03-10T11:00:00-05:00').state).toBe('waiting');
    expect(at('2027-03-10T11:00:00-05:00').stateWhy).toBe(
      'The interviews are done and the decision window is open.',
    );
  });

  it('is waiting to the end of the decision window, then no-news naming when the decision was due', () => {
    // The window's last day is Wednesday 24 March (day 14): waiting through it, no news from midnight.
    const atEnd = timelineOf(newYorkInput(), { now: '2027-03-25T00:00:00-04:00' });
    expect(atEnd.state).toBe('waiting');
    const after = timelineOf(newYorkInput(), { now: '2027-03-25T00:01:00-04:00' });
    expect(after.state).toBe('no-news');
    expect(after.stateWhy).toBe(
      'No answer by Wed 24 Mar 2027, when the decision was due. Silence is common; it ends as soon as a new interview or an offer is added.',
    );
  });

  it('is preparing with no events when no interview can be placed', () => {
    // A parsed candidacy has at least one interview; with none dated, none can be placed.
    const undated = newYork().interviews.map(({ scheduledAt: _, ...interview }) => interview);
    const timeline = buildTimeline({ ...newYork(), interviews: undated }, { now: NY_BEFORE });
    expect(timeline.state).toBe('preparing');
    expect(timeline.stateWhy).toBe('An interview is still ahead.');
    expect(timeline.events).toEqual([]);
  });
});

describe('buildTimeline: the frame and the order', () => {
  it("writes now in the candidate's zone and names the candidate and the company", () => {
    const timeline = buildTimeline(newYork(), { now: '2027-03-01T15:00:00+01:00' });
    expect(timeline.now).toBe('2027-03-01T09:00:00-05:00');
    expect(timeline.timeZone).toBe('America/New_York');
    expect(timeline.candidateName).toBe('Dana Reyes');
    expect(timeline.company).toBe('Acme Robotics');
  });

  it('falls back to UTC when the candidate zone is not a known zone', () => {
    const candidacy = newYork();
    const timeline = buildTimeline(
      { ...candidacy, candidate: { ...candidacy.candidate, timeZone: 'Nowhere/Special' } },
      { now: NY_BEFORE },
    );
    expect(timeline.timeZone).toBe('UTC');
    expect(timeline.now).toBe('2027-03-01T14:00:00Z');
    expect(eventOf(timeline, 'interview:r2').window?.start).toBe('2027-03-10T15:00:00Z');
  });

  it('sorts by start, then by step kind (preparation before the interview before what follows), then id', () => {
    expect(idsOf(timelineOf(newYorkInput(), { now: NY_BEFORE }))).toEqual([
      'interview:r1',
      'rehearsal:r2:1',
      // Both open at midnight on 03-09: research comes before a rehearsal although its id sorts after.
      'research:r2',
      'rehearsal:r2:2',
      'checklist:r2',
      'platform-practice:r2',
      'setup-test:r2',
      'interview:r2',
      'thank-you:r2:iv-hm',
      'thank-you:r2:iv-peer',
      'outcome-plan:offer',
      'outcome-plan:rejection',
      'decision-window',
      'follow-up',
    ]);
  });

  it('puts plans, offers and a company-dated window that all open the day after in kind order', () => {
    const input = newYorkInput();
    round2Of(input).decisionExpectedBy = '2027-03-19';
    input.pipeline = { offers: [{ company: 'Globex', status: 'expected' }] };
    const atEnd = timelineOf(input, { now: NY_BEFORE }).events.filter(
      (event) => event.window?.start === '2027-03-11T00:00:00-05:00',
    );
    expect(atEnd.map((event) => event.id)).toEqual([
      'outcome-plan:offer',
      'outcome-plan:rejection',
      'competing-offer:globex',
      'decision-window',
    ]);
  });

  it('keeps repeated steps in input order and numbers the repeats', () => {
    const titles = (companies: string[]) => {
      const input = newYorkInput();
      input.pipeline = { offers: companies.map((company) => ({ company, status: 'expected' as const })) };
      const timeline = timelineOf(input, { now: NY_BEFORE });
      return ['competing-offer:globex', 'competing-offer:globex#2'].map((id) => eventOf(timeline, id).title);
    };
    expect(titles(['Globex', 'GLOBEX'])).toEqual([
      'Tell Acme Robotics about the Globex offer',
      'Tell Acme Robotics about the GLOBEX offer',
    ]);
    expect(titles(['GLOBEX', 'Globex'])).toEqual([
      'Tell Acme Robotics about the GLOBEX offer',
      'Tell Acme Robotics about the Globex offer',
    ]);
  });

  it('leaves out the interview and interviewer keys of events that have none', () => {
    const timeline = timelineOf(newYorkInput(), { now: NY_BEFORE });
    const decision = eventOf(timeline, 'decision-window');
    expect('interviewId' in decision).toBe(false);
    expect('interviewerId' in decision).toBe(false);
    expect('localTime' in decision).toBe(false);
    expect('due' in decision).toBe(false);
    expect('interviewerId' in eventOf(timeline, 'research:r2')).toBe(false);
  });
});
