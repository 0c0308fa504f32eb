import type { AudienceProfile } from '../audiences/profiles.js';
import type {
  FactName,
  FactThresholds,
  FactValue,
  NoteLabels,
  Subject,
  SubjectNames,
} from '../facts/index.js';
import type { Audience, Candidacy } from '../model/index.js';
import type { DimensionId, RulePack } from '../rules/index.js';

/**
 * The readiness bands, lowest first.
 *
 * @example
 * BANDS.at(-1);
 * // => 'top-quartile'
 * @category Readiness
 */
export const BANDS = ['not-ready', 'at-risk', 'ready', 'top-quartile'] as const;

/** A readiness band. */
export type Band = (typeof BANDS)[number];

/**
 * Where the readiness bands start, each a whole score from 0 to 100 with `atRisk` < `ready` ≤ `topQuartile`.
 * A score below `atRisk` is not-ready, below `ready` at-risk, otherwise ready; top-quartile needs
 * `topQuartile` or more and every applicable checklist rule passing. Any failing blocker caps the band at
 * at-risk, whatever the thresholds.
 *
 * @category Readiness
 */
export interface BandThresholds {
  readonly atRisk: number;
  readonly ready: number;
  readonly topQuartile: number;
}

/**
 * The default band thresholds, as data; a vendor's own go to `createPreparer({ bandThresholds })`,
 * `createScorer(pack, { bandThresholds })` or `assessReadiness(candidacy, { now, bandThresholds })`, checked by
 * `parseBandThresholds` (partial overrides, merged over these).
 *
 * @example
 * defaultBandThresholds.ready;
 * // => 75
 * @category Readiness
 */
export const defaultBandThresholds: BandThresholds = Object.freeze({
  atRisk: 50,
  ready: 75,
  topQuartile: 90,
});

/**
 * @deprecated The old name of {@link defaultBandThresholds} (the same object): use `defaultBandThresholds`.
 * @category Readiness
 */
export const readinessBandThresholds: BandThresholds = defaultBandThresholds;

/**
 * One fact a rule read, with its value (null when missing) and, for a fact that counts things, the things it
 * counted (`subjects`: ids and display names from the candidacy, with why each was counted).
 */
export interface Evidence {
  readonly fact: FactName;
  readonly value: FactValue | null;
  readonly subjects?: readonly Subject[];
}

/**
 * How a rule came out for this candidacy, the single truth of an item: `passed`; `failed`; `not-applicable`
 * (its `appliesWhen` failed: it leaves the score alone); `pending` (not done, but its time has not come: the
 * morning-of warm-up the day before, a step of an interview with no date yet). A pending item is never
 * counted as failed: it leaves the score alone and is listed under `pending`, not `recommendations`.
 */
export type ItemStatus = 'passed' | 'failed' | 'not-applicable' | 'pending';

/** One rule's result, explained. */
export interface ReadinessItem {
  readonly ruleId: string;
  /** The single truth of the item; `applicable` and `passed` are derived from it. */
  readonly status: ItemStatus;
  /** False only for `not-applicable`. */
  readonly applicable: boolean;
  /** True only when `status` is `passed`. */
  readonly passed: boolean;
  readonly weight: number;
  readonly dimension: DimensionId;
  readonly checklist: boolean;
  readonly blocker: boolean;
  readonly message: string;
  readonly recommendation: string;
  readonly evidence: readonly Evidence[];
  /** For a pending item, when it falls due ("the morning of the interview"). */
  readonly due?: string;
  readonly source: string;
}

/** Points earned and available in one dimension (applicable rules only). */
export interface DimensionScore {
  readonly id: DimensionId;
  readonly score: number;
  readonly max: number;
}

/** A failed item's next step, with how many points passing it would add to the score. */
export interface ReadinessRecommendation {
  readonly ruleId: string;
  readonly dimension: DimensionId;
  readonly recommendation: string;
  readonly gain: number;
}

/** A pending item's step: to do, due later. */
export interface PendingStep {
  readonly ruleId: string;
  readonly dimension: DimensionId;
  readonly recommendation: string;
  readonly due: string;
}

/** Why the band was held at at-risk: a failed blocker, or a dimension that applies and scored nothing. */
export interface BandCap {
  readonly kind: 'blocker' | 'empty-dimension';
  readonly dimension: DimensionId;
  /** The rule group inside the dimension that scored nothing ("pay"), when the rules name one. */
  readonly group?: string;
  /** The blocker's rule id (for `blocker`). */
  readonly ruleId?: string;
  /** What holds the band, as the candidate reads it ("pay: nothing prepared"). */
  readonly message: string;
}

/** The readiness assessment of one candidacy at one time. */
export interface Readiness {
  /** 0–100: passed weight over applicable weight, rounded half up. */
  readonly score: number;
  readonly band: Band;
  readonly pack: { readonly id: string; readonly version: string };
  readonly dimensions: readonly DimensionScore[];
  /** Every rule of the pack, in declared order. */
  readonly items: readonly ReadinessItem[];
  /** Failed items that cap the band at at-risk. */
  readonly blockers: readonly ReadinessItem[];
  /** Everything that capped the band at at-risk (failed blockers, dimensions at zero), in report order. */
  readonly caps: readonly BandCap[];
  /** The guide's checklist: applicable checklist items (pending ones included), how many passed and are pending. */
  readonly checklist: { readonly passed: number; readonly applicable: number; readonly pending: number };
  /** Failed items' next steps, biggest score gain first, ties in declared order. */
  readonly recommendations: readonly ReadinessRecommendation[];
  /** Pending items' steps, in declared order: to do, not yet due. */
  readonly pending: readonly PendingStep[];
}

/**
 * Words the report uses outside rule messages, for another language: the name of each dimension, the
 * sentence for a dimension at zero (`{{dimension}}` is its name), the due text of a pending step whose rule
 * gives none, the note labels of subjects and the names of the library's own subjects. Checked by
 * `parseReadinessLabels`; anything left out keeps its English default.
 */
export interface ReadinessLabels {
  /** Names of dimensions and rule groups ("pay", "logistics"), by id (see `defaultDimensionLabels`). */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** A dimension or group with nothing prepared; `{{dimension}}` is its name ("{{dimension}}: nothing prepared"). */
  readonly nothingPrepared?: string;
  /** The due text of a pending step whose rule gives none ("later"). */
  readonly dueLater?: string;
  /** What an empty list of names reads as ("none"). */
  readonly none?: string;
  /** What a fact that cannot be known reads as in a message ("unknown"). */
  readonly unknown?: string;
  /** How a candidate's own title is quoted in a list of names; `{{title}}` is the title ("‘{{title}}’"). */
  readonly quoted?: string;
  /** Note labels by code (see `defaultNoteLabels`). */
  readonly notes?: NoteLabels;
  /** Names of the formats and positions the library names itself, by id (see `defaultSubjectNames`). */
  readonly subjects?: SubjectNames;
}

/** Texts for one rule in another language or voice; `{{fact}}` placeholders of displayable facts are filled. */
export interface RuleMessages {
  readonly message: string;
  readonly recommendation: string;
  /** When a pending step is due, for a rule whose pack gives a due text ("the morning of the interview"). */
  readonly due?: string;
}

/** Message overrides keyed by rule id; rules not listed keep the pack's English texts. */
export type MessageCatalogue = Readonly<Record<string, RuleMessages>>;

/** Options of `assessReadiness` (`second-round/engine`). */
export interface AssessReadinessOptions {
  /** The time of the assessment, an ISO date-time with an offset. */
  readonly now: string;
  /** A pack returned by parseRulePack; the default pack when omitted. */
  readonly rules?: RulePack;
  /** Message overrides keyed by rule id. */
  readonly messages?: MessageCatalogue;
  /** The locale for plural rules and lists in messages (BCP 47); `en` when omitted. */
  readonly locale?: string;
  /** Words outside rule messages, for another language. */
  readonly labels?: ReadinessLabels;
  /** A consistency report already computed for this candidacy; checkConsistency runs when absent. */
  readonly consistency?: ScoreContext['consistency'];
  /**
   * Audience profiles: which stories fit which audience, the same profiles the briefs use;
   * `defaultAudienceProfiles` when omitted.
   */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
  /** Overrides of `defaultFactThresholds` (repeat similarity, improved-answer share, recent-process days). */
  readonly thresholds?: Partial<FactThresholds>;
  /** Overrides of `defaultBandThresholds` (where each band starts), from parseBandThresholds. */
  readonly bandThresholds?: Partial<BandThresholds>;
}

/** Options of {@link createScorer}. */
export interface CreateScorerOptions {
  /** The pack, in the options form `createScorer({ rules, … })`: a pack from parseRulePack; the default when omitted. */
  readonly rules?: RulePack;
  /** Message overrides keyed by rule id. */
  readonly messages?: MessageCatalogue;
  /** The locale for plural rules and lists in messages (BCP 47); `en` when omitted. */
  readonly locale?: string;
  /** Words outside rule messages, for another language. */
  readonly labels?: ReadinessLabels;
  /**
   * Audience profiles: which stories fit which audience, the same profiles the briefs use;
   * `defaultAudienceProfiles` when omitted.
   */
  readonly profiles?: Readonly<Record<Audience, AudienceProfile>>;
  /** Overrides of `defaultFactThresholds` (repeat similarity, improved-answer share, recent-process days). */
  readonly thresholds?: Partial<FactThresholds>;
  /** Overrides of `defaultBandThresholds` (where each band starts), from parseBandThresholds. */
  readonly bandThresholds?: Partial<BandThresholds>;
}

/**
 * What a caller may already know about the candidacy being scored.
 *
 * @category Readiness
 */
export interface ScoreContext {
  /**
   * A consistency report for this candidacy (from checkConsistency); computed when absent. Contradictions and
   * story changes are read from its findings (`kind`, `storyId`).
   */
  readonly consistency?: {
    readonly findings: readonly { readonly kind: string; readonly storyId?: string }[];
  };
}

/**
 * Options of {@link Scorer.score}: `now`, and what the caller may already know.
 *
 * @category Readiness
 */
export interface ScoreOptions extends ScoreContext {
  /** The present, an ISO date-time with an offset. */
  readonly now: string;
}

/** A pack compiled once for scoring many candidacies synchronously. */
export interface Scorer {
  /**
   * Scores one candidacy at `options.now`: the same Readiness as assessReadiness, to the byte. Pass a
   * consistency report already computed for this candidacy (`options.consistency`) to save computing it again.
   */
  score(candidacy: Candidacy, options: ScoreOptions): Readiness;
  /**
   * @deprecated The positional form, kept working: use `score(candidacy, { now, consistency })`.
   */
  score(candidacy: Candidacy, now: string, context?: ScoreContext): Readiness;
}
