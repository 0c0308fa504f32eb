import type { Token } from '../text/index.js';
import type { Draft } from './draft.js';
import { type CompiledLexicon, findLeft, findRight, isClauseBreak, type Mutable } from './internal.js';
import { readNumber } from './numbers.js';
import type { QuantityType } from './types.js';
import type { UnitReading } from './units.js';

/** The subject of a quantity: the nearest subject word of that type, left first on ties. */
export function findSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  type: QuantityType,
  compiled: CompiledLexicon,
): string | undefined {
  const matcher = compiled.subjects[type];
  const left = findLeft(tokens, start, compiled.windows.subjectLeft, matcher, compiled);
  const right = findRight(tokens, end, compiled.windows.subjectRight, matcher, compiled);
  if (left !== undefined && (right === undefined || left.distance <= right.distance)) return left.value;
  return (
    right?.value ??
    subjectBeforePronoun(tokens, start, matcher, compiled) ??
    labelled(tokens, start, end, matcher, compiled)
  );
}

/**
 * "Full rollout, four months.", "Budget, about two million": a short label before a comma names the figure
 * that ends its sentence (a verbless fragment, `windows.subjectLeft` words at most).
 */
function labelled(
  tokens: readonly Token[],
  start: number,
  end: number,
  matcher: CompiledLexicon['subjects']['duration'],
  compiled: CompiledLexicon,
): string | undefined {
  const comma = tokens[start - 1];
  const after = tokens[end];
  if (
    comma?.text !== ',' ||
    (after !== undefined && after.sentence === comma.sentence && after.kind !== 'punct')
  )
    return undefined;
  let opening = start - 1;
  while (opening > 0 && tokens[opening - 1]!.sentence === comma.sentence) opening--;
  if (start - 1 - opening > compiled.windows.subjectLeft) return undefined;
  return findLeft(tokens, start - 1, compiled.windows.subjectLeft, matcher, compiled)?.value;
}

function isOpenWord(token: Token | undefined, compiled: CompiledLexicon): boolean {
  if (token === undefined || token.kind !== 'word' || compiled.functionWords.has(token.lower)) return false;
  if (compiled.notOpenSubjects.has(token.lower) || compiled.numberWords.has(token.lower)) return false;
  if (compiled.speakerWords.has(token.lower) || compiled.pronouns.has(token.lower)) return false;
  if (compiled.quoteVerbs.matchAt([token], 0) !== undefined) return false;
  if (
    compiled.direction.matchAt([token], 0) !== undefined ||
    compiled.hedges.matchAt([token], 0) !== undefined
  )
    return false;
  return (
    compiled.currencyWords.get(token.lower) === undefined &&
    compiled.percentWords.matchAt([token], 0) === undefined
  );
}

/**
 * A subject outside the lexicon: the nearest other content word in the clause ("test coverage went
 * up 40%" → coverage; "10x faster" → faster). Such a claim pairs only with the same word, never by
 * type alone. Undefined when the clause holds only pronouns, verbs of change and the like.
 */
export function openSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): string | undefined {
  for (let index = start - 1; index >= Math.max(0, start - compiled.windows.clauseBack); index--) {
    const token = tokens[index]!;
    if (isClauseBreak(token, compiled)) break;
    if (isOpenWord(token, compiled)) return token.lower;
  }
  return isOpenWord(tokens[end], compiled) ? tokens[end]!.lower : undefined;
}

/**
 * "We planned 3 months for the MVP but it took 5 months": when the quantity's clause opens with a
 * conjunction and "it", the subject is looked for in the clause before.
 */
function subjectBeforePronoun(
  tokens: readonly Token[],
  start: number,
  matcher: CompiledLexicon['subjects']['duration'],
  compiled: CompiledLexicon,
): string | undefined {
  for (let index = start - 1; index >= Math.max(0, start - compiled.windows.clauseBack); index--) {
    const token = tokens[index]!;
    if (!isClauseBreak(token, compiled)) continue;
    // index < start, so the token after the break always exists.
    if (token.kind === 'punct' || !compiled.pronouns.has(tokens[index + 1]!.lower)) break;
    return findLeft(tokens, index, compiled.windows.subjectLeft, matcher, compiled)?.value;
  }
  return subjectOfIt(tokens, start, matcher, compiled);
}

/**
 * "Revenue was flat in Q1; after the relaunch it grew 40%": when "it" is the subject of the quantity's
 * clause, the subject is the nearest one of the same type in the clauses before it, in the same sentence.
 */
function subjectOfIt(
  tokens: readonly Token[],
  start: number,
  matcher: CompiledLexicon['subjects']['duration'],
  compiled: CompiledLexicon,
): string | undefined {
  let it = -1;
  for (let index = start - 1; index >= Math.max(0, start - compiled.windows.clauseBack); index--) {
    const token = tokens[index]!;
    if (isClauseBreak(token, compiled)) return undefined;
    if (compiled.itWords.has(token.lower)) {
      it = index;
      break;
    }
  }
  if (it < 0) return undefined;
  // "I ran the budget. It was north of two million": a sentence opening with "it" continues the last one.
  const opensSentence = tokens[it - 1] === undefined || tokens[it - 1]!.sentence !== tokens[it]!.sentence;
  const sentence = tokens[it]!.sentence - (opensSentence ? 1 : 0);
  for (let index = it - 1; index >= Math.max(0, it - compiled.windows.itSubject); index--) {
    const token = tokens[index]!;
    if (token.sentence < sentence) return undefined;
    const found = matcher.matchEndingAt(tokens, index);
    if (found !== undefined) return found.value;
  }
  return undefined;
}
export function countSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  unit: UnitReading,
  compiled: CompiledLexicon,
) {
  const hired =
    findLeft(tokens, start, compiled.windows.hireVerb, compiled.hireVerbs, compiled) !== undefined;
  // "hired 12 engineers" counts hires; "onboarded 22 customers" still counts customers.
  if (hired && (unit.subject === undefined || unit.subject === 'team')) return 'hires';
  if (unit.subject !== undefined) {
    if (!compiled.genericCountNouns.has(tokens[end - 1]?.lower ?? '')) return unit.subject;
    const named = findLeft(tokens, start, compiled.windows.countSubject, compiled.subjects.count, compiled);
    return named !== undefined && !compiled.genericCountNouns.has(tokens[named.index]?.lower ?? '')
      ? named.value
      : unit.subject;
  }
  const named = findLeft(tokens, start, compiled.windows.countSubject, compiled.subjects.count, compiled);
  if (named === undefined) return subjectAfter(tokens, end, compiled);
  if (isOtherOwned(tokens, named.index, compiled)) return undefined;
  const between = tokens.slice(named.index + 1, start);
  if (between.every((token) => compiled.countLinksBefore.has(token.lower))) return named.value;
  const after = tokens[end];
  if (after !== undefined && after.kind === 'word' && !compiled.countLinksAfter.has(after.lower))
    return undefined;
  if (after?.kind === 'number') return undefined;
  return named.value;
}
/**
 * "We had twelve on the SRE team", "six of us on the team", "nine in my team": a bare number whose team comes
 * after it, within `windows.countSubject` tokens of the clause: a team container (lexicon `teamContainers`)
 * right after an article or a possessive (past at most one describing word, "the SRE team"), with only
 * function words before. The speaker's group may come first (`teamLinks`: "of us"); a part of another group
 * ("five of the engineers") and someone else's team ("twelve on her team") are not read.
 */
function subjectAfter(tokens: readonly Token[], end: number, compiled: CompiledLexicon): string | undefined {
  const link = compiled.teamLinks.matchAt(tokens, end);
  const from = end + (link?.length ?? 0);
  if (link === undefined && tokens[from]?.lower === compiled.numberGrammar.of) return undefined;
  const limit = Math.min(tokens.length, from + compiled.windows.countSubject);
  for (let index = from; index < limit; index++) {
    const token = tokens[index]!;
    if (compiled.teamContainers.has(token.lower)) {
      const owner = describedOwner(tokens, index, from, compiled);
      return owner === undefined ? undefined : compiled.subjects.count.matchAt(tokens, index)?.value;
    }
    const linking = compiled.functionWords.has(token.lower) || compiled.asFrames.has(token.lower);
    if (token.kind !== 'word' || isClauseBreak(token, compiled) || !linking) {
      // One describing word may stand between the owner and the team ("the SRE team").
      if (!compiled.teamContainers.has(tokens[index + 1]?.lower ?? '')) return undefined;
    }
  }
  return undefined;
}

/** The article or possessive that owns the team word at `index` (one describing word between at most), if the speaker's. */
function describedOwner(tokens: readonly Token[], index: number, from: number, compiled: CompiledLexicon) {
  for (const at of [index - 1, index - 2]) {
    if (at < from) return undefined;
    const word = tokens[at]!.lower;
    if (compiled.otherOwners.has(word)) return undefined;
    if (compiled.titleArticles.has(word) || compiled.otherSubjects.has(word)) return word;
  }
  return undefined;
}

/** Where the quote of a count starts: at its subject for "team of 8" / "team was 8", else at the number. */
export function countQuoteStart(tokens: readonly Token[], start: number, compiled: CompiledLexicon): number {
  const named = findLeft(tokens, start, compiled.windows.countSubject, compiled.subjects.count, compiled);
  if (named === undefined) return start;
  const between = tokens.slice(named.index + 1, start);
  return between.every((token) => compiled.countLinksBefore.has(token.lower)) ? named.index : start;
}

export function readPeriod(
  tokens: readonly Token[],
  end: number,
  compiled: CompiledLexicon,
): { period: string; end: number } | undefined {
  const word = tokens[end]?.lower ?? '';
  const rate = compiled.rateWords.get(word);
  if (rate !== undefined) return { period: rate, end: end + 1 };
  const period = compiled.ratePeriods.get(tokens[end + 1]?.lower ?? '');
  if (compiled.rateArticles.has(word) && period !== undefined) return { period, end: end + 2 };
  return undefined;
}
interface Modifiers {
  readonly start: number;
  readonly end: number;
  readonly approximate: boolean;
  readonly bound?: 'atLeast' | 'atMost';
}
export function readModifiers(
  tokens: readonly Token[],
  start: number,
  end: number,
  type: QuantityType,
  compiled: CompiledLexicon,
): Modifiers {
  let first = start;
  if (tokens[first - 1] !== undefined && compiled.currencySymbols.get(tokens[first - 1]!.text) !== undefined)
    first -= 1;
  let approximate = false;
  let bound: 'atLeast' | 'atMost' | undefined;
  for (let round = 0; round < 2; round++) {
    const hedge = compiled.hedges.matchEndingAt(tokens, first - 1);
    if (hedge !== undefined) {
      approximate = true;
      first -= hedge.length;
      continue;
    }
    const lower = compiled.lowerBounds.matchEndingAt(tokens, first - 1);
    if (lower !== undefined && bound === undefined) {
      const isDuring = compiled.durationOverWords.has(lower.value) && type === 'duration';
      if (!isDuring) bound = 'atLeast';
      first -= lower.length;
      continue;
    }
    const upper = compiled.upperBounds.matchEndingAt(tokens, first - 1);
    if (upper !== undefined && bound === undefined) {
      const afterVerb =
        compiled.upToAfterChange.has(upper.value) &&
        compiled.direction.matchEndingAt(tokens, first - 1 - upper.length) !== undefined;
      if (!afterVerb) bound = 'atMost';
      first -= upper.length;
      continue;
    }
    break;
  }
  let last = end;
  const trailing = compiled.trailingHedges.matchAt(tokens, last);
  if (trailing !== undefined) {
    approximate = true;
    last += trailing.length;
  }
  return { start: first, end: last, approximate, ...(bound === undefined ? {} : { bound }) };
}
export function directionOf(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): number {
  const left = findLeft(tokens, start, compiled.windows.directionLeft, compiled.direction, compiled);
  if (left !== undefined) return left.value;
  return findRight(tokens, end, compiled.windows.directionRight, compiled.direction, compiled)?.value ?? 0;
}
/**
 * The subject of a duration: a phase word nearby ("the pilot took…"); `milestone` after "after",
 * "within", "first"…; or the noun of "spent N months on discovery".
 */
export function durationSubject(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): string | undefined {
  const before = tokens[start - 1]?.lower ?? '';
  const beforeArticle = tokens[start - 2]?.lower ?? '';
  // "over the next two years" is the story's length; "after the first two years" is a milestone.
  const spans =
    compiled.definiteArticles.has(beforeArticle) &&
    compiled.spanPrepositions.has(tokens[start - 3]?.lower ?? '');
  // "I left after three years", "it came to an end after five years": after an ending, the time before it.
  const afterEnding =
    compiled.milestoneMarkers.has(before) &&
    compiled.dateEndCues.matchEndingAt(tokens, start - 2) !== undefined;
  if (
    !spans &&
    !afterEnding &&
    (compiled.milestoneMarkers.has(before) ||
      (compiled.definiteArticles.has(before) && compiled.milestoneMarkers.has(beforeArticle)))
  ) {
    return 'milestone';
  }
  const phase = findSubject(tokens, start, end, 'duration', compiled);
  if (phase !== undefined) return phase;
  const part = partOfStory(tokens, start, compiled);
  if (part !== undefined) return part;
  const link = tokens[end]?.lower;
  if (!compiled.phaseLinks.has(link ?? '')) return undefined;
  let noun = end + 1;
  // Generic phase words are words, so a number or punctuation mark ends the skip by itself.
  while (
    noun < end + compiled.windows.phaseWords &&
    compiled.genericPhaseWords.has(tokens[noun]?.lower ?? '')
  )
    noun += 1;
  const word = tokens[noun];
  if (
    word === undefined ||
    word.kind !== 'word' ||
    compiled.genericPhaseWords.has(word.lower) ||
    compiled.functionWords.has(word.lower)
  )
    return undefined;
  return `phase:${word.lower}`;
}
/**
 * A duration told as a part of the story ("the data migration alone took three months", "of which
 * testing took six weeks"): `part:<noun>`, so it neither hides nor pairs with the story's length.
 */
function partOfStory(tokens: readonly Token[], start: number, compiled: CompiledLexicon): string | undefined {
  const marker = findLeft(tokens, start, compiled.windows.partMarker, compiled.partMarkers, compiled);
  if (marker === undefined) return undefined;
  const length = compiled.partMarkers.matchAt(tokens, marker.index)?.length ?? 1;
  // "the migration alone took": the noun precedes the marker; "of which testing took": it follows it.
  for (
    let index = marker.index - 1;
    index >= Math.max(0, marker.index - compiled.windows.partNoun);
    index--
  ) {
    const token = tokens[index]!;
    if (isClauseBreak(token, compiled)) break;
    if (isOpenWord(token, compiled)) return `part:${token.lower}`;
  }
  for (let index = marker.index + length; index < start; index++) {
    if (isOpenWord(tokens[index], compiled)) return `part:${tokens[index]!.lower}`;
  }
  return 'part';
}

/** True when the subject word of a count belongs to someone else ("my manager's team"). */
function isOtherOwned(tokens: readonly Token[], subjectIndex: number, compiled: CompiledLexicon): boolean {
  return compiled.otherOwners.has(tokens[subjectIndex - 1]?.lower ?? '');
}
/** Flags a draft as a non-claim (target, plan, negation) or a quote of an earlier statement. */
export function markContext(
  draft: Mutable<Draft>,
  tokens: readonly Token[],
  start: number,
  compiled: CompiledLexicon,
): void {
  const windows = compiled.windows;
  if (findLeft(tokens, start, windows.nonClaim, compiled.nonClaimMarkers, compiled) !== undefined)
    draft.nonClaim = true;
  if (findLeft(tokens, start, windows.quoteVerb, compiled.quoteVerbs, compiled) !== undefined)
    draft.quoted = true;
}
/**
 * Reads "not X but" (or "rather than X but") just before index: the retracted X and where the
 * construct starts, so the subject search and the correction can look past it.
 */
export function retractedBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { start: number; value: number } | undefined {
  if (!compiled.retractionJoiners.has(tokens[index - 1]?.lower ?? '')) return undefined;
  for (let start = index - 2; start >= Math.max(0, index - compiled.windows.retraction); start--) {
    const marker = compiled.retractionMarkers.matchEndingAt(tokens, start - 1);
    if (marker === undefined) continue;
    const reading = readNumber(tokens, start, compiled);
    if (reading === undefined || reading.end > index - 1) return undefined;
    return { start: start - marker.length, value: reading.value };
  }
  return undefined;
}
