/**
 * The EU member states (ISO 3166-1 alpha-2, Greece as `GR`), whose codes fall back to `EU`.
 *
 * @example
 * EU_MEMBER_STATES.includes('DE');
 * // => true
 *
 * @category Compensation
 */
export const EU_MEMBER_STATES: readonly string[] = Object.freeze([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);
