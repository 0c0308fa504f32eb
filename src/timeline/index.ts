export { buildTimeline } from './build.js';
export { type ToICalendarOptions, toICalendar } from './ical.js';
export {
  type DayStepShape,
  defaultTimelineSettings,
  type SpanShape,
  type TimelineEventShapes,
  type TimelineSettings,
  type TimelineSettingsOverrides,
} from './settings.js';
export type { DayCounting } from './time.js';
export type {
  BuildTimelineOptions,
  Timeline,
  TimelineAllDay,
  TimelineEvent,
  TimelineEventKind,
  TimelineEventStatus,
  TimelineSnooze,
  TimelineState,
  TimelineWindow,
} from './types.js';
