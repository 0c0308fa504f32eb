import {
  compileGroups,
  compilePhrases,
  compileRecord,
  compileWordList,
  createTagger,
  type PhraseMatcher,
  type Tagger,
  type Token,
} from '../text/index.js';
import { englishGrammarWords as grammar } from './english-grammar.js';
import { englishLanguageWords } from './english-language.js';
import type { ConsistencyLexicon, LanguageGuessSettings, ReadingWindows } from './lexicon.js';
import { isGluedNumberWord, type NumberTables, numberTables } from './numbers.js';
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
  'groupPossessives',
  'titleArticles',
  'asFrameLeads',
  'asFrames',
  'otherPersonObjects',
  'speakerObjects',
  'passiveAuxiliaries',
  'roleAdverbs',
  'otherSubjects',
  'notOpenSubjects',
  'otherPeople',
  'teamContainers',
  'otherPersonSubjects',
  'levelLinks',
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
  'partitiveLinks',
  'wholeMarkers',
  'stanceNegations',
  'stanceEmphasis',
  'correctionOpeners',
  'correctionClosers',
  'dateCueLinks',
  'teamLinks',
  'stanceMildCues',
] as const satisfies readonly (keyof ConsistencyLexicon)[];

const QUANTITY_TYPES = ['duration', 'date', 'percentage', 'money', 'count'] as const;

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
  /** The other poles of the stance topics (lexicon `stanceOpposites`), valued by the topic they reverse. */
  readonly stanceOpposites: PhraseMatcher<string>;
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
  /** The one tagging pass over this lexicon: every telling is tokenized and tagged once (text/tag.ts). */
  readonly tagger: Tagger<WordData>;
  /** How a plural ends (lexicon `pluralEnding`). */
  readonly pluralEnding: NonNullable<ConsistencyLexicon['pluralEnding']>;
  /** What a year is (lexicon `yearPattern`). */
  readonly yearPattern: NonNullable<ConsistencyLexicon['yearPattern']>;
  /** A year said by its last two digits (lexicon `shortYears`): its marks as a Set. */
  readonly shortYears: { readonly marks: ReadonlySet<string>; readonly pivot: number };
}

function shortYearsOf(section: NonNullable<ConsistencyLexicon['shortYears']>): CompiledLexicon['shortYears'] {
  return { marks: new Set(section.marks), pivot: section.pivot };
}

/** Whether a token's whole text is the digits of a year (lexicon `yearPattern`), in range or not. */
export function hasYearDigits(token: Token | undefined, compiled: CompiledLexicon): boolean {
  const text = token?.text;
  if (text === undefined || token!.kind !== 'number' || text.length !== compiled.yearPattern.digits)
    return false;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** Whether a word looks plural by the lexicon's `pluralEnding` ("warehouses", not "process" or "bus"). */
export function looksPlural(word: string, compiled: CompiledLexicon): boolean {
  const { suffix, minLength, singularEndings } = compiled.pluralEnding;
  return (
    word.length >= minLength &&
    word.endsWith(suffix) &&
    !singularEndings.some((ending) => word.endsWith(ending))
  );
}

/** What the compiled lexicon knows about one word, computed once per distinct word by the tagger. */
export interface WordData {
  /** The scan of extract.ts can start here: a number word, an article, a month, a multiplier word… */
  readonly scanStart: boolean;
  /** For the language guess: 1 an English word, 2 a frequent word of another language, 0 neither. */
  readonly language: 0 | 1 | 2;
  /** The word is letters a–z only, so it is one word for the language guess as it is. */
  readonly plainLetters: boolean;
}

const PLAIN_LETTERS = /^[a-z]+$/;

/** Whether a word starts a period code of the lexicon ("q3", "h1"): a period letter and a digit 1–4. */
export function isPeriodCode(word: string, periodCodes: ReadonlyMap<string, number>): boolean {
  const number = word.charCodeAt(1) - 48;
  return word.length === 2 && periodCodes.has(word.charAt(0)) && number >= 1 && number <= 4;
}

/** The per-word data of a compiled lexicon (see WordData). */
function wordDataOf(compiled: CompiledLexicon, word: string): WordData {
  const grammar = compiled.numberGrammar;
  const scanStart =
    compiled.numberWords.has(word) ||
    compiled.hyphenNumbers.has(word) ||
    isGluedNumberWord(word, compiled) ||
    grammar.articles.includes(word) ||
    word === grammar.half ||
    compiled.monthNames.has(word) ||
    compiled.ordinalWords.has(word) ||
    compiled.yearParts.has(word) ||
    compiled.multiplierWords.has(word) ||
    isPeriodCode(word, compiled.periodCodes);
  let language: 0 | 1 | 2 = 0;
  if (compiled.englishWords.has(word)) language = 1;
  else if (compiled.otherLanguageWords.has(word)) language = 2;
  return { scanStart, language, plainLetters: PLAIN_LETTERS.test(word) };
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
  // Every matcher below registers with the tagger, which the compiled lexicon classifies words for.
  let compiled: CompiledLexicon | undefined;
  const tagger = createTagger<WordData>(
    (word) => wordDataOf(compiled!, word),
    new Set(section('sentenceEnds') ?? []),
    new Set(section('abbreviations') ?? []),
  );
  const pluralEnding = section('pluralEnding') ?? grammar.pluralEnding;
  const sets = tableOf(WORD_SETS, (key) => new Set(section(key) ?? []));
  const matchers = tableOf(WORD_MATCHERS, (key) => compileWordList(section(key) ?? [], tagger));
  // Each Map holds its section's values, so the table is the RecordMaps the keys name.
  const maps = tableOf(RECORD_MAPS, (key) => mapOf<unknown>(section(key) ?? {})) as unknown as RecordMaps;
  compiled = {
    lexicon,
    tagger,
    pluralEnding,
    yearPattern: section('yearPattern') ?? grammar.yearPattern,
    shortYears: shortYearsOf(section('shortYears') ?? grammar.shortYears),
    ...numberTables(lexicon),
    ...sets,
    ...matchers,
    ...maps,
    windows: { ...grammar.windows, ...lexicon.windows },
    pluralTitles: new Map(
      Object.entries(lexicon.titleLevels).map(([title, level]) => [`${title}${pluralEnding.suffix}`, level]),
    ),
    // Anyone with a title is a member of a team: "six nurses, two assistants and a clerk".
    teamMemberNouns: compileWordList(
      [
        ...(section('teamMemberNouns') ?? []),
        ...Object.keys(lexicon.titleLevels).flatMap((title) => [title, `${title}${pluralEnding.suffix}`]),
      ],
      tagger,
    ),
    englishWords,
    otherLanguageWords,
    languageGuess: section('languageGuess') ?? englishLanguageWords.languageGuess,
    stanceWindow: lexicon.stanceWindow ?? grammar.windows.stance,
    oneOf: section('oneOfWords') ?? [],
    correctionGap: lexicon.correctionGap ?? grammar.windows.correctionGap,
    correctionBareWords: lexicon.correctionBareWords ?? grammar.windows.correctionBareWords,
    direction: compilePhrases(direction, tagger),
    subjects: tableOf(QUANTITY_TYPES, (type) => compileGroups(lexicon.subjects[type], tagger)),
    titleLevels: compileRecord(lexicon.titleLevels, tagger),
    reasonCategories: compileGroups(lexicon.reasonCategories, tagger),
    stanceTopics: compileGroups(section('stanceTopics') ?? {}, tagger),
    stanceOpposites: compileGroups(section('stanceOpposites') ?? {}, tagger),
    stancePolarity: compilePhrases(
      [
        ...lexicon.stancePositive.map((word) => [word, 1] as const),
        // The mild cues are positive too: one list each, no word in both.
        ...(section('stanceMildCues') ?? []).map((word) => [word, 1] as const),
        ...lexicon.stanceNegative.map((word) => [word, -1] as const),
      ],
      tagger,
    ),
  };
  return compiled;
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
