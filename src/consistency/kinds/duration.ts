import type { Token } from '../../text/index.js';
import type { CompiledLexicon } from '../internal.js';
import { hyphenUnit, type NumberReading, readAndAHalf } from '../numbers.js';
import type { UnitReading } from '../units.js';

/**
 * Durations: a number with a duration unit ("14 months", "a year and a half", "two-year", "two full
 * years", "a quarter"), in months. "three years and four months" is one duration (quantities.ts joins the
 * smaller unit).
 */
export function durationUnit(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  const glued = hyphenUnit(tokens, reading, compiled.durationUnits);
  let end = glued?.end ?? reading.end;
  let unitWord = glued?.unit;
  if (unitWord === undefined && reading.gluedUnit === undefined) {
    const next = tokens[end];
    if (compiled.durationUnits.has(next?.lower ?? '')) {
      unitWord = next!.lower;
      end += 1;
    } else if (
      compiled.unitFillers.has(next?.lower ?? '') &&
      compiled.durationUnits.has(tokens[end + 1]?.lower ?? '')
    ) {
      // "two full years", "six whole months": a filler between the number and its unit changes nothing.
      unitWord = tokens[end + 1]!.lower;
      end += 2;
    }
  }
  const factor = unitWord === undefined ? undefined : compiled.durationUnits.get(unitWord);
  if (factor === undefined) return undefined;
  let value = reading.value;
  const half = readAndAHalf(tokens, end, compiled.numberGrammar);
  if (half > 0) {
    value += 0.5;
    end += half;
  }
  return { kind: 'duration', value: value * factor, end, factor };
}

/** A fraction word that is itself a duration unit: "a quarter" is three months. */
export function durationFraction(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  if (!reading.fraction) return undefined;
  const months = compiled.durationUnits.get(tokens[reading.end - 1]!.lower);
  return months === undefined
    ? undefined
    : { kind: 'duration', value: months, end: reading.end, factor: months };
}

/**
 * True when an article reading ("a year") is really a rate or a relative date, not a duration: only a
 * lead word makes it a length ("took a year"); "twice a year", "per year" and "a year ago" fall out here.
 */
export function isArticleRate(
  tokens: readonly Token[],
  reading: NumberReading,
  previousEnd: number,
  compiled: CompiledLexicon,
): boolean {
  if (!reading.article) return false;
  const before = tokens[reading.start - 1]?.lower ?? '';
  if (before !== '' && !compiled.articleDurationLeads.has(before)) return true;
  if (reading.start === previousEnd) return true;
  return compiled.relativeAfter.has(tokens[reading.end + 1]?.lower ?? '');
}
