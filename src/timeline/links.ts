import type { Draft } from './internal.js';
import { formatPlainDate, formatUtc, shiftPlainDate } from './time.js';

const TEMPLATE = 'https://calendar.google.com/calendar/render';

/**
 * A Google Calendar "add event" link (the public `action=TEMPLATE` form): title, dates (whole days for an
 * all-day step, UTC instants otherwise, the same instant twice for a due time), details, place and zone.
 */
export function googleCalendarUrl(draft: Draft, zone: string): string {
  const dates = draft.days
    ? `${formatPlainDate(draft.days.first)}/${formatPlainDate(shiftPlainDate(draft.days.last, 1))}`
    : `${formatUtc(draft.start)}/${formatUtc(draft.end)}`;
  const details = draft.warning === undefined ? draft.why : `${draft.warning}\n\n${draft.why}`;
  const query = new URLSearchParams({ action: 'TEMPLATE', text: draft.title, dates, details, ctz: zone });
  const place = draft.url ?? draft.location;
  if (place !== undefined) query.set('location', place);
  return `${TEMPLATE}?${query.toString()}`;
}
