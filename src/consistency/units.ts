import type { Token } from '../text/index.js';
import type { CompiledLexicon } from './internal.js';
import { unitPatterns } from './kinds/registry.js';
import type { NumberReading } from './numbers.js';
import type { QuantityType } from './types.js';

export type UnitKind = 'percentage' | 'multiplier' | 'money' | 'duration' | 'count' | 'share' | 'none';
export interface UnitReading {
  readonly kind: UnitKind;
  readonly value: number;
  readonly end: number;
  readonly factor: number;
  readonly currency?: string;
  readonly subject?: string;
}

/**
 * What follows a number, read by the kinds' unit patterns in the registry's order: the first that reads
 * decides the unit (a `none` reading stops the search: "5abc", a fraction that is no share).
 */
export function readUnit(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading {
  for (const pattern of unitPatterns) {
    const unit = pattern(tokens, reading, compiled);
    if (unit !== undefined) return unit;
  }
  return { kind: 'none', value: reading.value, end: reading.end, factor: 1 };
}

const CLAIM_TYPES: Readonly<Record<UnitKind, QuantityType | undefined>> = {
  percentage: 'percentage',
  multiplier: 'percentage',
  share: 'percentage',
  money: 'money',
  duration: 'duration',
  count: 'count',
  none: undefined,
};
export function typeOf(kind: UnitKind): QuantityType | undefined {
  return CLAIM_TYPES[kind];
}
