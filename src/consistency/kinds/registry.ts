import type { SentenceRanges, Token } from '../../text/index.js';
import type { Draft } from '../draft.js';
import type { CompiledLexicon } from '../internal.js';
import type { NumberReading } from '../numbers.js';
import type { UnitReading } from '../units.js';
import { countNoun, hyphenCount, personCount } from './count.js';
import { scanDates } from './date.js';
import { durationFraction, durationUnit } from './duration.js';
import { readReasons } from './leave-reason.js';
import { currencyUnit } from './money.js';
import { percentShare, percentSuffix, percentWord, scanMultiplierWord } from './percentage.js';
import { readRoles } from './role.js';
import { readStances } from './stance.js';
import { scanTeamParts } from './team.js';

/**
 * The claim kinds, in the order they are read: the one list extractDrafts reads (issue 15). Each kind is
 * one file of this folder (its patterns over the tokens and its value reader) and its lexicon section.
 *
 * 1. `positionReaders` are tried at each token, first match wins, then the scan moves past it; when none
 *    matches, the number reader (quantities.ts) reads a number there and its unit with `unitPatterns`.
 * 2. `unitPatterns` decide what a number measures, first match wins (a `none` reading stops the search).
 * 3. `textReaders` read the whole telling once each (they do not consume tokens).
 */

/** Reads drafts at token `index` and returns them with the index after them, or undefined. */
export type PositionReader = (
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
) => { drafts: Draft[]; end: number } | undefined;

/** Reads the unit after a number, or undefined when this pattern does not apply. */
export type UnitPattern = (
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
) => UnitReading | undefined;

/** Reads every draft of its kind in a telling. */
export type TextReader = (
  tokens: readonly Token[],
  compiled: CompiledLexicon,
  sentences: SentenceRanges,
) => Draft[];

export const positionReaders: readonly PositionReader[] = [
  scanDates, // date: "March 2019", "Q3 2021", "from 2019 to 2021"
  scanMultiplierWord, // percentage: "doubled", "halved"
  scanTeamParts, // team: "seven engineers plus a designer"
];

export const unitPatterns: readonly UnitPattern[] = [
  percentSuffix, // percentage: "30%", "12pp", "3x"
  percentWord, // percentage: "40 percent", "grew three times"
  currencyUnit, // money: "$2M", "40k euros"
  personCount, // count: "a 12-person team"
  durationUnit, // duration: "14 months", "two-year", "two full years"
  percentShare, // percentage: "by a fifth", "a third of"
  durationFraction, // duration: "a quarter"
  hyphenCount, // count: "a 12-bed ward", "a sixteen-bed unit"
  countNoun, // count: "5 direct reports", "nine warehouses"
];

export const textReaders: readonly TextReader[] = [
  readRoles, // role: "as tech lead", "I led"
  readReasons, // leave-reason: "left because I wanted growth"
  readStances, // stance: "excited about people management"
];
