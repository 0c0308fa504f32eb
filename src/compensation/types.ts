import type { WordingOptions } from '../i18n/wording.js';
import type { JurisdictionLookup, LawRow } from '../jurisdictions/index.js';
import type { Offer } from '../model/index.js';
import type { NoticeNorm } from './notice.js';

/**
 * The guide section a brief line comes from: pay and logistics in round two, or what follows it.
 *
 * @category Compensation
 */
export type CompensationBriefSource = 'seed#compensation' | 'seed#after';

/**
 * One piece of advice in a compensation brief, in our own words, with the guide section behind it.
 *
 * @category Compensation
 */
export interface CompensationBriefLine {
  /** A stable id, e.g. `range-anchor`, `law:US-CA/salary-history`. */
  readonly id: string;
  /** What to say or do. */
  readonly text: string;
  /** The guide section the advice rests on. */
  readonly source: CompensationBriefSource;
}

/**
 * One listed offer laid out for comparison; amounts the candidate did not give stay `undefined`.
 *
 * @category Compensation
 */
export interface OfferComparisonRow {
  readonly company: string;
  readonly status: Offer['status'];
  /** True when the offer comes from another company than the target role's. */
  readonly competing: boolean;
  readonly currency: string;
  readonly base: number | undefined;
  readonly bonus: number | undefined;
  readonly equity: number | undefined;
  readonly benefits: string | undefined;
  /** The same four cells as display text: amounts formatted in the offer's currency, or `not stated`. */
  readonly display: {
    readonly base: string;
    readonly bonus: string;
    readonly equity: string;
    readonly benefits: string;
  };
  readonly expectedBy: string | undefined;
  readonly deadline: string | undefined;
}

/**
 * A side-by-side view of the listed offers that carry a package: never an invented one.
 *
 * @category Compensation
 */
export interface OfferComparison {
  /** One row per listed offer with a package, in the order the candidate listed them. */
  readonly rows: readonly OfferComparisonRow[];
  /** True when every row is in the same currency; amounts are never converted. */
  readonly sameCurrency: boolean;
  /** How to read the comparison. */
  readonly note: CompensationBriefLine;
}

/**
 * What a candidate should know and say when pay and logistics come up in round two.
 *
 * @category Compensation
 */
export interface CompensationBrief {
  /** The pay script in order: the range anchored high, the single deflection, then the top of the range. */
  readonly script: readonly CompensationBriefLine[];
  /**
   * Problems with the candidate's range or plan: missing, inverted, one number, narrow, wide, no currency,
   * not researched, under the walk-away number, disclosing current pay.
   */
  readonly warnings: readonly CompensationBriefLine[];
  /** How to handle a question about current or past pay, naming the law where it bars the question. */
  readonly currentSalary: CompensationBriefLine;
  /** The lookups of both places, the legal lines drawn from them, and the not-legal-advice disclaimer. */
  readonly legal: {
    /** The law where the candidate lives (`candidate.jurisdiction`). */
    readonly jurisdiction: JurisdictionLookup;
    /** The law where the job is (`targetRole.jurisdiction`), when that is another place; `undefined` otherwise. */
    readonly jobJurisdiction: JurisdictionLookup | undefined;
    /** Both places named in one sentence: `Where you live: US-TX; where the job is: US-NY-NYC.` */
    readonly places: string;
    readonly lines: readonly CompensationBriefLine[];
    readonly disclaimer: CompensationBriefLine;
  };
  /** When the candidate can start, and whether to raise a long notice period now. */
  readonly startDate: CompensationBriefLine;
  /** How to answer about relocation without over-committing. */
  readonly relocation: CompensationBriefLine;
  /** How to state the preferred work mode. */
  readonly workMode: CompensationBriefLine;
  /** The listed offers with packages side by side, or `undefined` when none is listed. */
  readonly offerComparison: OfferComparison | undefined;
  /** Whether and how to mention a competing offer; says not to invent one when none is listed. */
  readonly competingOffer: CompensationBriefLine;
}

/**
 * Options of `compensationBrief`.
 *
 * @category Compensation
 */
export interface CompensationBriefOptions extends WordingOptions {
  /** The current time as an ISO date or date-time with an offset; decides which laws are in force. */
  readonly now: string;
  /** Another law table to use instead of `defaultLawTable`. */
  readonly lawTable?: readonly LawRow[];
  /**
   * The same, under the preparer's name for it, so a locale bundle spreads in (`{ now, ...de }` brings the law
   * table with the EU rows in German); `lawTable` wins when both are given.
   */
  readonly laws?: readonly LawRow[];
  /** Other notice norms to use instead of `defaultNoticeNorms` (what notice is usual, by country). */
  readonly noticeNorms?: readonly NoticeNorm[];
}
