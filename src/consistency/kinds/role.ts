import type { Token } from '../../text/index.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, findLeft } from '../internal.js';

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentence !== tokens[index]!.sentence || previous.text === ',';
}

/**
 * The distance back to the "I" whose clause holds `index` ("I joined the payments team as …"), or undefined
 * when the clause breaks first or the words between give the title to someone else.
 */
function firstPersonBefore(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): number | undefined {
  for (let back = 1; back <= compiled.windows.asFrame; back++) {
    const token = tokens[index - back];
    // The token before a sentence is its closing punctuation, so this also stops at the sentence.
    if (token === undefined || token.kind === 'punct') return undefined;
    // "took me on as", "hired me into Corwen's as": the speaker is the object, the title theirs.
    if (compiled.speakerObjects.has(token.lower)) return back;
    if (compiled.otherPersonObjects.has(token.lower)) {
      // "I brought her in as": someone else's; "I was brought in as": passive, the speaker's; "I signed on with
      // Dunmore as": after a start verb, "with" names the employer.
      const before = index - back - 1;
      const employer = compiled.dateStartCues.matchEndingAt(tokens, before) !== undefined;
      if (!employer && !compiled.passiveAuxiliaries.has(tokens[before]?.lower ?? '')) return undefined;
      continue;
    }
    if (compiled.speakerWords.has(token.lower)) return back;
  }
  return undefined;
}

/**
 * "Six years at Orrin as a maintenance tech": a sentence with no verb that opens on a figure (the candidate's
 * own summary of a job) gives "as" to the speaker when nothing before it names anyone else. The distance back
 * to the sentence's start, or undefined.
 */
function toldByFigure(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): number | undefined {
  const sentence = tokens[index]!.sentence;
  let start = index;
  while (start > 0 && tokens[start - 1]!.sentence === sentence) start--;
  const first = tokens[start]!;
  if (first.kind !== 'number' && !compiled.numberWords.has(first.lower)) return undefined;
  for (let at = start; at < index; at++) {
    const word = tokens[at]!.lower;
    if (
      tokens[at]!.kind === 'punct' ||
      compiled.otherSubjects.has(word) ||
      compiled.otherPersonObjects.has(word)
    )
      return undefined;
    if (compiled.speakerWords.has(word) || compiled.pronouns.has(word)) return undefined;
  }
  return index - start;
}

/**
 * Whether the promotion at index is the speaker's: looking back through the sentence, an "I" comes
 * before any word that names someone else ("I was lead, then became tech lead" is; "my colleague
 * became head of product" is not).
 */
function promotedIsSpeaker(tokens: readonly Token[], index: number, compiled: CompiledLexicon): boolean {
  const sentence = tokens[index]!.sentence;
  const limit = Math.max(0, index - compiled.windows.promotion);
  for (let back = index - 1; back >= limit && tokens[back]!.sentence === sentence; back--) {
    const word = tokens[back]!.lower;
    if (compiled.speakerWords.has(word)) return true;
    if (compiled.otherSubjects.has(word)) return false;
  }
  return false;
}

function isFirstPerson(tokens: readonly Token[], index: number, compiled: CompiledLexicon): boolean {
  let previous = index - 1;
  if (compiled.roleAdverbs.has(tokens[previous]?.lower ?? '')) previous -= 1;
  // "I was leading that team": an auxiliary between the speaker and the verb.
  if (compiled.passiveAuxiliaries.has(tokens[previous]?.lower ?? '')) previous -= 1;
  return compiled.verbSpeakers.has(tokens[previous]?.lower ?? '') || isSentenceStart(tokens, previous + 1);
}

interface TitleReading {
  readonly level: number;
  readonly label: string;
  readonly end: number;
  readonly followedByBreak: boolean;
}

function isBreakAt(tokens: readonly Token[], index: number, compiled: CompiledLexicon): boolean {
  const token = tokens[index];
  return token === undefined || token.kind === 'punct' || compiled.titleStops.has(token.lower);
}

/** "engineers" read as the one-word title "engineer", for "one of the engineers". */
function singularTitle(
  token: Token,
  compiled: CompiledLexicon,
): { value: number; length: number } | undefined {
  const level = compiled.pluralTitles.get(token.lower);
  return level === undefined ? undefined : { value: level, length: 1 };
}

/** Reads a title phrase at index and returns its highest ladder level. */
function readTitle(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
  spoken = false,
): TitleReading | undefined {
  let position = index;
  const oneOf =
    compiled.oneOf.length > 0 &&
    compiled.oneOf.every((word, offset) => tokens[position + offset]?.lower === word);
  if (oneOf) position += compiled.oneOf.length;
  if (compiled.titleArticles.has(tokens[position]?.lower ?? '')) position += 1;
  const marker = tokens[position]?.lower ?? '';
  // "I was their manager" is the candidate's title over a group; "I was his manager's deputy" is not.
  if (
    spoken &&
    compiled.groupPossessives.has(marker) &&
    !compiled.otherOwners.has(tokens[position + 1]?.lower ?? '')
  )
    position += 1;
  else if (compiled.otherPersonMarkers.has(marker)) return undefined;
  let best: { level: number; label: string } | undefined;
  let lastKeywordEnd = -1;
  let end = position;
  while (end < tokens.length && end < position + compiled.windows.title) {
    const token = tokens[end]!;
    if (token.kind !== 'word' || compiled.titleStops.has(token.lower)) break;
    const found =
      compiled.titleLevels.matchAt(tokens, end) ?? (oneOf ? singularTitle(token, compiled) : undefined);
    if (found !== undefined) {
      const label = tokens
        .slice(end, end + found.length)
        .map((part) => part.lower)
        .join(' ');
      if (best === undefined || found.value > best.level) best = { level: found.value, label };
      end += found.length;
      lastKeywordEnd = end;
      continue;
    }
    end += 1;
  }
  if (best === undefined) return undefined;
  const followedByBreak =
    isBreakAt(tokens, lastKeywordEnd, compiled) ||
    tokens[lastKeywordEnd]?.lower === compiled.numberGrammar.of ||
    compiled.titleLevels.matchAt(tokens, lastKeywordEnd) !== undefined ||
    // "As head of analytics, I …": a title ending in "of" takes its object, then the break.
    (best.label.endsWith(` ${compiled.numberGrammar.of}`) && isBreakAt(tokens, end, compiled));
  return { level: best.level, label: best.label, end, followedByBreak };
}

function roleDraft(level: number, label: string, start: number, end: number, final: boolean): Draft {
  return {
    type: 'role',
    low: level,
    high: level,
    unit: 'level',
    label,
    approximate: false,
    range: false,
    start,
    end,
    ...(final ? { part: 'final' as const } : {}),
  };
}

function readFrame(tokens: readonly Token[], index: number, compiled: CompiledLexicon): Draft | undefined {
  const frame = compiled.titleFrames.matchAt(tokens, index);
  if (frame === undefined) return undefined;
  let reach = compiled.windows.roleNonClaim;
  const isAs = compiled.asFrames.has(frame.value);
  const speakerBack = isAs ? firstPersonBefore(tokens, index, compiled) : undefined;
  if (isAs) {
    const previous = tokens[index - 1]?.lower ?? '';
    if (!isSentenceStart(tokens, index) && !compiled.asFrameLeads.has(previous)) {
      const back = speakerBack ?? toldByFigure(tokens, index, compiled);
      if (back === undefined) return undefined;
      reach = Math.max(reach, back);
    }
  }
  // "my manager was promoted to director", "who had been promoted to VP": a promotion frame is the
  // candidate's only with an "I" in its clause (or alone at the start of a sentence).
  const isPromotion = compiled.promotionFrames.matchAt(tokens, index) !== undefined;
  if (
    isPromotion &&
    !compiled.speakerWords.has(tokens[index]?.lower ?? '') &&
    !isSentenceStart(tokens, index) &&
    !promotedIsSpeaker(tokens, index, compiled)
  )
    return undefined;
  // "I was there two years as their ops director": after the speaker's own "as", a group's possessive names whom
  // the title is over, as after "I was".
  const spokenAs = speakerBack !== undefined;
  const spoken = spokenAs || (!isAs && !isPromotion && compiled.speakerWords.has(tokens[index]?.lower ?? ''));
  const title = readTitle(tokens, index + frame.length, compiled, spoken);
  if (title === undefined || (isAs && !title.followedByBreak)) return undefined;
  if (findLeft(tokens, index, reach, compiled.nonClaimMarkers, compiled) !== undefined) return undefined;
  const final = compiled.promotionFrames.matchEndingAt(tokens, index + frame.length - 1) !== undefined;
  return roleDraft(title.level, title.label, index, title.end, final);
}

function readVerb(tokens: readonly Token[], index: number, compiled: CompiledLexicon): Draft | undefined {
  const token = tokens[index]!;
  const lead = compiled.leadVerbs.get(token.lower);
  if (lead !== undefined && isFirstPerson(tokens, index, compiled))
    return roleDraft(lead, token.lower, index, index + 1, false);
  const manage = compiled.teamVerbs.get(token.lower);
  if (manage === undefined || !isFirstPerson(tokens, index, compiled)) return undefined;
  for (let offset = 1; offset <= compiled.windows.teamObject; offset++) {
    const object = tokens[index + offset];
    if (object === undefined || object.kind === 'punct') return undefined;
    if (compiled.teamObjects.has(object.lower))
      return roleDraft(manage, token.lower, index, index + offset + 1, false);
  }
  return undefined;
}

/**
 * Reads the candidate's own titles from first-person frames ("as tech lead", "I was head of
 * data", "I led", "promoted to manager"); another person's title is ignored. With a promotion,
 * the later title is `role.final` and the earlier one `role.initial`.
 */
export function readRoles(tokens: readonly Token[], compiled: CompiledLexicon): Draft[] {
  const drafts: Draft[] = [];
  const verbDrafts = new Set<Draft>();
  for (let index = 0; index < tokens.length; index++) {
    const framed = readFrame(tokens, index, compiled);
    const draft = framed ?? readVerb(tokens, index, compiled);
    if (draft === undefined) continue;
    if (framed === undefined) verbDrafts.add(draft);
    drafts.push(draft);
    index = draft.end - 1;
  }
  // A title said in a frame ("As team lead I ran the squad") outranks the level a verb implies.
  const framed = drafts.filter((draft) => !verbDrafts.has(draft));
  const chosen = framed.length > 0 ? framed : drafts;
  const final = chosen.find((draft) => draft.part === 'final');
  if (final === undefined) return chosen;
  const withInitial = chosen.map((draft) =>
    draft.part === undefined && draft.low < final.low ? { ...draft, part: 'initial' as const } : draft,
  );
  // A promotion with no earlier title in the telling is simply the title.
  if (withInitial.some((draft) => draft.part === 'initial')) return withInitial;
  return withInitial.map((draft) => {
    if (draft.part !== 'final') return draft;
    const { part: _part, ...rest } = draft;
    return rest;
  });
}
