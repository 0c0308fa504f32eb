export { buildTimeline } from './build.js';
export { type ToICalendarOptions, toICalendar } from './ical.js';
export { defaultTimelineSettings, type TimelineSettings } from './settings.js';
export type { DayCounting } from './time.js';
export type {
  BuildTimelineOptions,
  Timeline,
  TimelineEvent,
  TimelineEventKind,
  TimelineEventStatus,
  TimelineSnooze,
  TimelineState,
  TimelineWindow,
} from './types.js';
