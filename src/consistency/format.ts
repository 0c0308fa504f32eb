import type { ConsistencyLexicon } from './lexicon.js';
import type { Claim } from './types.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const CURRENCY_SIGNS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };

function round(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** A rounded number with its unit word, singular only when the number shows as exactly 1. */
function withUnit(value: number, singular: string, plural: string): string {
  const text = round(value);
  return `${text} ${text === '1' ? singular : plural}`;
}

function formatMonth(index: number): string {
  return `${MONTHS[((index % 12) + 12) % 12]} ${Math.floor(index / 12)}`;
}

function formatMoney(value: number, currency: string | undefined): string {
  const sign = currency === undefined ? '' : (CURRENCY_SIGNS[currency] ?? `${currency} `);
  const magnitude = Math.abs(value);
  const text =
    magnitude >= 1e9
      ? `${round(magnitude / 1e9)}bn`
      : magnitude >= 1e6
        ? `${round(magnitude / 1e6)}M`
        : magnitude >= 1e3
          ? `${round(magnitude / 1e3)}k`
          : round(magnitude);
  return `${value < 0 ? '-' : ''}${sign}${text}`;
}

/** Formats one canonical number of a claim type: 14 → "14 months", 30 → "+30%". */
export function formatAmount(claim: Claim, value: number): string {
  switch (claim.type) {
    case 'duration':
      return withUnit(value, 'month', 'months');
    case 'date':
      return formatMonth(value);
    case 'percentage':
      return `${claim.signed === true && value > 0 ? '+' : ''}${round(value)}%`;
    case 'money':
      return formatMoney(value, claim.currency);
    default:
      return Math.abs(value) >= 10_000 ? formatMoney(value, undefined) : round(value);
  }
}

/** Formats a claim's value for a `why`: "12–14 months", "about 6 weeks" as "about 1.4 months", "lead (level 3)". */
export function formatClaim(claim: Claim, lexicon: ConsistencyLexicon): string {
  if (claim.type === 'role')
    return `${claim.label ?? lexicon.levelNames[claim.lo] ?? 'a title'} (level ${claim.lo})`;
  if (claim.type === 'leaveReason')
    return (claim.categories ?? []).map((category) => category.replaceAll('_', ' ')).join(' + ');
  if (claim.type === 'stance') return `"${claim.label ?? ''}"`;
  const hedge = claim.approximate ? 'about ' : '';
  const bound = claim.bound === 'atLeast' ? 'at least ' : claim.bound === 'atMost' ? 'at most ' : '';
  const period = claim.period === undefined ? '' : ` a ${claim.period}`;
  if (claim.type === 'date' && claim.lo !== claim.hi) {
    const sameYear = Math.floor(claim.lo / 12) === Math.floor(claim.hi / 12);
    const first = sameYear ? formatMonth(claim.lo).slice(0, 3) : formatMonth(claim.lo);
    return `${hedge}${first}–${formatMonth(claim.hi)}`;
  }
  if (claim.lo !== claim.hi) {
    const first = claim.type === 'duration' ? round(claim.lo) : formatAmount(claim, claim.lo);
    return `${hedge}${bound}${first}–${formatAmount(claim, claim.hi)}${period}`;
  }
  return `${hedge}${bound}${formatAmount(claim, claim.lo)}${period}`;
}

/** Formats a gap or tolerance in the unit of the claim type: "4 months", "2 points", "$300k". */
export function formatGap(claim: Claim, gap: number): string {
  switch (claim.type) {
    case 'duration':
    case 'date':
      return withUnit(gap, 'month', 'months');
    case 'percentage':
      return withUnit(gap, 'point', 'points');
    case 'money':
      return formatMoney(gap, claim.currency);
    default:
      return round(gap);
  }
}

/** Formats a tolerance as a compound adjective: "2-month", "5-point", "$420k", "±1". */
export function formatTolerance(claim: Claim, tolerance: number): string {
  switch (claim.type) {
    case 'duration':
    case 'date':
      return `${round(tolerance)}-month`;
    case 'percentage':
      return `${round(tolerance)}-point`;
    case 'money':
      return formatMoney(tolerance, claim.currency);
    default:
      return `±${round(tolerance)}`;
  }
}
