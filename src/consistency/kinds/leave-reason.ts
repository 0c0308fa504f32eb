import { type SentenceRanges, sentenceRanges, type Token } from '../../text/index.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, findLeft } from '../internal.js';

function categoriesIn(
  tokens: readonly Token[],
  start: number,
  end: number,
  compiled: CompiledLexicon,
): Set<string> {
  const found = new Set<string>();
  for (let index = start; index < end; index++) {
    const match = compiled.reasonCategories.matchAt(tokens, index);
    if (match === undefined) continue;
    found.add(match.value);
    // "ran out of money" is one reason: its words are not read again ("money" alone is pay).
    index += match.length - 1;
  }
  return found;
}

/** The reason window after a leave verb: from a lead-in ("because", "to") to the end of the sentence. */
function windowAfter(tokens: readonly Token[], from: number, sentenceEnd: number, compiled: CompiledLexicon) {
  for (let index = from; index < sentenceEnd && index < from + compiled.windows.reasonLeadIn; index++) {
    const leadIn = compiled.reasonLeadIns.matchAt(tokens, index);
    if (leadIn !== undefined)
      return { start: index, end: Math.min(sentenceEnd, index + compiled.windows.reason) };
    const token = tokens[index]!;
    if (token.kind === 'punct' && token.text !== ',') return undefined;
    if (compiled.leaveVerbs.matchAt(tokens, index) !== undefined) return undefined;
  }
  return undefined;
}

/**
 * The reason window before a leave verb ("We moved to Berlin…, so I resigned"); when the lead-out opens
 * the sentence ("The funding ended. So I left."), the sentence before it.
 */
function windowBefore(
  tokens: readonly Token[],
  verb: number,
  sentences: SentenceRanges,
  compiled: CompiledLexicon,
) {
  let index = verb - 1;
  if (compiled.leavePronouns.has(tokens[index]?.lower ?? '')) index -= 1;
  const leadOut = compiled.reasonLeadOuts.matchEndingAt(tokens, index);
  if (leadOut === undefined) return undefined;
  const sentence = tokens[verb]!.sentence;
  let end = index - leadOut.length + 1;
  let sentenceStart = sentences.first[sentence]!;
  if (end === sentenceStart && sentence > 0) {
    sentenceStart = sentences.first[sentence - 1]!;
    end = sentences.end[sentence - 1]!;
  }
  return { start: Math.max(sentenceStart, end - compiled.windows.reason), end };
}

/**
 * Reads reasons for leaving: a leave verb ("left", "resigned", "laid off") with the clause that
 * gives its reason, mapped to categories. Text outside that clause ("under a new VP") is ignored.
 */
export function readReasons(
  tokens: readonly Token[],
  compiled: CompiledLexicon,
  sentences: SentenceRanges = sentenceRanges(tokens),
): Draft[] {
  const drafts: Draft[] = [];
  // The end of the last reason read: an exit inside it ("I left when my contract wasn't renewed") is that reason.
  let readUntil = 0;
  for (let index = 0; index < tokens.length; index++) {
    const verb = compiled.leaveVerbs.matchAt(tokens, index);
    if (verb === undefined) continue;
    if (index < readUntil && compiled.involuntaryExits.has(verb.value)) continue;
    const bare = compiled.bareLeaveVerbs.has(verb.value);
    if (bare && !compiled.leaveSubjects.has(tokens[index - 1]?.lower ?? '')) continue;
    if (
      findLeft(tokens, index, compiled.windows.leaveNonClaim, compiled.nonClaimMarkers, compiled) !==
        undefined &&
      !bare
    )
      continue;
    const sentence = tokens[index]!.sentence;
    const bounds = { start: sentences.first[sentence]!, end: sentences.end[sentence]! };
    const verbEnd = index + verb.length;
    const categories = new Set<string>();
    const involuntary = compiled.involuntaryExits.get(verb.value);
    if (involuntary !== undefined) categories.add(involuntary);
    const after = windowAfter(tokens, verbEnd, bounds.end, compiled);
    const before = windowBefore(tokens, index, sentences, compiled);
    let start = index;
    let end = verbEnd;
    if (after !== undefined) {
      for (const category of categoriesIn(tokens, after.start, after.end, compiled)) categories.add(category);
      end = after.end;
      readUntil = after.end;
    }
    if (before !== undefined) {
      for (const category of categoriesIn(tokens, before.start, before.end, compiled))
        categories.add(category);
      start = before.start;
    }
    index = verbEnd - 1;
    if (categories.size === 0) continue;
    if (tokens[end - 1]?.kind === 'punct') end -= 1;
    drafts.push({
      type: 'leaveReason',
      low: 0,
      high: 0,
      unit: 'categories',
      categories: [...categories].sort(),
      approximate: false,
      range: false,
      start,
      end,
    });
  }
  return drafts;
}
