import type { FactName, FactValue } from '../facts/index.js';
import type { Candidacy } from '../model/index.js';
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
 * The band thresholds, as data: a score below `atRisk` is not-ready, below `ready` at-risk, otherwise ready;
 * top-quartile needs `topQuartile` or more and every applicable checklist rule passing. Any failing blocker
 * caps the band at at-risk.
 *
 * @example
 * readinessBandThresholds.ready;
 * // => 75
 * @category Readiness
 */
export const readinessBandThresholds = { atRisk: 50, ready: 75, topQuartile: 90 } as const;

/** One fact a rule read, with its value (null when missing). Facts are counts and yes/no answers: no personal data. */
export interface Evidence {
  readonly fact: FactName;
  readonly value: FactValue | null;
}

/** How a rule came out for this candidacy. */
export type ItemStatus = 'passed' | 'failed' | 'not-applicable';

/** One rule's result, explained. */
export interface ReadinessItem {
  readonly ruleId: string;
  readonly status: ItemStatus;
  /** False when the rule's `appliesWhen` failed; such an item leaves the score alone. */
  readonly applicable: boolean;
  /** True only for an applicable rule whose conditions hold. */
  readonly passed: boolean;
  readonly weight: number;
  readonly dimension: DimensionId;
  readonly checklist: boolean;
  readonly blocker: boolean;
  readonly message: string;
  readonly recommendation: string;
  readonly evidence: readonly Evidence[];
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
  /** The guide's checklist: applicable checklist items and how many passed. */
  readonly checklist: { readonly passed: number; readonly applicable: number };
  /** Failed items' next steps, biggest score gain first, ties in declared order. */
  readonly recommendations: readonly ReadinessRecommendation[];
}

/** Texts for one rule in another language or voice; `{{fact}}` placeholders of displayable facts are filled. */
export interface RuleMessages {
  readonly message: string;
  readonly recommendation: string;
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
  /** A consistency report already computed for this candidacy; checkConsistency runs when absent. */
  readonly consistency?: { readonly findings: readonly { readonly kind: string }[] };
}

/** Options of {@link createScorer}. */
export interface CreateScorerOptions {
  /** Message overrides keyed by rule id. */
  readonly messages?: MessageCatalogue;
}

/**
 * What a caller may already know about the candidacy being scored.
 *
 * @category Readiness
 */
export interface ScoreContext {
  /** A consistency report for this candidacy (from checkConsistency); computed when absent. */
  readonly consistency?: { readonly findings: readonly { readonly kind: string }[] };
}

/** A pack compiled once for scoring many candidacies synchronously. */
export interface Scorer {
  /**
   * Scores one candidacy at `now`: the same Readiness as assessReadiness, to the byte. Pass a consistency
   * report already computed for this candidacy to save computing it again.
   */
  score(candidacy: Candidacy, now: string, context?: ScoreContext): Readiness;
}
