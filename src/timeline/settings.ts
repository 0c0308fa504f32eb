import type { DayCounting } from './time.js';

/**
 * How a day-long step sits in a calendar: an all-day event on its day (`DTSTART;VALUE=DATE`), or a short
 * slot of `minutes` starting at a local `hour` (0–23, outside the quiet hours) of that day.
 *
 * @example
 * const shape: DayStepShape = { as: 'slot', hour: 18, minutes: 30 };
 * shape.as;
 * // => 'slot'
 * @category Timeline
 */
export type DayStepShape =
  | { readonly as: 'all-day' }
  | { readonly as: 'slot'; readonly hour: number; readonly minutes: number };

/**
 * How a window of several days sits in a calendar: one all-day span over its days, or two all-day markers,
 * one on its first day and one (id suffixed `:end`) on its last.
 *
 * @example
 * const shape: SpanShape = 'markers';
 * shape;
 * // => 'markers'
 * @category Timeline
 */
export type SpanShape = 'all-day' | 'markers';

/**
 * The shape of each kind of step in a calendar (issue 17): day-long steps as all-day events or short
 * slots, windows of several days as all-day spans or start and end markers.
 *
 * @example
 * defaultTimelineSettings.eventShapes.checklist;
 * // => { as: 'slot', hour: 18, minutes: 30 }
 * @category Timeline
 */
export interface TimelineEventShapes {
  readonly research: DayStepShape;
  readonly checklist: DayStepShape;
  readonly rehearsal: DayStepShape;
  readonly routePlan: DayStepShape;
  readonly followUp: DayStepShape;
  readonly competingOffer: DayStepShape;
  readonly decisionWindow: SpanShape;
  readonly outcomePlan: SpanShape;
}

/**
 * Overrides of {@link defaultTimelineSettings}: any field may be left out, and `eventShapes` merges key by
 * key, so overriding one shape keeps the other shapes' defaults.
 *
 * @example
 * const overrides: TimelineSettingsOverrides = { thankYouHours: 12, eventShapes: { research: { as: 'all-day' } } };
 * overrides.eventShapes?.research;
 * // => { as: 'all-day' }
 * @category Timeline
 */
export type TimelineSettingsOverrides = Partial<Omit<TimelineSettings, 'eventShapes'>> & {
  readonly eventShapes?: Partial<TimelineEventShapes>;
};

/**
 * The timings the timeline applies, as data a vendor may override. Each field names the guide section it
 * comes from.
 *
 * @example
 * const settings: TimelineSettings = { ...defaultTimelineSettings, thankYouHours: 12 };
 * settings.thankYouHours;
 * // => 12
 * @category Timeline
 */
export interface TimelineSettings {
  /** Hours after an interview ends within which each thank-you goes out (seed#after, seed#formats for shadow days). */
  readonly thankYouHours: number;
  /**
   * The first round the timeline plans preparation and thank-yous for; earlier rounds appear only as
   * interviews. The guide's timings are about round two (seed#after, seed#checklist).
   */
  readonly fromRound: number;
  /** The follow-up with the recruiter: from `min` to `max` days after the last interview (seed#after). */
  readonly followUpDays: { readonly min: number; readonly max: number };
  /** When a decision is expected with no date from the company: `min` to `max` days after the last interview (seed#after). */
  readonly decisionWindowDays: { readonly min: number; readonly max: number };
  /** Whether the day counts above are calendar days or Monday-to-Friday business days. */
  readonly dayCounting: DayCounting;
  /** Hours before a round-two interview at which the pre-round checklist is run (seed#checklist). */
  readonly checklistHoursBefore: number;
  /** Minutes before a video interview at which setup and platform are tested (seed#video). */
  readonly platformTestMinutesBefore: number;
  /**
   * Minutes before a technical interview at which a short warm-up in its tool starts (at most 30 minutes
   * long), the same morning (seed#formats).
   */
  readonly platformPracticeMinutesBefore: number;
  /** Hours before an in-person interview by which route and timing are planned (seed#checklist). */
  readonly routePlanHoursBefore: number;
  /** Rehearsals aloud of a presentation, one a day on the days before the interview (seed#formats). */
  readonly rehearsalCount: number;
  /** Hours before a hard date (take-home due, offer date) at which its event turns due; a product choice, not from the guide. */
  readonly dueSoonHours: number;
  /**
   * Hours a snoozed event stays quiet when the snooze gives no end of its own; not from the guide: users of
   * job trackers ask for snooze on follow-up reminders (PRODUCT-RESEARCH Part B, item 2).
   */
  readonly snoozeHours: number;
  /** How each kind of step sits in a calendar; a product choice (issue 17), not from the guide. */
  readonly eventShapes: TimelineEventShapes;
  /**
   * Hours after an interview ends at which each thank-you is due, at most `thankYouHours` (seed#after: within
   * 24 hours; a few hours keeps the conversation fresh). A due time in the quiet hours moves to the next
   * morning's `reminderHour`, never past `thankYouHours`.
   */
  readonly thankYouDueHours: number;
  /** The local hour (0–23, outside the quiet hours) at which all-day steps remind; a product choice. */
  readonly reminderHour: number;
  /**
   * Local hours with no reminder: from `from` (e.g. 22) to `to` (e.g. 7) the next morning. A reminder that
   * would fire then moves to `to` when that is still before its event, else to the evening before.
   */
  readonly quietHours: { readonly from: number; readonly to: number };
  /**
   * Days on which the timeline places outreach to people (the follow-up, telling the company about a
   * competing offer): `business` moves a Saturday or Sunday to the Monday after; `any` keeps the day.
   */
  readonly outreachDays: 'business' | 'any';
}

/**
 * The guide's timings: thank-yous within 24 hours, one follow-up at 7–10 days, a decision in 1–2 weeks,
 * the checklist the evening before, the platform test 30 minutes before, two rehearsals; day-long steps as
 * all-day events, reminders at 09:00 and never between 22:00 and 07:00, outreach on business days.
 *
 * @example
 * defaultTimelineSettings.followUpDays;
 * // => { min: 7, max: 10 }
 *
 * @category Timeline
 */
export const defaultTimelineSettings: TimelineSettings = Object.freeze({
  thankYouHours: 24,
  fromRound: 2,
  followUpDays: Object.freeze({ min: 7, max: 10 }),
  decisionWindowDays: Object.freeze({ min: 7, max: 14 }),
  dayCounting: 'calendar',
  checklistHoursBefore: 24,
  platformTestMinutesBefore: 30,
  platformPracticeMinutesBefore: 90,
  routePlanHoursBefore: 24,
  rehearsalCount: 2,
  dueSoonHours: 24,
  snoozeHours: 24,
  eventShapes: Object.freeze({
    research: Object.freeze({ as: 'all-day' as const }),
    checklist: Object.freeze({ as: 'slot' as const, hour: 18, minutes: 30 }),
    rehearsal: Object.freeze({ as: 'all-day' as const }),
    routePlan: Object.freeze({ as: 'slot' as const, hour: 19, minutes: 30 }),
    followUp: Object.freeze({ as: 'all-day' as const }),
    competingOffer: Object.freeze({ as: 'all-day' as const }),
    decisionWindow: 'all-day' as const,
    outcomePlan: 'all-day' as const,
  }),
  thankYouDueHours: 4,
  reminderHour: 9,
  quietHours: Object.freeze({ from: 22, to: 7 }),
  outreachDays: 'business',
});
