import { describeValue } from '../internal/describe.js';
import { JURISDICTION_SHAPE, jurisdictionCodeProblem } from '../internal/jurisdiction-codes.js';
import type { JurisdictionLookup, LawRow } from '../jurisdictions/index.js';
import type { Compensation } from '../model/index.js';
import { dayOf, line, type PayWording } from './internal.js';
import type { CompensationBriefLine } from './types.js';

/**
 * The law of one place as the brief reads it: the lookup, which place it is, and its code as shown. `placed`
 * is false when the job is where the candidate lives (or its place is not given), so the sentences read
 * "employers here".
 */
export interface Place {
  readonly key: 'home' | 'job';
  readonly placed: boolean;
  /** The code as the brief shows it (`US-NY`, or "not given"). */
  readonly code: string;
  readonly lookup: JurisdictionLookup;
}

function shownCode(w: PayWording, lookup: JurisdictionLookup): string {
  return lookup.code === undefined || lookup.code.trim() === ''
    ? w.say('compensation.law.codeNotGiven')
    : lookup.code;
}

/** The places to read: where the candidate lives, and where the job is when that is elsewhere. */
export function placesOf(
  w: PayWording,
  home: JurisdictionLookup,
  job: JurisdictionLookup | undefined,
): readonly Place[] {
  if (job === undefined) return [{ key: 'home', placed: false, code: shownCode(w, home), lookup: home }];
  return [
    { key: 'home', placed: true, code: shownCode(w, home), lookup: home },
    { key: 'job', placed: true, code: shownCode(w, job), lookup: job },
  ];
}

/** One sentence naming both places: `Where you live: US-TX; where the job is: US-NY-NYC.` */
export function describePlaces(
  w: PayWording,
  home: JurisdictionLookup,
  job: JurisdictionLookup | undefined,
): string {
  if (job === undefined) return w.say('compensation.law.placesOne', { code: shownCode(w, home) });
  return w.say('compensation.law.placesTwo', { home: shownCode(w, home), job: shownCode(w, job) });
}

/** The law's name and citation as one phrase, without repeating a citation that is the name. */
function nameLaw(w: PayWording, row: LawRow): string {
  return row.lawName === row.citation
    ? row.citation
    : w.say('compensation.law.named', { citation: row.citation, name: row.lawName });
}

/** The place whose law governs pay-history advice: a ban in either place counts, the job's first. */
function strictest(
  places: readonly Place[],
  kind: LawRow['kinds'][number],
): { place: Place; row: LawRow } | undefined {
  for (const place of [...places].reverse()) {
    const row = place.lookup.inForce.find((candidate) => candidate.kinds.includes(kind));
    if (row !== undefined) return { place, row };
  }
  return undefined;
}

/** The current-salary line, naming the law (and its place) that bars the question where one is in force. */
export function buildCurrentSalaryLine(w: PayWording, places: readonly Place[]): CompensationBriefLine {
  const governing = strictest(places, 'inquiry_ban');
  if (governing !== undefined) {
    const { place, row } = governing;
    const values = {
      place: place.key,
      code: place.code,
      law: nameLaw(w, row),
      date: dayOf(w, row.effectiveDate),
    };
    if (row.level === 'supranational') {
      return line(
        'current-salary',
        w.say(
          place.placed ? 'compensation.law.salaryBanEuPlaced' : 'compensation.law.salaryBanEuHere',
          values,
        ),
      );
    }
    return line(
      'current-salary',
      w.say(place.placed ? 'compensation.law.salaryBanPlaced' : 'compensation.law.salaryBanHere', values),
    );
  }
  const refusal = strictest(places, 'refusal_protection');
  if (refusal !== undefined) {
    const { place, row } = refusal;
    return line(
      'current-salary',
      w.say(place.placed ? 'compensation.law.salaryRefusalPlaced' : 'compensation.law.salaryRefusalHere', {
        place: place.key,
        code: place.code,
        citation: row.citation,
      }),
    );
  }
  return line('current-salary', w.say('compensation.law.salaryNone'));
}

/** A warning when the candidate plans to disclose current pay, naming the ban of either place. */
export function buildDisclosureWarning(
  w: PayWording,
  compensation: Compensation | undefined,
  places: readonly Place[],
): CompensationBriefLine | undefined {
  if (compensation?.discloseCurrentSalary !== true) return undefined;
  const warning = w.say('compensation.warning.disclosing');
  const governing = strictest(places, 'inquiry_ban');
  if (governing === undefined) return line('disclosing-current-salary', warning);
  const { place, row } = governing;
  // A directive binds employers only through national law: never state it as a bar already in force.
  const national = row.level === 'supranational';
  const key = place.placed
    ? national
      ? 'compensation.warning.disclosingBanNationalPlaced'
      : 'compensation.warning.disclosingBanPlaced'
    : national
      ? 'compensation.warning.disclosingBanNationalHere'
      : 'compensation.warning.disclosingBanHere';
  const law = w.say(key, { place: place.key, code: place.code, citation: row.citation });
  return line('disclosing-current-salary', `${warning} ${law}`);
}

function lawLine(w: PayWording, row: LawRow, inForce: boolean, place: Place): CompensationBriefLine {
  const key = inForce
    ? place.placed
      ? 'compensation.law.rowInForcePlaced'
      : 'compensation.law.rowInForce'
    : place.placed
      ? 'compensation.law.rowComingPlaced'
      : 'compensation.law.rowComing';
  const id = place.placed ? `law:${place.key}:${row.id}` : `law:${row.id}`;
  const said = w.say(key, {
    place: place.key,
    code: place.code,
    citation: row.citation,
    name: row.lawName,
    date: dayOf(w, row.effectiveDate),
    confidence: row.confidence,
  });
  return line(id, `${said} ${row.candidateTip}`);
}

/** Why a lookup found nothing, as the brief says it (the lookup's own `message`, in the brief's language). */
function notFoundReason(w: PayWording, lookup: JurisdictionLookup, lawTable: readonly LawRow[]): string {
  const { code } = lookup;
  if (code === undefined || code.trim() === '') return w.say('compensation.law.reasonNoCode');
  const normalized = code.trim().toUpperCase();
  if (!JURISDICTION_SHAPE.test(normalized))
    return w.say('compensation.law.reasonUnreadable', { code: describeValue(code) });
  const problem = lookup.unknownCode ? jurisdictionCodeProblem(normalized) : undefined;
  if (problem !== undefined) {
    return w.say('compensation.law.reasonUnknown', {
      code: describeValue(code),
      part: problem.part,
      expected: problem.expected,
      covered: [...new Set(lawTable.map((row) => row.code))].sort().join(', '),
    });
  }
  return w.say('compensation.law.reasonNoRows', {
    chain: lookup.chain.join(w.say('compensation.law.or')),
  });
}

function notInTableLine(w: PayWording, place: Place, lawTable: readonly LawRow[]): CompensationBriefLine {
  const { lookup } = place;
  const given = lookup.code !== undefined && lookup.code.trim() !== '';
  const id = place.placed ? `law:${place.key}:not-in-table` : 'law:not-in-table';
  const subject = place.placed
    ? w.say('compensation.law.notInTablePlaced', { place: place.key, code: place.code })
    : given
      ? w.say('compensation.law.notInTableCode', { code: place.code })
      : w.say('compensation.law.notInTableNoCode');
  return line(id, `${subject} ${notFoundReason(w, lookup, lawTable)}`);
}

/** The legal lines for each place: each row in force or coming, what follows for the range, or "not in our table". */
export function buildLegalLines(
  w: PayWording,
  places: readonly Place[],
  lawTable: readonly LawRow[],
): CompensationBriefLine[] {
  const lines = places.flatMap((place) =>
    place.lookup.coverage === 'not-in-table'
      ? [notInTableLine(w, place, lawTable)]
      : [
          ...place.lookup.inForce.map((row) => lawLine(w, row, true, place)),
          ...place.lookup.notYetInForce.map((row) => lawLine(w, row, false, place)),
        ],
  );
  const supranational = places.some((place) =>
    [...place.lookup.inForce, ...place.lookup.notYetInForce].some((row) => row.level === 'supranational'),
  );
  if (supranational) lines.push(line('law:national-law', w.say('compensation.law.nationalLaw')));
  const posting = places.filter((place) => place.lookup.rangeInPosting);
  const first = posting[0];
  if (first !== undefined) {
    const text =
      places.length === 1
        ? w.say('compensation.law.postingHere')
        : posting.length === places.length
          ? w.say('compensation.law.postingBoth')
          : w.say('compensation.law.postingPlaced', { place: first.key, code: first.code });
    lines.push(line('law:anchor-on-posting', text));
  }
  if (places.some((place) => place.lookup.rangeOnRequest)) {
    lines.push(line('law:range-on-request', w.say('compensation.law.rangeOnRequest')));
  }
  return lines;
}

/** The not-legal-advice disclaimer, with the latest review date of the rows consulted. */
export function buildDisclaimer(
  w: PayWording,
  places: readonly Place[],
  lawTable: readonly LawRow[],
): CompensationBriefLine {
  const consulted = places.flatMap((place) => [...place.lookup.inForce, ...place.lookup.notYetInForce]);
  const dates = (consulted.length > 0 ? consulted : lawTable).map((row) => row.lastReviewed).sort();
  const latest = dates[dates.length - 1];
  return line(
    'disclaimer',
    latest === undefined
      ? w.say('compensation.law.disclaimer')
      : w.say('compensation.law.disclaimerReviewed', { date: dayOf(w, latest) }),
  );
}
