import { describeValue } from '../internal/describe.js';
import type { Candidacy, Interview, Interviewer } from '../model/index.js';
import { normaliseText } from '../text/any-script.js';

// Names, topics and question texts are read by the one text module (any script).
export { mentionsPhrase, normaliseText, phrasePattern } from '../text/any-script.js';

/** The misuse error of a public function given no interview id (a programming error, not bad data). */
export function requireInterviewId(interviewId: unknown, caller: string): asserts interviewId is string {
  if (typeof interviewId !== 'string') {
    throw new TypeError(
      `${caller}: expected options.interviewId as a string, found ${describeValue(interviewId)}: call ${caller}(candidacy, { interviewId: 'round-2' })`,
    );
  }
}

/** The interview with this id, if any. */
export function findInterview(candidacy: Candidacy, interviewId: string): Interview | undefined {
  return candidacy.interviews.find((interview) => interview.id === interviewId);
}

const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'prof', 'sir', 'dame']);

/** The name a note opens with: the first word of the name that is not an honorific. */
export function firstNameOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words.find((word) => !HONORIFICS.has(word.replace(/\.$/, '').toLowerCase()));
  return first ?? name.trim();
}

/** Stable, locale-free comparison of two strings. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/** The function an interviewer works in, normalised for comparison, or undefined. */
export function functionOf(interviewer: Interviewer): string | undefined {
  const value = interviewer.function === undefined ? '' : normaliseText(interviewer.function);
  return value === '' ? undefined : value;
}

export { freezeDeep } from '../internal/freeze.js';
