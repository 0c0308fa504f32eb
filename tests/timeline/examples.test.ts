import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTimeline, type Timeline, toICalendar } from '../../src/index.js';
import { example } from './fixtures.js';
import { expectedOf, readBack } from './read-back.js';

function eventOf(timeline: Timeline, id: string) {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function roundTrips(timeline: Timeline): void {
  const parsed = readBack(toICalendar(timeline)).map(({ start, end }) => ({ start, end }));
  expect(parsed).toEqual(expectedOf(timeline));
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('the bundled examples', () => {
  it('thorough-manager: thank-yous in EST, the company date, the offer after round two, the follow-up on a Monday', () => {
    const timeline = buildTimeline(example('thorough-manager'), { now: '2027-03-09T12:00:00-05:00' });
    expect(timeline.state).toBe('preparing');
    expect(eventOf(timeline, 'interview:round-2-panel').window).toEqual({
      start: '2027-03-10T10:00:00-05:00',
      end: '2027-03-10T14:00:00-05:00',
    });
    const thanks = timeline.events.filter((event) => event.kind === 'thank-you');
    expect(thanks).toHaveLength(5);
    // The panel ends at 14:00: each note is due at 18:00 that day.
    expect(new Set(thanks.map((event) => event.due))).toEqual(new Set(['2027-03-10T18:00:00-05:00']));
    expect(eventOf(timeline, 'decision-window').allDay).toEqual({ first: '2027-03-11', last: '2027-03-19' });
    // Day 7 is 2027-03-17, but the company said Friday 2027-03-19: once it is over comes a weekend, so Monday.
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-22', last: '2027-03-22' });
    expect(eventOf(timeline, 'follow-up').window?.start).toBe('2027-03-22T00:00:00-04:00');
    expect(eventOf(timeline, 'follow-up').interviewerId).toBe('jordan-ellis');
    // Surfaced the day after the Wednesday panel, naming Monday 22 March, the date it is expected by.
    const offer = eventOf(timeline, 'competing-offer:brightwater-health');
    expect(offer.allDay).toEqual({ first: '2027-03-11', last: '2027-03-11' });
    expect(offer.title).toBe(
      'Tell Tallyworks about the Brightwater Health offer (expected by Mon 22 Mar 2027)',
    );
    for (const id of ['research:round-2-panel', 'checklist:round-2-panel', 'rehearsal:round-2-panel:1']) {
      expect(eventOf(timeline, id).status).toBe('done');
    }
    expect(eventOf(timeline, 'rehearsal:round-2-panel:2').status).toBe('done');
    expect(eventOf(timeline, 'outcome-plan:offer').status).toBe('done');
    expect(eventOf(timeline, 'setup-test:round-2-panel').status).toBe('upcoming');
    roundTrips(timeline);
  });

  it('verbatim-reuser: CET before 2027-03-28, CEST after, and silence past the window', () => {
    const timeline = buildTimeline(example('verbatim-reuser'), { now: '2027-03-22T12:00:00+01:00' });
    expect(eventOf(timeline, 'route-plan:onsite').status).toBe('done');
    expect(eventOf(timeline, 'research:onsite').status).toBe('due');
    expect(eventOf(timeline, 'platform-practice:onsite').window).toEqual({
      start: '2027-03-23T08:30:00+01:00',
      end: '2027-03-23T09:00:00+01:00',
    });
    expect(eventOf(timeline, 'thank-you:onsite:sven-akins').due).toBe('2027-03-23T17:00:00+01:00');
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-03-30', last: '2027-03-30' });
    expect(eventOf(timeline, 'follow-up').window?.start).toBe('2027-03-30T00:00:00+02:00');
    expect(eventOf(timeline, 'decision-window').allDay).toEqual({ first: '2027-03-30', last: '2027-04-06' });
    expect(eventOf(timeline, 'interview:onsite').location).toBe(
      'Kestrel Mobility, Torstraße 140, 10119 Berlin, 3rd floor reception',
    );
    expect(timeline.events.some((event) => event.kind === 'competing-offer')).toBe(false);
    roundTrips(timeline);
    const later = buildTimeline(example('verbatim-reuser'), { now: '2027-04-07T09:00:00+02:00' });
    expect(later.state).toBe('no-news');
  });

  it("contradicting-stories: Los Angeles with the company's own date", () => {
    const timeline = buildTimeline(example('contradicting-stories'), { now: '2027-02-02T12:00:00-08:00' });
    expect(eventOf(timeline, 'decision-window').allDay).toEqual({ first: '2027-02-04', last: '2027-02-12' });
    // The company's Friday 12 February passes into a weekend: the follow-up is on Monday 15 February.
    expect(eventOf(timeline, 'follow-up').allDay).toEqual({ first: '2027-02-15', last: '2027-02-15' });
    expect(eventOf(timeline, 'checklist:final-panel').status).toBe('done');
    roundTrips(timeline);
  });
});
