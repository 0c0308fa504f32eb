import { applyCorrections, type CorrectedDraft } from './corrections.js';
import { readDates } from './dates.js';
import type { CompiledLexicon } from './internal.js';
import { contextFlags, type Draft, readMultiplierWord, readQuantity } from './quantities.js';
import { readReasons } from './reasons.js';
import { readRoles } from './roles.js';
import { type Token, tokenize } from './tokenize.js';
import type { Claim, ClaimPart, ClaimType } from './types.js';

/** `type[.subject][.part]`. */
export function attributeOf(
  type: ClaimType,
  subject: string | undefined,
  part: ClaimPart | undefined,
): string {
  return [type, subject, part].filter((piece) => piece !== undefined).join('.');
}

function scanQuantities(tokens: readonly Token[], compiled: CompiledLexicon): Draft[] {
  const drafts: Draft[] = [];
  let previousEnd = -1;
  let index = 0;
  while (index < tokens.length) {
    const dates = readDates(tokens, index, compiled);
    if (dates.length > 0) {
      for (const date of dates) {
        drafts.push({
          type: 'date',
          lo: date.lo,
          hi: date.hi,
          unit: 'month-index',
          approximate: date.approximate,
          range: false,
          start: date.start,
          end: date.end,
          ...(date.part === undefined ? {} : { part: date.part }),
          ...contextFlags(tokens, date.start, compiled),
        });
      }
      index = dates[dates.length - 1]!.end;
      previousEnd = index;
      continue;
    }
    const multiplier = readMultiplierWord(tokens, index, compiled);
    if (multiplier !== undefined) {
      drafts.push(multiplier);
      index += 1;
      previousEnd = index;
      continue;
    }
    const quantity = readQuantity(tokens, index, compiled, previousEnd);
    if (quantity === undefined) {
      index += 1;
      continue;
    }
    drafts.push(...quantity.drafts);
    const end = Math.max(quantity.end, index + 1);
    if (quantity.drafts.length > 0) previousEnd = end;
    index = end;
  }
  return drafts;
}

/** Reads every draft claim of a text, corrections applied, non-claims and retractions dropped. */
export function extractDrafts(tokens: readonly Token[], compiled: CompiledLexicon): CorrectedDraft[] {
  const drafts = [
    ...scanQuantities(tokens, compiled),
    ...readRoles(tokens, compiled),
    ...readReasons(tokens, compiled),
  ];
  drafts.sort((left, right) => left.start - right.start || left.end - right.end);
  return applyCorrections(tokens, drafts, compiled).filter(
    (draft) =>
      draft.retracted !== true && draft.nonClaim !== true && (draft.quoted !== true || draft.corrective),
  );
}

function sentenceSpans(tokens: readonly Token[]): Map<number, { start: number; end: number }> {
  const spans = new Map<number, { start: number; end: number }>();
  for (const token of tokens) {
    const span = spans.get(token.sentence);
    if (span === undefined) spans.set(token.sentence, { start: token.start, end: token.end });
    else spans.set(token.sentence, { start: span.start, end: token.end });
  }
  return spans;
}

/** Reads the claims of one telling's free text. */
export function claimsFromText(
  text: string,
  compiled: CompiledLexicon,
  round: number,
  storyId: string | undefined,
): Claim[] {
  const tokens = tokenize(text);
  const sentences = sentenceSpans(tokens);
  return extractDrafts(tokens, compiled).map((draft) => {
    const first = tokens[draft.start]!;
    const last = tokens[Math.max(draft.end - 1, draft.start)]!;
    const sentence = sentences.get(first.sentence) ?? { start: first.start, end: last.end };
    const claim: Claim = {
      ...(storyId === undefined ? {} : { storyId }),
      type: draft.type,
      ...(draft.subject === undefined ? {} : { subject: draft.subject }),
      ...(draft.part === undefined ? {} : { part: draft.part }),
      attribute: attributeOf(draft.type, draft.subject, draft.part),
      lo: draft.lo,
      hi: draft.hi,
      unit: draft.unit,
      ...(draft.currency === undefined ? {} : { currency: draft.currency }),
      ...(draft.period === undefined ? {} : { period: draft.period }),
      ...(draft.signed === undefined ? {} : { signed: draft.signed }),
      ...(draft.bound === undefined ? {} : { bound: draft.bound }),
      ...(draft.categories === undefined ? {} : { categories: draft.categories }),
      ...(draft.label === undefined ? {} : { label: draft.label }),
      approximate: draft.approximate,
      range: draft.range,
      derived: false,
      corrective: draft.corrective,
      ...(draft.correctedFrom === undefined ? {} : { correctedFrom: draft.correctedFrom }),
      source: {
        round,
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        sentence: text.slice(sentence.start, sentence.end),
      },
    };
    return claim;
  });
}
