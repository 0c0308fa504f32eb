import type { Token } from '../text/index.js';
import { retractedBefore } from './context.js';
import type { Draft } from './draft.js';
import { type CompiledLexicon, findLeft, isClauseBreak } from './internal.js';
import { readNumber } from './numbers.js';

/** A draft after correction markers were applied. */
export interface CorrectedDraft extends Draft {
  readonly corrective?: boolean;
  readonly correctedFrom?: number;
  readonly retracted?: boolean;
}

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

/** A correction marker at `index`: a listed phrase, or an opener … closer frame ("I got the length wrong"). */
function markerAt(tokens: readonly Token[], index: number, compiled: CompiledLexicon): number | undefined {
  const marker = compiled.correctionMarkers.matchAt(tokens, index);
  if (marker !== undefined) return marker.length;
  const opener = compiled.correctionOpeners.matchAt(tokens, index);
  if (opener === undefined) return undefined;
  const sentence = tokens[index]!.sentence;
  const from = index + opener.length;
  for (let at = from; at <= from + compiled.correctionGap && at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.sentence !== sentence || token.kind === 'punct') return undefined;
    const closer = compiled.correctionClosers.matchAt(tokens, at);
    if (closer !== undefined) return at + closer.length - index;
  }
  return undefined;
}

interface Marker {
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly index: number;
  readonly end: number;
}

/** The first correction marker of each sentence, with the sentence's token range. One pass over the tokens. */
function markersBySentence(tokens: readonly Token[], compiled: CompiledLexicon): Map<number, Marker> {
  const markers = new Map<number, Marker>();
  const starts: number[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (index === 0 || tokens[index - 1]!.sentence !== token.sentence) starts[token.sentence] = index;
    if (markers.has(token.sentence)) continue;
    const length = markerAt(tokens, index, compiled);
    if (length === undefined) continue;
    markers.set(token.sentence, {
      sentenceStart: starts[token.sentence]!,
      sentenceEnd: index,
      index,
      end: index + length,
    });
  }
  for (const [sentence, marker] of markers) {
    let end = marker.end;
    while (end < tokens.length && tokens[end]!.sentence === sentence) end++;
    markers.set(sentence, { ...marker, sentenceEnd: end });
  }
  return markers;
}

/**
 * Whether a marker sentence only says that something was wrong, so the correction itself is in the sentence
 * next to it: few words after the marker, none of them a claim, a colon or a retraction ("not the stack").
 */
function isBare(
  tokens: readonly Token[],
  marker: Marker,
  hasClaim: boolean,
  compiled: CompiledLexicon,
): boolean {
  if (hasClaim) return false;
  let words = 0;
  for (let index = marker.end; index < marker.sentenceEnd; index++) {
    const token = tokens[index]!;
    if (token.text === ':' || token.text === ';') return false;
    if (compiled.retractionMarkers.matchAt(tokens, index) !== undefined) return false;
    if (token.kind !== 'punct') words++;
  }
  return words <= compiled.correctionBareWords;
}

/**
 * Where each corrective sentence's correction starts. A marker among the first words ("Correction: …")
 * corrects the whole sentence; a first-person marker of several words later in the sentence ("Last time I
 * told you eight, but I got that wrong: the team was ten") corrects what follows it, or the whole sentence
 * when no claim follows it ("The team was actually 12 people; I had that wrong before"). A sentence that only
 * says a correction ("I got the length wrong last time.") corrects the next sentence when that one holds
 * claims, else the one before ("The rebuild took 18 months. I misspoke in round one.").
 */
function correctiveSentences(
  tokens: readonly Token[],
  drafts: readonly Draft[],
  compiled: CompiledLexicon,
): Map<number, number> {
  const starts = new Map<number, number>();
  const markers = markersBySentence(tokens, compiled);
  if (markers.size === 0) return starts;
  const claimStarts = new Map<number, number[]>();
  for (const draft of drafts) {
    if (draft.quoted === true || draft.nonClaim === true) continue;
    const sentence = tokens[draft.start]?.sentence ?? -1;
    const list = claimStarts.get(sentence);
    if (list === undefined) claimStarts.set(sentence, [draft.start]);
    else list.push(draft.start);
  }
  const sentenceStartOf = (sentence: number): number | undefined => {
    const first = claimStarts.get(sentence)?.[0];
    if (first === undefined) return undefined;
    let index = first;
    while (index > 0 && tokens[index - 1]!.sentence === sentence) index--;
    return index;
  };
  for (const [sentence, marker] of markers) {
    const claims = claimStarts.get(sentence) ?? [];
    const early = marker.index - marker.sentenceStart < compiled.windows.correctionMarker;
    if (early) starts.set(sentence, marker.sentenceStart);
    else if (marker.end - marker.index > 1)
      starts.set(sentence, claims.some((start) => start >= marker.end) ? marker.index : marker.sentenceStart);
    if (!isBare(tokens, marker, claims.length > 0, compiled)) continue;
    const neighbour = claimStarts.has(sentence + 1) ? sentence + 1 : sentence - 1;
    const from = sentenceStartOf(neighbour);
    if (from !== undefined && !markers.has(neighbour)) starts.set(neighbour, from);
  }
  return starts;
}

/** The kinds whose bare numbers may leave their scale word unsaid ("5.8 million dollars, not 6.2"). */
const SCALED_TYPES = new Set(['money', 'count']);

/**
 * A bare number told next to a figure of its kind, in that figure's scale when it leaves its own unsaid: "5.8
 * million dollars, not 6.2" retracts 6.2 million, "£400k, not 450" £450k. The scale is the lexicon's scale word
 * that puts the bare number nearest the figure, within ten times of it; a number of 1,000 or more keeps its value.
 */
function inScaleOf(value: number, draft: Draft, compiled: CompiledLexicon): number {
  const reference = Math.abs(draft.low);
  if (!SCALED_TYPES.has(draft.type) || value <= 0 || value >= 1000 || reference < 1000) return value;
  let best = value;
  let distance = Number.POSITIVE_INFINITY;
  for (const scale of Object.values(compiled.lexicon.scaleWords)) {
    const gap = Math.abs(Math.log10((value * scale) / reference));
    if (gap < 1 && gap < distance) [best, distance] = [value * scale, gap];
  }
  return best;
}

/**
 * "we raised £400k in the seed round, not 450": a retraction after a comma a few words on in the clause
 * (`windows.retraction`), the token after that comma; undefined when none.
 */
function commaBeforeRetraction(tokens: readonly Token[], draft: Draft, compiled: CompiledLexicon) {
  const sentence = tokens[draft.start]?.sentence;
  const limit = Math.min(tokens.length - 1, draft.end + compiled.windows.retraction);
  for (let index = draft.end; index < limit; index++) {
    const token = tokens[index]!;
    if (token.sentence !== sentence || token.kind === 'number') return undefined;
    if (token.text === ',')
      return compiled.retractionMarkers.matchAt(tokens, index + 1) === undefined ? undefined : index + 1;
    if (isClauseBreak(token, compiled)) return undefined;
  }
  return undefined;
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
  const later = tokens[index]?.text === ',' ? undefined : commaBeforeRetraction(tokens, draft, compiled);
  if (tokens[index]?.text === ',') index += 1;
  else if (later !== undefined) index = later;
  const marker = compiled.retractionMarkers.matchAt(tokens, index);
  if (marker === undefined) return undefined;
  const valueStart = index + marker.length;
  // A few words on, "not 3 months" is no retraction of an amount: the value is of the draft's kind or bare.
  const otherKind = (position: number) => drafts[position]!.type !== draft.type;
  if (later !== undefined && (byStart.get(valueStart) ?? []).some(otherKind)) return undefined;
  const draftIndex = [valueStart, valueStart + 1]
    .flatMap((start) => byStart.get(start) ?? [])
    .find((position) => drafts[position]!.type === draft.type);
  if (draftIndex !== undefined) return { value: drafts[draftIndex]!.low, draftIndex };
  const bare = readNumber(tokens, valueStart, compiled);
  if (bare === undefined || bare.article || bare.fraction) return undefined;
  return { value: inScaleOf(bare.value * (draft.unitFactor ?? 1), draft, compiled) };
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
  const sentences = correctiveSentences(tokens, drafts, compiled);
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
        correctedFrom: inScaleOf(before.value * (draft.unitFactor ?? 1), draft, compiled),
        nonClaim: false,
      };
      return;
    }
    const after = retractedAfter(tokens, draft, drafts, byStart, compiled);
    if (after === undefined) return;
    if (after.draftIndex !== undefined) retracted.add(after.draftIndex);
    result[position] = { ...draft, corrective: true, correctedFrom: after.value };
  });
  // "I said I was head of operations, but my title was operations manager": a claim read from words (a title, a
  // reason) after a quote verb is quoted too, when a contrast follows it in its sentence. (Figures and dates
  // were marked when they were read: markContext.)
  result.forEach((draft, position) => {
    if (draft.quoted !== undefined || FIGURE_TYPES.has(draft.type)) return;
    if (
      findLeft(tokens, draft.start, compiled.windows.quoteVerb, compiled.quoteVerbs, compiled) === undefined
    )
      return;
    if (contrastAfter(tokens, draft, compiled) !== undefined) result[position] = { ...draft, quoted: true };
  });
  // "I said 30% last time, but it was 35%": the quoted value retracts, the next value after "but" corrects; with no
  // value of its kind after the contrast, a bare number does ("I said nine clinics, but the real figure was eleven").
  const added: CorrectedDraft[] = [];
  // The tokens some reading took, marked once on first need, so each bare-number search stays linear.
  let covered: Uint8Array | undefined;
  const taken = (index: number) => {
    if (covered === undefined) {
      covered = new Uint8Array(tokens.length);
      for (const other of drafts) covered.fill(1, other.start, Math.min(other.end, tokens.length));
    }
    return covered[index] === 1;
  };
  result.forEach((draft, position) => {
    if (draft.quoted !== true) return;
    retracted.add(position);
    const contrast = contrastAfter(tokens, draft, compiled);
    if (contrast === undefined) return;
    for (let index = contrast.from; index < contrast.limit; index++) {
      const next = (byStart.get(index) ?? []).find(
        (other) => result[other]!.type === draft.type && result[other]!.quoted !== true,
      );
      if (next !== undefined) {
        result[next] = { ...result[next]!, corrective: true, correctedFrom: draft.low, nonClaim: false };
        return;
      }
    }
    const bare = bareCorrection(tokens, draft, contrast, taken, compiled);
    if (bare !== undefined) added.push(bare);
  });
  // In a corrective sentence, "not X" marks X as retracted.
  result.forEach((draft, position) => {
    if (draft.corrective && compiled.retractionMarkers.matchEndingAt(tokens, draft.start - 1) !== undefined)
      retracted.add(position);
  });
  const marked = result.map((draft, position) =>
    retracted.has(position) ? { ...draft, retracted: true } : draft,
  );
  if (added.length === 0) return marked;
  return [...marked, ...added].sort((left, right) => left.start - right.start || left.end - right.end);
}

/** The tokens after a contrast word ("but") within `windows.quotedCorrection` of a quoted draft, in its sentence. */
function contrastAfter(
  tokens: readonly Token[],
  draft: Draft,
  compiled: CompiledLexicon,
): { readonly from: number; readonly limit: number } | undefined {
  const sentence = tokens[draft.start]?.sentence;
  let limit = Math.min(tokens.length, draft.end + compiled.windows.quotedCorrection);
  let from: number | undefined;
  for (let index = draft.end; index < limit; index++) {
    if (tokens[index]!.sentence !== sentence) limit = index;
    else if (from === undefined && compiled.contrastWords.has(tokens[index]!.lower)) from = index + 1;
  }
  return from === undefined ? undefined : { from, limit };
}

/** The kinds read from a number: their quotes are marked as they are read (markContext). */
const FIGURE_TYPES: ReadonlySet<string> = new Set(['duration', 'date', 'money', 'percentage', 'count']);

/** The kinds whose quoted value a bare number may correct: the figures, dates aside. */
const BARE_TYPES: ReadonlySet<string> = new Set(['duration', 'money', 'percentage', 'count']);

/**
 * A bare number after the contrast that corrects a quoted quantity ("I told you fourteen months, but it was
 * closer to eighteen"): the first number after it that no other reading took, in the quoted draft's unit,
 * subject and part.
 */
function bareCorrection(
  tokens: readonly Token[],
  draft: CorrectedDraft,
  contrast: { readonly from: number; readonly limit: number },
  taken: (index: number) => boolean,
  compiled: CompiledLexicon,
): CorrectedDraft | undefined {
  if (!BARE_TYPES.has(draft.type)) return undefined;
  for (let index = contrast.from; index < contrast.limit; index++) {
    if (taken(index)) continue;
    const reading = readNumber(tokens, index, compiled);
    if (reading === undefined) continue;
    if (reading.article || reading.fraction || reading.end > contrast.limit) return undefined;
    const value = inScaleOf(reading.value * (draft.unitFactor ?? 1), draft, compiled);
    const { quoted: _quoted, quoteStart: _quoteStart, retracted: _retracted, ...kept } = draft;
    return {
      ...kept,
      low: value,
      high: value,
      approximate: reading.approximate,
      range: false,
      start: reading.start,
      end: reading.end,
      corrective: true,
      correctedFrom: draft.low,
    };
  }
  return undefined;
}
