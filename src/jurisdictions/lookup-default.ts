import { type JurisdictionLookup, type LookupJurisdictionOptions, lookupInTable } from './lookup.js';
import { defaultLawTable } from './table.js';

/**
 * Looks a jurisdiction up in the law table, walking from the most specific code to the broader
 * ones (`US-NY-NYC` → `US-NY` → `US`; an EU member state → `EU`) and sorting each row into in
 * force or not yet in force at `now`. A country's own transposition of the EU directive replaces the
 * directive's rows (`supersedes`). An unreadable code, or one naming no country (`XX`) or no US state or
 * Canadian province, is reported as not in our table, with `unknownCode` set and the covered codes
 * listed; it never throws on the code. Information, not legal advice.
 *
 * @param code - The candidate's jurisdiction code (`US-CA`, `US-NY-NYC`, `DE`, `EU`); case is ignored.
 * @param options - `now`, the current time as an ISO date or date-time with an offset (only its calendar
 *   date counts); optionally `laws` (another law table) and `euMemberStates`. The positional form
 *   `lookupJurisdiction(code, now, options)` still works and is deprecated.
 * @returns The rows on the chain, the flags derived from the rows in force, and a coverage message.
 * @throws TypeError when `now` is not an ISO date or date-time with an offset.
 *
 * @example
 * lookupJurisdiction('US-CA-SF', { now: '2026-11-26' }).payHistoryCitation;
 * // => 'San Francisco Parity in Pay Ordinance'
 *
 * @category Compensation
 */
export function lookupJurisdiction(
  code: string | undefined,
  options: LookupJurisdictionOptions & { readonly now: string },
): JurisdictionLookup;
/** @deprecated The positional form, kept working: use `lookupJurisdiction(code, { now, laws })`. */
export function lookupJurisdiction(
  code: string | undefined,
  now: string,
  options?: LookupJurisdictionOptions,
): JurisdictionLookup;
export function lookupJurisdiction(
  code: string | undefined,
  nowOrOptions: string | (LookupJurisdictionOptions & { readonly now: string }),
  positional: LookupJurisdictionOptions = {},
): JurisdictionLookup {
  const options =
    typeof nowOrOptions === 'object' && nowOrOptions !== null
      ? nowOrOptions
      : { ...positional, now: nowOrOptions };
  return lookupInTable(options.laws ?? options.lawTable ?? defaultLawTable, code, options.now, options);
}
