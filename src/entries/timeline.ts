/**
 * `second-round/timeline`: the follow-up timeline and its iCalendar export, without scoring or text reading.
 *
 * @module
 */
export {
  type BuildTimelineOptions,
  buildTimeline,
  type DayCounting,
  defaultTimelineSettings,
  type Timeline,
  type TimelineEvent,
  type TimelineEventKind,
  type TimelineEventStatus,
  type TimelineSettings,
  type TimelineSnooze,
  type TimelineState,
  type TimelineWindow,
  type ToICalendarOptions,
  toICalendar,
} from '../timeline/index.js';
