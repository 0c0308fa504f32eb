import { type WordingOptions, wording } from '../i18n/wording.js';
import { describeValue, requireOptionsObject } from '../internal/describe.js';
import { type Candidacy, requireParsedCandidacy, type Story, type Telling } from '../model/index.js';
import { alignClaims, type ClaimFrame, frameReader } from './align.js';
import { judgeClaims } from './compare.js';
import { attributeOf, claimsFromText } from './extract.js';
import { claimFromFact } from './facts.js';
import { type ConsistencyWording, englishWording, formatClaim } from './format.js';
import { type CompiledLexicon, compileLexicon, type Mutable } from './internal.js';
import { languageOf } from './language.js';
import { type ConsistencyLexicon, englishLexicon } from './lexicon.js';
import { consistencyTexts } from './texts.js';
import { resolveTolerances } from './tolerances.js';
import type {
  Claim,
  ConsistencyFinding,
  ConsistencyNote,
  ConsistencyReport,
  ConsistencyTolerances,
  RereadItem,
  ToleranceOverrides,
  UnreadTelling,
} from './types.js';

const OPTIONS_FIX = 'pass e.g. { tolerance: { duration: { variationAbsolute: 3 } } }, or nothing';

const SOURCE = 'seed#consistency';

/** Appends without spreading into arguments, which overflows the stack past about 120,000 items. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * Options of {@link extractClaims}.
 *
 * @category Consistency
 */
export interface ExtractClaimsOptions {
  /** The round the text belongs to (default 1). */
  readonly round?: number;
  /** The story the text belongs to. */
  readonly storyId?: string;
  /** The lexicon (default {@link englishLexicon}). */
  readonly lexicon?: ConsistencyLexicon;
  /** The longest text read, in characters (default {@link maxClaimTextLength}). */
  readonly maxTextLength?: number;
}

/**
 * The longest telling text the claim reader accepts by default, in characters (about 200 KB):
 * reading is linear, so this bounds one call to a fraction of a second. `extractClaims` refuses a
 * longer text with a RangeError; `checkConsistency` leaves such a telling unread and says so in
 * `notes`. A parsed candidacy never gets near it (a telling holds at most 20,000 characters).
 *
 * @example
 * maxClaimTextLength // => 200000
 *
 * @category Consistency
 */
export const maxClaimTextLength = 200_000;

/** The cap of a call: the option when it is a positive whole number, else the default. */
function capOf(maxTextLength: number | undefined): number {
  return maxTextLength !== undefined && Number.isSafeInteger(maxTextLength) && maxTextLength > 0
    ? maxTextLength
    : maxClaimTextLength;
}

/**
 * Options of {@link compareClaims}.
 *
 * @category Consistency
 */
export interface CompareClaimsOptions extends WordingOptions {
  /** Tolerance overrides, merged type by type over {@link defaultTolerances}. */
  readonly tolerance?: ToleranceOverrides;
  /** The lexicon used for readable labels (default {@link englishLexicon}). */
  readonly lexicon?: ConsistencyLexicon;
  /**
   * Pair claims whose subjects do not agree (default true): a subject-less claim with the only unpaired claim of
   * its type, and the same figure retold in other words ("churn was 18%" against "we were losing 18% of them").
   */
  readonly typeFallback?: boolean;
}

/**
 * Options of {@link checkConsistency}.
 *
 * @category Consistency
 */
export interface CheckConsistencyOptions extends CompareClaimsOptions, WordingOptions {
  /** Attributes also compared across stories told in the same round (default team size and direct reports). */
  readonly withinRoundAttributes?: readonly string[];
  /** The longest telling text read, in characters (default {@link maxClaimTextLength}); longer ones get a note. */
  readonly maxTextLength?: number;
  /**
   * A memo of reading one telling's text (language guess and claims), for callers that check the same texts
   * again: return what `read` returned for the same text, round, story id and lexicon; never change it.
   */
  readonly readTelling?: (
    text: string,
    round: number,
    storyId: string,
    read: () => { readonly english: boolean; readonly claims: readonly Claim[] },
  ) => { readonly english: boolean; readonly claims: readonly Claim[] };
}

/**
 * The attributes compared across two stories of the same round by default: team size and direct
 * reports (titles and durations legitimately differ between jobs).
 *
 * @example
 * defaultWithinRoundAttributes.includes('count.team') // => true
 *
 * @category Consistency
 */
export const defaultWithinRoundAttributes: readonly string[] = ['count.team', 'count.reports'];

interface Context {
  readonly compiled: CompiledLexicon;
  readonly tolerances: ConsistencyTolerances;
  readonly typeFallback: boolean;
  readonly words: ConsistencyWording;
}

/** The English lexicon, compiled on first use (nothing runs at import time). */
let compiledEnglish: ReturnType<typeof compileLexicon> | undefined;

/**
 * Frozen lexicons (what parseLexicon and extendLexicon return, so every preparer's) compiled once each; a
 * lexicon that can still change is compiled per call. Held weakly: a dropped lexicon takes its matchers along.
 */
const compiledFrozen = new WeakMap<ConsistencyLexicon, CompiledLexicon>();

function compiledFor(lexicon: ConsistencyLexicon | undefined): CompiledLexicon {
  if (lexicon !== undefined && lexicon !== englishLexicon) {
    if (!Object.isFrozen(lexicon)) return compileLexicon(lexicon);
    let compiled = compiledFrozen.get(lexicon);
    if (compiled === undefined) {
      compiled = compileLexicon(lexicon);
      compiledFrozen.set(lexicon, compiled);
    }
    return compiled;
  }
  compiledEnglish ??= compileLexicon(englishLexicon);
  return compiledEnglish;
}

function contextOf(options: CompareClaimsOptions | undefined): Context {
  return {
    compiled: compiledFor(options?.lexicon),
    tolerances: resolveTolerances(options?.tolerance),
    typeFallback: options?.typeFallback ?? true,
    words:
      options?.locale === undefined && options?.texts === undefined
        ? englishWording()
        : wording(consistencyTexts, options),
  };
}

/**
 * A duration derived from a unique start and end date: [end.low − start.high, end.high − start.low + 1] months
 * (never empty: high ≥ low + 1), or none when the end comes before the start.
 */
function deriveDuration(claims: readonly Claim[]): Claim | undefined {
  const starts = claims.filter((claim) => claim.attribute === 'date.start');
  const ends = claims.filter((claim) => claim.attribute === 'date.end');
  if (starts.length !== 1 || ends.length !== 1) return undefined;
  const start = starts[0]!;
  const end = ends[0]!;
  const low = end.low - start.high;
  const high = end.high - start.low + 1;
  if (low < 0) return undefined;
  const sameText = start.source.sentence === end.source.sentence;
  return {
    ...(start.storyId === undefined ? {} : { storyId: start.storyId }),
    type: 'duration',
    attribute: 'duration',
    low,
    high,
    unit: 'months',
    approximate: false,
    range: true,
    derived: true,
    corrective: false,
    source: {
      round: start.source.round,
      start: start.source.start,
      end: sameText ? end.source.end : start.source.end,
      text: sameText ? `${start.source.text} … ${end.source.text}` : start.source.text,
      sentence: start.source.sentence,
    },
  };
}

function withDerived(side: readonly Claim[], other: readonly Claim[]): readonly Claim[] {
  const hasDuration = (claims: readonly Claim[]) => claims.some((claim) => claim.attribute === 'duration');
  if (hasDuration(side) || !hasDuration(other)) return side;
  // The other round's length stands for its tenure only when it gave no dates of its own: when it did, the
  // dates are compared directly and its length is about something else ("team lead for about four years",
  // "sales grew 30% over three years").
  const dated = (part: string) => other.some((claim) => claim.type === 'date' && claim.part === part);
  if (dated('start') && dated('end')) return side;
  const derived = deriveDuration(side);
  return derived === undefined ? side : [...side, derived];
}

/**
 * The same stance on a topic in both rounds, but put first in one and not in the other, where the other round
 * puts another topic first ("my first priority would be hiring" against "the roadmap first, hiring second"):
 * a changed emphasis, a variation. Undefined when the finding is anything else.
 */
function shiftedEmphasis(
  finding: ConsistencyFinding,
  roundOne: readonly Claim[],
  roundTwo: readonly Claim[],
  frameOf: (claim: Claim) => ClaimFrame,
  context: Context,
): ConsistencyFinding | undefined {
  if (finding.kind !== 'consistent' || finding.roundOne.type !== 'stance') return undefined;
  const firstInOne = frameOf(finding.roundOne).emphasis;
  if (firstInOne === frameOf(finding.roundTwo).emphasis) return undefined;
  const [claim, side] = firstInOne ? [finding.roundTwo, roundTwo] : [finding.roundOne, roundOne];
  const instead = side.find(
    (other) =>
      other.type === 'stance' &&
      other.attribute !== claim.attribute &&
      Math.sign(other.low) === Math.sign(claim.low) &&
      frameOf(other).emphasis,
  );
  if (instead === undefined) return undefined;
  const words = context.words;
  const lexicon = context.compiled.lexicon;
  return {
    ...finding,
    kind: 'variation',
    why: words.say('consistency.why.stanceEmphasis', {
      one: formatClaim(finding.roundOne, lexicon, words),
      two: formatClaim(finding.roundTwo, lexicon, words),
      round: claim.source.round,
      first: formatClaim(instead, lexicon, words),
    }),
    flags: [...finding.flags, 'emphasis_shifted'],
  };
}

/** The subject sets alignment reads, per compiled lexicon, built once. */
const subjectSets = new WeakMap<
  CompiledLexicon,
  { readonly phaseSubjects: ReadonlySet<string>; readonly lexiconSubjects: ReadonlySet<string> }
>();

function subjectSetsOf(compiled: CompiledLexicon) {
  let sets = subjectSets.get(compiled);
  if (sets === undefined) {
    const subjects = compiled.lexicon.subjects;
    sets = {
      phaseSubjects: new Set(Object.keys(subjects.duration)),
      lexiconSubjects: new Set(
        Object.entries(subjects).flatMap(([type, named]) =>
          Object.keys(named).map((subject) => `${type}.${subject}`),
        ),
      ),
    };
    subjectSets.set(compiled, sets);
  }
  return sets;
}

function compareWith(
  roundOne: readonly Claim[],
  roundTwo: readonly Claim[],
  context: Context,
): ConsistencyReport {
  const one = withDerived(roundOne, roundTwo);
  const two = withDerived(roundTwo, roundOne);
  const frameOf = frameReader(context.compiled);
  const alignment = alignClaims(one, two, {
    typeFallback: context.typeFallback,
    matchRelative: context.tolerances.correctionMatchRelative,
    frameOf,
    ...subjectSetsOf(context.compiled),
  });
  const findings = alignment.pairs.map((pair): ConsistencyFinding => {
    const verdict = judgeClaims(
      pair.one,
      pair.two,
      context.tolerances,
      context.compiled.lexicon,
      context.words,
    );
    const flags = pair.flags.concat(verdict.flags);
    if (pair.one.derived || pair.two.derived) flags.push('derived');
    const finding: Mutable<ConsistencyFinding> = {
      scope: 'across-rounds',
      attribute: pair.attribute,
      kind: verdict.kind,
      roundOne: pair.one,
      roundTwo: pair.two,
      why: verdict.why,
      flags,
      source: SOURCE,
    };
    if (pair.one.storyId !== undefined) finding.storyId = pair.one.storyId;
    return shiftedEmphasis(finding, one, two, frameOf, context) ?? finding;
  });
  const unverified = alignment.unverified.filter((claim) => !claim.derived);
  return { findings, unverified, consistent: !findings.some((finding) => finding.kind === 'contradiction') };
}

/**
 * Compares two lists of claims (round one, round two), for a vendor checking two texts without a
 * candidacy.
 *
 * @param roundOne - Claims of what was said (from {@link extractClaims}).
 * @param roundTwo - Claims of what is planned.
 * @param options - Tolerances, lexicon and the type fallback switch.
 * @returns The findings, the unpaired claims and whether no contradiction was found.
 * @example
 * const one = extractClaims('The rebuild took 14 months.', { round: 1 });
 * const two = extractClaims('The rebuild took 18 months.', { round: 2 });
 * compareClaims(one, two).findings[0]?.kind // => 'contradiction'
 * @category Consistency
 */
export function compareClaims(
  roundOne: readonly Claim[],
  roundTwo: readonly Claim[],
  options?: CompareClaimsOptions,
): ConsistencyReport {
  if (!Array.isArray(roundOne) || !Array.isArray(roundTwo)) {
    throw new TypeError(
      `compareClaims: expected two arrays of claims, got ${describeValue(roundOne)} and ${describeValue(roundTwo)}; build them with extractClaims`,
    );
  }
  return compareWith(roundOne, roundTwo, contextOf(options));
}

/**
 * Reads the comparable claims of a free text: durations, dates, percentages, money, counts, the
 * speaker's own title and reasons for leaving, with hedges, ranges and corrections.
 *
 * @param text - One telling of a story.
 * @param options - The round, story id and lexicon to use.
 * @returns The claims, each with its source span.
 * @throws TypeError when `text` is not a string; RangeError when it is longer than the cap.
 * @example
 * extractClaims('The rebuild took a year and a half.').map((claim) => claim.low) // => [18]
 * @category Consistency
 */
export function extractClaims(text: string, options?: ExtractClaimsOptions): Claim[] {
  if (typeof text !== 'string') {
    throw new TypeError(
      `extractClaims: expected the text of a telling, got ${describeValue(text)}; pass a string`,
    );
  }
  requireOptionsObject(options, 'extractClaims', OPTIONS_FIX);
  const cap = capOf(options?.maxTextLength);
  if (text.length > cap) {
    throw new RangeError(
      `extractClaims: the text is ${text.length} characters, over the cap of ${cap}; split it into tellings or pass a larger maxTextLength`,
    );
  }
  const compiled = compiledFor(options?.lexicon);
  return claimsFromText(text, compiled, options?.round ?? 1, options?.storyId);
}

function claimsOfTelling(
  story: Story,
  telling: Telling,
  compiled: CompiledLexicon,
  textClaims: readonly Claim[] | undefined,
): Claim[] {
  const fromFacts: Claim[] = [];
  (telling.facts ?? []).forEach((fact, index) => {
    const claim = claimFromFact(fact, index, telling.text, compiled, telling.round, story.id);
    if (claim !== undefined) fromFacts.push(claim);
  });
  const factAttributes = new Set(fromFacts.map((claim) => claim.attribute));
  const factTypes = new Set(fromFacts.map((claim) => attributeOf(claim.type, undefined, claim.part)));
  if (textClaims === undefined) return fromFacts;
  const fromText = textClaims.filter(
    (claim) =>
      !factAttributes.has(claim.attribute) &&
      !(claim.subject === undefined && factTypes.has(claim.attribute)),
  );
  return [...fromFacts, ...fromText];
}

/** The subject a structured fact names ("payments team size"), or undefined for a claim read from text. */
function namedSubject(claim: Claim): string | undefined {
  if (claim.source.factIndex === undefined) return undefined;
  return claim.source.text.split(':')[0]?.trim().toLowerCase();
}

/**
 * Two stories of one round may describe different teams, so a difference between them is only called a
 * contradiction when both name the very same subject in structured facts; otherwise it is a variation to
 * check. Facts that name different subjects are not compared at all.
 */
function withinRound(
  stories: readonly { id: string; rounds: Map<number, Claim[]> }[],
  attributes: readonly string[],
  context: Context,
): ConsistencyFinding[] {
  const wanted = new Set(attributes);
  const firstSeen = new Map<string, { readonly claim: Claim; readonly storyId: string }>();
  const findings: ConsistencyFinding[] = [];
  for (const story of stories) {
    for (const [round, claims] of story.rounds) {
      const byAttribute = new Map<string, Claim[]>();
      for (const claim of claims) {
        if (!wanted.has(claim.attribute)) continue;
        byAttribute.set(claim.attribute, [...(byAttribute.get(claim.attribute) ?? []), claim]);
      }
      for (const [attribute, group] of byAttribute) {
        if (new Set(group.map((claim) => `${claim.low}|${claim.high}`)).size !== 1) continue;
        const claim = group[0]!;
        const key = `${round}|${attribute}`;
        const seen = firstSeen.get(key);
        if (seen === undefined) {
          firstSeen.set(key, { claim, storyId: story.id });
          continue;
        }
        const earlier = seen.claim;
        const [earlierSubject, laterSubject] = [namedSubject(earlier), namedSubject(claim)];
        if (earlierSubject !== undefined && laterSubject !== undefined && earlierSubject !== laterSubject)
          continue;
        const verdict = judgeClaims(
          earlier,
          claim,
          context.tolerances,
          context.compiled.lexicon,
          context.words,
        );
        const confirmed = earlierSubject !== undefined && earlierSubject === laterSubject;
        const downgraded = verdict.kind === 'contradiction' && !confirmed;
        findings.push({
          storyId: seen.storyId,
          otherStoryId: story.id,
          scope: 'within-round',
          attribute,
          kind: verdict.kind === 'correction' || downgraded ? 'variation' : verdict.kind,
          roundOne: earlier,
          roundTwo: claim,
          why: context.words.say(
            downgraded ? 'consistency.why.withinRoundUnconfirmed' : 'consistency.why.withinRound',
            { round, why: verdict.why },
          ),
          flags: [...verdict.flags, 'within_round', ...(downgraded ? ['subject_unconfirmed'] : [])],
          source: SOURCE,
        });
      }
    }
  }
  return findings;
}

/**
 * The "check these yourself" entries of one story told in several rounds: its unpaired claims, one entry per
 * sentence (a sentence with two unpaired numbers is one thing to reread), in round and text order.
 */
function rereadItems(
  story: Story,
  firstRound: number,
  unpaired: readonly Claim[],
  words: ConsistencyWording,
): RereadItem[] {
  const bySentence = new Map<string, { round: number; sentence: string; claims: Claim[]; at: number }>();
  for (const claim of unpaired) {
    const sentence = claim.source.sentence.trim() || claim.source.text;
    const key = `${claim.source.round}\u0000${sentence}`;
    const entry = bySentence.get(key);
    if (entry === undefined)
      bySentence.set(key, { round: claim.source.round, sentence, claims: [claim], at: claim.source.start });
    else if (!entry.claims.includes(claim)) entry.claims.push(claim);
  }
  const title = (story.title || story.id).slice(0, 80);
  return [...bySentence.values()]
    .sort((left, right) => left.round - right.round || left.at - right.at)
    .map(({ round, sentence, claims }): RereadItem => {
      const added = round !== firstRound;
      return {
        storyId: story.id,
        round,
        reason: added ? 'added' : 'not-repeated',
        sentence,
        claims,
        text: words.say(added ? 'consistency.reread.added' : 'consistency.reread.notRepeated', {
          round,
          story: title,
          sentence,
          first: firstRound,
        }),
      };
    });
}

/** The one note naming every telling left unread for its language: each story by title, with its rounds. */
function notEnglishNote(
  candidacy: Candidacy,
  tellings: readonly UnreadTelling[],
  words: ConsistencyWording,
): ConsistencyNote {
  const rounds = new Map<string, number[]>();
  for (const telling of tellings) {
    const seen = rounds.get(telling.storyId);
    if (seen === undefined) rounds.set(telling.storyId, [telling.round]);
    else if (!seen.includes(telling.round)) seen.push(telling.round);
  }
  const titles = new Map(candidacy.stories.map((story) => [story.id, story.title]));
  const named = [...rounds].map(([storyId, numbers]) =>
    words.say('consistency.note.unreadStory', {
      story: (titles.get(storyId) || storyId).slice(0, 80),
      count: numbers.length,
      rounds: numbers.sort((left, right) => left - right).map((round) => words.number(round)),
    }),
  );
  return {
    code: 'not_english',
    tellings,
    message: words.say('consistency.note.notEnglish', { tellings: named }),
  };
}

/**
 * Checks that what the candidate plans to say in round two matches what they said in round one,
 * story by story: durations, dates, numbers, titles, reasons for leaving and stance. Small
 * variations are tolerated, contradictions are flagged, explicit corrections are accepted.
 *
 * @param candidacy - A parsed candidacy (see parseCandidacy).
 * @param options - Tolerance overrides, a lexicon, and the attributes compared within one round.
 * @returns The findings with both quotes and a reason, the unpaired claims, and `consistent`.
 * @throws TypeError when `candidacy` has no `stories` array.
 * @example
 * const story = { id: 's1', title: 'Rebuild', kind: 'project' as const, tags: [], tellings: [
 *   { round: 1, text: 'The rebuild took 14 months.' },
 *   { round: 2, text: 'The rebuild took 18 months.' },
 * ] };
 * checkConsistency({ ...candidacy, stories: [story] }).consistent // => false
 * @category Consistency
 */
export function checkConsistency(candidacy: Candidacy, options?: CheckConsistencyOptions): ConsistencyReport {
  requireParsedCandidacy(candidacy, 'checkConsistency');
  requireOptionsObject(options, 'checkConsistency', OPTIONS_FIX);
  const context = contextOf(options);
  const findings: ConsistencyFinding[] = [];
  const unverified: Claim[] = [];
  const perStory: { id: string; rounds: Map<number, Claim[]> }[] = [];
  const notes: ConsistencyNote[] = [];
  const toReread: RereadItem[] = [];
  const cap = capOf(options?.maxTextLength);
  const notEnglish: UnreadTelling[] = [];
  candidacy.stories.forEach((story, storyIndex) => {
    const rounds = new Map<number, Claim[]>();
    story.tellings.forEach((telling, tellingIndex) => {
      const fits = typeof telling.text === 'string' && telling.text.length <= cap;
      const read = () => {
        const english = languageOf(telling.text, context.compiled).english;
        return {
          english,
          claims: english ? claimsFromText(telling.text, context.compiled, telling.round, story.id) : [],
        };
      };
      const reading = !fits
        ? undefined
        : options?.readTelling
          ? options.readTelling(telling.text, telling.round, story.id, read)
          : read();
      const english = reading?.english === true;
      if (fits && !english)
        notEnglish.push({
          storyId: story.id,
          round: telling.round,
          path: ['stories', storyIndex, 'tellings', tellingIndex, 'text'],
        });
      if (!fits) {
        notes.push({
          code: 'text_too_long',
          path: ['stories', storyIndex, 'tellings', tellingIndex, 'text'],
          storyId: story.id,
          round: telling.round,
          message: context.words.say('consistency.note.textTooLong', {
            round: telling.round,
            story: story.id.slice(0, 60),
            length: telling.text?.length ?? 0,
            cap,
          }),
        });
      }
      const claims = claimsOfTelling(story, telling, context.compiled, english ? reading?.claims : undefined);
      const earlier = rounds.get(telling.round);
      if (earlier === undefined) rounds.set(telling.round, claims);
      else for (const claim of claims) earlier.push(claim);
    });
    perStory.push({ id: story.id, rounds });
    const ordered = [...rounds.entries()].sort(([left], [right]) => left - right);
    const [first = [], ...later] = ordered.map(([, claims]) => claims);
    if (later.length === 0) appendAll(unverified, first);
    const unpaired: Claim[] = [];
    for (const claims of later) {
      const report = compareWith(first, claims, context);
      appendAll(findings, report.findings);
      appendAll(unverified, report.unverified);
      appendAll(unpaired, report.unverified);
    }
    if (unpaired.length > 0)
      appendAll(toReread, rereadItems(story, ordered[0]?.[0] ?? 1, unpaired, context.words));
  });
  appendAll(
    findings,
    withinRound(perStory, options?.withinRoundAttributes ?? defaultWithinRoundAttributes, context),
  );
  if (notEnglish.length > 0) notes.push(notEnglishNote(candidacy, notEnglish, context.words));
  const consistent = !findings.some((finding) => finding.kind === 'contradiction');
  const report: Mutable<ConsistencyReport> = { findings, unverified, consistent };
  if (notes.length > 0) report.notes = notes;
  if (toReread.length > 0) report.toReread = toReread;
  return report;
}
