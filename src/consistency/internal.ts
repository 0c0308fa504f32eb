import {
  compileGroups,
  compilePhrases,
  compileRecord,
  compileWordList,
  type PhraseMatcher,
  type Token,
} from '../text/index.js';
import { englishGrammarWords as grammar } from './english-grammar.js';
import { englishLanguageWords } from './english-language.js';
import type { ConsistencyLexicon, LanguageGuessSettings, ReadingWindows } from './lexicon.js';
import { type NumberTables, numberTables } from './numbers.js';
import type { QuantityType } from './types.js';

/** A writable view of a readonly shape, for building results field by field. */
export type Mutable<T> = { -readonly [Key in keyof T]: T[Key] };

/** Word lists read as Sets of exact words. */
const WORD_SETS = [
  'datePrepositions',
  'clauseBreaks',
  'titleStops',
  'otherPersonMarkers',
  'teamObjects',
  'otherOwners',
  'milestoneMarkers',
  'genericPhaseWords',
  'labelWords',
  'functionWords',
  'countNounExclusions',
  'spanPrepositions',
  'stanceSpeakers',
  'changeParticles',
  'unitFillers',
  'countLinksAfter',
  'countLinksBefore',
  'articleDurationLeads',
  'relativeAfter',
  'multiplierUnits',
  'shareLeads',
  'shareLinks',
  'halfShareLeads',
  'rangeOpeners',
  'changeOpeners',
  'quantityJoiners',
  'yearPartsWithOf',
  'yearPartLinkers',
  'dateRangeJoiners',
  'ambiguousMonths',
  'rateArticles',
  'genericCountNouns',
  'pronouns',
  'itWords',
  'definiteArticles',
  'phaseLinks',
  'retractionJoiners',
  'contrastWords',
  'durationOverWords',
  'leaveSubjects',
  'leavePronouns',
  'bareLeaveVerbs',
  'speakerWords',
  'verbSpeakers',
  'titleArticles',
  'asFrameLeads',
  'asFrames',
  'otherPersonObjects',
  'roleAdverbs',
  'otherSubjects',
  'upToAfterChange',
] as const satisfies readonly (keyof ConsistencyLexicon)[];

/** Word lists read as phrase matchers (several words, `*` prefixes). */
const WORD_MATCHERS = [
  'hedges',
  'trailingHedges',
  'lowerBounds',
  'upperBounds',
  'percentWords',
  'hireVerbs',
  'nonClaimMarkers',
  'titleFrames',
  'promotionFrames',
  'leaveVerbs',
  'reasonLeadIns',
  'reasonLeadOuts',
  'correctionMarkers',
  'quoteVerbs',
  'retractionMarkers',
  'dateStartCues',
  'dateEndCues',
  'teamMemberNouns',
  'listJoiners',
  'partMarkers',
  'wholeMarkers',
  'stanceNegations',
  'stanceEmphasis',
  'correctionOpeners',
  'correctionClosers',
] as const satisfies readonly (keyof ConsistencyLexicon)[];

/** Records read as Maps. */
const RECORD_MAPS = [
  'monthNames',
  'rateWords',
  'ratePeriods',
  'yearParts',
  'currencySymbols',
  'currencyWords',
  'multiplierWords',
  'leadVerbs',
  'teamVerbs',
  'involuntaryExits',
  'ordinalWords',
  'yearDivisions',
  'periodCodes',
] as const satisfies readonly (keyof ConsistencyLexicon)[];

type WordSetKey = (typeof WORD_SETS)[number];
type MatcherKey = (typeof WORD_MATCHERS)[number];
type MapKey = (typeof RECORD_MAPS)[number];
type MapValue<Key extends MapKey> =
  NonNullable<ConsistencyLexicon[Key]> extends Readonly<Record<string, infer Value>> ? Value : never;
type RecordMaps = { readonly [Key in MapKey]: ReadonlyMap<string, MapValue<Key>> };

/**
 * A lexicon turned into matchers, Maps and Sets once, so every scan is a constant-time lookup (a user word
 * such as "constructor" finds nothing: no lookup goes through an object's prototype). A section the lexicon
 * leaves out reads as English where english-grammar.ts has it, as empty otherwise.
 */
export interface CompiledLexicon
  extends NumberTables,
    Readonly<Record<WordSetKey, ReadonlySet<string>>>,
    Readonly<Record<MatcherKey, PhraseMatcher<string>>>,
    RecordMaps {
  readonly lexicon: ConsistencyLexicon;
  readonly windows: ReadingWindows;
  /** One-word titles in the plural → level: "engineers" → the level of "engineer" ("one of the engineers"). */
  readonly pluralTitles: ReadonlyMap<string, number>;
  readonly direction: PhraseMatcher<number>;
  readonly subjects: Readonly<Record<QuantityType, PhraseMatcher<string>>>;
  readonly titleLevels: PhraseMatcher<number>;
  readonly reasonCategories: PhraseMatcher<string>;
  readonly stanceTopics: PhraseMatcher<string>;
  readonly stancePolarity: PhraseMatcher<number>;
  readonly stanceWindow: number;
  /** "one of", as a sequence of words. */
  readonly oneOf: readonly string[];
  readonly correctionGap: number;
  readonly correctionBareWords: number;
  /** Function words and frequent words of English, for the language guess. */
  readonly englishWords: ReadonlySet<string>;
  /** Frequent words of other languages that are not English words. */
  readonly otherLanguageWords: ReadonlySet<string>;
  readonly languageGuess: LanguageGuessSettings;
}

function mapOf<T>(record: Readonly<Record<string, T>>): Map<string, T> {
  return new Map(Object.entries(record));
}

/** One compiled table per key. */
function tableOf<Key extends string, Value>(
  keys: readonly Key[],
  build: (key: Key) => Value,
): Record<Key, Value> {
  const table: Partial<Record<Key, Value>> = {};
  for (const key of keys) table[key] = build(key);
  return table as Record<Key, Value>;
}

/** The English defaults of the sections a lexicon may leave out. */
const defaults: Partial<ConsistencyLexicon> = { ...englishLanguageWords, ...grammar };

/** Compiles every list of a lexicon into matchers. */
export function compileLexicon(lexicon: ConsistencyLexicon): CompiledLexicon {
  const section = <Key extends keyof ConsistencyLexicon>(key: Key) => lexicon[key] ?? defaults[key];
  const direction: (readonly [string, number])[] = [
    ...lexicon.directionUp.map((word) => [word, 1] as const),
    ...lexicon.directionDown.map((word) => [word, -1] as const),
  ];
  const englishWords = new Set([
    ...lexicon.functionWords,
    ...Object.keys(lexicon.numberWords),
    ...(section('englishWords') ?? []),
  ]);
  const otherLanguageWords = new Set(
    (section('otherLanguageWords') ?? []).filter((word) => !englishWords.has(word)),
  );
  const sets = tableOf(WORD_SETS, (key) => new Set(section(key) ?? []));
  const matchers = tableOf(WORD_MATCHERS, (key) => compileWordList(section(key) ?? []));
  const maps: RecordMaps = {
    monthNames: mapOf(lexicon.monthNames),
    rateWords: mapOf(lexicon.rateWords),
    ratePeriods: mapOf(lexicon.ratePeriods),
    yearParts: mapOf(lexicon.yearParts),
    currencySymbols: mapOf(lexicon.currencySymbols),
    currencyWords: mapOf(lexicon.currencyWords),
    multiplierWords: mapOf(lexicon.multiplierWords),
    leadVerbs: mapOf(lexicon.leadVerbs),
    teamVerbs: mapOf(lexicon.teamVerbs),
    involuntaryExits: mapOf(lexicon.involuntaryExits),
    ordinalWords: mapOf(section('ordinalWords') ?? {}),
    yearDivisions: mapOf(section('yearDivisions') ?? {}),
    periodCodes: mapOf(section('periodCodes') ?? {}),
  };
  return {
    lexicon,
    ...numberTables(lexicon),
    ...sets,
    ...matchers,
    ...maps,
    windows: { ...grammar.windows, ...lexicon.windows },
    pluralTitles: new Map(Object.entries(lexicon.titleLevels).map(([title, level]) => [`${title}s`, level])),
    englishWords,
    otherLanguageWords,
    languageGuess: section('languageGuess') ?? englishLanguageWords.languageGuess,
    stanceWindow: lexicon.stanceWindow ?? grammar.windows.stance,
    oneOf: section('oneOfWords') ?? [],
    correctionGap: lexicon.correctionGap ?? grammar.windows.correctionGap,
    correctionBareWords: lexicon.correctionBareWords ?? grammar.windows.correctionBareWords,
    direction: compilePhrases(direction),
    subjects: {
      duration: compileGroups(lexicon.subjects.duration),
      date: compileGroups(lexicon.subjects.date),
      percentage: compileGroups(lexicon.subjects.percentage),
      money: compileGroups(lexicon.subjects.money),
      count: compileGroups(lexicon.subjects.count),
    },
    titleLevels: compileRecord(lexicon.titleLevels),
    reasonCategories: compileGroups(lexicon.reasonCategories),
    stanceTopics: compileGroups(section('stanceTopics') ?? {}),
    stancePolarity: compilePhrases([
      ...lexicon.stancePositive.map((word) => [word, 1] as const),
      ...lexicon.stanceNegative.map((word) => [word, -1] as const),
    ]),
  };
}

const HARD_BREAKS = new Set(['.', '!', '?', ';', ':', ',', '(', ')']);

/** True when the token ends a clause for context searches (punctuation or a conjunction). */
export function isClauseBreak(token: Token, compiled: CompiledLexicon): boolean {
  return token.kind === 'punct' ? HARD_BREAKS.has(token.text) : compiled.clauseBreaks.has(token.lower);
}

/** True when the token ends a sentence-level clause (punctuation only: no word or number has that text). */
export function isPunctuationBreak(token: Token): boolean {
  return HARD_BREAKS.has(token.text);
}

/**
 * Searches left of `from` (exclusive) within `limit` tokens, stopping at a clause break, for the
 * nearest phrase the matcher knows; returns its value, distance and start index.
 */
export function findLeft<T>(
  tokens: readonly Token[],
  from: number,
  limit: number,
  matcher: PhraseMatcher<T>,
  compiled: CompiledLexicon,
  stopAtConjunctions = true,
): { value: T; distance: number; index: number } | undefined {
  for (let index = from - 1, distance = 1; index >= 0 && distance <= limit; index--, distance++) {
    const token = tokens[index]!;
    const found = matcher.matchEndingAt(tokens, index);
    if (found !== undefined) return { value: found.value, distance, index: index - found.length + 1 };
    if (stopAtConjunctions ? isClauseBreak(token, compiled) : isPunctuationBreak(token)) return undefined;
  }
  return undefined;
}

/** Searches right of `from` (inclusive) within `limit` tokens, stopping at a clause break. */
export function findRight<T>(
  tokens: readonly Token[],
  from: number,
  limit: number,
  matcher: PhraseMatcher<T>,
  compiled: CompiledLexicon,
): { value: T; distance: number; index: number; length: number } | undefined {
  for (let index = from, distance = 1; index < tokens.length && distance <= limit; index++, distance++) {
    const token = tokens[index]!;
    const found = matcher.matchAt(tokens, index);
    if (found !== undefined) return { value: found.value, distance, index, length: found.length };
    if (isClauseBreak(token, compiled)) return undefined;
  }
  return undefined;
}
