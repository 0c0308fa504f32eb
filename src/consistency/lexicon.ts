import { englishGrammarWords } from './english-grammar.js';
import { englishLanguageWords } from './english-language.js';
import { englishPeopleWords } from './english-people.js';
import { englishQuantityWords } from './english-quantities.js';
import { englishSubjectWords } from './english-subjects.js';
import type { NumberGrammarWords } from './numbers.js';
import type { QuantityType } from './types.js';

/**
 * Every language-specific word list the consistency check reads. Phrases are lower case, words
 * separated by single spaces; a word ending in `*` matches any word that starts with it.
 *
 * @category Consistency
 */
export interface ConsistencyLexicon {
  /** Cardinal number words: "eight" → 8. */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Multiplying words after a number: "million" → 1e6. */
  readonly scaleWords: Readonly<Record<string, number>>;
  /** Multiplying suffixes glued to digits: "2.5m" → 2.5e6. */
  readonly scaleSuffixes: Readonly<Record<string, number>>;
  /** Fraction words: "half" → 0.5, "quarter" → 0.25. */
  readonly fractionWords: Readonly<Record<string, number>>;
  /** Group words after "a": "dozen" → 12, "couple" → 2. */
  readonly groupWords: Readonly<Record<string, number>>;
  /** Month names and abbreviations → month number 1–12. */
  readonly monthNames: Readonly<Record<string, number>>;
  /** Duration units → months. */
  readonly durationUnits: Readonly<Record<string, number>>;
  /** Words after a quantity that make it a rate, with the period: "annually" → year. */
  readonly rateWords: Readonly<Record<string, string>>;
  /** Period nouns after "a/per/each" that make a rate: "year" → year. */
  readonly ratePeriods: Readonly<Record<string, string>>;
  /** Parts of a year → [first month, last month] (1–12). */
  readonly yearParts: Readonly<Record<string, readonly [number, number]>>;
  /** Words that, just before a bare year, make it a date. */
  readonly datePrepositions: readonly string[];
  /** Cues that a date is a start (joined, since) or an end (left, until). */
  readonly dateStartCues: readonly string[];
  readonly dateEndCues: readonly string[];
  /** Currency symbols and words → ISO code. */
  readonly currencySymbols: Readonly<Record<string, string>>;
  readonly currencyWords: Readonly<Record<string, string>>;
  /** Words after a number that make it a percentage. */
  readonly percentWords: readonly string[];
  /** Hedges before a number, after it, and as a suffix ("18ish"). */
  readonly hedges: readonly string[];
  readonly trailingHedges: readonly string[];
  /** Bounds: "at least X" is [X, ∞); "up to X" is [0, X]. */
  readonly lowerBounds: readonly string[];
  readonly upperBounds: readonly string[];
  /** Direction words that sign a percentage. */
  readonly directionUp: readonly string[];
  readonly directionDown: readonly string[];
  /** Words that are a percentage change on their own: "doubled" → +100. */
  readonly multiplierWords: Readonly<Record<string, number>>;
  /** Subject words per claim type: subjects.percentage.revenue = ['revenue', 'arr', …]. */
  readonly subjects: Readonly<Record<QuantityType, Readonly<Record<string, readonly string[]>>>>;
  /** Verbs that make a count a number of hires. */
  readonly hireVerbs: readonly string[];
  /** Words that make a number a target, plan, negation or hypothetical rather than a claim. */
  readonly nonClaimMarkers: readonly string[];
  /** Words that end a clause when searching for subjects, directions and markers. */
  readonly clauseBreaks: readonly string[];
  /** The title ladder: keyword → level (1 member … 7 executive). */
  readonly titleLevels: Readonly<Record<string, number>>;
  /** Readable names of the levels, index = level. */
  readonly levelNames: readonly string[];
  /** First-person frames after which a title follows. */
  readonly titleFrames: readonly string[];
  /** Frames that introduce a later title (role.final). */
  readonly promotionFrames: readonly string[];
  /** First-person verbs that claim a level on their own ("I led") → level. */
  readonly leadVerbs: Readonly<Record<string, number>>;
  /** First-person verbs that claim a level only with a team object ("I managed a team"). */
  readonly teamVerbs: Readonly<Record<string, number>>;
  readonly teamObjects: readonly string[];
  /** Words that end a title phrase. */
  readonly titleStops: readonly string[];
  /** Words that make a title someone else's ("my manager"). */
  readonly otherPersonMarkers: readonly string[];
  /** Possessives that make a number someone else's ("my manager's team of 40"). */
  readonly otherOwners: readonly string[];
  /** Words before a duration that make it a milestone inside a story ("after 3 months"), not its length. */
  readonly milestoneMarkers: readonly string[];
  /** Words after "spent N months on…" that do not name a phase ("on it", "of work"). */
  readonly genericPhaseWords: readonly string[];
  /** Words right before a number that make it a label or rank, not a quantity ("top 10", "version 2"). */
  readonly labelWords: readonly string[];
  /** Words that never name what a percentage or amount measures; any other nearby word does. */
  readonly functionWords: readonly string[];
  /** Verbs of leaving a job, and involuntary exits with their category. */
  readonly leaveVerbs: readonly string[];
  readonly involuntaryExits: Readonly<Record<string, string>>;
  /** Words after a leave verb that start its reason ("because", "to"). */
  readonly reasonLeadIns: readonly string[];
  /** Words before a leave verb that end a reason given first ("…, so I resigned"). */
  readonly reasonLeadOuts: readonly string[];
  /** Reason categories → phrases. */
  readonly reasonCategories: Readonly<Record<string, readonly string[]>>;
  /**
   * Pairs of reason categories that are one reason told from two sides ("the role shrank" and "I wanted more
   * scope"): between rounds they are consistent, not a contradiction. None when left out.
   */
  readonly relatedReasons?: readonly (readonly [string, string])[];
  /** Sentence openers that make every claim in the sentence a correction. */
  readonly correctionMarkers: readonly string[];
  /** Verbs that quote an earlier statement ("I said 30%"). */
  readonly quoteVerbs: readonly string[];
  /** Words before a value that retract it ("not 14", "rather than 14"). */
  readonly retractionMarkers: readonly string[];
  /** Emphasis words that are deliberately NOT corrections ("actually"). Documented, never used as markers. */
  readonly emphasisWords: readonly string[];
  /** Stance words by polarity, for stance facts. */
  readonly stancePositive: readonly string[];
  readonly stanceNegative: readonly string[];
  /** Words between the two ends of a change and its "to": "from 4.5% down to 3%". */
  readonly changeParticles?: readonly string[];
  /** Words that join a whole and a decimal said in words: "three point two million". */
  readonly pointWords?: readonly string[];
  /**
   * Plural-looking words after a number that do not name what is counted ("three times", "ten
   * others"); any other plural noun after a number is counted under its own name ("nine warehouses").
   */
  readonly countNounExclusions?: readonly string[];
  /** Nouns for the members of a team, singular and plural: "seven engineers plus a designer" sums to 8. */
  readonly teamMemberNouns?: readonly string[];
  /** Words joining the parts of a team: "five engineers, a designer and a tester". */
  readonly listJoiners?: readonly string[];
  /** Words that make a duration a part of the story, not its length ("the migration alone took"). */
  readonly partMarkers?: readonly string[];
  /** Words that tell a number as the whole story's, not a part's ("in total", "end to end"). */
  readonly wholeMarkers?: readonly string[];
  /** Prepositions before "the next/first N months" that make it the length of the story, not a milestone. */
  readonly spanPrepositions?: readonly string[];
  /** Topics of the role a stance can be about → phrases ("on-call" → oncall). */
  readonly stanceTopics?: Readonly<Record<string, readonly string[]>>;
  /**
   * A topic's other pole → phrases ("remote" → "in the office"; "teamsize", small teams, → "big practices"): a
   * stance about one of them is the reverse stance on the topic, so "I'd prefer to be in the office" against "I
   * want to stay remote" is a reversal. None when left out.
   */
  readonly stanceOpposites?: Readonly<Record<string, readonly string[]>>;
  /**
   * Stance words that accept without preferring ("happy to", "fine by me", "open to"), positive like
   * `stancePositive` (a word need be in one list only): said about a topic's other pole they are flexibility,
   * not a reversal ("I'm happy to come into the office" against "I've loved
   * working remotely"), so they give no stance there. None when left out.
   */
  readonly stanceMildCues?: readonly string[];
  /** Words just before a stance word that turn it around ("not worried"). */
  readonly stanceNegations?: readonly string[];
  /** Words that put a stance first among the candidate's ("my first priority", "what excites me most"). */
  readonly stanceEmphasis?: readonly string[];
  /** How many tokens apart a stance word and its topic may be, in one sentence. */
  readonly stanceWindow?: number;
  /** First-person words, one of which must be near a stance word: "the team was excited" is not the candidate's stance. */
  readonly stanceSpeakers?: readonly string[];
  /** Words that may stand between a number and its duration unit without changing it: "two full years". */
  readonly unitFillers?: readonly string[];
  /**
   * First-person openers of a correction told with its object in between: "I got the length wrong", "we had
   * the dates mixed up" (an opener, at most `correctionGap` words, then a closer).
   */
  readonly correctionOpeners?: readonly string[];
  /** The closers of those corrections: "wrong", "mixed up". */
  readonly correctionClosers?: readonly string[];
  /** How many words may stand between an opener and its closer. */
  readonly correctionGap?: number;
  /**
   * A sentence that only says a correction ("I got the length wrong last time.", "I overstated it in round
   * one.") corrects the claims of the sentence next to it: at most this many words after its marker, none of
   * them a claim, a colon or a retraction ("not").
   */
  readonly correctionBareWords?: number;
  /** Frequent English words beyond `functionWords` and `numberWords`: with them, the share of a telling that reads as English. */
  readonly englishWords?: readonly string[];
  /**
   * Frequent words of other languages (German, French, Spanish, Portuguese, Italian, Dutch; a word ending in an
   * apostrophe matches as a prefix, "j'"): they tell a telling in another language from terse English notes.
   * Never read as claims; English words in the list are ignored.
   */
  readonly otherLanguageWords?: readonly string[];
  /** Thresholds of the language guess (see `languageOf`); the defaults of {@link englishLexicon} when left out. */
  readonly languageGuess?: LanguageGuessSettings;
  /** The marks that end a sentence ("." "!" "?"); English when left out. */
  readonly sentenceEnds?: readonly string[];
  /**
   * Words whose full stop ends no sentence when the text goes on in lower case or with a number ("Feb. 2021",
   * "approx. ten"). English when left out.
   */
  readonly abbreviations?: readonly string[];
  /**
   * How a plural ends: "nine warehouses" counts any plural noun (a word of at least `minLength` letters that
   * ends in `suffix` but in none of `singularEndings`: "process" is no plural), and a title or a fraction
   * word with the suffix is its plural ("engineers", "three quarters of"). English ("s", 4, ["ss"]) when left out.
   */
  readonly pluralEnding?: {
    readonly suffix: string;
    readonly minLength: number;
    readonly singularEndings: readonly string[];
  };
  /**
   * A year said by its last two digits after a mark ("Feb '21", "spring ’98"): the marks, and the pivot (a
   * number below it is 20xx, from it on 19xx). English (', ’ and 50) when left out.
   */
  readonly shortYears?: { readonly marks: readonly string[]; readonly pivot: number };
  /** What a year is: a number of exactly `digits` digits from `earliest` to `latest`. English (4, 1950–2100) when left out. */
  readonly yearPattern?: { readonly digits: number; readonly earliest: number; readonly latest: number };
  /** The grammar words of the number reader ("and a half", "a couple of", "40-odd"); English when left out. */
  readonly numberGrammar?: NumberGrammarWords;
  /** Unit words that make a number a count of people: "a 12-person team"; English when left out. */
  readonly personUnits?: readonly string[];
  /** Words after a count that keep it a count of the noun before ("12 of our engineers", "5 on the team"). */
  readonly countLinksAfter?: readonly string[];
  /**
   * Words between a count and the noun it counts when the count is a part of a group named before: "six of
   * them were my direct reports", "twelve of whom were contractors". The count is of that noun and stays a
   * part of the group. English when left out.
   */
  readonly partitiveLinks?: readonly string[];
  /** Words after which "a year" is a length of time; after anything else ("2M transactions a day") it is a rate. */
  readonly articleDurationLeads?: readonly string[];
  /** Words two tokens after a number that make it a relative date, not a claim ("two years ago"). */
  readonly relativeAfter?: readonly string[];
  /** Unit words of a multiplier after a verb of change: "grew three times", "a tenfold". */
  readonly multiplierUnits?: readonly string[];
  /** Words around a fraction that make it a share (a percentage): "by a fifth", "a third of", "in half". */
  readonly shareLeads?: readonly string[];
  readonly shareLinks?: readonly string[];
  readonly halfShareLeads?: readonly string[];
  /** Words before a number that open a range or a change: "between 8 and 12", "from 40 to 65". */
  readonly rangeOpeners?: readonly string[];
  readonly changeOpeners?: readonly string[];
  /** Words between the two ends of a numeric range: "8-12", "8 to 12". */
  readonly quantityJoiners?: readonly string[];
  /** Ordinals of a part of a year: "the second half of 2021". */
  readonly ordinalWords?: Readonly<Record<string, number>>;
  /** Parts a year divides into, in months: "half" → 6, "quarter" → 3. */
  readonly yearDivisions?: Readonly<Record<string, number>>;
  /** Period letters glued to a number, in months: "q" → 3 ("Q3 2021"), "h" → 6 ("H1 2020"). */
  readonly periodCodes?: Readonly<Record<string, number>>;
  /** Year parts that need "of" before the year ("end of 2021"); others take it or not ("early 2021"). */
  readonly yearPartsWithOf?: readonly string[];
  /** Words between a year part and its year: "mid-2021", "early in 2021". */
  readonly yearPartLinkers?: readonly string[];
  /** Words between the two ends of a date range: "2019 to 2021", "March through June 2021". */
  readonly dateRangeJoiners?: readonly string[];
  /** Month names that are also common words, read as a month only with a year ("may"). */
  readonly ambiguousMonths?: readonly string[];
  /** Words between a count's subject and its number that keep them together: "team of 8", "team was 8". */
  readonly countLinksBefore?: readonly string[];
  /** Words before a period noun that make a quantity a rate: "a year", "per month". */
  readonly rateArticles?: readonly string[];
  /** Count nouns that name no subject of their own ("12 people"): the subject is the noun before, if any. */
  readonly genericCountNouns?: readonly string[];
  /** Pronouns that carry a clause's subject over ("…but it took 5 months"), and "it" itself. */
  readonly pronouns?: readonly string[];
  readonly itWords?: readonly string[];
  /** "the", before a milestone or span ("after the first two years"). */
  readonly definiteArticles?: readonly string[];
  /** Words after "spent N months" that name its phase next: "on discovery", "of testing". */
  readonly phaseLinks?: readonly string[];
  /** The word after a retracted value: "not 14 but 16". */
  readonly retractionJoiners?: readonly string[];
  /** Words of contrast that let a later value correct a quoted one: "I said 30%, but it was 35%". */
  readonly contrastWords?: readonly string[];
  /** A lower bound that is no bound before a duration: "over 14 months" is the length. */
  readonly durationOverWords?: readonly string[];
  /** An upper bound that is no bound after a verb of change: "grew up to 40%". */
  readonly upToAfterChange?: readonly string[];
  /** Words before the bare verb "leave" that make it a departure ("I leave", "to leave"). */
  readonly leaveSubjects?: readonly string[];
  /** Pronouns skipped before a leave verb when a reason comes first ("…, so I resigned"). */
  readonly leavePronouns?: readonly string[];
  /** Leave verbs that need one of `leaveSubjects` before them. */
  readonly bareLeaveVerbs?: readonly string[];
  /** The candidate as speaker ("I", "I'd", "I've", "I'm"), and the forms that claim a title with a verb. */
  readonly speakerWords?: readonly string[];
  readonly verbSpeakers?: readonly string[];
  /**
   * Possessives of a group that, after the candidate's own frame ("I was their engineering manager", "I'm our
   * CTO"), name whom the title is over, not whose it is. One person's ("I was her manager") is a relation, not
   * the candidate's title, and elsewhere ("as their manager said") they stay another's. English when left out.
   */
  readonly groupPossessives?: readonly string[];
  /** Articles before a title ("as a lead"). */
  readonly titleArticles?: readonly string[];
  /** The frame "as" and the words right before it that make it the candidate's role ("joined as"). */
  readonly asFrames?: readonly string[];
  readonly asFrameLeads?: readonly string[];
  /** Words between "I" and "as" that give the title to someone else ("I hired her as"). */
  /**
   * The speaker as an object before an "as" frame ("the owner took me on as a line cook", "hired me into
   * Corwen's as an analyst"): the title is the speaker's. English when left out.
   */
  readonly speakerObjects?: readonly string[];
  /**
   * Auxiliaries that make a verb of another person's hiring passive ("I was brought in as", "I got hired in
   * as"): then the title after "as" is the speaker's. English when left out.
   */
  readonly passiveAuxiliaries?: readonly string[];
  readonly otherPersonObjects?: readonly string[];
  /** "one of": a plural title after it reads as the singular ("one of the engineers"). */
  readonly oneOfWords?: readonly string[];
  /** Adverbs between "I" and a lead verb ("I also led"). */
  readonly roleAdverbs?: readonly string[];
  /** Words that make the subject of a promotion someone else ("my manager was promoted"). */
  readonly otherSubjects?: readonly string[];
  /**
   * Words never taken as the open subject of a figure ("the order came in at $340,000" is not money.came): verbs
   * of motion and result, "anything". Quote verbs and number words never are either. English when left out.
   */
  readonly notOpenSubjects?: readonly string[];
  /**
   * People a possessive may name besides job titles ("my partner", "my boss"): "my partner loved the travel" is
   * the partner's stance, not the candidate's. English when left out.
   */
  readonly otherPeople?: readonly string[];
  /** Words for the team itself (not its members), told after a bare number: "twelve on the SRE team". English when left out. */
  readonly teamContainers?: readonly string[];
  /**
   * Someone else as a clause's subject ("she", "he"; not "they", which is as often the clinics; with a possessive, a person: "my colleague ran a team of
   * twenty"): the figures of that clause are theirs, not claims of the candidate's. English when left out.
   */
  readonly otherPersonSubjects?: readonly string[];
  /** Words that make a percentage after a verb of change its level, not the change: "churn fell to 12%". English when left out. */
  readonly levelLinks?: readonly string[];
  /** The speaker's group between such a number and its team: "six of us on the team". English when left out. */
  readonly teamLinks?: readonly string[];
  /** Words after a date that link it to a start or end cue told later ("2017 was when I started"). English when left out. */
  readonly dateCueLinks?: readonly string[];
  /** How many tokens each pattern may reach (see {@link ReadingWindows}); English defaults when left out. */
  readonly windows?: Partial<ReadingWindows>;
}

/**
 * How many tokens each reader's patterns may reach: every window is data, so reading stays linear in the
 * text and a vendor can tune one without code.
 *
 * @category Consistency
 */
export interface ReadingWindows {
  /** Between a verb of change and "N times": "grew revenue three times". */
  readonly multiplierVerb: number;
  /** Back from a date to a start or end cue in its clause: "wrapped up my part of the project in June". */
  readonly dateCue: number;
  /** Left and right of a quantity to its subject word; back through a clause for an open subject. */
  readonly subjectLeft: number;
  readonly subjectRight: number;
  readonly clauseBack: number;
  /** Back from "it" to the subject of an earlier clause of the sentence. */
  readonly itSubject: number;
  /** Back from a count to a hiring verb, and to its subject noun. */
  readonly hireVerb: number;
  readonly countSubject: number;
  /** Left and right of a percentage to its direction word. */
  readonly directionLeft: number;
  readonly directionRight: number;
  /** Back from a duration to a part marker ("alone"), and from the marker to its noun. */
  readonly partMarker: number;
  readonly partNoun: number;
  /** After "spent N months on": how far generic phase words are skipped. */
  readonly phaseWords: number;
  /** Back from a value to a non-claim marker ("target"), and to a quote verb ("I said"). */
  readonly nonClaim: number;
  readonly quoteVerb: number;
  /** Back from "but" to the value it retracts ("not 14 but 16"). */
  readonly retraction: number;
  /** After a correction marker to its value; after a quoted value to its correction. */
  readonly correctionMarker: number;
  readonly quotedCorrection: number;
  /** Defaults of the lexicon's `correctionGap` and `correctionBareWords`. */
  readonly correctionGap: number;
  readonly correctionBareWords: number;
  /** After a leave verb to its reason's lead-in; a reason's length; back to a non-claim marker. */
  readonly reasonLeadIn: number;
  readonly reason: number;
  readonly leaveNonClaim: number;
  /** Words between a team part's number and its noun ("ten backend engineers"). */
  readonly teamModifier: number;
  /** After a date's link ("was when") to its start or end cue ("Spring of 2021 was when I wrapped up"). */
  readonly dateCueAfter: number;
  /** Describing words between a count's number and its noun ("sixty new graduate nurses"). */
  readonly countModifier: number;
  /** Default of the lexicon's `stanceWindow`. */
  readonly stance: number;
  /** Back from "as" to its "I"; back from a promotion to its subject; a title frame's non-claim reach. */
  readonly asFrame: number;
  readonly promotion: number;
  readonly roleNonClaim: number;
  /** After a team verb to its object ("managed a team"); a title's length in words. */
  readonly teamObject: number;
  readonly title: number;
  /** How far before a stance cue "my" still speaks for the candidate ("my number one priority"). */
  readonly stanceOwner?: number;
}

/**
 * When a telling counts as not English (it is then left unread and listed in a `not_english` note): it has
 * at least `minLetters` letters of which `otherScriptShare` or more are not Latin (Cyrillic, Chinese…), or it
 * has at least `minWords` words, fewer than `maxEnglishShare` of them English function words, and either at
 * least `minOtherShare` frequent words of another language or `minAccentShare` words with letters outside
 * a–z. Shorter texts are too short to judge and are read as English.
 *
 * @category Consistency
 */
export interface LanguageGuessSettings {
  readonly minWords: number;
  readonly minLetters: number;
  readonly maxEnglishShare: number;
  readonly minOtherShare: number;
  readonly minAccentShare: number;
  readonly otherScriptShare: number;
}
/**
 * The default English lexicon of the consistency check: number words, units, hedges, subjects,
 * the title ladder, leave-reason categories and correction markers. Spread it to extend:
 * `{ ...englishLexicon, hedges: [...englishLexicon.hedges, 'more or less'] }`.
 *
 * @example
 * englishLexicon.titleLevels['tech lead'] // => 3
 *
 * @category Consistency
 */
export const englishLexicon: ConsistencyLexicon = {
  ...englishLanguageWords,
  ...englishQuantityWords,
  ...englishSubjectWords,
  ...englishPeopleWords,
  ...englishGrammarWords,
};
