import * as z from 'zod/mini';
import { parseWith } from '../config/result.js';
import type { Issue, ParseResult } from '../model/index.js';
import type { ConsistencyLexicon } from './lexicon.js';

// The lexicon as validated data (issue 15 item 2, issue 21 item 2). Kept apart from the readers, so
// checkConsistency alone loads no zod: only a vendor validating a lexicon does.

const MAX_ENTRIES = 5_000;
const Phrase = z.string().check(z.minLength(1), z.maxLength(200));
const Phrases = z.readonly(z.array(Phrase).check(z.maxLength(MAX_ENTRIES)));
const Numbers = z.readonly(z.record(Phrase, z.number()));
const Names = z.readonly(z.record(Phrase, Phrase));
const Groups = z.readonly(z.record(Phrase, Phrases));
const Month = z.int().check(z.gte(1), z.lte(12));
const Window = z.int().check(z.gte(0), z.lte(100));
const Share = z.number().check(z.gte(0), z.lte(1));
const Count = z.int().check(z.gte(0), z.lte(10_000));

const subjectShape = { duration: Groups, date: Groups, percentage: Groups, money: Groups, count: Groups };
const languageGuessShape = {
  minWords: Count,
  minLetters: Count,
  maxEnglishShare: Share,
  minOtherShare: Share,
  minAccentShare: Share,
  otherScriptShare: Share,
};
const numberGrammarShape = {
  and: Phrase,
  articles: Phrases,
  half: Phrase,
  hundred: Phrase,
  of: Phrase,
  scalingGroups: Phrases,
  approximateGroups: Phrases,
  approximateSuffixes: Phrases,
  approximateWords: Phrases,
};
const pluralEndingShape = { suffix: Phrase, minLength: Count, singularEndings: Phrases };
const yearPatternShape = {
  digits: z.int().check(z.gte(1), z.lte(9)),
  earliest: z.int().check(z.gte(0)),
  latest: z.int().check(z.gte(0)),
};
const windowsShape = {
  multiplierVerb: Window,
  dateCue: Window,
  dateCueAfter: Window,
  subjectLeft: Window,
  subjectRight: Window,
  clauseBack: Window,
  itSubject: Window,
  hireVerb: Window,
  countSubject: Window,
  directionLeft: Window,
  directionRight: Window,
  partMarker: Window,
  partNoun: Window,
  phaseWords: Window,
  nonClaim: Window,
  quoteVerb: Window,
  retraction: Window,
  correctionMarker: Window,
  quotedCorrection: Window,
  correctionGap: Window,
  correctionBareWords: Window,
  reasonLeadIn: Window,
  reason: Window,
  leaveNonClaim: Window,
  teamModifier: Window,
  countModifier: Window,
  stance: Window,
  asFrame: Window,
  promotion: Window,
  roleNonClaim: Window,
  teamObject: Window,
  title: Window,
  stanceOwner: Window,
};

/** Every section of the lexicon, each with its schema; `true` marks the sections every lexicon has. */
const SECTIONS = {
  numberWords: [Numbers, true],
  scaleWords: [Numbers, true],
  scaleSuffixes: [Numbers, true],
  fractionWords: [Numbers, true],
  groupWords: [Numbers, true],
  monthNames: [z.readonly(z.record(Phrase, Month)), true],
  durationUnits: [Numbers, true],
  rateWords: [Names, true],
  ratePeriods: [Names, true],
  yearParts: [z.readonly(z.record(Phrase, z.readonly(z.tuple([Month, Month])))), true],
  datePrepositions: [Phrases, true],
  dateStartCues: [Phrases, true],
  dateEndCues: [Phrases, true],
  currencySymbols: [Names, true],
  currencyWords: [Names, true],
  percentWords: [Phrases, true],
  hedges: [Phrases, true],
  trailingHedges: [Phrases, true],
  lowerBounds: [Phrases, true],
  upperBounds: [Phrases, true],
  directionUp: [Phrases, true],
  directionDown: [Phrases, true],
  multiplierWords: [Numbers, true],
  subjects: [z.readonly(z.strictObject(subjectShape)), true],
  hireVerbs: [Phrases, true],
  nonClaimMarkers: [Phrases, true],
  clauseBreaks: [Phrases, true],
  titleLevels: [Numbers, true],
  levelNames: [Phrases, true],
  titleFrames: [Phrases, true],
  promotionFrames: [Phrases, true],
  leadVerbs: [Numbers, true],
  teamVerbs: [Numbers, true],
  teamObjects: [Phrases, true],
  titleStops: [Phrases, true],
  otherPersonMarkers: [Phrases, true],
  otherOwners: [Phrases, true],
  milestoneMarkers: [Phrases, true],
  genericPhaseWords: [Phrases, true],
  labelWords: [Phrases, true],
  functionWords: [Phrases, true],
  leaveVerbs: [Phrases, true],
  involuntaryExits: [Names, true],
  reasonLeadIns: [Phrases, true],
  reasonLeadOuts: [Phrases, true],
  reasonCategories: [Groups, true],
  correctionMarkers: [Phrases, true],
  quoteVerbs: [Phrases, true],
  retractionMarkers: [Phrases, true],
  emphasisWords: [Phrases, true],
  stancePositive: [Phrases, true],
  stanceNegative: [Phrases, true],
  changeParticles: [Phrases, false],
  pointWords: [Phrases, false],
  countNounExclusions: [Phrases, false],
  teamMemberNouns: [Phrases, false],
  listJoiners: [Phrases, false],
  partMarkers: [Phrases, false],
  wholeMarkers: [Phrases, false],
  spanPrepositions: [Phrases, false],
  stanceTopics: [Groups, false],
  stanceOpposites: [Groups, false],
  stanceMildCues: [Phrases, false],
  stanceNegations: [Phrases, false],
  stanceEmphasis: [Phrases, false],
  stanceWindow: [Window, false],
  stanceSpeakers: [Phrases, false],
  unitFillers: [Phrases, false],
  correctionOpeners: [Phrases, false],
  correctionClosers: [Phrases, false],
  correctionGap: [Window, false],
  correctionBareWords: [Window, false],
  englishWords: [Phrases, false],
  otherLanguageWords: [Phrases, false],
  languageGuess: [z.readonly(z.strictObject(languageGuessShape)), false],
  numberGrammar: [z.readonly(z.strictObject(numberGrammarShape)), false],
  sentenceEnds: [Phrases, false],
  abbreviations: [Phrases, false],
  relatedReasons: [
    z.readonly(z.array(z.readonly(z.tuple([Phrase, Phrase]))).check(z.maxLength(MAX_ENTRIES))),
    false,
  ],
  pluralEnding: [z.readonly(z.strictObject(pluralEndingShape)), false],
  yearPattern: [z.readonly(z.strictObject(yearPatternShape)), false],
  shortYears: [
    z.readonly(z.strictObject({ marks: Phrases, pivot: z.int().check(z.gte(0), z.lte(100)) })),
    false,
  ],
  personUnits: [Phrases, false],
  countLinksAfter: [Phrases, false],
  partitiveLinks: [Phrases, false],
  articleDurationLeads: [Phrases, false],
  relativeAfter: [Phrases, false],
  multiplierUnits: [Phrases, false],
  shareLeads: [Phrases, false],
  shareLinks: [Phrases, false],
  halfShareLeads: [Phrases, false],
  rangeOpeners: [Phrases, false],
  changeOpeners: [Phrases, false],
  quantityJoiners: [Phrases, false],
  ordinalWords: [Numbers, false],
  yearDivisions: [Numbers, false],
  periodCodes: [Numbers, false],
  yearPartsWithOf: [Phrases, false],
  yearPartLinkers: [Phrases, false],
  dateRangeJoiners: [Phrases, false],
  ambiguousMonths: [Phrases, false],
  countLinksBefore: [Phrases, false],
  rateArticles: [Phrases, false],
  genericCountNouns: [Phrases, false],
  pronouns: [Phrases, false],
  itWords: [Phrases, false],
  definiteArticles: [Phrases, false],
  phaseLinks: [Phrases, false],
  retractionJoiners: [Phrases, false],
  contrastWords: [Phrases, false],
  durationOverWords: [Phrases, false],
  upToAfterChange: [Phrases, false],
  leaveSubjects: [Phrases, false],
  leavePronouns: [Phrases, false],
  bareLeaveVerbs: [Phrases, false],
  speakerWords: [Phrases, false],
  groupPossessives: [Phrases, false],
  notOpenSubjects: [Phrases, false],
  otherPeople: [Phrases, false],
  teamContainers: [Phrases, false],
  otherPersonSubjects: [Phrases, false],
  levelLinks: [Phrases, false],
  teamLinks: [Phrases, false],
  dateCueLinks: [Phrases, false],
  verbSpeakers: [Phrases, false],
  titleArticles: [Phrases, false],
  asFrames: [Phrases, false],
  asFrameLeads: [Phrases, false],
  otherPersonObjects: [Phrases, false],
  speakerObjects: [Phrases, false],
  passiveAuxiliaries: [Phrases, false],
  oneOfWords: [Phrases, false],
  roleAdverbs: [Phrases, false],
  otherSubjects: [Phrases, false],
  windows: [z.readonly(z.partial(z.strictObject(windowsShape))), false],
} as const satisfies Record<keyof ConsistencyLexicon, readonly [z.core.SomeType, boolean]>;

type Sections = typeof SECTIONS;
type Shape<Partial extends boolean> = {
  -readonly [Key in keyof Sections]: Partial extends true
    ? z.ZodMiniOptional<Sections[Key][0]>
    : Sections[Key][1] extends true
      ? Sections[Key][0]
      : z.ZodMiniOptional<Sections[Key][0]>;
};

function shapeOf<P extends boolean>(partial: P): Shape<P> {
  const shape: Record<string, z.core.SomeType> = {};
  for (const [key, [schema, required]] of Object.entries(SECTIONS)) {
    shape[key] = required && !partial ? schema : z.optional(schema);
  }
  return shape as Shape<P>;
}

/** The schema of a whole lexicon: the sections every lexicon has, the optional ones, no others. */
const LexiconSchema = z.readonly(z.strictObject(shapeOf(false)));

/** What a vendor adds: any sections, each in the shape of its section; the nested ones may be partial. */
const AdditionsSchema = z.readonly(
  z.strictObject({
    ...shapeOf(true),
    subjects: z.optional(z.readonly(z.partial(z.strictObject(subjectShape)))),
    languageGuess: z.optional(z.readonly(z.partial(z.strictObject(languageGuessShape)))),
    numberGrammar: z.optional(z.readonly(z.partial(z.strictObject(numberGrammarShape)))),
    pluralEnding: z.optional(z.readonly(z.partial(z.strictObject(pluralEndingShape)))),
    yearPattern: z.optional(z.readonly(z.partial(z.strictObject(yearPatternShape)))),
  }),
);

/**
 * Validates a consistency lexicon (the shape of `englishLexicon`): every section's words and values, the
 * sections every lexicon needs, no unknown section, whole-number windows.
 *
 * @param input - Anything, usually parsed JSON or `englishLexicon` extended.
 * @returns The same result shape as parseCandidacy: the lexicon, frozen, or every problem with its path
 *   (bounded). Never throws.
 * @example
 * parseLexicon(englishLexicon).ok;
 * // => true
 * @example
 * parseLexicon({ ...englishLexicon, hedges: ['about', 7] }).ok;
 * // => false
 * @category Consistency
 */
export function parseLexicon(input: unknown): ParseResult<ConsistencyLexicon> {
  return parseWith(LexiconSchema, input);
}

/** Sections whose values are lists of phrases per name: a vendor's phrases join the name's list. */
const GROUPED = new Set(['reasonCategories', 'stanceTopics', 'stanceOpposites']);

function appended(base: readonly string[] | undefined, added: readonly string[]): string[] {
  const words = [...(base ?? [])];
  const seen = new Set(words);
  for (const word of added) {
    if (!seen.has(word)) words.push(word);
    seen.add(word);
  }
  return words;
}

function mergedGroups(
  base: Readonly<Record<string, readonly string[]>> | undefined,
  added: Readonly<Record<string, readonly string[]>>,
): Record<string, readonly string[]> {
  const groups: Record<string, readonly string[]> = { ...base };
  for (const [name, phrases] of Object.entries(added)) {
    groups[name] = appended(Object.hasOwn(groups, name) ? groups[name] : undefined, phrases);
  }
  return groups;
}

function mergedSection(key: string, base: unknown, added: unknown): unknown {
  if (Array.isArray(added)) return appended(Array.isArray(base) ? base : undefined, added);
  if (typeof added !== 'object' || added === null) return added;
  const baseRecord = typeof base === 'object' && base !== null ? (base as Record<string, unknown>) : {};
  if (GROUPED.has(key)) return mergedGroups(baseRecord as Record<string, readonly string[]>, added as never);
  if (key === 'subjects') {
    const subjects: Record<string, unknown> = { ...baseRecord };
    for (const [type, groups] of Object.entries(added)) {
      subjects[type] = mergedGroups(subjects[type] as Record<string, readonly string[]>, groups);
    }
    return subjects;
  }
  return { ...baseRecord, ...added };
}

/**
 * Adds a vendor's words to a lexicon: each list section gets the new phrases (once), each record the new
 * entries, each group (`reasonCategories`, `stanceTopics`, `subjects.<type>`) the new phrases of a name or
 * a new name, and a window or setting the new value. Nothing is mutated; the result is validated.
 *
 * @param base - The lexicon to extend, usually `englishLexicon`.
 * @param additions - Sections to add to, in the shape of their section (anything: it is validated).
 * @returns The extended lexicon, frozen, or the located problems of the additions (or of the result).
 *   Never throws.
 * @example
 * const lexicon = extendLexicon(englishLexicon, { reasonCategories: { career_growth: ['a bigger canvas'] } });
 * lexicon.ok && lexicon.value.reasonCategories.career_growth?.includes('a bigger canvas');
 * // => true
 * @category Consistency
 */
export function extendLexicon(base: ConsistencyLexicon, additions: unknown): ParseResult<ConsistencyLexicon> {
  const parsed = parseWith(AdditionsSchema, additions);
  if (!parsed.ok) return parsed;
  const merged: Record<string, unknown> = { ...base };
  try {
    for (const [key, added] of Object.entries(parsed.value)) {
      if (added !== undefined) merged[key] = mergedSection(key, Reflect.get(base, key), added);
    }
  } catch {
    const issue: Issue = {
      code: 'unreadable_input',
      path: [],
      message: 'expected a lexicon of plain data as the base, found one that could not be read',
    };
    return { ok: false, issues: [issue] };
  }
  return parseLexicon(merged);
}
