import type { Fact, Story, Telling } from '../model/index.js';

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

const WORD = /[\p{L}\p{N}]+/gu;

/** The set of lower-cased words of a text. */
export function tokenSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(WORD) ?? []);
}

/** Jaccard similarity of the word sets of two texts: 1 for the same words, 0 for none shared. */
export function tokenSimilarity(a: string, b: string): number {
  const left = tokenSet(a);
  const right = tokenSet(b);
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

function normalize(text: string): string {
  return text.trim().toLowerCase();
}

/** True when two structured facts about the same subject disagree beyond the tolerance. */
export function factsContradict(earlier: Fact, planned: Fact, tolerance: number): boolean {
  if (planned.corrects === true) return false;
  if (typeof earlier.value === 'number' && typeof planned.value === 'number') {
    const scale = Math.max(Math.abs(earlier.value), Math.abs(planned.value));
    return scale > 0 && Math.abs(earlier.value - planned.value) / scale > tolerance;
  }
  return normalize(String(earlier.value)) !== normalize(String(planned.value));
}

/** Counts subjects (same subject and kind) whose facts contradict between two tellings. */
export function countContradictions(earlier: Telling, planned: Telling, tolerance: number): number {
  const flagged = new Set<string>();
  for (const fact of planned.facts ?? []) {
    const subject = normalize(fact.subject);
    const key = `${fact.kind}:${subject}`;
    if (flagged.has(key)) continue;
    const before = (earlier.facts ?? []).find(
      (candidate) => candidate.kind === fact.kind && normalize(candidate.subject) === subject,
    );
    if (before !== undefined && factsContradict(before, fact, tolerance)) flagged.add(key);
  }
  return flagged.size;
}

const DIGIT = /\d/;
const TRADE_OFF_WORDS =
  /trade[\s-]?offs?|\btrad(?:ed|ing)\b|instead of|rather than|at the (?:cost|expense)|\bchose\b|\bweighed\b|\bversus\b|\bvs\b|gave up|in exchange/i;

/** True when a telling carries a number, in its facts or its text. */
export function hasNumber(telling: Telling): boolean {
  return (telling.facts ?? []).some((fact) => typeof fact.value === 'number') || DIGIT.test(telling.text);
}

/** True when a story shows a trade-off, by its tags or the planned telling's words. */
export function hasTradeOff(story: Story, telling: Telling): boolean {
  return story.tags.includes('trade-off') || TRADE_OFF_WORDS.test(telling.text);
}

/** Rounds a number to one decimal. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
