import type { Token } from '../../text/index.js';
import type { CompiledLexicon } from '../internal.js';
import type { NumberReading } from '../numbers.js';
import type { UnitReading } from '../units.js';

/**
 * Money: a currency symbol glued to the digits ("$2.5M") or just before them, or a currency word before
 * or after ("USD 40k", "40k euros"). The value is the amount; currencies are kept, never converted.
 */
export function currencyUnit(
  tokens: readonly Token[],
  reading: NumberReading,
  compiled: CompiledLexicon,
): UnitReading | undefined {
  let end = reading.end;
  const symbolCurrency =
    reading.symbol === undefined ? undefined : compiled.currencySymbols.get(reading.symbol);
  const previous = tokens[reading.start - 1];
  const currency =
    symbolCurrency ??
    (previous === undefined
      ? undefined
      : (compiled.currencySymbols.get(previous.text) ?? compiled.currencyWords.get(previous.lower)));
  const wordCurrency = compiled.currencyWords.get(tokens[end]?.lower ?? '');
  if (currency === undefined && wordCurrency === undefined) return undefined;
  if (wordCurrency !== undefined) end += 1;
  return { kind: 'money', value: reading.value, end, factor: 1, currency: currency ?? wordCurrency ?? '' };
}
