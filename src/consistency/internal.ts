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

/**
 * A lexicon turned into matchers, Maps and Sets once, so every scan is a constant-time lookup (a user word
 * such as "constructor" finds nothing: no lookup goes through an object's prototype).
 */
export interface CompiledLexicon extends NumberTables {
  readonly lexicon: ConsistencyLexicon;
  readonly monthNames: ReadonlyMap<string, number>;
  readonly rateWords: ReadonlyMap<string, string>;
  readonly ratePeriods: ReadonlyMap<string, string>;
  readonly yearParts: ReadonlyMap<string, readonly [number, number]>;
  readonly currencySymbols: ReadonlyMap<string, string>;
  readonly currencyWords: ReadonlyMap<string, string>;
  readonly multiplierWords: ReadonlyMap<string, number>;
  readonly leadVerbs: ReadonlyMap<string, number>;
  readonly teamVerbs: ReadonlyMap<string, number>;
  readonly involuntaryExits: ReadonlyMap<string, string>;
  readonly countLinksAfter: ReadonlySet<string>;
  readonly articleDurationLeads: ReadonlySet<string>;
  readonly relativeAfter: ReadonlySet<string>;
  readonly multiplierUnits: ReadonlySet<string>;
  readonly shareLeads: ReadonlySet<string>;
  readonly shareLinks: ReadonlySet<string>;
  readonly halfShareLeads: ReadonlySet<string>;
  readonly rangeOpeners: ReadonlySet<string>;
  readonly changeOpeners: ReadonlySet<string>;
  readonly quantityJoiners: ReadonlySet<string>;
  readonly windows: ReadingWindows;
  readonly ordinalWords: ReadonlyMap<string, number>;
  readonly yearDivisions: ReadonlyMap<string, number>;
  readonly periodCodes: ReadonlyMap<string, number>;
  readonly yearPartsWithOf: ReadonlySet<string>;
  readonly yearPartLinkers: ReadonlySet<string>;
  readonly dateRangeJoiners: ReadonlySet<string>;
  readonly ambiguousMonths: ReadonlySet<string>;
  /** One-word titles in the plural → level: "engineers" → the level of "engineer" ("one of the engineers"). */
  readonly pluralTitles: ReadonlyMap<string, number>;
  readonly hedges: PhraseMatcher<string>;
  readonly trailingHedges: PhraseMatcher<string>;
  readonly lowerBounds: PhraseMatcher<string>;
  readonly upperBounds: PhraseMatcher<string>;
  readonly direction: PhraseMatcher<number>;
  readonly percentWords: PhraseMatcher<string>;
  readonly subjects: Readonly<Record<QuantityType, PhraseMatcher<string>>>;
  readonly hireVerbs: PhraseMatcher<string>;
  readonly nonClaimMarkers: PhraseMatcher<string>;
  readonly titleLevels: PhraseMatcher<number>;
  readonly titleFrames: PhraseMatcher<string>;
  readonly promotionFrames: PhraseMatcher<string>;
  readonly leaveVerbs: PhraseMatcher<string>;
  readonly reasonLeadIns: PhraseMatcher<string>;
  readonly reasonLeadOuts: PhraseMatcher<string>;
  readonly reasonCategories: PhraseMatcher<string>;
  readonly correctionMarkers: PhraseMatcher<string>;
  readonly quoteVerbs: PhraseMatcher<string>;
  readonly retractionMarkers: PhraseMatcher<string>;
  readonly dateStartCues: PhraseMatcher<string>;
  readonly dateEndCues: PhraseMatcher<string>;
  readonly datePrepositions: ReadonlySet<string>;
  readonly clauseBreaks: ReadonlySet<string>;
  readonly titleStops: ReadonlySet<string>;
  readonly otherPersonMarkers: ReadonlySet<string>;
  readonly teamObjects: ReadonlySet<string>;
  readonly otherOwners: ReadonlySet<string>;
  readonly milestoneMarkers: ReadonlySet<string>;
  readonly genericPhaseWords: ReadonlySet<string>;
  readonly labelWords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly countNounExclusions: ReadonlySet<string>;
  readonly teamMemberNouns: PhraseMatcher<string>;
  readonly listJoiners: PhraseMatcher<string>;
  readonly partMarkers: PhraseMatcher<string>;
  readonly spanPrepositions: ReadonlySet<string>;
  readonly stanceTopics: PhraseMatcher<string>;
  readonly stancePolarity: PhraseMatcher<number>;
  readonly stanceNegations: PhraseMatcher<string>;
  readonly stanceSpeakers: ReadonlySet<string>;
  readonly changeParticles: ReadonlySet<string>;
  readonly unitFillers: ReadonlySet<string>;
  readonly correctionOpeners: PhraseMatcher<string>;
  readonly correctionClosers: PhraseMatcher<string>;
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

/** Compiles every list of a lexicon into matchers. */
export function compileLexicon(lexicon: ConsistencyLexicon): CompiledLexicon {
  const direction: (readonly [string, number])[] = [
    ...lexicon.directionUp.map((word) => [word, 1] as const),
    ...lexicon.directionDown.map((word) => [word, -1] as const),
  ];
  const englishWords = new Set([
    ...lexicon.functionWords,
    ...Object.keys(lexicon.numberWords),
    ...(lexicon.englishWords ?? englishLanguageWords.englishWords),
  ]);
  const otherLanguageWords = new Set(
    (lexicon.otherLanguageWords ?? englishLanguageWords.otherLanguageWords).filter(
      (word) => !englishWords.has(word),
    ),
  );
  return {
    lexicon,
    ...numberTables(lexicon),
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
    countLinksAfter: new Set(lexicon.countLinksAfter ?? grammar.countLinksAfter),
    articleDurationLeads: new Set(lexicon.articleDurationLeads ?? grammar.articleDurationLeads),
    relativeAfter: new Set(lexicon.relativeAfter ?? grammar.relativeAfter),
    multiplierUnits: new Set(lexicon.multiplierUnits ?? grammar.multiplierUnits),
    shareLeads: new Set(lexicon.shareLeads ?? grammar.shareLeads),
    shareLinks: new Set(lexicon.shareLinks ?? grammar.shareLinks),
    halfShareLeads: new Set(lexicon.halfShareLeads ?? grammar.halfShareLeads),
    rangeOpeners: new Set(lexicon.rangeOpeners ?? grammar.rangeOpeners),
    changeOpeners: new Set(lexicon.changeOpeners ?? grammar.changeOpeners),
    quantityJoiners: new Set(lexicon.quantityJoiners ?? grammar.quantityJoiners),
    windows: { ...grammar.windows, ...lexicon.windows },
    ordinalWords: mapOf(lexicon.ordinalWords ?? grammar.ordinalWords),
    yearDivisions: mapOf(lexicon.yearDivisions ?? grammar.yearDivisions),
    periodCodes: mapOf(lexicon.periodCodes ?? grammar.periodCodes),
    yearPartsWithOf: new Set(lexicon.yearPartsWithOf ?? grammar.yearPartsWithOf),
    yearPartLinkers: new Set(lexicon.yearPartLinkers ?? grammar.yearPartLinkers),
    dateRangeJoiners: new Set(lexicon.dateRangeJoiners ?? grammar.dateRangeJoiners),
    ambiguousMonths: new Set(lexicon.ambiguousMonths ?? grammar.ambiguousMonths),
    pluralTitles: new Map(Object.entries(lexicon.titleLevels).map(([title, level]) => [`${title}s`, level])),
    englishWords,
    otherLanguageWords,
    languageGuess: lexicon.languageGuess ?? englishLanguageWords.languageGuess,
    unitFillers: new Set(lexicon.unitFillers ?? []),
    correctionOpeners: compileWordList(lexicon.correctionOpeners ?? []),
    correctionClosers: compileWordList(lexicon.correctionClosers ?? []),
    correctionGap: lexicon.correctionGap ?? 3,
    correctionBareWords: lexicon.correctionBareWords ?? 10,
    hedges: compileWordList(lexicon.hedges),
    trailingHedges: compileWordList(lexicon.trailingHedges),
    lowerBounds: compileWordList(lexicon.lowerBounds),
    upperBounds: compileWordList(lexicon.upperBounds),
    direction: compilePhrases(direction),
    percentWords: compileWordList(lexicon.percentWords),
    subjects: {
      duration: compileGroups(lexicon.subjects.duration),
      date: compileGroups(lexicon.subjects.date),
      percentage: compileGroups(lexicon.subjects.percentage),
      money: compileGroups(lexicon.subjects.money),
      count: compileGroups(lexicon.subjects.count),
    },
    hireVerbs: compileWordList(lexicon.hireVerbs),
    nonClaimMarkers: compileWordList(lexicon.nonClaimMarkers),
    titleLevels: compileRecord(lexicon.titleLevels),
    titleFrames: compileWordList(lexicon.titleFrames),
    promotionFrames: compileWordList(lexicon.promotionFrames),
    leaveVerbs: compileWordList(lexicon.leaveVerbs),
    reasonLeadIns: compileWordList(lexicon.reasonLeadIns),
    reasonLeadOuts: compileWordList(lexicon.reasonLeadOuts),
    reasonCategories: compileGroups(lexicon.reasonCategories),
    correctionMarkers: compileWordList(lexicon.correctionMarkers),
    quoteVerbs: compileWordList(lexicon.quoteVerbs),
    retractionMarkers: compileWordList(lexicon.retractionMarkers),
    dateStartCues: compileWordList(lexicon.dateStartCues),
    dateEndCues: compileWordList(lexicon.dateEndCues),
    datePrepositions: new Set(lexicon.datePrepositions),
    clauseBreaks: new Set(lexicon.clauseBreaks),
    titleStops: new Set(lexicon.titleStops),
    otherPersonMarkers: new Set(lexicon.otherPersonMarkers),
    teamObjects: new Set(lexicon.teamObjects),
    otherOwners: new Set(lexicon.otherOwners),
    milestoneMarkers: new Set(lexicon.milestoneMarkers),
    genericPhaseWords: new Set(lexicon.genericPhaseWords),
    labelWords: new Set(lexicon.labelWords),
    functionWords: new Set(lexicon.functionWords),
    countNounExclusions: new Set(lexicon.countNounExclusions ?? []),
    teamMemberNouns: compileWordList(lexicon.teamMemberNouns ?? []),
    listJoiners: compileWordList(lexicon.listJoiners ?? []),
    partMarkers: compileWordList(lexicon.partMarkers ?? []),
    spanPrepositions: new Set(lexicon.spanPrepositions ?? []),
    stanceTopics: compileGroups(lexicon.stanceTopics ?? {}),
    stancePolarity: compilePhrases([
      ...lexicon.stancePositive.map((word) => [word, 1] as const),
      ...lexicon.stanceNegative.map((word) => [word, -1] as const),
    ]),
    stanceNegations: compileWordList(lexicon.stanceNegations ?? []),
    stanceSpeakers: new Set(lexicon.stanceSpeakers ?? []),
    changeParticles: new Set(lexicon.changeParticles ?? []),
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
