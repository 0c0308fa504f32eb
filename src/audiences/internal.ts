import { describeValue } from '../internal/describe.js';
import type { Candidacy, Interview, Interviewer } from '../model/index.js';

/** Lower-cases, drops punctuation and collapses whitespace, so "What's next?" equals "whats next". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A case-insensitive, whole-word pattern for a plain phrase; spaces in the phrase match any whitespace.
 * Global (for `matchAll`) unless `global` is false (for a reusable `test`).
 */
export function phrasePattern(phrase: string, global = true): RegExp {
  const body = phrase.trim().split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, global ? 'giu' : 'iu');
}

/** True when `text` contains `phrase` as whole words, ignoring case. */
export function mentionsPhrase(text: string, phrase: string): boolean {
  if (phrase.trim() === '') return false;
  return phrasePattern(phrase).test(text);
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
