import { type SentenceRanges, sentenceRanges, type Token } from '../text/index.js';
import { applyCorrections, type CorrectedDraft } from './corrections.js';
import type { Draft } from './draft.js';
import type { CompiledLexicon, Mutable } from './internal.js';
import { positionReaders, textReaders } from './kinds/registry.js';
import { readQuantity } from './quantities.js';
import type { Claim, ClaimFields, ClaimPart, ClaimType } from './types.js';

/** `type[.subject][.part]`. */
export function attributeOf(
  type: ClaimType,
  subject: string | undefined,
  part: ClaimPart | undefined,
): string {
  return [type, subject, part].filter((piece) => piece !== undefined).join('.');
}

/** Reads the drafts of every kind in the registry's order, corrections applied, non-claims and retractions dropped. */
export function extractDrafts(
  tokens: readonly Token[],
  compiled: CompiledLexicon,
  sentences: SentenceRanges = sentenceRanges(tokens),
): CorrectedDraft[] {
  const drafts: Draft[] = [];
  let previousEnd = -1;
  let index = 0;
  const { tagger } = compiled;
  scan: while (index < tokens.length) {
    // The tagging pass knows which words can start a reading: every other word is passed over at once.
    const token = tokens[index]!;
    if (token.kind !== 'number' && tagger.dataOf(token)?.scanStart === false) {
      index += 1;
      continue;
    }
    for (const reader of positionReaders) {
      const found = reader(tokens, index, compiled);
      if (found === undefined) continue;
      for (const draft of found.drafts) drafts.push(draft);
      index = found.end;
      previousEnd = index;
      continue scan;
    }
    const quantity = readQuantity(tokens, index, compiled, previousEnd);
    if (quantity === undefined) {
      index += 1;
      continue;
    }
    for (const draft of quantity.drafts) drafts.push(draft);
    const end = Math.max(quantity.end, index + 1);
    if (quantity.drafts.length > 0) previousEnd = end;
    index = end;
  }
  for (const reader of textReaders)
    for (const draft of reader(tokens, compiled, sentences)) drafts.push(draft);
  drafts.sort((left, right) => left.start - right.start || left.end - right.end);
  return applyCorrections(tokens, drafts, compiled).filter(
    (draft) =>
      draft.retracted !== true &&
      draft.nonClaim !== true &&
      (draft.quoted !== true || draft.corrective === true),
  );
}

/**
 * How many characters of the sentence a claim quotes on each side of its span: a sentence that runs
 * for pages is cut at a word boundary with an ellipsis, so a claim never carries the whole text.
 */
const SENTENCE_REACH = 240;

/** The sentence around [start, end), at most SENTENCE_REACH characters either side, cut between words. */
function sentenceExcerpt(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  start: number,
  end: number,
) {
  let from = sentenceStart;
  let to = sentenceEnd;
  if (start - from > SENTENCE_REACH) {
    const cut = text.indexOf(' ', start - SENTENCE_REACH);
    from = cut < 0 || cut >= start ? start : cut + 1;
  }
  if (to - end > SENTENCE_REACH) {
    const cut = text.lastIndexOf(' ', end + SENTENCE_REACH);
    to = Math.max(cut, end);
  }
  return `${from > sentenceStart ? '…' : ''}${text.slice(from, to)}${to < sentenceEnd ? '…' : ''}`;
}

/** Reads the claims of one telling's free text. */
export function claimsFromText(
  text: string,
  compiled: CompiledLexicon,
  round: number,
  storyId: string | undefined,
): Claim[] {
  const { tokens, sentences } = compiled.tagger.tag(text);
  return extractDrafts(tokens, compiled, sentences).map((draft) => {
    const first = tokens[draft.quoteStart ?? draft.start]!;
    const last = tokens[Math.max(draft.end - 1, draft.start)]!;
    // Every token belongs to a sentence, so both ends exist.
    const sentenceStart = tokens[sentences.first[first.sentence]!]!.start;
    const sentenceEnd = Math.max(tokens[sentences.end[first.sentence]! - 1]!.end, last.end);
    const claim: Mutable<ClaimFields> = {
      type: draft.type,
      attribute: attributeOf(draft.type, draft.subject, draft.part),
      low: draft.low,
      high: draft.high,
      unit: draft.unit,
      approximate: draft.approximate,
      range: draft.range,
      derived: false,
      corrective: draft.corrective === true,
      source: {
        round,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        sentence: sentenceExcerpt(text, sentenceStart, sentenceEnd, first.start, last.end),
      },
    };
    // Optional fields are set only when present, so claims carry no undefined keys.
    if (storyId !== undefined) claim.storyId = storyId;
    if (draft.subject !== undefined) claim.subject = draft.subject;
    if (draft.part !== undefined) claim.part = draft.part;
    if (draft.currency !== undefined) claim.currency = draft.currency;
    if (draft.period !== undefined) claim.period = draft.period;
    if (draft.signed !== undefined) claim.signed = draft.signed;
    if (draft.bound !== undefined) claim.bound = draft.bound;
    if (draft.categories !== undefined) claim.categories = draft.categories;
    if (draft.label !== undefined) claim.label = draft.label;
    if (draft.correctedFrom !== undefined) claim.correctedFrom = draft.correctedFrom;
    // Each kind's reader gives its type its own unit and fields.
    return claim as Claim;
  });
}
