import { describe, expectTypeOf, it } from 'vitest';
import {
  type BuildTimelineOptions,
  buildTimeline,
  type Candidacy,
  defaultTimelineSettings,
  type Timeline,
  type TimelineEvent,
  type TimelineEventStatus,
  type TimelineSettings,
  type TimelineSettingsOverrides,
  type ToICalendarOptions,
  toICalendar,
} from '../../src/index.js';

describe('timeline types', () => {
  it('takes a candidacy and options with now, and returns a timeline', () => {
    expectTypeOf(buildTimeline).parameters.toEqualTypeOf<[Candidacy, BuildTimelineOptions]>();
    expectTypeOf(buildTimeline).returns.toEqualTypeOf<Timeline>();
    expectTypeOf<BuildTimelineOptions['now']>().toEqualTypeOf<string>();
    expectTypeOf<BuildTimelineOptions['timeline']>().toEqualTypeOf<TimelineSettingsOverrides | undefined>();
    expectTypeOf<BuildTimelineOptions['settings']>().toEqualTypeOf<TimelineSettingsOverrides | undefined>();
    // Every full settings object is also a valid override.
    expectTypeOf<TimelineSettings>().toMatchTypeOf<TimelineSettingsOverrides>();
  });

  it('writes a timeline to a string, with optional options', () => {
    expectTypeOf(toICalendar).parameters.toEqualTypeOf<[Timeline, ToICalendarOptions?]>();
    expectTypeOf(toICalendar).returns.toEqualTypeOf<string>();
  });

  it('keeps the contract fields of an event', () => {
    expectTypeOf<TimelineEvent['status']>().toEqualTypeOf<TimelineEventStatus>();
    expectTypeOf<TimelineEventStatus>().toEqualTypeOf<'upcoming' | 'due' | 'overdue' | 'done'>();
    expectTypeOf<TimelineEvent>().toHaveProperty('why').toEqualTypeOf<string>();
    expectTypeOf<TimelineEvent>().toHaveProperty('source').toEqualTypeOf<string>();
    expectTypeOf<TimelineEvent['window']>().toEqualTypeOf<
      { readonly start: string; readonly end: string } | undefined
    >();
    expectTypeOf(defaultTimelineSettings).toEqualTypeOf<TimelineSettings>();
  });

  it('rejects options without now', () => {
    // @ts-expect-error now is required
    const options: BuildTimelineOptions = {};
    expectTypeOf(options).toEqualTypeOf<BuildTimelineOptions>();
  });
});
