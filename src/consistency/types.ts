/**
 * The kinds of claim the consistency check compares.
 *
 * @category Consistency
 */
export type ClaimType =
  | 'duration'
  | 'date'
  | 'percentage'
  | 'money'
  | 'count'
  | 'role'
  | 'leaveReason'
  | 'stance';

/**
 * The numeric claim types, each with its own subject lexicon and tolerance.
 *
 * @category Consistency
 */
export type QuantityType = 'duration' | 'date' | 'percentage' | 'money' | 'count';

/**
 * Which end of a change, range or career a claim describes.
 *
 * @category Consistency
 */
export type ClaimPart = 'start' | 'end' | 'from' | 'to' | 'initial' | 'final';

/**
 * How two claims about the same thing relate.
 *
 * @category Consistency
 */
export type FindingKind = 'consistent' | 'variation' | 'contradiction' | 'correction';

/**
 * Where a claim was read: the round and the character offsets into that telling's text.
 *
 * @category Consistency
 */
export interface ClaimSource {
  /** The round of the telling (1 = what was said, 2 = what is planned). */
  readonly round: number;
  /** Offset of the first character of the quoted span. */
  readonly start: number;
  /** Offset one past the last character of the quoted span. */
  readonly end: number;
  /** The quoted span itself. */
  readonly text: string;
  /** The whole sentence around the span, for showing both quotes side by side. */
  readonly sentence: string;
  /** Index of the structured fact the claim came from, when it came from one. */
  readonly factIndex?: number;
}

/**
 * One comparable statement, normalised to an interval in a canonical unit.
 *
 * @category Consistency
 */
export interface Claim {
  /** The story the claim belongs to, when it came from a candidacy. */
  readonly storyId?: string;
  readonly type: ClaimType;
  /** What the number measures: revenue, team, pilot… */
  readonly subject?: string;
  readonly part?: ClaimPart;
  /** `type[.subject][.part]`, the alignment key. */
  readonly attribute: string;
  /** Lower end of the value in the canonical unit (months, month index, %, amount, people, level). */
  readonly low: number;
  /** Upper end of the value in the canonical unit. */
  readonly high: number;
  /** The canonical unit: months, month-index, percent, currency code, count, level, categories, text. */
  readonly unit: string;
  /** ISO currency code for money, when one was given. */
  readonly currency?: string;
  /** For rates such as "$150k a year": the period (year, month, week). */
  readonly period?: string;
  /** For percentages: whether a direction word (grew, cut…) gave the value its sign. */
  readonly signed?: boolean;
  /** An open bound: "at least 10" (`atLeast`) or "up to 10" (`atMost`). */
  readonly bound?: 'atLeast' | 'atMost';
  /** Leave-reason categories. */
  readonly categories?: readonly string[];
  /** A readable label: the title keyword, the stance text. */
  readonly label?: string;
  readonly approximate: boolean;
  readonly range: boolean;
  /** True when computed from other claims (a duration from a date range). */
  readonly derived: boolean;
  /** True when the sentence explicitly corrects an earlier statement. */
  readonly corrective: boolean;
  /** The retracted value ("not 14"), in the canonical unit. */
  readonly correctedFrom?: number;
  readonly source: ClaimSource;
}

/**
 * Two claims compared, with the verdict and a readable reason.
 *
 * @category Consistency
 */
export interface ConsistencyFinding {
  /** The story of the round-one claim. */
  readonly storyId?: string;
  /** The other story, for a comparison inside one round across two stories. */
  readonly otherStoryId?: string;
  /** `across-rounds` (round one vs round two) or `within-round` (two stories in one round). */
  readonly scope: 'across-rounds' | 'within-round';
  /** `type[.subject][.part]`. */
  readonly attribute: string;
  readonly kind: FindingKind;
  /** The earlier claim (round one, or the first story in a within-round comparison). */
  readonly roundOne: Claim;
  /** The later claim. */
  readonly roundTwo: Claim;
  /** Why the verdict, in words a candidate can act on. */
  readonly why: string;
  /** Extra tags such as `currency_mismatch`, `sign_flip`, `derived`, `type_fallback`. */
  readonly flags: readonly string[];
  /** The guide section this check comes from. */
  readonly source: string;
}

/**
 * A telling whose text is over the length cap: left unread (its structured facts are still compared)
 * rather than failing the check.
 *
 * @category Consistency
 */
export interface TextTooLongNote {
  /** `text_too_long`: the telling's text is over `maxTextLength` characters and was not read. */
  readonly code: 'text_too_long';
  /** Where: `['stories', storyIndex, 'tellings', tellingIndex, 'text']`. */
  readonly path: readonly (string | number)[];
  readonly storyId: string;
  readonly round: number;
  /** A readable explanation with the length and the cap. */
  readonly message: string;
}

/**
 * One telling of a {@link NotEnglishNote}: which story, which round, where its text is.
 *
 * @category Consistency
 */
export interface UnreadTelling {
  readonly storyId: string;
  readonly round: number;
  /** `['stories', storyIndex, 'tellings', tellingIndex, 'text']`. */
  readonly path: readonly (string | number)[];
}

/**
 * Free text is read in English only: the tellings that read as another language are left unread (their
 * structured facts are still compared) and named in one note per candidacy, so the candidate knows why
 * nothing was found there rather than taking silence for consistency.
 *
 * @category Consistency
 */
export interface NotEnglishNote {
  readonly code: 'not_english';
  /** Every telling left unread for its language, in story and telling order. */
  readonly tellings: readonly UnreadTelling[];
  /** One sentence naming the stories and rounds, in the options' language. */
  readonly message: string;
}

/**
 * Something the check could not read, located in the candidacy: a telling over the length cap
 * (`text_too_long`, one note per telling) or tellings in another language than English (`not_english`,
 * one note for all of them). Narrow on `code`.
 *
 * @category Consistency
 */
export type ConsistencyNote = TextTooLongNote | NotEnglishNote;

/**
 * The result of checking a candidacy for round-to-round consistency.
 *
 * @category Consistency
 */
export interface ConsistencyReport {
  readonly findings: readonly ConsistencyFinding[];
  /** Claims that could not be paired (only one side, or ambiguous): never flagged. */
  readonly unverified: readonly Claim[];
  /** True when no finding is a contradiction. */
  readonly consistent: boolean;
  /** Tellings the check could not read, with where they are; present only when there are some. */
  readonly notes?: readonly ConsistencyNote[];
  /**
   * "Check these yourself": the sentences of stories told in two or more rounds whose claims found no
   * counterpart in the other telling (said in round one and not come back to, or new in a later round). Never
   * flagged and never a contradiction: a list for the candidate to reread, one entry per sentence, with a
   * line to show (`text`). Present only when there are some; {@link compareClaims} never sets it.
   */
  readonly toReread?: readonly RereadItem[];
}

/**
 * One entry of {@link ConsistencyReport.toReread}: a sentence to reread, with the claims in it that were not
 * compared.
 *
 * @category Consistency
 */
export interface RereadItem {
  readonly storyId: string;
  /** The round of the telling the sentence is in. */
  readonly round: number;
  /** `not-repeated`: said in the story's first round, not come back to later; `added`: new in a later round. */
  readonly reason: 'not-repeated' | 'added';
  /** The sentence as the candidate wrote it. */
  readonly sentence: string;
  /** The unpaired claims read from it. */
  readonly claims: readonly Claim[];
  /** One line for the candidate, in the options' language: where, the sentence, what to check. */
  readonly text: string;
}

/**
 * Tolerance for one numeric claim type.
 *
 * @category Consistency
 */
export interface QuantityTolerance {
  /** Hedged values ("about 6 weeks") widen by the larger of this absolute amount… */
  readonly hedgeAbsolute: number;
  /** …and this fraction of the value. */
  readonly hedgeRelative: number;
  /** A gap up to the larger of this absolute amount… */
  readonly variationAbsolute: number;
  /** …and this fraction of the larger value is a variation; beyond it, a contradiction. */
  readonly variationRelative: number;
}

/**
 * All tolerances, per claim type.
 *
 * @category Consistency
 */
export interface ConsistencyTolerances {
  readonly duration: QuantityTolerance;
  readonly date: QuantityTolerance;
  readonly percentage: QuantityTolerance;
  readonly money: QuantityTolerance & {
    /** With different currencies, a gap up to this fraction is a variation (never converted). */
    readonly currencyMismatchRelative: number;
  };
  readonly count: QuantityTolerance;
  /** Title levels apart that still count as a variation. */
  readonly role: { readonly variationLevels: number };
  /** A retracted value matches round one when within this fraction. */
  readonly correctionMatchRelative: number;
}

/**
 * Partial tolerances a caller may pass; each given type is merged over the defaults.
 *
 * @category Consistency
 */
export interface ToleranceOverrides {
  readonly duration?: Partial<QuantityTolerance>;
  readonly date?: Partial<QuantityTolerance>;
  readonly percentage?: Partial<QuantityTolerance>;
  readonly money?: Partial<ConsistencyTolerances['money']>;
  readonly count?: Partial<QuantityTolerance>;
  readonly role?: Partial<ConsistencyTolerances['role']>;
  readonly correctionMatchRelative?: number;
}
