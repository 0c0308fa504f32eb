import { describe, expect, it } from 'vitest';
import {
  type BuildTimelineOptions,
  buildTimeline,
  defaultTimelineSettings,
  type TimelineEventKind,
  type TimelineSettings,
  type TimelineSnooze,
  toICalendar,
} from '../../src/index.js';
import { candidacyOf, newYorkInput } from './fixtures.js';

// The TSDoc examples of the timeline types, run against the New York fixture they describe.
describe('timeline documentation examples', () => {
  const candidacy = candidacyOf(newYorkInput());
  // Built inside each test, not while the file is collected, so a mutation run can tell which test uses it.
  const built = () => buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00' });

  it('shows a kind, a status, a window and the recruiter on the follow-up', () => {
    const timeline = built();
    const kind: TimelineEventKind = 'thank-you';
    expect(kind).toBe('thank-you');
    expect(timeline.events.find((event) => event.id === 'checklist:r2')?.status).toBe('upcoming');
    expect(timeline.events.find((event) => event.id === 'setup-test:r2')?.window).toEqual({
      start: '2027-03-10T09:30:00-05:00',
      end: '2027-03-10T10:00:00-05:00',
    });
    expect(timeline.events.find((event) => event.kind === 'follow-up')?.interviewerId).toBe('iv-rec');
    expect(timeline.timeZone).toBe('America/New_York');
  });

  it('shows the no-news state, a snooze, business days, settings and reminders off', () => {
    expect(buildTimeline(candidacy, { now: '2027-03-25T09:00:00-04:00' }).state).toBe('no-news');
    const snooze: TimelineSnooze = { eventId: 'follow-up', snoozedAt: '2027-03-18T09:00:00-04:00' };
    const snoozed = buildTimeline(candidacy, { now: '2027-03-18T10:00:00-04:00', snooze: [snooze] });
    expect(snoozed.events.find((event) => event.id === 'follow-up')?.status).toBe('upcoming');
    const options: BuildTimelineOptions = {
      now: '2027-03-01T09:00:00-05:00',
      settings: { dayCounting: 'business' },
    };
    expect(
      buildTimeline(candidacy, options).events.find((event) => event.id === 'follow-up')?.window?.start,
    ).toBe('2027-03-19T00:00:00-04:00');
    const settings: TimelineSettings = { ...defaultTimelineSettings, thankYouHours: 12 };
    expect(settings.thankYouHours).toBe(12);
    expect(toICalendar(built(), { alarms: false }).includes('BEGIN:VALARM')).toBe(false);
  });

  it('shows an all-day step, a thank-you due time and a shape setting', () => {
    const timeline = built();
    expect(timeline.events.find((event) => event.id === 'research:r2')?.allDay).toEqual({
      first: '2027-03-09',
      last: '2027-03-09',
    });
    expect(timeline.events.find((event) => event.id === 'thank-you:r2:iv-hm')?.due).toBe(
      '2027-03-10T15:00:00-05:00',
    );
    expect(defaultTimelineSettings.eventShapes.checklist).toEqual({ as: 'slot', hour: 18, minutes: 30 });
  });
});
