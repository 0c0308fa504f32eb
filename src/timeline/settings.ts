import type { DayCounting } from './time.js';

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
}

/**
 * The guide's timings: thank-yous within 24 hours, one follow-up at 7–10 days, a decision in 1–2 weeks,
 * the checklist 24 hours before, the platform test 30 minutes before, two rehearsals.
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
  routePlanHoursBefore: 24,
  rehearsalCount: 2,
  dueSoonHours: 24,
  snoozeHours: 24,
});
