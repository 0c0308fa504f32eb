import type { Token } from '../../text/index.js';
import { findSubject, markContext, openSubject } from '../context.js';
import type { Draft } from '../draft.js';
import { type CompiledLexicon, findLeft, type Mutable } from '../internal.js';
import type { NumberReading } from '../numbers.js';
import type { UnitReading } from '../units.js';

/**
 * Percentages: "30%", "12pp", "3x", "forty percent", "three times" after a verb of change, a share in words
 * ("by a fifth", "three quarters of"), and a multiplier word on its own ("doubled"). The value is in points,
 * signed by the direction words around it (draft.ts).
 */

/** A glued suffix: "%" and "pp" are points, "x" a multiplier; any other suffix ("5abc") is no unit. */
export function percentSuffix(_tokens: readonly Token[], reading: NumberReading): UnitReading | undefined {
  const { value, end } = reading;
  if (reading.suffix === '%' || reading.suffix === 'pp') return { kind: 'percentage', value, end, factor: 1 };
  if (reading.suffix === 'x') return { kind: 'multiplier', value: (value - 1) * 100, end, factor: 1 };
  if (reading.suffix !== undefined) return { kind: 'none', value, end, factor: 1 };
  return undefined;
}

/** A percent word after the number ("40 percent"), or a multiplier unit after a verb of change ("grew three times"). */
export function percentWord(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  const end = reading.end;
  const percent = compiled.percentWords.matchAt(tokens, end);
  if (percent !== undefined)
    return { kind: 'percentage', value: reading.value, end: end + percent.length, factor: 1 };
  if (
    compiled.multiplierUnits.has(tokens[end]?.lower ?? '') &&
    findLeft(tokens, reading.start, compiled.windows.multiplierVerb, compiled.direction, compiled)
  ) {
    return { kind: 'multiplier', value: (reading.value - 1) * 100, end: end + 1, factor: 1 };
  }
  return undefined;
}

/** A fraction read as a share: "cut costs by a fifth", "a third of revenue", "in half". */
export function percentShare(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  if (!reading.fraction) return undefined;
  // A hedge between the lead and the fraction keeps the lead: "down by nearly a quarter".
  const hedge = compiled.hedges.matchEndingAt(tokens, reading.start - 1);
  const previous = tokens[reading.start - 1 - (hedge?.length ?? 0)]?.lower ?? '';
  const next = tokens[reading.end]?.lower ?? '';
  const isHalf = tokens[reading.end - 1]!.lower === compiled.numberGrammar.half;
  // "went up roughly a third", "fell nearly a quarter": a verb of change right before the fraction leads it too.
  const changed =
    compiled.direction.matchEndingAt(tokens, reading.start - 1 - (hedge?.length ?? 0)) !== undefined;
  if (
    changed ||
    compiled.shareLeads.has(previous) ||
    compiled.shareLinks.has(next) ||
    (compiled.halfShareLeads.has(previous) && isHalf)
  ) {
    return { kind: 'share', value: reading.value * 100, end: reading.end, factor: 1 };
  }
  return undefined;
}

/** Reads a multiplier word ("doubled", "halved") at index as a signed percentage change. */
export function readMultiplierWord(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): Draft | undefined {
  const value = compiled.multiplierWords.get(tokens[index]?.lower ?? '');
  if (value === undefined) return undefined;
  const subject =
    findSubject(tokens, index, index + 1, 'percentage', compiled) ??
    openSubject(tokens, index, index + 1, compiled);
  const draft: Mutable<Draft> = {
    type: 'percentage',
    low: value,
    high: value,
    unit: 'percent',
    signed: true,
    approximate: false,
    range: false,
    start: index,
    end: index + 1,
  };
  if (subject !== undefined) draft.subject = subject;
  markContext(draft, tokens, index, compiled);
  return draft;
}

/** The multiplier word as a reader of the scan: one token, one draft. */
export function scanMultiplierWord(
  tokens: readonly Token[],
  index: number,
  compiled: CompiledLexicon,
): { drafts: Draft[]; end: number } | undefined {
  const draft = readMultiplierWord(tokens, index, compiled);
  return draft === undefined ? undefined : { drafts: [draft], end: index + 1 };
}
