import type { Candidacy, Interview } from '../model/index.js';

/** The length assumed for an interview that gives no `durationMinutes`. */
export const DEFAULT_INTERVIEW_MINUTES = 60;

/** Where the focus interview stands at `now`. */
export type FocusState = 'in-progress' | 'upcoming' | 'undated' | 'held';

/** The interview a report prepares for, and where it stands. */
export interface Focus {
  readonly interview: Interview;
  readonly state: FocusState;
}

/** Start and end in epoch milliseconds, or undefined for an interview with no readable date. */
export function interviewSpan(interview: Interview): { start: number; end: number } | undefined {
  if (interview.scheduledAt === undefined) return undefined;
  const start = Date.parse(interview.scheduledAt);
  if (Number.isNaN(start)) return undefined;
  return { start, end: start + (interview.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES) * 60_000 };
}

function byId(a: Interview, b: Interview): number {
  if (a.id < b.id) return -1;
  return a.id > b.id ? 1 : 0;
}

/**
 * The one answer to "which interview is next?": an interview in progress at `now`; else the next
 * to start; else a planned interview with no date yet, of a round after every one held (lowest
 * round first); else the last one held. Ties go to the lower id. Undefined only with no interviews.
 */
export function nextInterview(candidacy: Candidacy, now: number): Focus | undefined {
  let running: Interview | undefined;
  let runningStart = Number.POSITIVE_INFINITY;
  let upcoming: Interview | undefined;
  let upcomingStart = Number.POSITIVE_INFINITY;
  let held: Interview | undefined;
  let heldEnd = Number.NEGATIVE_INFINITY;
  let highestHeldRound = 0;
  const undated: Interview[] = [];
  for (const interview of candidacy.interviews) {
    const span = interviewSpan(interview);
    if (span === undefined) {
      undated.push(interview);
    } else if (span.start <= now && now < span.end) {
      if (span.start < runningStart || (span.start === runningStart && byId(interview, running!) < 0)) {
        running = interview;
        runningStart = span.start;
      }
    } else if (span.start > now) {
      if (span.start < upcomingStart || (span.start === upcomingStart && byId(interview, upcoming!) < 0)) {
        upcoming = interview;
        upcomingStart = span.start;
      }
    } else {
      highestHeldRound = Math.max(highestHeldRound, interview.round);
      if (span.end > heldEnd || (span.end === heldEnd && byId(interview, held!) < 0)) {
        held = interview;
        heldEnd = span.end;
      }
    }
  }
  if (running !== undefined) return { interview: running, state: 'in-progress' };
  if (upcoming !== undefined) return { interview: upcoming, state: 'upcoming' };
  const planned = undated
    .filter((interview) => interview.round > highestHeldRound)
    .sort((a, b) => a.round - b.round || byId(a, b))[0];
  if (planned !== undefined) return { interview: planned, state: 'undated' };
  if (held !== undefined) return { interview: held, state: 'held' };
  const first = [...undated].sort((a, b) => a.round - b.round || byId(a, b))[0];
  return first === undefined ? undefined : { interview: first, state: 'undated' };
}
