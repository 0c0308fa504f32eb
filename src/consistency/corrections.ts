import type { Token } from '../text/index.js';
import type { CompiledLexicon } from './internal.js';
import { readNumber } from './numbers.js';
import { type Draft, retractedBefore } from './quantities.js';

/** A draft after correction markers were applied. */
export interface CorrectedDraft extends Draft {
  readonly corrective?: boolean;
  readonly correctedFrom?: number;
  readonly retracted?: boolean;
}

const MARKER_REACH = 3;
/** How far after a quoted value ("I said 30%…") its correction ("…but it was 35%") is looked for. */
const QUOTE_REACH = 24;

/** Draft positions by their first token, so every lookup by position is a map read. */
type DraftIndex = ReadonlyMap<number, readonly number[]>;

function indexByStart(drafts: readonly Draft[]): DraftIndex {
  const index = new Map<number, number[]>();
  drafts.forEach((draft, position) => {
    const list = index.get(draft.start);
    if (list === undefined) index.set(draft.start, [position]);
    else list.push(position);
  });
  return index;
}

/**
 * Where each corrective sentence's correction starts: the sentence start for a marker among its first
 * words ("Correction: …"), or the marker itself for a first-person marker of several words later in
 * the sentence ("Last time I told you eight, but I got that wrong: the team was ten"), so only what
 * follows it corrects. One pass over the tokens.
 */
function correctiveSentences(tokens: readonly Token[], compiled: CompiledLexicon): Map<number, number> {
  const starts = new Map<number, number>();
  let sentenceStart = 0;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (index > 0 && tokens[index - 1]!.sentence !== token.sentence) sentenceStart = index;
    if (starts.has(token.sentence)) continue;
    const marker = compiled.correctionMarkers.matchAt(tokens, index);
    if (marker === undefined) continue;
    if (index - sentenceStart < MARKER_REACH) starts.set(token.sentence, sentenceStart);
    else if (marker.length > 1) starts.set(token.sentence, index);
  }
  return starts;
}

/** The value retracted right after a corrective draft: "16 months, not 14" / "€450k, not €400k". */
function retractedAfter(
  tokens: readonly Token[],
  draft: Draft,
  drafts: readonly Draft[],
  byStart: DraftIndex,
  compiled: CompiledLexicon,
): { value: number; draftIndex?: number } | undefined {
  let index = draft.end;
  if (tokens[index]?.text === ',') index += 1;
  const marker = compiled.retractionMarkers.matchAt(tokens, index);
  if (marker === undefined) return undefined;
  const valueStart = index + marker.length;
  const draftIndex = [valueStart, valueStart + 1]
    .flatMap((start) => byStart.get(start) ?? [])
    .find((position) => drafts[position]!.type === draft.type);
  if (draftIndex !== undefined) return { value: drafts[draftIndex]!.lo, draftIndex };
  const bare = readNumber(tokens, valueStart, compiled.lexicon);
  if (bare === undefined || bare.article || bare.fraction) return undefined;
  return { value: bare.value * (draft.unitFactor ?? 1) };
}

/**
 * Applies explicit correction markers: a sentence opening with "Correction:" (or similar), "Y,
 * not X", and "I said X…, but Y". Retracted values are dropped as claims and kept as
 * `correctedFrom` on the corrective claim. "Actually" alone changes nothing.
 */
export function applyCorrections(
  tokens: readonly Token[],
  drafts: readonly Draft[],
  compiled: CompiledLexicon,
): CorrectedDraft[] {
  const sentences = correctiveSentences(tokens, compiled);
  const result: CorrectedDraft[] = drafts.map((draft) => {
    const from = sentences.get(tokens[draft.start]?.sentence ?? -1);
    return from !== undefined && draft.start >= from ? { ...draft, corrective: true } : draft;
  });
  const retracted = new Set<number>();
  // Drafts come sorted by start, so positions and the index by start token find neighbours directly.
  const byStart = indexByStart(drafts);
  result.forEach((draft, position) => {
    if (retracted.has(position) || draft.quoted === true) return;
    const before = retractedBefore(tokens, draft.start, compiled);
    if (before !== undefined) {
      for (let index = position - 1; index >= 0 && result[index]!.start >= before.start; index--) {
        const other = result[index]!;
        if (other.type === draft.type && other.end <= draft.start) retracted.add(index);
      }
      result[position] = {
        ...draft,
        corrective: true,
        correctedFrom: before.value * (draft.unitFactor ?? 1),
        nonClaim: false,
      };
      return;
    }
    const after = retractedAfter(tokens, draft, drafts, byStart, compiled);
    if (after === undefined) return;
    if (after.draftIndex !== undefined) retracted.add(after.draftIndex);
    result[position] = { ...draft, corrective: true, correctedFrom: after.value };
  });
  // "I said 30% last time, but it was 35%": the quoted value retracts, the next value after "but" corrects.
  result.forEach((draft, position) => {
    if (draft.quoted !== true) return;
    retracted.add(position);
    const sentence = tokens[draft.start]?.sentence;
    let sawBut = false;
    const limit = Math.min(tokens.length, draft.end + QUOTE_REACH);
    for (let index = draft.end; index < limit && tokens[index]!.sentence === sentence; index++) {
      if (tokens[index]!.lower === 'but' || tokens[index]!.lower === 'however') sawBut = true;
      if (!sawBut) continue;
      const next = (byStart.get(index) ?? []).find(
        (other) => result[other]!.type === draft.type && result[other]!.quoted !== true,
      );
      if (next !== undefined) {
        result[next] = { ...result[next]!, corrective: true, correctedFrom: draft.lo, nonClaim: false };
        break;
      }
    }
  });
  // In a corrective sentence, "not X" marks X as retracted.
  result.forEach((draft, position) => {
    if (draft.corrective && compiled.retractionMarkers.matchEndingAt(tokens, draft.start - 1) !== undefined)
      retracted.add(position);
  });
  return result.map((draft, position) => (retracted.has(position) ? { ...draft, retracted: true } : draft));
}
