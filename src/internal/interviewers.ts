import type { Interview, Interviewer } from '../model/index.js';

// What earlier rounds said about a person carries into later rounds: the same interviewer (same id) met in
// round one and again in round two keeps the research the candidate did for round one, unless the later
// entry gives the field again. The one reading of that rule, for readiness facts and for the briefs.

/** Every interviewer of the rounds before `round`, merged by id in round order. */
function earlierEntries(interviews: readonly Interview[], round: number): Map<string, Interviewer> {
  const earlier = new Map<string, Interviewer>();
  const ordered = [...interviews].sort((a, b) => a.round - b.round);
  for (const interview of ordered) {
    if (interview.round >= round) continue;
    for (const interviewer of interview.interviewers) {
      earlier.set(interviewer.id, mergeInterviewer(earlier.get(interviewer.id), interviewer));
    }
  }
  return earlier;
}

/**
 * The interviewers of `interview`, each with what earlier rounds said about the same person (same id) filled
 * in where this entry leaves a field out; research is merged field by field. The interview's order is kept.
 */
export function interviewersWithHistory(
  interviews: readonly Interview[],
  interview: Interview,
): Interviewer[] {
  const earlier = earlierEntries(interviews, interview.round);
  return interview.interviewers.map((interviewer) =>
    mergeInterviewer(earlier.get(interviewer.id), interviewer),
  );
}

/**
 * The interviewers of every session of `round`, once each (a person in two sessions counts once), with what
 * earlier rounds said about the same person filled in where the later entry leaves a field out.
 */
export function roundInterviewers(interviews: readonly Interview[], round: number): Interviewer[] {
  const earlier = earlierEntries(interviews, round);
  const current = new Map<string, Interviewer>();
  for (const interview of interviews) {
    if (interview.round !== round) continue;
    for (const interviewer of interview.interviewers) {
      const base = current.get(interviewer.id) ?? earlier.get(interviewer.id);
      current.set(interviewer.id, mergeInterviewer(base, interviewer));
    }
  }
  return [...current.values()];
}

/** `later` over `earlier`: every field the later entry gives wins, research merged field by field. */
function mergeInterviewer(earlier: Interviewer | undefined, later: Interviewer): Interviewer {
  if (earlier === undefined) return later;
  const research =
    earlier.research === undefined
      ? later.research
      : later.research === undefined
        ? earlier.research
        : { ...earlier.research, ...definedFields(later.research) };
  return {
    ...earlier,
    ...definedFields(later),
    ...(research === undefined ? {} : { research }),
  } as Interviewer;
}

function definedFields<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    const field = value[key];
    if (field === undefined) continue;
    if (Array.isArray(field) && field.length === 0) continue;
    out[key] = field;
  }
  return out;
}
