import {
  type BuildTimelineOptions,
  buildTimeline,
  type CandidacyInput,
  type Timeline,
  type TimelineEvent,
} from '../../src/index.js';
import { candidacyOf } from './fixtures.js';

/** A time well before the New York round two (2027-03-10 10:00-05:00): every step still ahead. */
export const NY_BEFORE = '2027-03-01T09:00:00-05:00';

/** Builds the timeline of an input fixture. */
export function timelineOf(input: CandidacyInput, options: BuildTimelineOptions): Timeline {
  return buildTimeline(candidacyOf(input), options);
}

/** The event with `id`, failing with the ids present when it is missing. */
export function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in ${timeline.events.map((each) => each.id).join(', ')}`);
  return event;
}

/** True when the timeline holds an event with `id`. */
export function hasEvent(timeline: Timeline, id: string): boolean {
  return timeline.events.some((event) => event.id === id);
}

/** The ids of the timeline's events, in order. */
export function idsOf(timeline: Timeline): string[] {
  return timeline.events.map((event) => event.id);
}

/** The second interview of a fixture, to adjust in place. */
export function round2Of(input: CandidacyInput): CandidacyInput['interviews'][number] {
  const round2 = input.interviews[1];
  if (!round2) throw new Error('fixture has no round 2');
  return round2;
}

/** The first interview of a fixture, to adjust in place. */
export function round1Of(input: CandidacyInput): CandidacyInput['interviews'][number] {
  const round1 = input.interviews[0];
  if (!round1) throw new Error('fixture has no round 1');
  return round1;
}
