import type { CandidacyInput } from '../../src/index.js';
import { newYorkInput } from './fixtures.js';

export { eventOf, idsOf, timelineOf } from './mutation-fixtures.js';

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
