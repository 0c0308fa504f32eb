import {
  type BuildTimelineOptions,
  buildTimeline,
  type CandidacyInput,
  type Timeline,
  type TimelineEvent,
} from '../../src/index.js';
import { candidacyOf, newYorkInput } from './fixtures.js';

/** Builds the timeline of a fixture input. */
export function timelineOf(input: CandidacyInput, options: BuildTimelineOptions): Timeline {
  return buildTimeline(candidacyOf(input), options);
}

/** The event with this id, failing with the ids present when it is missing. */
export function eventOf(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in ${timeline.events.map((each) => each.id).join(', ')}`);
  return event;
}

/** The ids of the events, in timeline order. */
export function idsOf(timeline: Timeline): string[] {
  return timeline.events.map((event) => event.id);
}

type InterviewInput = CandidacyInput['interviews'][number];

/**
 * The New York fixture (round 1 on 2027-02-24 10:00-10:30 with recruiter iv-rec; round 2 on Wednesday
 * 2027-03-10) with round two replaced by `round2` fields and the rest of the input by `rest`.
 */
export function newYorkWith(
  round2: Partial<InterviewInput>,
  rest: Partial<Omit<CandidacyInput, 'interviews'>> = {},
): CandidacyInput {
  const base = newYorkInput();
  const [round1, original] = base.interviews;
  if (!round1 || !original) throw new Error('fixture has no round 2');
  return { ...base, ...rest, interviews: [round1, { ...original, ...round2 }] };
}

/** Before anything in the New York fixture happens. */
export const NY_EARLY = '2027-03-01T09:00:00-05:00';
