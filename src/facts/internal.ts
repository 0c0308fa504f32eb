import { englishLexicon } from '../consistency/index.js';
import type { Story, Telling } from '../model/index.js';
import { normalizeWords, tokenize } from '../text/index.js';

/** Milliseconds since the epoch for an ISO string, or undefined when unreadable. */
export function instantOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/** True when `at` is set and not after `now`. */
export function isDoneBy(at: string | undefined, now: number): boolean {
  const time = instantOf(at);
  return time !== undefined && time <= now;
}

/** True for a string with some non-space text. */
export function hasText(value: string | undefined): boolean {
  return value !== undefined && value.trim().length > 0;
}

/** True for a list with at least one non-blank entry. */
export function hasEntries(values: readonly string[] | undefined): boolean {
  return values?.some(hasText) === true;
}

/** The set of words of a text, read by the shared text module. */
export function tokenSet(text: string): Set<string> {
  return new Set(normalizeWords(text));
}

/** Jaccard similarity of two word sets built with {@link tokenSet}: 1 for the same words, 0 for none shared. */
export function setSimilarity(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 && right.size === 0) return 1;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / (left.size + right.size - shared);
}

/** The planned telling of the round being prepared and the latest earlier one. */
export function tellingsAround(story: Story, round: number): { earlier?: Telling; planned?: Telling } {
  let earlier: Telling | undefined;
  let planned: Telling | undefined;
  for (const telling of story.tellings) {
    if (telling.round === round) planned = telling;
    else if (telling.round < round && (earlier === undefined || telling.round > earlier.round))
      earlier = telling;
  }
  return { earlier, planned };
}

const TRADE_OFF_WORDS =
  /trade[\s-]?offs?|\btrad(?:ed|ing)\b|instead of|rather than|at the (?:cost|expense)|\bchose\b|\bweighed\b|\bversus\b|\bvs\b|gave up|in exchange/i;

/** Words that are a number on their own ("two", "a dozen", "half", "a third"): the consistency lexicon's. */
const NUMBER_WORDS = new Set<string>([
  ...Object.keys(englishLexicon.numberWords).filter((word) => word !== 'zero'),
  ...Object.keys(englishLexicon.fractionWords),
  ...Object.keys(englishLexicon.groupWords),
  ...Object.keys(englishLexicon.scaleWords),
]);

/**
 * A telling's word set (as {@link tokenSet} builds it) and whether it carries a number: a numeric structured
 * fact, digits in its text, or a number written as words ("two senior engineers", "a third fewer tickets",
 * "a dozen teams"); one pass of the tokenizer, as the story facts need both of the planned telling.
 */
export function readTelling(telling: Telling): { readonly words: Set<string>; readonly hasNumber: boolean } {
  const words = new Set<string>();
  let number = (telling.facts ?? []).some((fact) => typeof fact.value === 'number');
  for (const token of tokenize(telling.text)) {
    if (token.kind === 'punct') continue;
    words.add(token.lower);
    if (token.kind === 'number' || (token.kind === 'word' && NUMBER_WORDS.has(token.lower))) number = true;
  }
  return { words, hasNumber: number };
}

/** True when a story shows a trade-off, by its tags or the planned telling's words. */
export function hasTradeOff(story: Story, telling: Telling): boolean {
  return story.tags.includes('trade-off') || TRADE_OFF_WORDS.test(telling.text);
}

/** Rounds a number to one decimal. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

const PLACEHOLDER_ANSWER =
  /\b(?:tbd|tbc|todo|tk|fill (?:this )?in|placeholder|to be written|lorem)\b|\[[^\]]*\]|^[\s.…?!-]*$/i;
const RESTATEMENT =
  /\b(?:longer|shorter|fuller|expanded|same|similar|repeat(?:ed)?|reworded)\s+(?:version|answer|take)\b|\bwhat i said (?:last time|before|in round one|then)\b|\bas i said\b|\bsame (?:as|answer)\b/i;
const STOP = new Set([
  'the',
  'and',
  'that',
  'with',
  'this',
  'have',
  'from',
  'what',
  'about',
  'would',
  'your',
  'they',
  'them',
  'then',
  'when',
  'were',
  'been',
  'into',
  'just',
  'very',
  'last',
  'time',
  'said',
]);

function contentWords(text: string): string[] {
  return normalizeWords(text).filter((word) => word.length > 3 && !STOP.has(word));
}

/**
 * How a planned improved answer reads: missing, a placeholder ("TBD", "[better example]"), a restatement
 * of round one (it says so, or brings fewer than `minNewShare` new content words compared with the
 * concern and the round-one notes), or improved.
 */
export function judgeImprovedAnswer(
  answer: string | undefined,
  roundOne: string,
  minNewShare: number,
): 'missing' | 'placeholder' | 'restated' | 'improved' {
  if (!hasText(answer) || answer === undefined) return 'missing';
  const words = contentWords(answer);
  if (PLACEHOLDER_ANSWER.test(answer.trim()) || words.length < 3) return 'placeholder';
  if (RESTATEMENT.test(answer)) return 'restated';
  const before = new Set(contentWords(roundOne));
  const fresh = words.filter((word) => !before.has(word)).length;
  return fresh / words.length < minNewShare ? 'restated' : 'improved';
}

/** A short display name for a long text: up to its first colon, dash or sentence end, at most 60 characters. */
export function shortName(text: string): string {
  const first = text.trim().split(/(?<=[.!?])\s|:\s|\s[—–-]\s/)[0] ?? text;
  if (first.length <= 60) return first.replace(/[.!?]$/, '');
  const cut = first.slice(0, 59);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40))}…`;
}
