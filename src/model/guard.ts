import { describeValue } from '../internal/describe.js';
import type { Candidacy } from './candidacy.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a parsed candidacy has that raw JSON may lack (the defaults parse fills in), or undefined. */
function missingDefault(value: unknown): string | undefined {
  if (!isRecord(value)) return describeValue(value);
  if (!isRecord(value.candidate) || !isRecord(value.candidate.targetRole))
    return 'an object without candidate.targetRole';
  if (!Array.isArray(value.interviews) || value.interviews.length === 0)
    return 'an object without interviews';
  if (!Array.isArray(value.stories)) return 'an object without stories (parse fills in [])';
  for (const [index, interview] of value.interviews.entries()) {
    if (!isRecord(interview) || !Array.isArray(interview.formats) || !Array.isArray(interview.interviewers)) {
      return `an object whose interviews[${index}] lacks formats or interviewers (parse fills them in)`;
    }
    if (isRecord(interview.presentation) && !Array.isArray(interview.presentation.rehearsals)) {
      return `an object whose interviews[${index}].presentation lacks rehearsals`;
    }
  }
  for (const [index, story] of value.stories.entries()) {
    if (!isRecord(story) || !Array.isArray(story.tags) || !Array.isArray(story.tellings)) {
      return `an object whose stories[${index}] lacks tags or tellings (parse fills them in)`;
    }
  }
  if (value.questions !== undefined) {
    if (!Array.isArray(value.questions)) return 'an object whose questions is no list';
    for (const [index, question] of value.questions.entries()) {
      if (!isRecord(question) || !Array.isArray(question.audiences)) {
        return `an object whose questions[${index}] lacks audiences`;
      }
    }
  }
  if (
    value.pipeline !== undefined &&
    (!isRecord(value.pipeline) ||
      !Array.isArray(value.pipeline.otherProcesses) ||
      !Array.isArray(value.pipeline.offers))
  ) {
    return 'an object whose pipeline lacks otherProcesses or offers';
  }
  return undefined;
}

/**
 * The entry guard of every public function that takes a parsed {@link Candidacy}: raw JSON (which lacks
 * the defaults parse fills in) gets a clear misuse error instead of a crash deep inside. A shape check
 * of the defaulted fields, linear in the number of interviews, stories and questions; it does not
 * re-validate.
 *
 * @param value - What the caller passed.
 * @param functionName - The public function, named in the error.
 * @throws {TypeError} When `value` is not shaped like a result of parseCandidacy.
 * @example
 * requireParsedCandidacy({ schemaVersion: 1 }, 'prepare');
 * // => throws TypeError: prepare: expected a candidacy from parseCandidacy, found an object without candidate.targetRole: parse the input with parseCandidacy first
 * @category Validation
 */
export function requireParsedCandidacy(value: unknown, functionName: string): asserts value is Candidacy {
  let missing: string | undefined;
  try {
    missing = missingDefault(value);
  } catch {
    missing = 'a value that could not be read';
  }
  if (missing !== undefined) {
    throw new TypeError(
      `${functionName}: expected a candidacy from parseCandidacy, found ${missing}: parse the input with parseCandidacy first`,
    );
  }
}
