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
 * What every claim has, whatever its kind.
 *
 * @category Consistency
 */
export interface ClaimCommon {
  /** The story the claim belongs to, when it came from a candidacy. */
  readonly storyId?: string;
  /** What the number measures: revenue, team, pilot… */
  readonly subject?: string;
  readonly part?: ClaimPart;
  /** `type[.subject][.part]`, the alignment key. */
  readonly attribute: string;
  /** Lower end of the value in the canonical unit (months, month index, %, amount, people, level). */
  readonly low: number;
  /** Upper end of the value in the canonical unit. */
  readonly high: number;
  /** An open bound: "at least 10" (`atLeast`) or "up to 10" (`atMost`). */
  readonly bound?: 'atLeast' | 'atMost';
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
 * Every field of any claim kind, loosely typed: what a reader builds before the claim is typed by kind
 * (internal; the readers give each type its own unit and fields).
 */
export interface ClaimFields extends ClaimCommon {
  readonly type: ClaimType;
  readonly unit: string;
  readonly currency?: string;
  readonly period?: string;
  readonly signed?: boolean;
  readonly categories?: readonly string[];
  readonly label?: string;
}

/**
 * The fields only some kinds carry, absent from the others: reading `claim.currency` on any claim is
 * allowed and gives `undefined` unless the claim is about money.
 */
interface KindFields {
  readonly currency?: undefined;
  readonly period?: undefined;
  readonly signed?: undefined;
  readonly categories?: undefined;
  readonly label?: undefined;
}

/** The kind fields a kind does not carry. */
type Without<Carried extends keyof KindFields> = Omit<KindFields, Carried>;

/**
 * How long something took or lasted, in months.
 *
 * @category Consistency
 */
export interface DurationClaim extends ClaimCommon, KindFields {
  readonly type: 'duration';
  readonly unit: 'months';
}

/**
 * When something happened, as an interval of month indexes (year × 12 + month − 1).
 *
 * @category Consistency
 */
export interface DateClaim extends ClaimCommon, Without<'period'> {
  readonly type: 'date';
  readonly unit: 'month-index';
  /** A period written after the date, when one was ("in 2021 a year"). */
  readonly period?: string;
}

/**
 * A percentage, signed when a direction word (grew, cut…) gave it its sign.
 *
 * @category Consistency
 */
export interface PercentageClaim extends ClaimCommon, Without<'period' | 'signed'> {
  readonly type: 'percentage';
  readonly unit: 'percent';
  /** For rates such as "5% a month": the period (year, month, week). */
  readonly period?: string;
  /** Whether a direction word (grew, cut…) gave the value its sign. */
  readonly signed?: boolean;
}

/**
 * An amount of money.
 *
 * @category Consistency
 */
export interface MoneyClaim extends ClaimCommon, Without<'currency' | 'period'> {
  readonly type: 'money';
  /** The ISO currency code, or `unknown` when none was given. */
  readonly unit: string;
  /** ISO currency code, when one was given. */
  readonly currency?: string;
  /** For rates such as "$150k a year": the period (year, month, week). */
  readonly period?: string;
}

/**
 * How many of something: people, customers, services…
 *
 * @category Consistency
 */
export interface CountClaim extends ClaimCommon, Without<'period'> {
  readonly type: 'count';
  readonly unit: 'count';
  /** For rates such as "40 hires a year": the period (year, month, week). */
  readonly period?: string;
}

/**
 * A job title, as a seniority level.
 *
 * @category Consistency
 */
export interface RoleClaim extends ClaimCommon, Without<'label'> {
  readonly type: 'role';
  readonly unit: 'level';
  /** The title words the level was read from ("senior manager"). */
  readonly label: string;
}

/**
 * Why the candidate left a job, as reason categories.
 *
 * @category Consistency
 */
export interface LeaveReasonClaim extends ClaimCommon, Without<'categories'> {
  readonly type: 'leaveReason';
  readonly unit: 'categories';
  /** The reason categories, sorted. */
  readonly categories: readonly string[];
}

/**
 * What the candidate said about the role: excitement, concern or a priority about a topic.
 *
 * @category Consistency
 */
export interface StanceClaim extends ClaimCommon, Without<'label'> {
  readonly type: 'stance';
  /** `polarity` when read from text (`low` is the sign), `text` when given as a structured fact. */
  readonly unit: 'polarity' | 'text';
  /** The stance in words ("positive about the roadmap", or the fact's value). */
  readonly label: string;
}

/**
 * One comparable statement, normalised to an interval in a canonical unit: a union by `type`, so
 * narrowing on `claim.type` gives the kind's own fields.
 *
 * @category Consistency
 */
export type Claim =
  | DurationClaim
  | DateClaim
  | PercentageClaim
  | MoneyClaim
  | CountClaim
  | RoleClaim
  | LeaveReasonClaim
  | StanceClaim;

/**
 * The claim of one kind: `ClaimOf<'money'>` is {@link MoneyClaim}.
 *
 * @category Consistency
 */
export type ClaimOf<Type extends ClaimType> = Extract<Claim, { readonly type: Type }>;

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
