import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTimeline,
  type Candidacy,
  parseCandidacy,
  type Timeline,
  toICalendar,
} from '../../src/index.js';

function example(name: string): Candidacy {
  const result = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!result.ok) throw new Error(`examples/${name}.json does not parse`);
  return result.value;
}

function eventOf(timeline: Timeline, id: string) {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function roundTrips(timeline: Timeline): void {
  const calendar = new ICAL.Component(ICAL.parse(toICalendar(timeline)));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const parsed = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return [event.startDate.toJSDate().getTime(), event.endDate.toJSDate().getTime()];
  });
  const expected = timeline.events.map((event) => [
    Date.parse(event.due ?? event.window?.start ?? ''),
    Date.parse(event.due ?? event.window?.end ?? ''),
  ]);
  expect(parsed).toEqual(expected);
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('the bundled examples', () => {
  it('thorough-manager: thank-yous in EST, the company date and the follow-up in EDT after 2027-03-14', () => {
    const timeline = buildTimeline(example('thorough-manager'), { now: '2027-03-09T12:00:00-05:00' });
    expect(timeline.state).toBe('preparing');
    expect(eventOf(timeline, 'interview:round-2-panel').window).toEqual({
      start: '2027-03-10T10:00:00-05:00',
      end: '2027-03-10T14:00:00-05:00',
    });
    const thanks = timeline.events.filter((event) => event.kind === 'thank-you');
    expect(thanks).toHaveLength(5);
    expect(new Set(thanks.map((event) => event.window?.end))).toEqual(new Set(['2027-03-11T14:00:00-05:00']));
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-03-10T14:00:00-05:00',
      end: '2027-03-20T00:00:00-04:00',
    });
    // Day 7 is 2027-03-17, but the company said 2027-03-19: follow up once that day is over, by day 10.
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-20T00:00:00-04:00',
      end: '2027-03-20T14:00:00-04:00',
    });
    expect(eventOf(timeline, 'follow-up').interviewerId).toBe('jordan-ellis');
    expect(eventOf(timeline, 'competing-offer:brightwater-health').due).toBe('2027-03-22T00:00:00-04:00');
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
      start: '2027-03-23T00:00:00+01:00',
      end: '2027-03-23T10:00:00+01:00',
    });
    expect(eventOf(timeline, 'thank-you:onsite:sven-akins').window?.end).toBe('2027-03-24T13:00:00+01:00');
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-03-30T13:00:00+02:00',
      end: '2027-04-02T13:00:00+02:00',
    });
    expect(eventOf(timeline, 'decision-window').window?.end).toBe('2027-04-06T13:00:00+02:00');
    expect(timeline.events.some((event) => event.kind === 'competing-offer')).toBe(false);
    roundTrips(timeline);
    const later = buildTimeline(example('verbatim-reuser'), { now: '2027-04-07T09:00:00+02:00' });
    expect(later.state).toBe('no-news');
  });

  it("contradicting-stories: Los Angeles with the company's own date", () => {
    const timeline = buildTimeline(example('contradicting-stories'), { now: '2027-02-02T12:00:00-08:00' });
    expect(eventOf(timeline, 'decision-window').window).toEqual({
      start: '2027-02-03T12:30:00-08:00',
      end: '2027-02-13T00:00:00-08:00',
    });
    expect(eventOf(timeline, 'follow-up').window).toEqual({
      start: '2027-02-13T00:00:00-08:00',
      end: '2027-02-13T12:30:00-08:00',
    });
    expect(eventOf(timeline, 'checklist:final-panel').status).toBe('done');
    roundTrips(timeline);
  });
});
