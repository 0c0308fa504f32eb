import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/internal/money.js';

// formatMoney is a small unit with its own contract (the one money formatter of the library), so it is pinned here.
describe('formatMoney', () => {
  it.each([
    [180_000, 'USD', undefined, '$180,000'],
    [95_000, 'EUR', undefined, '€95,000'],
    [70_000, 'GBP', undefined, '£70,000'],
    [12_000_000, 'JPY', undefined, '¥12,000,000'],
    [180_000.6, 'USD', undefined, '$180,001'],
    [180_000, 'CHF', undefined, 'CHF 180,000'],
    [95_000, 'EUR', 'de-DE', '95.000 €'],
    [180_000, undefined, undefined, '180,000'],
    [180_000, '', undefined, '180,000'],
    [180_000, 'U$D', undefined, '180,000 U$D'],
    [180_000, 'USD', 'not a locale !!', '$180,000'],
  ] as const)('%s %s (%s) → %s', (amount, currency, locale, expected) => {
    expect(formatMoney(amount, currency, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });
});
