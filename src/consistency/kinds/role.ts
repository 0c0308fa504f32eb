import type { Token } from '../../text/index.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, findLeft } from '../internal.js';

const ARTICLES = new Set(['a', 'an', 'the']);
const AS_CONTEXT = new Set(['joined', 'worked', 'served', 'started', 'hired', 'stayed', 'came', 'me']);
const FIRST_PERSON = new Set(['i', "i'd", "i've", "i'm"]);
/** Between "I" and "as", these make the title someone else's: "I hired her as", "I worked with Sam as". */
const OTHER_PERSON_OBJECTS = new Set([
  'her',
  'him',
  'them',
  'someone',
  'somebody',
  'hired',
  'recruited',
  'mentored',
  'coached',
  'onboarded',
  'brought',
  'promoted',
  'with',
  'under',
  'reported',
]);
/** How far back "as" looks for the "I" of its clause: "I joined Nimbus in September 2021 as a lead". */
const AS_REACH = 10;
/** "one of the engineers": a plural title after these words reads as the singular. */
const ONE_OF = ['one', 'of'];
const ADVERBS = new Set([
  'have',
  'had',
  'also',
  'personally',
  'then',
  'later',
  'eventually',
  'actually',
  'directly',
  'originally',
]);

function isSentenceStart(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  return previous === undefined || previous.sentence !== tokens[index]!.sentence || previous.text === ',';
}

/**
 * The distance back to the "I" whose clause holds `index` ("I joined the payments team as …"), or undefined
 * when the clause breaks first or the words between give the title to someone else.
 */
function firstPersonBefore(tokens: readonly Token[], index: number): number | undefined {
  for (let back = 1; back <= AS_REACH; back++) {
    const token = tokens[index - back];
    // The token before a sentence is its closing punctuation, so this also stops at the sentence.
    if (token === undefined || token.kind === 'punct') return undefined;
    if (OTHER_PERSON_OBJECTS.has(token.lower)) return undefined;
    if (FIRST_PERSON.has(token.lower)) return back;
  }
  return undefined;
}

/** How far back a promotion looks for its subject, so a long sentence stays linear to read. */
const PROMOTION_REACH = 30;
/** Words that make the subject of a promotion someone else ("my manager was promoted", "who became"). */
const OTHER_SUBJECTS = new Set([
  'my',
  'our',
  'his',
  'her',
  'their',
  'your',
  'who',
  'she',
  'he',
  'they',
  'whom',
]);

/**
 * Whether the promotion at index is the speaker's: looking back through the sentence, an "I" comes
 * before any word that names someone else ("I was lead, then became tech lead" is; "my colleague
 * became head of product" is not).
 */
function promotedIsSpeaker(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]!.sentence;
  const limit = Math.max(0, index - PROMOTION_REACH);
  for (let back = index - 1; back >= limit && tokens[back]!.sentence === sentence; back--) {
    const word = tokens[back]!.lower;
    if (FIRST_PERSON.has(word)) return true;
    if (OTHER_SUBJECTS.has(word)) return false;
  }
  return false;
}

function isFirstPerson(tokens: readonly Token[], index: number): boolean {
  let previous = index - 1;
  if (ADVERBS.has(tokens[previous]?.lower ?? '')) previous -= 1;
  const subject = tokens[previous]?.lower;
  return subject === 'i' || subject === "i've" || subject === "i'd" || isSentenceStart(tokens, previous + 1);
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
): TitleReading | undefined {
  let position = index;
  const oneOf = ONE_OF.every((word, offset) => tokens[position + offset]?.lower === word);
  if (oneOf) position += ONE_OF.length;
  if (ARTICLES.has(tokens[position]?.lower ?? '')) position += 1;
  if (compiled.otherPersonMarkers.has(tokens[position]?.lower ?? '')) return undefined;
  let best: { level: number; label: string } | undefined;
  let lastKeywordEnd = -1;
  let end = position;
  while (end < tokens.length && end < position + 5) {
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
    tokens[lastKeywordEnd]?.lower === 'of' ||
    compiled.titleLevels.matchAt(tokens, lastKeywordEnd) !== undefined ||
    // "As head of analytics, I …": a title ending in "of" takes its object, then the break.
    (best.label.endsWith(' of') && isBreakAt(tokens, end, compiled));
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
  let reach = 3;
  if (frame.value === 'as') {
    const previous = tokens[index - 1]?.lower ?? '';
    if (!isSentenceStart(tokens, index) && !AS_CONTEXT.has(previous)) {
      const back = firstPersonBefore(tokens, index);
      if (back === undefined) return undefined;
      reach = Math.max(reach, back);
    }
  }
  // "my manager was promoted to director", "who had been promoted to VP": a promotion frame is the
  // candidate's only with an "I" in its clause (or alone at the start of a sentence).
  const isPromotion = compiled.promotionFrames.matchAt(tokens, index) !== undefined;
  if (
    isPromotion &&
    !FIRST_PERSON.has(tokens[index]?.lower ?? '') &&
    !isSentenceStart(tokens, index) &&
    !promotedIsSpeaker(tokens, index)
  )
    return undefined;
  const title = readTitle(tokens, index + frame.length, compiled);
  if (title === undefined || (frame.value === 'as' && !title.followedByBreak)) return undefined;
  if (findLeft(tokens, index, reach, compiled.nonClaimMarkers, compiled) !== undefined) return undefined;
  const final = compiled.promotionFrames.matchEndingAt(tokens, index + frame.length - 1) !== undefined;
  return roleDraft(title.level, title.label, index, title.end, final);
}

function readVerb(tokens: readonly Token[], index: number, compiled: CompiledLexicon): Draft | undefined {
  const token = tokens[index]!;
  const lead = compiled.leadVerbs.get(token.lower);
  if (lead !== undefined && isFirstPerson(tokens, index))
    return roleDraft(lead, token.lower, index, index + 1, false);
  const manage = compiled.teamVerbs.get(token.lower);
  if (manage === undefined || !isFirstPerson(tokens, index)) return undefined;
  for (let offset = 1; offset <= 6; offset++) {
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
