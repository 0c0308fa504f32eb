import { describeValue } from '../internal/describe.js';
import { JURISDICTION_SHAPE, jurisdictionCodeProblem } from '../internal/jurisdiction-codes.js';
import { isOffsetDateTime, isPlainDate } from '../model/index.js';
import { EU_MEMBER_STATES } from './eu.js';
import type { LawCore, LawKind, LawRow } from './schema.js';

/**
 * Options of `lookupJurisdiction`: the law table and the EU member list to use instead of ours.
 *
 * @category Compensation
 */
export interface LookupJurisdictionOptions {
  /** The rows to search; `defaultLawTable` when left out. */
  readonly laws?: readonly LawRow[];
  /** The old name of `laws`, kept working. */
  readonly lawTable?: readonly LawRow[];
  /** Country codes that fall back to `EU`; `EU_MEMBER_STATES` when left out. */
  readonly euMemberStates?: readonly string[];
}

/**
 * What our law table says about one jurisdiction at one moment: the rows in force and not yet
 * in force along the fallback chain, and the flags a rule or a brief needs. `Row` is the kind of row
 * searched: whole law rows unless a lookup searched the cores alone (readiness does).
 *
 * @category Compensation
 */
export interface JurisdictionLookup<Row extends LawCore = LawRow> {
  /** The code as it was asked, untouched (`undefined` when none was given). */
  readonly code: string | undefined;
  /** The codes searched, most specific first: `US-NY-NYC`, `US-NY`, `US`; `DE`, `EU`. Empty for an unreadable code. */
  readonly chain: readonly string[];
  /** The codes of the chain that have at least one row in the table. */
  readonly matchedCodes: readonly string[];
  /** Rows on the chain whose effective date is on or before `now`, most specific jurisdiction first. */
  readonly inForce: readonly Row[];
  /** Rows on the chain that take effect after `now`. */
  readonly notYetInForce: readonly Row[];
  /** True when a row in force on the chain bans asking about pay history. */
  readonly bansPayHistoryQuestion: boolean;
  /** The citation of the most specific pay-history question ban in force, e.g. `California Labor Code §432.3`. */
  readonly payHistoryCitation: string | undefined;
  /** The name of that law, e.g. `California salary-history ban (AB 168)`; undefined from a lookup of cores. */
  readonly payHistoryLawName: string | undefined;
  /**
   * A ready sentence for a recommendation, e.g. `California Labor Code §432.3: employers may not ask
   * about your pay history.`; for the EU directive it adds that it binds through national law.
   */
  readonly payHistoryNote: string | undefined;
  /** True when a row in force on the chain requires a pay range in job postings. */
  readonly rangeInPosting: boolean;
  /** True when a row in force on the chain gives a right to the pay range on request. */
  readonly rangeOnRequest: boolean;
  /** True when a row in force binds employers only through national law (the EU directive). */
  readonly throughNationalLaw: boolean;
  /**
   * Days after the last interview within which the employer must tell an interviewed applicant whether a
   * decision was made, from the rows in force (Ontario: 45); the shortest when several rows set one.
   */
  readonly decisionNoticeDays: number | undefined;
  /** True when the code is well formed but names no country (`XX`) or no US state or Canadian province we know. */
  readonly unknownCode: boolean;
  /** `found` when the chain reaches at least one row, in force or not; `not-in-table` otherwise. */
  readonly coverage: 'found' | 'not-in-table';
  /** One honest sentence or two about what was found, or that nothing was. */
  readonly message: string;
}

/** The calendar date written in `now` (the local date of its offset), or a thrown misuse error. */
export function calendarDateOf(now: string, functionName: string): string {
  if (typeof now === 'string' && (isPlainDate(now) || isOffsetDateTime(now))) return now.slice(0, 10);
  throw new TypeError(
    `${functionName}: expected options.now as an ISO date (2026-12-03) or date-time with an offset (2026-12-03T09:00:00-05:00), found ${describeValue(now)}: pass e.g. { now: '2026-12-03T09:00:00-05:00' }`,
  );
}

function fallbackChain(code: string, euMemberStates: readonly string[]): string[] {
  const parts = code.split('-');
  const chain = parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
  const country = parts[0];
  if (country !== undefined && country !== 'EU' && euMemberStates.includes(country)) chain.push('EU');
  return chain;
}

function hasKind(rows: readonly LawCore[], kind: LawKind): boolean {
  return rows.some((row) => row.kinds.includes(kind));
}

function notFound<Row extends LawCore>(
  code: string | undefined,
  chain: readonly string[],
  message: string,
  unknownCode = false,
): JurisdictionLookup<Row> {
  return {
    code,
    chain,
    matchedCodes: [],
    inForce: [],
    notYetInForce: [],
    bansPayHistoryQuestion: false,
    payHistoryCitation: undefined,
    payHistoryLawName: undefined,
    payHistoryNote: undefined,
    rangeInPosting: false,
    rangeOnRequest: false,
    throughNationalLaw: false,
    decisionNoticeDays: undefined,
    unknownCode,
    coverage: 'not-in-table',
    message,
  };
}

function describeQuestionBan(row: LawCore): string {
  return row.level === 'supranational'
    ? `${row.citation}: employers may not ask about your pay history once your country has written the directive into national law.`
    : `${row.citation}: employers may not ask about your pay history.`;
}

function shortest(days: readonly number[]): number | undefined {
  return days.length === 0 ? undefined : Math.min(...days);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The rows of `table` on `chain`, most specific first, without those a row on the chain supersedes. */
function rowsOnChain<Row extends LawCore>(table: readonly Row[], chain: readonly string[]): Row[] {
  const onChain = chain.flatMap((link) => table.filter((row) => row.code === link));
  // A national law that transposes the EU directive replaces the directive's rows for that country.
  const superseded = new Set(onChain.flatMap((row) => row.supersedes ?? []));
  return onChain.filter((row) => !superseded.has(row.id));
}

/**
 * The pay-history question ban of a lookup alone (`payHistoryCitation` and `payHistoryNote`, the same as
 * `lookupInTable` finds), without the messages and the check of unknown codes: what readiness reads, so a
 * scorer's bundle carries neither.
 *
 * @param table - The rows to search.
 * @param code - The jurisdiction code; see `lookupJurisdiction`.
 * @param now - The current time; only its calendar date counts.
 * @returns The citation and note of the most specific ban in force, both undefined when there is none.
 */
export function questionBanIn(
  table: readonly LawCore[],
  code: string | undefined,
  now: string,
): Pick<JurisdictionLookup, 'payHistoryCitation' | 'payHistoryNote'> {
  const today = calendarDateOf(now, 'lookupJurisdiction');
  const normalized = typeof code === 'string' ? code.trim().toUpperCase() : '';
  const ban = JURISDICTION_SHAPE.test(normalized)
    ? rowsOnChain(table, fallbackChain(normalized, EU_MEMBER_STATES)).find(
        (row) => row.effectiveDate <= today && row.kinds.includes('inquiry_ban'),
      )
    : undefined;
  return {
    payHistoryCitation: ban?.citation,
    payHistoryNote: ban === undefined ? undefined : describeQuestionBan(ban),
  };
}

/**
 * What `lookupJurisdiction` does, on the rows given: the timeline passes `decisionNoticeRows` alone and readiness
 * the cores of the default table (`lookupLawCore`), so a bundle of either does not carry the whole law table
 * (lookup-default.ts adds the default table).
 *
 * @param table - The rows to search.
 * @param code - The jurisdiction code; see `lookupJurisdiction`.
 * @param now - The current time; only its calendar date counts.
 * @param options - Another EU member list to use instead of ours.
 * @returns What `lookupJurisdiction` returns.
 */
export function lookupInTable<Row extends LawCore>(
  table: readonly Row[],
  code: string | undefined,
  now: string,
  options: Pick<LookupJurisdictionOptions, 'euMemberStates'> = {},
): JurisdictionLookup<Row> {
  const today = calendarDateOf(now, 'lookupJurisdiction');
  const euMemberStates = options.euMemberStates ?? EU_MEMBER_STATES;
  if (code === undefined || (typeof code === 'string' && code.trim() === '')) {
    return notFound(
      code,
      [],
      'No jurisdiction was given, so we cannot say which pay-history or pay-transparency laws apply.',
    );
  }
  const normalized = typeof code === 'string' ? code.trim().toUpperCase() : '';
  if (!JURISDICTION_SHAPE.test(normalized)) {
    return notFound(
      code,
      [],
      `${describeValue(code)} is not a jurisdiction code we can read (codes look like US-CA, US-NY-NYC, DE or EU), so it is not in our table.`,
    );
  }
  const chain = fallbackChain(normalized, euMemberStates);
  const rows = rowsOnChain(table, chain);
  const matchedCodes = chain.filter((link) => rows.some((row) => row.code === link));
  const problem = rows.length === 0 ? jurisdictionCodeProblem(normalized) : undefined;
  if (problem !== undefined) {
    const covered = [...new Set(table.map((row) => row.code))].sort().join(', ');
    const what = problem.part === 'country' ? 'country' : 'jurisdiction';
    return notFound(
      code,
      [],
      `${describeValue(code)} is not a ${what} code we know (expected ${problem.expected}), so nothing was looked up. Our table covers ${covered}.`,
      true,
    );
  }
  if (rows.length === 0) {
    return notFound(
      code,
      chain,
      `Our table has no pay-history or pay-transparency law for ${chain.join(' or ')}. That does not mean none exists: check the rules where you would work.`,
    );
  }
  const inForce = rows.filter((row) => row.effectiveDate <= today);
  const notYetInForce = rows.filter((row) => row.effectiveDate > today);
  const questionBan = inForce.find((row) => row.kinds.includes('inquiry_ban'));
  const throughNationalLaw = inForce.some((row) => row.level === 'supranational');
  const upcoming = notYetInForce.map((row) => `${row.citation} from ${row.effectiveDate}`).join('; ');
  const message = [
    `Our table has ${plural(inForce.length, 'law')} in force on ${today} for ${matchedCodes.join(', ')}.`,
    notYetInForce.length > 0 ? `Not yet in force: ${upcoming}.` : '',
    throughNationalLaw
      ? 'The EU directive reaches employers only through each member state’s own law, and countries transpose it at different speeds.'
      : '',
  ]
    .filter((sentence) => sentence !== '')
    .join(' ');
  return {
    code,
    chain,
    matchedCodes,
    inForce,
    notYetInForce,
    bansPayHistoryQuestion: questionBan !== undefined,
    payHistoryCitation: questionBan?.citation,
    payHistoryLawName: questionBan?.lawName,
    payHistoryNote: questionBan === undefined ? undefined : describeQuestionBan(questionBan),
    rangeInPosting: hasKind(inForce, 'range_in_posting'),
    rangeOnRequest: hasKind(inForce, 'range_on_request'),
    throughNationalLaw,
    decisionNoticeDays: shortest(inForce.flatMap((row) => row.decisionNoticeDays ?? [])),
    unknownCode: false,
    coverage: 'found',
    message,
  };
}
