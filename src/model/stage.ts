import type { Process, StageKind } from './candidacy.js';

/**
 * Words that name a stage, checked in this order against the lower-cased stage text: the first
 * entry with a word found in the text wins ("final round" before "round", "offer declined" before
 * "offer"). Data, so the table is documented where it is used.
 */
export const STAGE_WORDS: readonly (readonly [StageKind, readonly string[]])[] = [
  [
    'closed',
    ['closed', 'rejected', 'declined', 'withdrawn', 'withdrew', 'no longer', 'ended', 'turned down', 'lost'],
  ],
  ['paused', ['paused', 'on hold', 'hold', 'frozen', 'freeze', 'stalled', 'waiting', 'ghosted']],
  ['offer', ['offer', 'verbal', 'contract']],
  ['final-round', ['final', 'onsite', 'on-site', 'last round', 'superday', 'loop']],
  ['screening', ['screen', 'screening', 'recruiter call', 'phone call', 'intro call', 'hr call']],
  ['interviewing', ['interview', 'round', 'technical', 'panel', 'case', 'take-home', 'assessment']],
  ['applied', ['applied', 'application', 'submitted', 'referred', 'sourced']],
];

function mentions(text: string, phrase: string): boolean {
  let from = text.indexOf(phrase);
  while (from !== -1) {
    const before = from === 0 ? ' ' : text.charAt(from - 1);
    const after = text.charAt(from + phrase.length) || ' ';
    // A phrase counts at a word start; plurals and -ing/-ed forms after it still count.
    if (!/[a-z0-9]/.test(before) && (phrase.length > 3 || !/[a-z]/.test(after))) return true;
    from = text.indexOf(phrase, from + 1);
  }
  return false;
}

/**
 * The normalised stage of another process: the vendor's `stageKind` when sent, else read from the
 * stage text with {@link STAGE_WORDS}; unfamiliar text reads as `interviewing` (the text is kept).
 *
 * @param process - One entry of `pipeline.otherProcesses`.
 * @returns The stage kind.
 * @example
 * stageKindOf({ company: 'Acme', stage: 'Onsite scheduled' });
 * // => 'final-round'
 * @category Model
 */
export function stageKindOf(process: Pick<Process, 'stage' | 'stageKind'>): StageKind {
  if (process.stageKind !== undefined) return process.stageKind;
  const text = process.stage.toLowerCase();
  for (const [kind, words] of STAGE_WORDS) {
    if (words.some((word) => mentions(text, word))) return kind;
  }
  return 'interviewing';
}
