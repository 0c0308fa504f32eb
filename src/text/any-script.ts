/**
 * Text in any script, for what the candidate and the vendor name rather than what the readers parse:
 * interviewer names, topics, question texts. `tokenize` reads English words (a–z) only; these read every
 * Unicode letter, so "José" and "für" stay one word.
 */

/** Lower-cases, folds accents, drops punctuation and collapses whitespace, so "What's next?" equals "whats next". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
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
