import type { Token } from '../../text/index.js';
import { buildDraft, type Draft } from '../draft.js';
import type { CompiledLexicon } from '../internal.js';
import { readNumber } from '../numbers.js';

/** The end of a member noun: "two senior engineers" is one noun although "senior" is a title too. */
function nounEnd(tokens: readonly Token[], from: number, compiled: CompiledLexicon): number {
  let end = from;
  for (let more = compiled.teamMemberNouns.matchAt(tokens, end); more !== undefined; ) {
    end += more.length;
    more = compiled.teamMemberNouns.matchAt(tokens, end);
  }
  return end;
}

/** One part of a team: "seven engineers", "a designer", "two QA". */
function readPart(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  first: boolean,
): { value: number; end: number } | undefined {
  let value: number;
  let next: number;
  const token = tokens[index];
  if (token === undefined) return undefined;
  if (!first && compiled.numberGrammar.articles.includes(token.lower)) {
    value = 1;
    next = index + 1;
  } else {
    // Most tokens are no number at all: skip them before the number grammar.
    if (token.kind !== 'number' && !compiled.numberWords.has(token.lower)) return undefined;
    const reading = readNumber(tokens, index, compiled);
    if (reading === undefined || reading.article || reading.fraction || reading.symbol !== undefined)
      return undefined;
    if (reading.suffix !== undefined || !Number.isInteger(reading.value) || reading.value > 10_000)
      return undefined;
    value = reading.value;
    next = reading.end;
  }
  for (let offset = 0; offset <= compiled.windows.teamModifier; offset++) {
    const at = next + offset;
    const noun = compiled.teamMemberNouns.matchAt(tokens, at);
    if (noun !== undefined) return { value, end: nounEnd(tokens, at + noun.length, compiled) };
    const word = tokens[at];
    if (word === undefined || word.kind !== 'word' || compiled.listJoiners.matchAt(tokens, at) !== undefined)
      return undefined;
  }
  return undefined;
}

/** The joiner after a part: ",", "and", ", and", "plus"; returns the index after it. */
function joinerAt(tokens: readonly Token[], index: number, compiled: CompiledLexicon): number | undefined {
  const joiner = compiled.listJoiners.matchAt(tokens, index);
  if (joiner === undefined) return undefined;
  const after = index + joiner.length;
  const second = tokens[index]?.text === ',' ? compiled.listJoiners.matchAt(tokens, after) : undefined;
  return second === undefined || tokens[after]?.text === ',' ? after : after + second.length;
}

/**
 * Reads a team told by its parts, "seven engineers plus a designer and an analyst", as one team
 * count: the sum of the parts, so it compares with "a team of nine". Needs at least two parts and a
 * number first; returns undefined otherwise, and the single count is read as before.
 */
export function scanTeamParts(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { drafts: Draft[]; end: number } | undefined {
  const first = readPart(tokens, index, compiled, true);
  if (first === undefined) return undefined;
  let total = first.value;
  let end = first.end;
  let parts = 1;
  for (;;) {
    const next = joinerAt(tokens, end, compiled);
    if (next === undefined) break;
    const part = readPart(tokens, next, compiled, false);
    if (part === undefined) break;
    total += part.value;
    end = part.end;
    parts += 1;
  }
  if (parts < 2) return undefined;
  const unit = { kind: 'count' as const, value: total, end, factor: 1, subject: 'team' };
  const draft = buildDraft(tokens, 'count', total, total, { start: index, end }, unit, compiled, {});
  return { drafts: [draft], end: Math.max(draft.end, end) };
}
