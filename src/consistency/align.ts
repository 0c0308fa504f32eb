import { type Token, tokenize } from '../text/index.js';
import { type CompiledLexicon, isClauseBreak } from './internal.js';
import type { Claim, ClaimPart } from './types.js';

/** Two claims paired for comparison, with how they were paired. */
export interface ClaimPair {
  readonly one: Claim;
  readonly two: Claim;
  readonly attribute: string;
  readonly flags: readonly string[];
}

/** The result of aligning two sides. */
export interface Alignment {
  readonly pairs: readonly ClaimPair[];
  readonly unverified: readonly Claim[];
}

/** Options of the alignment step. */
export interface AlignOptions {
  /** Pair a subject-less claim with the only unpaired claim of its type on the other side, and twins by value. */
  readonly typeFallback: boolean;
  /** A retracted value matches a round-one claim when within this fraction. */
  readonly matchRelative: number;
  /** What a claim is about beyond its attribute (see {@link frameReader}); without it, no frame step runs. */
  readonly frameOf?: (claim: Claim) => ClaimFrame;
  /** The phase subjects of durations (the lexicon's): a phase told as the whole story may stand for its length. */
  readonly phaseSubjects?: ReadonlySet<string>;
  /** The lexicon's subjects as `type.subject` ("money.budget"): any other subject is an open word. */
  readonly lexiconSubjects?: ReadonlySet<string>;
}

/**
 * What a claim is about beyond its attribute, read from its sentence: the story's length or a sub-task's, the
 * team or a subgroup of it. Alignment uses it to keep round two's extra detail from hiding the main claim.
 */
export interface ClaimFrame {
  /** Stems (first letters) of the content words of its sentence outside its own span: what the number is about. */
  readonly words: ReadonlySet<string>;
  /** The same, of its own clause only (up to the clause breaks either side). */
  readonly clauseWords: ReadonlySet<string>;
  /** Told as a part of the story ("the migration alone took", "of those, three engineers", "the first five"). */
  readonly part: boolean;
  /** Told as the whole story's ("in total", "end to end", "from kickoff to launch"). */
  readonly whole: boolean;
  /** A phase word of durations stands before it in its sentence ("the pilot took"), not only after ("took a year to build"). */
  readonly ledByPhase: boolean;
  /** Put first among the candidate's stances ("my first priority", "what excites me most"), in its span or just by it. */
  readonly emphasis: boolean;
}

/** The subject the reader gives a duration that is a point inside the story ("within three months"). */
const MILESTONE = 'milestone';
/** The attribute of the story's length. */
const LENGTH = 'duration';
/** Frame words a milestone must share with the other round's length to stand for it. */
const MILESTONE_SHARED_WORDS = 2;

/** How many letters of a word its frame keeps, so "migration" and "migrated" name the same thing. */
const STEM_LETTERS = 5;
/** Content words shorter than this say nothing about what a number is about ("us", "it"). */
const SHORTEST_FRAME_WORD = 3;

function frameOfTokens(
  tokens: readonly Token[],
  first: number,
  end: number,
  compiled: CompiledLexicon,
): ClaimFrame {
  const words = new Set<string>();
  const clauseWords = new Set<string>();
  let clauseStart = 0;
  for (let index = first - 1; index >= 0; index--)
    if (isClauseBreak(tokens[index]!, compiled)) {
      clauseStart = index + 1;
      break;
    }
  let clauseEnd = tokens.length;
  for (let index = end; index < tokens.length; index++)
    if (isClauseBreak(tokens[index]!, compiled)) {
      clauseEnd = index;
      break;
    }
  let whole = false;
  let ledByPhase = false;
  tokens.forEach((token, index) => {
    if (compiled.wholeMarkers.matchAt(tokens, index) !== undefined) whole = true;
    if (index < first && compiled.subjects.duration.matchAt(tokens, index) !== undefined) ledByPhase = true;
    if (index >= first && index < end) return;
    if (token.kind !== 'word' || token.lower.length < SHORTEST_FRAME_WORD) return;
    if (compiled.functionWords.has(token.lower) || compiled.durationUnits.has(token.lower)) return;
    words.add(token.lower.slice(0, STEM_LETTERS));
    if (index >= clauseStart && index < clauseEnd) clauseWords.add(token.lower.slice(0, STEM_LETTERS));
  });
  const window = compiled.windows.partMarker;
  let part = false;
  // A part marker ending just before the claim ("of those, three engineers") or starting just after it
  // ("took a month on their own"), or a milestone word in front of it ("the first five services").
  for (let index = Math.max(0, first - window); index < Math.min(tokens.length, end + window); index++) {
    const before = index < first && compiled.partMarkers.matchEndingAt(tokens, index) !== undefined;
    const after = index >= end && compiled.partMarkers.matchAt(tokens, index) !== undefined;
    if (before || after) part = true;
  }
  const lead = tokens[first - 1]?.lower ?? '';
  const leadPastArticle = compiled.definiteArticles.has(tokens[first - 2]?.lower ?? '') ? lead : '';
  if (compiled.milestoneMarkers.has(leadPastArticle)) part = true;
  let emphasis = false;
  for (let index = first; index < end && !emphasis; index++)
    emphasis = compiled.stanceEmphasis.matchAt(tokens, index) !== undefined;
  const reach = compiled.windows.stanceOwner ?? 0;
  for (let index = first - 1; index >= Math.max(0, first - reach) && !emphasis; index--) {
    if (isClauseBreak(tokens[index]!, compiled)) break;
    emphasis = compiled.stanceEmphasis.matchAt(tokens, index) !== undefined;
  }
  for (let index = end; index < Math.min(tokens.length, end + reach) && !emphasis; index++) {
    if (isClauseBreak(tokens[index]!, compiled)) break;
    emphasis = compiled.stanceEmphasis.matchAt(tokens, index) !== undefined;
  }
  return { words, clauseWords, part, whole, ledByPhase, emphasis };
}

/**
 * Reads the frame of a claim from its sentence (see {@link ClaimFrame}), once per claim: content words
 * outside the claim's own span, part markers near it, whole markers anywhere in the sentence.
 */
export function frameReader(compiled: CompiledLexicon): (claim: Claim) => ClaimFrame {
  const frames = new WeakMap<Claim, ClaimFrame>();
  return (claim) => {
    const known = frames.get(claim);
    if (known !== undefined) return known;
    const sentence = claim.source.sentence;
    const tokens = tokenize(sentence);
    const at = sentence.indexOf(claim.source.text);
    const stop = at + claim.source.text.length;
    let first = tokens.length;
    let end = tokens.length;
    if (at >= 0) {
      first = tokens.findIndex((token) => token.start >= at);
      if (first < 0) first = tokens.length;
      end = first;
      while (end < tokens.length && tokens[end]!.end <= stop) end += 1;
    }
    const frame = frameOfTokens(tokens, first, end, compiled);
    frames.set(claim, frame);
    return frame;
  };
}

/** How many frame words two claims share. */
function sharedWords(first: ClaimFrame, second: ClaimFrame): number {
  let shared = 0;
  for (const word of first.words) if (second.words.has(word)) shared += 1;
  return shared;
}

const FALLBACK_TYPES = new Set(['percentage', 'money', 'count']);

function signature(claim: Claim): string {
  return [
    claim.low,
    claim.high,
    claim.currency ?? '',
    claim.period ?? '',
    (claim.categories ?? []).join('+'),
    // A stance read from text is its polarity; its label only quotes the words it was read from.
    claim.unit === 'polarity' ? '' : (claim.label ?? ''),
  ].join('|');
}

interface Side {
  readonly chosen: Map<string, Claim>;
  readonly ambiguous: Claim[];
  /** Claims of an attribute whose main claim was told apart by its frame: the parts, unverified. */
  readonly setAside: Claim[];
  /** The claims of each ambiguous attribute, for the frame step. */
  readonly ambiguousGroups: Map<string, Claim[]>;
}

function distinctValues(claims: readonly Claim[]): number {
  return new Set(claims.map(signature)).size;
}

/**
 * The main claim of a group with several values, told apart by its frame: the only value left once parts
 * are set aside ("of those, three engineers", "the migration alone took"), else the only one told as the
 * whole ("in total"). Undefined when the frame does not decide.
 */
function mainOfGroup(group: readonly Claim[], frameOf: (claim: Claim) => ClaimFrame): Claim | undefined {
  const notParts = group.filter((claim) => !frameOf(claim).part);
  if (notParts.length === 0) return undefined;
  if (distinctValues(notParts) === 1) return notParts[0];
  const whole = notParts.filter((claim) => frameOf(claim).whole);
  if (whole.length > 0 && distinctValues(whole) === 1) return whole[0];
  return undefined;
}

/**
 * Groups by attribute; a corrective claim supersedes the others; differing values are ambiguous unless the
 * frame tells the main claim from the parts.
 */
function resolveSide(claims: readonly Claim[], frameOf?: (claim: Claim) => ClaimFrame): Side {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const group = groups.get(claim.attribute) ?? [];
    group.push(claim);
    groups.set(claim.attribute, group);
  }
  const chosen = new Map<string, Claim>();
  const ambiguous: Claim[] = [];
  const setAside: Claim[] = [];
  const ambiguousGroups = new Map<string, Claim[]>();
  for (const [attribute, group] of groups) {
    const correctives = group.filter((claim) => claim.corrective);
    const candidates = correctives.length > 0 ? correctives : group;
    if (distinctValues(candidates) === 1) {
      chosen.set(attribute, candidates[0]!);
      continue;
    }
    const main = frameOf === undefined ? undefined : mainOfGroup(candidates, frameOf);
    if (main !== undefined) {
      chosen.set(attribute, main);
      for (const claim of group) if (signature(claim) !== signature(main)) setAside.push(claim);
      continue;
    }
    for (const claim of group) ambiguous.push(claim);
    ambiguousGroups.set(attribute, group);
  }
  return { chosen, ambiguous, setAside, ambiguousGroups };
}

/**
 * Whether a quoted or retracted value names this claim: within `relative` of its interval, either as
 * signed values or as magnitudes ("not 22%" against a cut of 20–25%).
 */
export function valueMatches(claim: Claim, value: number, relative: number): boolean {
  const smallest = Math.min(Math.abs(claim.low), Math.abs(claim.high));
  const largest = Math.max(Math.abs(claim.low), Math.abs(claim.high));
  const slack = relative * largest;
  const magnitude = Math.abs(value);
  return (
    (value >= claim.low - slack && value <= claim.high + slack) ||
    (magnitude >= smallest - slack && magnitude <= largest + slack)
  );
}

/**
 * Only like-for-like claims may pair by type alone: both signed changes (never a level such as
 * "95% uptime" against "grew 30%"), the same rate period, no open bound.
 */
function isFallbackCompatible(first: Claim, second: Claim): boolean {
  if (first.type === 'percentage' && (first.signed !== true || second.signed !== true)) return false;
  if (first.period !== second.period) return false;
  return first.bound === undefined && second.bound === undefined;
}

function typeKey(claim: Claim): string {
  return `${claim.type}.${claim.part ?? ''}`;
}

/**
 * Pairs round-one and round-two claims: by attribute; then a subject-less round-two claim
 * inherits the subject of the round-one claim whose value it quotes; then, optionally, the only
 * unpaired claim of a type on each side. Anything else stays unverified.
 */
export function alignClaims(
  roundOne: readonly Claim[],
  roundTwo: readonly Claim[],
  options: AlignOptions,
): Alignment {
  const frameOf = options.frameOf;
  const one = resolveSide(roundOne, frameOf);
  const two = resolveSide(roundTwo, frameOf);
  const pairs: ClaimPair[] = [];
  const openOne = new Map(one.chosen);
  const openTwo = new Map(two.chosen);
  for (const [attribute, claim] of two.chosen) {
    const match = openOne.get(attribute);
    if (match === undefined) continue;
    pairs.push({ one: match, two: claim, attribute, flags: [] });
    openOne.delete(attribute);
    openTwo.delete(attribute);
  }
  const ambiguousOne = new Map(one.ambiguousGroups);
  const ambiguousTwo = new Map(two.ambiguousGroups);
  const leftOver: Claim[] = [...one.setAside, ...two.setAside];
  if (frameOf !== undefined) {
    pairByFrame(ambiguousTwo, openOne, 'two', frameOf, pairs, leftOver);
    pairByFrame(ambiguousOne, openTwo, 'one', frameOf, pairs, leftOver);
  }
  const inherit = (flag: string, readValue: (claim: Claim) => number | undefined) => {
    for (const [attribute, claim] of [...openTwo]) {
      const value = readValue(claim);
      if (claim.subject !== undefined || value === undefined) continue;
      const candidates = [...openOne.values()].filter(
        (other) =>
          other.type === claim.type &&
          other.part === claim.part &&
          other.subject !== undefined &&
          valueMatches(other, value, options.matchRelative),
      );
      if (candidates.length !== 1) continue;
      const match = candidates[0]!;
      // "took nine months from kickoff to launch" against "a nine-month project": a phase word said only after
      // the length names the story's aim, so the pair is the story's length, not the launch phase.
      const isLength =
        frameOf !== undefined &&
        match.type === 'duration' &&
        options.phaseSubjects?.has(match.subject ?? '') === true &&
        !frameOf(match).ledByPhase;
      pairs.push({
        one: match,
        two: claim,
        attribute: isLength ? attribute : match.attribute,
        flags: [flag],
      });
      openOne.delete(match.attribute);
      openTwo.delete(attribute);
    }
  };
  inherit('subject_from_quote', (claim) => claim.correctedFrom);
  inherit('subject_from_value', (claim) => (claim.low === claim.high ? claim.low : undefined));
  // A correction says what it corrects even in other words ("we spent $2.6M, not $2M" against "the budget was
  // $2M"): an unpaired corrective claim pairs with the round-one claim of its type whose value it retracts, or
  // with the only unpaired one of its type when it names no value and is the only correction of that type.
  for (const [attribute, claim] of [...openTwo]) {
    if (!claim.corrective) continue;
    const sameType = [...openOne.values()].filter((other) => other.type === claim.type);
    const retracted =
      claim.correctedFrom === undefined
        ? undefined
        : sameType.filter((other) => valueMatches(other, claim.correctedFrom!, options.matchRelative));
    const correctionsOfType = [...openTwo.values()].filter(
      (other) => other.corrective && other.type === claim.type,
    ).length;
    const candidates = retracted ?? (correctionsOfType === 1 ? sameType : []);
    if (candidates.length !== 1) continue;
    const match = candidates[0]!;
    pairs.push({ one: match, two: claim, attribute: match.attribute, flags: ['paired_by_correction'] });
    openOne.delete(match.attribute);
    openTwo.delete(attribute);
  }
  if (frameOf !== undefined && options.lexiconSubjects !== undefined) {
    pairBySubjectWord(openOne, openTwo, options.lexiconSubjects, frameOf, pairs, 'one');
    pairBySubjectWord(openTwo, openOne, options.lexiconSubjects, frameOf, pairs, 'two');
  }
  const stillAmbiguous = [...[...ambiguousOne.values()].flat(), ...[...ambiguousTwo.values()].flat()];
  if (frameOf !== undefined) pairLengths(openOne, openTwo, stillAmbiguous, options, frameOf, pairs);
  if (options.typeFallback) {
    const ambiguousTypes = new Set(stillAmbiguous.map(typeKey));
    const byType = (open: Map<string, Claim>) => {
      const grouped = new Map<string, Claim[]>();
      for (const claim of open.values()) {
        const group = grouped.get(typeKey(claim)) ?? [];
        group.push(claim);
        grouped.set(typeKey(claim), group);
      }
      return grouped;
    };
    const typesTwo = byType(openTwo);
    for (const [key, groupOne] of byType(openOne)) {
      const groupTwo = typesTwo.get(key);
      const first = groupOne[0]!;
      if (groupTwo === undefined || groupOne.length !== 1 || groupTwo.length !== 1 || ambiguousTypes.has(key))
        continue;
      const second = groupTwo[0]!;
      if (!FALLBACK_TYPES.has(first.type) || (first.subject !== undefined && second.subject !== undefined))
        continue;
      if (!isFallbackCompatible(first, second)) continue;
      pairs.push({
        one: first,
        two: second,
        attribute: first.subject !== undefined ? first.attribute : second.attribute,
        flags: ['type_fallback'],
      });
      openOne.delete(first.attribute);
      openTwo.delete(second.attribute);
    }
  }
  const restOne = [...openOne.values(), ...[...ambiguousOne.values()].flat()];
  const restTwo = [...openTwo.values(), ...[...ambiguousTwo.values()].flat()];
  const byValue =
    options.typeFallback && options.lexiconSubjects !== undefined
      ? pairByValue(restOne, restTwo, options.lexiconSubjects)
      : [];
  const paired = new Set(byValue.flatMap((pair) => [pair.one, pair.two]));
  pairs.push(...byValue);
  const unverified = [...restOne, ...restTwo, ...leftOver].filter((claim) => !paired.has(claim));
  return { pairs, unverified };
}

/** The kinds of claim whose told value alone may pair them across rounds (see {@link pairByValue}). */
const VALUE_TYPES = new Set(['percentage', 'money', 'count', 'duration']);

/** The value of a claim as compared by {@link pairByValue}: type, unit, currency and magnitude. */
function valueKey(claim: Claim): string {
  return [claim.type, claim.unit, claim.currency ?? '', Math.abs(claim.low), Math.abs(claim.high)].join('|');
}

/**
 * The same figure retold in other words ("churn was 18% a year" against "we were losing about 18% of them every
 * year"): after every other step, a claim left unpaired on each side with the same value, the only one of that
 * value on its side, pairs with its twin (flag paired_by_value). Never two claims the lexicon names differently
 * (money.budget against money.revenue) or one attribute the attribute step found ambiguous, never an attribute
 * its side corrects, never a signed change against one of the other sign or a rate of another period, never a derived or
 * corrective claim. The pair can only be consistent: nothing is flagged that the other steps left alone.
 */
function pairByValue(
  one: readonly Claim[],
  two: readonly Claim[],
  lexiconSubjects: ReadonlySet<string>,
): ClaimPair[] {
  const eligible = (claims: readonly Claim[]) => {
    // An attribute its side corrects is the corrections' to settle, whatever else that side repeated.
    const corrected = new Set(claims.filter((claim) => claim.corrective).map((claim) => claim.attribute));
    const byKey = new Map<string, Claim[]>();
    for (const claim of claims) {
      if (!VALUE_TYPES.has(claim.type) || claim.derived || claim.corrective || claim.bound !== undefined)
        continue;
      if (corrected.has(claim.attribute)) continue;
      const key = valueKey(claim);
      const group = byKey.get(key) ?? [];
      group.push(claim);
      byKey.set(key, group);
    }
    return byKey;
  };
  const named = (claim: Claim) =>
    claim.subject !== undefined && lexiconSubjects.has(`${claim.type}.${claim.subject}`);
  const keysTwo = eligible(two);
  const pairs: ClaimPair[] = [];
  for (const [key, groupOne] of eligible(one)) {
    const groupTwo = keysTwo.get(key);
    if (groupTwo === undefined || groupOne.length !== 1 || groupTwo.length !== 1) continue;
    const [first, second] = [groupOne[0]!, groupTwo[0]!];
    // One attribute on both sides left unpaired is one the attribute step found ambiguous: it stays so.
    if (first.attribute === second.attribute) continue;
    if (named(first) && named(second) && first.subject !== second.subject) continue;
    if (first.signed === true && second.signed === true && Math.sign(first.low) !== Math.sign(second.low))
      continue;
    // "18% a year" against "18% of them every year"; never a rate per month against one per year.
    if (first.period !== undefined && second.period !== undefined && first.period !== second.period) continue;
    // Round one's name unless it gave none; one length under two phase words is the story's length.
    const attribute =
      first.type === 'duration' && first.subject !== second.subject
        ? LENGTH
        : first.subject !== undefined
          ? first.attribute
          : second.attribute;
    pairs.push({ one: first, two: second, attribute, flags: ['paired_by_value'] });
  }
  return [...pairs, ...otherEnds(pairs, one, two)];
}

/** The part at the other end of a change ("from 18% to 11%": from ↔ to). */
const OTHER_END: Readonly<Record<string, ClaimPart>> = { from: 'to', to: 'from' };

/** An attribute without its part: "percentage.readmissions.from" → "percentage.readmissions". */
function changeOf(claim: Claim): string {
  return claim.part === undefined ? claim.attribute : claim.attribute.slice(0, -claim.part.length - 1);
}

/**
 * A change paired by one end pairs by its other end too ("from about 18% down to 14%" against "from 18% to
 * 11%": the starts match, so the ends are the same change's and are compared): when each side has exactly
 * one unpaired claim of the other part under the same change (flag paired_by_change).
 */
function otherEnds(pairs: readonly ClaimPair[], one: readonly Claim[], two: readonly Claim[]): ClaimPair[] {
  const used = new Set(pairs.flatMap((pair) => [pair.one, pair.two]));
  const ends: ClaimPair[] = [];
  const endOf = (claims: readonly Claim[], of: Claim) => {
    const part = OTHER_END[of.part ?? ''];
    const found = claims.filter(
      (claim) =>
        claim.type === of.type && claim.part === part && changeOf(claim) === changeOf(of) && !used.has(claim),
    );
    return found.length === 1 ? found[0] : undefined;
  };
  for (const pair of pairs) {
    if (pair.one.part === undefined || pair.one.part !== pair.two.part) continue;
    const [first, second] = [endOf(one, pair.one), endOf(two, pair.two)];
    if (first === undefined || second === undefined) continue;
    const attribute = first.subject !== undefined ? first.attribute : second.attribute;
    ends.push({ one: first, two: second, attribute, flags: ['paired_by_change'] });
    used.add(first);
    used.add(second);
  }
  return ends;
}

/**
 * An attribute with several values on one side and one on the other: the claim whose frame shares the most
 * words with the single one ("the platform rebuild took 18 months" against "I led the platform rebuild over
 * 14 months", not "the auth service took three months") pairs with it, when it alone shares the most.
 */
function pairByFrame(
  groups: Map<string, Claim[]>,
  open: Map<string, Claim>,
  groupSide: 'one' | 'two',
  frameOf: (claim: Claim) => ClaimFrame,
  pairs: ClaimPair[],
  leftOver: Claim[],
): void {
  for (const [attribute, group] of [...groups]) {
    const single = open.get(attribute);
    if (single === undefined) continue;
    const target = frameOf(single);
    const scored = group
      .filter((claim) => !frameOf(claim).part)
      .map((claim) => ({ claim, shared: sharedWords(frameOf(claim), target) }));
    const best = scored.reduce((most, entry) => Math.max(most, entry.shared), 0);
    if (best === 0) continue;
    const top = scored.filter((entry) => entry.shared === best).map((entry) => entry.claim);
    if (distinctValues(top) !== 1) continue;
    const main = top[0]!;
    pairs.push(
      groupSide === 'two'
        ? { one: single, two: main, attribute, flags: ['paired_by_frame'] }
        : { one: main, two: single, attribute, flags: ['paired_by_frame'] },
    );
    open.delete(attribute);
    groups.delete(attribute);
    for (const claim of group) if (claim !== main) leftOver.push(claim);
  }
}

/**
 * A claim named after an open word ("our budget for the data centre move was $1 million" → money.move) whose
 * sentence holds the word of a lexicon subject that the other side's only claim of that kind is named after
 * (money.budget): the two pair under the lexicon's name (flag subject_from_frame).
 */
function pairBySubjectWord(
  open: Map<string, Claim>,
  other: Map<string, Claim>,
  lexiconSubjects: ReadonlySet<string>,
  frameOf: (claim: Claim) => ClaimFrame,
  pairs: ClaimPair[],
  side: 'one' | 'two',
): void {
  const named = (claim: Claim) =>
    claim.subject !== undefined && lexiconSubjects.has(`${claim.type}.${claim.subject}`);
  for (const [attribute, claim] of [...open]) {
    if (claim.subject === undefined || named(claim)) continue;
    const words = frameOf(claim).words;
    const own = claim.subject.slice(0, STEM_LETTERS);
    // Either this claim's sentence names the other's subject, or the other's clause names this claim's open word
    // ("we raised half a million in the capital campaign" against "the capital campaign brought in $750k").
    const matches = [...other.values()].filter(
      (candidate) =>
        candidate.type === claim.type &&
        candidate.part === claim.part &&
        named(candidate) &&
        (words.has(candidate.subject!.slice(0, STEM_LETTERS)) || frameOf(candidate).clauseWords.has(own)) &&
        isFallbackCompatible(claim, candidate),
    );
    if (matches.length !== 1) continue;
    const match = matches[0]!;
    pairs.push(
      side === 'one'
        ? { one: claim, two: match, attribute: match.attribute, flags: ['subject_from_frame'] }
        : { one: match, two: claim, attribute: match.attribute, flags: ['subject_from_frame'] },
    );
    open.delete(attribute);
    other.delete(match.attribute);
  }
}

/**
 * The story's length told in other words on each side ("took nine months from kickoff to launch" against "a
 * nine-month project in total"): the only unpaired duration on each side that is not a part, a milestone or
 * a phase told before it (unless told as the whole), pairs when the two share a frame word or one is told
 * as the whole.
 */
function pairLengths(
  openOne: Map<string, Claim>,
  openTwo: Map<string, Claim>,
  ambiguous: readonly Claim[],
  options: AlignOptions,
  frameOf: (claim: Claim) => ClaimFrame,
  pairs: ClaimPair[],
): void {
  if (ambiguous.some((claim) => claim.type === 'duration')) return;
  const phases = options.phaseSubjects ?? new Set<string>();
  const lengths = (open: Map<string, Claim>) =>
    [...open.values()].filter((claim) => {
      if (claim.type !== 'duration' || claim.part !== undefined || claim.derived) return false;
      const frame = frameOf(claim);
      if (frame.part) return false;
      // "took a year to build": a phase word after the length names the story's aim, not a phase of it.
      return claim.subject === undefined || (phases.has(claim.subject) && (frame.whole || !frame.ledByPhase));
    });
  // "Within three months we halved the backlog" against "the backlog fell by half in three months": with no
  // plain length on its side, a milestone stands for it when the two share at least two frame words.
  const milestones = (open: Map<string, Claim>) =>
    [...open.values()].filter(
      (claim) =>
        claim.type === 'duration' &&
        claim.subject === MILESTONE &&
        claim.part === undefined &&
        !claim.derived,
    );
  let first = lengths(openOne);
  let second = lengths(openTwo);
  if (pairSpentOn(openOne, openTwo, first, second, frameOf, pairs)) return;
  const byMilestone = (first.length === 0) !== (second.length === 0);
  if (first.length === 0) first = milestones(openOne);
  else if (second.length === 0) second = milestones(openTwo);
  if (first.length !== 1 || second.length !== 1) return;
  const [one, two] = [first[0]!, second[0]!];
  const [frameOne, frameTwo] = [frameOf(one), frameOf(two)];
  const shared = sharedWords(frameOne, frameTwo);
  if (byMilestone ? shared < MILESTONE_SHARED_WORDS : !frameOne.whole && !frameTwo.whole && shared === 0)
    return;
  // The pair is about the story's length, whatever phase word either side used for it.
  const attribute =
    one.subject === undefined ? one.attribute : two.subject === undefined ? two.attribute : LENGTH;
  pairs.push({ one, two, attribute, flags: ['paired_by_frame'] });
  openOne.delete(one.attribute);
  openTwo.delete(two.attribute);
}

/** The prefix of an open phase subject ("spent a year on the signup funnel" → phase:signup). */
const OPEN_PHASE = 'phase:';

/**
 * "We spent about a year on the self-serve funnel" against "the self-serve funnel ... took us two years": with no
 * plain length on one side, its only duration told as time spent on something (an open phase) pairs with the
 * other side's only plain length when that length's sentence names the same thing and is not told as the whole
 * (a phase of the story against all of it is no pair). The pair is the story's length.
 */
function pairSpentOn(
  openOne: Map<string, Claim>,
  openTwo: Map<string, Claim>,
  lengthsOne: readonly Claim[],
  lengthsTwo: readonly Claim[],
  frameOf: (claim: Claim) => ClaimFrame,
  pairs: ClaimPair[],
): boolean {
  if ((lengthsOne.length === 0) === (lengthsTwo.length === 0)) return false;
  const [phases, length] = lengthsOne.length === 0 ? [openOne, lengthsTwo] : [openTwo, lengthsOne];
  if (length.length !== 1 || length[0]!.subject !== undefined || frameOf(length[0]!).whole) return false;
  const plain = length[0]!;
  const words = frameOf(plain).words;
  const spent = [...phases.values()].filter(
    (claim) =>
      claim.type === 'duration' &&
      claim.part === undefined &&
      !claim.derived &&
      claim.subject?.startsWith(OPEN_PHASE) === true &&
      !frameOf(claim).part &&
      words.has(claim.subject.slice(OPEN_PHASE.length, OPEN_PHASE.length + STEM_LETTERS)),
  );
  if (spent.length !== 1) return false;
  const phase = spent[0]!;
  const [one, two] = lengthsOne.length === 0 ? [phase, plain] : [plain, phase];
  pairs.push({ one, two, attribute: LENGTH, flags: ['paired_by_frame'] });
  openOne.delete(one.attribute);
  openTwo.delete(two.attribute);
  return true;
}
