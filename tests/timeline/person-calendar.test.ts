// Issue 17's "Done when", written before the fix: events shaped like a person's day.
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildTimeline,
  type CandidacyInput,
  defaultTimelineSettings,
  type Timeline,
  type TimelineEvent,
  toICalendar,
} from '../../src/index.js';
import { berlinInput, candidacyOf, example, newYorkInput } from './fixtures.js';

/** Each bundled example at a `now` before its round two. */
const EXAMPLES: readonly [string, string][] = [
  ['thorough-manager', '2027-03-01T09:00:00-05:00'],
  ['verbatim-reuser', '2027-03-10T09:00:00+01:00'],
  ['contradicting-stories', '2027-01-25T09:00:00-08:00'],
];

function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} among ${timeline.events.map((each) => each.id).join(', ')}`);
  return event;
}

/** The local hour and weekday (0 = Sunday) of an ISO instant in a zone, read with Intl. */
function localOf(instant: number, zone: string): { hour: number; weekday: number; date: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      weekday: 'short',
    })
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  return { hour: Number(parts.hour), weekday, date: `${parts.year}-${parts.month}-${parts.day}` };
}

function weekdayOfDate(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** Every VALARM's firing instant as ical.js reads it (relative triggers from DTSTART, all-day in `zone`). */
function alarmInstants(text: string, zone: string): number[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
  }
  const local = ICAL.TimezoneService.get(zone);
  return calendar.getAllSubcomponents('vevent').flatMap((component) => {
    const event = new ICAL.Event(component);
    const start = event.startDate.isDate
      ? ICAL.Time.fromData(
          { year: event.startDate.year, month: event.startDate.month, day: event.startDate.day },
          local,
        )
      : event.startDate;
    return component.getAllSubcomponents('valarm').map((alarm) => {
      const trigger = alarm.getFirstPropertyValue('trigger');
      if (trigger instanceof ICAL.Duration) {
        const at = start.clone();
        at.isDate = false;
        at.addDuration(trigger);
        return at.toJSDate().getTime();
      }
      return (trigger as ICAL.Time).toJSDate().getTime();
    });
  });
}

afterEach(() => {
  ICAL.TimezoneService.reset();
});

describe('timed events no longer than their interview (bundled examples)', () => {
  it.each(EXAMPLES)('%s: every timed event fits within its interview length', (name, now) => {
    const candidacy = example(name);
    const timeline = buildTimeline(candidacy, { now });
    const longest = Math.max(...candidacy.interviews.map((interview) => interview.durationMinutes ?? 60));
    for (const event of timeline.events) {
      if (event.window === undefined || event.allDay !== undefined) continue;
      const minutes = (Date.parse(event.window.end) - Date.parse(event.window.start)) / 60_000;
      const own = candidacy.interviews.find((interview) => interview.id === event.interviewId);
      expect(minutes, event.id).toBeLessThanOrEqual(own?.durationMinutes ?? longest);
    }
  });

  it.each(EXAMPLES)('%s: day-long steps are all-day dates in the .ics', (name, now) => {
    const text = toICalendar(buildTimeline(example(name), { now }));
    expect(text).toMatch(/DTSTART;VALUE=DATE:\d{8}\r\n/);
    const research = text.split('BEGIN:VEVENT').find((block) => block.includes('UID:research:'));
    expect(research).toMatch(/DTSTART;VALUE=DATE:/);
  });
});

describe('no reminder at night', () => {
  it.each(EXAMPLES)(
    '%s: every reminder in the JSON and every VALARM fires 07:00–22:00 local',
    (name, now) => {
      const timeline = buildTimeline(example(name), { now });
      const reminders = timeline.events.flatMap((event) => event.reminders ?? []);
      expect(reminders.length).toBeGreaterThan(0);
      for (const reminder of reminders) {
        const { hour } = localOf(Date.parse(reminder), timeline.timeZone);
        expect(hour, reminder).toBeGreaterThanOrEqual(7);
        expect(hour, reminder).toBeLessThan(22);
      }
      const fired = alarmInstants(toICalendar(timeline), timeline.timeZone);
      expect(fired.length).toBeGreaterThan(0);
      for (const instant of fired) {
        const { hour } = localOf(instant, timeline.timeZone);
        expect(hour, new Date(instant).toISOString()).toBeGreaterThanOrEqual(7);
        expect(hour, new Date(instant).toISOString()).toBeLessThan(22);
      }
    },
  );

  it('moves a reminder out of the night: an 07:30 interview is not announced at 06:30', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (round2) round2.scheduledAt = '2027-03-10T07:30:00-05:00';
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' });
    const reminders = eventOf(timeline, 'interview:r2').reminders ?? [];
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      const { hour } = localOf(Date.parse(reminder), 'America/New_York');
      expect(hour >= 7 && hour < 22, reminder).toBe(true);
    }
  });

  it('honours a reminder hour from the settings', () => {
    const timeline = buildTimeline(candidacyOf(newYorkInput()), {
      now: '2027-03-01T09:00:00-05:00',
      settings: { reminderHour: 18 },
    });
    expect(eventOf(timeline, 'research:r2').reminders).toEqual(['2027-03-09T18:00:00-05:00']);
  });
});

describe('the follow-up never starts on a weekend by default', () => {
  it.each(EXAMPLES)('%s: the follow-up starts on a weekday', (name, now) => {
    const timeline = buildTimeline(example(name), { now });
    const followUp = eventOf(timeline, 'follow-up');
    const first =
      followUp.allDay?.first ?? localOf(Date.parse(followUp.window?.start ?? ''), timeline.timeZone).date;
    expect([1, 2, 3, 4, 5], first).toContain(weekdayOfDate(first));
  });

  it('a follow-up that would start on a Sunday moves to Monday', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    // Friday 2027-03-12: day 7 is Friday 19th; the company date Saturday 20th pushes the follow-up past it.
    if (round2) {
      round2.scheduledAt = '2027-03-12T10:00:00-05:00';
      round2.decisionExpectedBy = '2027-03-19';
    }
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' });
    expect(eventOf(timeline, 'follow-up').allDay?.first).toBe('2027-03-22');
  });

  it('with business-day counting the window starts on a weekday too (Berlin, 7 business days)', () => {
    const timeline = buildTimeline(candidacyOf(berlinInput()), {
      now: '2027-03-20T09:00:00+01:00',
      settings: { dayCounting: 'business' },
    });
    const first = eventOf(timeline, 'follow-up').allDay?.first ?? '';
    expect([1, 2, 3, 4, 5]).toContain(weekdayOfDate(first));
  });
});

function withOffer(input: CandidacyInput, expectedBy: string): CandidacyInput {
  return {
    ...input,
    pipeline: { offers: [{ company: 'Brightwater Health', status: 'expected', expectedBy }] },
  };
}

describe('the competing offer sits right after round two', () => {
  it('thorough-manager: the first business day after the round-two panel, with the expected date in the text', () => {
    const timeline = buildTimeline(example('thorough-manager'), { now: '2027-03-01T09:00:00-05:00' });
    const offer = eventOf(timeline, 'competing-offer:brightwater-health');
    // The panel is Wednesday 2027-03-10; the offer is expected Monday 2027-03-22.
    expect(offer.allDay).toEqual({ first: '2027-03-11', last: '2027-03-11' });
    expect(offer.title).toContain('Mon 22 Mar 2027');
    expect(offer.warning).toBeUndefined();
  });

  it('a Friday round two puts it on Monday', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (round2) round2.scheduledAt = '2027-03-12T10:00:00-05:00';
    const timeline = buildTimeline(candidacyOf(withOffer(input, '2027-03-30')), {
      now: '2027-03-01T09:00:00-05:00',
    });
    expect(eventOf(timeline, 'competing-offer:brightwater-health').allDay?.first).toBe('2027-03-15');
  });

  it('warns when the other offer lands before the company expects to decide', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (round2) round2.decisionExpectedBy = '2027-03-19';
    const timeline = buildTimeline(candidacyOf(withOffer(input, '2027-03-12')), {
      now: '2027-03-01T09:00:00-05:00',
    });
    const offer = eventOf(timeline, 'competing-offer:brightwater-health');
    expect(offer.warning).toMatch(/Fri 12 Mar 2027/);
    expect(offer.warning).toMatch(/Fri 19 Mar 2027/);
  });

  it('no warning when the offer comes after the decision window opens (default 7–14 days)', () => {
    const timeline = buildTimeline(candidacyOf(withOffer(newYorkInput(), '2027-03-19')), {
      now: '2027-03-01T09:00:00-05:00',
    });
    expect(eventOf(timeline, 'competing-offer:brightwater-health').warning).toBeUndefined();
  });

  it('an offer expected within the first week warns under the default window', () => {
    const timeline = buildTimeline(candidacyOf(withOffer(newYorkInput(), '2027-03-15')), {
      now: '2027-03-01T09:00:00-05:00',
    });
    expect(eventOf(timeline, 'competing-offer:brightwater-health').warning).toMatch(/Mon 15 Mar 2027/);
  });
});

describe('what the calendar says', () => {
  it('an in-person interview carries LOCATION; a video link goes to URL', () => {
    const berlin = toICalendar(
      buildTimeline(candidacyOf(berlinInput()), { now: '2027-03-20T09:00:00+01:00' }),
    );
    const interview = berlin.split('BEGIN:VEVENT').find((block) => block.includes('UID:interview:r2.'));
    expect(interview?.replace(/\r\n /g, '')).toContain('LOCATION:Nordlicht office\\, Torstraße 1');
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (round2) round2.location = 'https://zoom.us/j/123456789';
    const newYork = toICalendar(buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' }));
    const video = newYork.split('BEGIN:VEVENT').find((block) => block.includes('UID:interview:r2.'));
    expect(video).toContain('URL:https://zoom.us/j/123456789');
  });

  it.each(EXAMPLES)('%s: descriptions hold no status snapshot and no internal ids', (name, now) => {
    const text = toICalendar(buildTimeline(example(name), { now })).replace(/\r\n /g, '');
    const descriptions = text.split('\r\n').filter((line) => line.startsWith('DESCRIPTION:'));
    expect(descriptions.length).toBeGreaterThan(0);
    for (const line of descriptions) {
      expect(line).not.toMatch(/Status on|seed#|upcoming|overdue/);
    }
  });

  it('a round-one interview is not told to match round one', () => {
    const timeline = buildTimeline(candidacyOf(newYorkInput()), { now: '2027-02-01T09:00:00-05:00' });
    expect(eventOf(timeline, 'interview:r1').why).not.toMatch(/round one/i);
    expect(eventOf(timeline, 'interview:r2').why).toMatch(/round one/i);
  });

  it('a decision date given as a plain date is shown as given, not as the next midnight', () => {
    const timeline = buildTimeline(example('thorough-manager'), { now: '2027-03-25T09:00:00-04:00' });
    expect(timeline.state).toBe('no-news');
    expect(timeline.stateWhy).toContain('Fri 19 Mar 2027');
    expect(timeline.stateWhy).not.toContain('00:00');
    expect(eventOf(timeline, 'decision-window').title).toContain('Fri 19 Mar 2027');
  });

  it("an interview in another zone names that zone's time once, in localTime only", () => {
    const input = berlinInput();
    const round2 = input.interviews[1];
    if (round2) round2.timeZone = 'Europe/London';
    const event = eventOf(
      buildTimeline(candidacyOf(input), { now: '2027-03-20T09:00:00+01:00' }),
      'interview:r2',
    );
    expect(event.localTime).toEqual({ timeZone: 'Europe/London', start: '2027-03-23T08:30:00Z' });
    expect(event.title).not.toContain('08:30');
  });
});

describe('undated interviews', () => {
  it('are left out of the timeline and the calendar, with one note that says so', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    if (round2) {
      delete round2.scheduledAt;
      delete round2.durationMinutes;
    }
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-02-01T09:00:00-05:00' });
    expect(timeline.events.some((event) => event.interviewId === 'r2')).toBe(false);
    expect(timeline.notes).toEqual(['Round 2 has no date yet: its steps appear once it is scheduled.']);
    expect(toICalendar(timeline)).not.toContain(':r2');
  });
});

describe('more of a person’s day', () => {
  it('moves a thank-you due in the night to the next morning at the reminder hour', () => {
    const input = newYorkInput();
    const round2 = input.interviews[1];
    // 19:00–20:00: four hours later is midnight, so the note is due at 09:00 the next day (within 24 hours).
    if (round2) round2.scheduledAt = '2027-03-10T19:00:00-05:00';
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' });
    expect(eventOf(timeline, 'thank-you:r2:iv-hm').due).toBe('2027-03-11T09:00:00-05:00');
    expect(eventOf(timeline, 'thank-you:r2:iv-hm').reminders).toEqual(['2027-03-11T08:00:00-05:00']);
  });

  it('says once that a session of a round has no date when the round has another that does', () => {
    const input = newYorkInput();
    input.interviews.push({ id: 'r2b', round: 2, medium: 'video', interviewers: [] });
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' });
    expect(timeline.notes).toEqual([
      'A session of round 2 has no date yet: its steps appear once it is scheduled.',
    ]);
    expect(
      buildTimeline(candidacyOf(newYorkInput()), { now: '2027-03-01T09:00:00-05:00' }).notes,
    ).toBeUndefined();
  });

  it('adds a Google Calendar template link per event only when asked', () => {
    const candidacy = candidacyOf(newYorkInput());
    const plain = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00' });
    expect(plain.events.some((event) => event.googleCalendarUrl !== undefined)).toBe(false);
    const linked = buildTimeline(candidacy, { now: '2027-03-01T09:00:00-05:00', googleCalendarLinks: true });
    const research = new URL(eventOf(linked, 'research:r2').googleCalendarUrl ?? '');
    expect(research.origin + research.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(research.searchParams.get('action')).toBe('TEMPLATE');
    expect(research.searchParams.get('text')).toBe('Research each interviewer of round 2');
    expect(research.searchParams.get('dates')).toBe('20270309/20270310');
    expect(research.searchParams.get('ctz')).toBe('America/New_York');
    const interview = new URL(eventOf(linked, 'interview:r2').googleCalendarUrl ?? '');
    // 10:00–11:00 at -05:00 is 15:00–16:00 UTC.
    expect(interview.searchParams.get('dates')).toBe('20270310T150000Z/20270310T160000Z');
  });

  it('refuses settings that would remind at night or shape a step oddly, naming the setting', () => {
    const candidacy = candidacyOf(newYorkInput());
    const now = '2027-03-01T09:00:00-05:00';
    expect(() => buildTimeline(candidacy, { now, settings: { reminderHour: 23 } })).toThrow(
      /settings.reminderHour/,
    );
    expect(() =>
      buildTimeline(candidacy, {
        now,
        settings: {
          eventShapes: {
            ...defaultTimelineSettings.eventShapes,
            research: { as: 'slot', hour: 3, minutes: 30 },
          },
        },
      }),
    ).toThrow(/settings.eventShapes.research/);
    expect(() => buildTimeline(candidacy, { now, settings: { quietHours: { from: 25, to: 7 } } })).toThrow(
      /settings.quietHours/,
    );
    expect(() => buildTimeline(candidacy, { now, settings: { outreachDays: 'weekends' as 'any' } })).toThrow(
      /settings.outreachDays/,
    );
  });
});

describe("a law's day to hear back (Ontario's 45 days)", () => {
  it('marks the day by which an Ontario employer must say whether a decision was made', () => {
    const input = newYorkInput();
    input.candidate.targetRole.jurisdiction = 'CA-ON';
    const timeline = buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' });
    const notice = eventOf(timeline, 'decision-notice');
    // The last interview is Wednesday 2027-03-10; 45 days later is Saturday 2027-04-24.
    expect(notice.allDay).toEqual({ first: '2027-04-24', last: '2027-04-24' });
    expect(notice.title).toBe('Acme Robotics must tell you by Sat 24 Apr 2027 whether a decision was made');
    expect(notice.why).toContain('Ontario Employment Standards Act');
    expect(notice.why).toContain('25 or more employees');
    expect(notice.source).toBe('law:CA-ON/job-postings');
    expect(notice.reminders).toEqual(['2027-04-24T09:00:00-04:00']);
  });

  it('uses where the candidate lives when no place of work is given, and nothing elsewhere', () => {
    const input = newYorkInput();
    input.candidate.jurisdiction = 'CA-ON';
    expect(
      buildTimeline(candidacyOf(input), { now: '2027-03-01T09:00:00-05:00' }).events.some(
        (event) => event.kind === 'decision-notice',
      ),
    ).toBe(true);
    const newYork = newYorkInput();
    newYork.candidate.jurisdiction = 'US-NY';
    expect(
      buildTimeline(candidacyOf(newYork), { now: '2027-03-01T09:00:00-05:00' }).events.some(
        (event) => event.kind === 'decision-notice',
      ),
    ).toBe(false);
  });
});
