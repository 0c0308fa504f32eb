import ICAL from 'ical.js';
import type { Timeline } from '../../src/index.js';

/** What a reader sees of one VEVENT: instants for timed events, plain dates (end exclusive) for all-day ones. */
export interface ReadEvent {
  readonly uid: string;
  readonly start: number | string;
  readonly end: number | string;
  readonly summary: string;
  readonly alarms: number;
}

function dateText(time: ICAL.Time): string {
  return `${String(time.year).padStart(4, '0')}-${String(time.month).padStart(2, '0')}-${String(time.day).padStart(2, '0')}`;
}

/** Reads an .ics back with ical.js, registering its VTIMEZONEs so each TZID resolves from the file itself. */
export function readBack(text: string): ReadEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  }
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const read = (time: ICAL.Time) => (time.isDate ? dateText(time) : time.toJSDate().getTime());
    return {
      uid: event.uid,
      start: read(event.startDate),
      end: read(event.endDate),
      summary: event.summary,
      alarms: component.getAllSubcomponents('valarm').length,
    };
  });
}

/** The day after a plain date. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** What the timeline says, in the same terms as {@link readBack}. */
export function expectedOf(timeline: Timeline): { start: number | string; end: number | string }[] {
  return timeline.events.map((event) =>
    event.allDay
      ? { start: event.allDay.first, end: dayAfter(event.allDay.last) }
      : {
          start: Date.parse(event.window?.start ?? event.due ?? ''),
          end: Date.parse(event.window?.end ?? event.due ?? ''),
        },
  );
}
