import type { JurisdictionLookup, LawRow } from '../jurisdictions/index.js';
import type { Compensation } from '../model/index.js';
import { line } from './internal.js';
import type { CompensationBriefLine } from './types.js';

const CONFIDENCE_WORDS: Record<LawRow['confidence'], string> = {
  H: '',
  M: ' (medium confidence: our sources for this row are secondary or disagree)',
  L: ' (low confidence: treat this row as a lead to check)',
};

/**
 * The law of one place as the brief reads it: the lookup, and how to name the place in a sentence.
 * `label` is empty when the job is where the candidate lives (or its place is not given), so the
 * sentences read as before: "employers here".
 */
export interface Place {
  readonly key: 'home' | 'job';
  readonly label: string;
  readonly lookup: JurisdictionLookup;
}

function shownCode(lookup: JurisdictionLookup): string {
  return lookup.code === undefined || lookup.code.trim() === '' ? 'not given' : lookup.code;
}

/** The places to read: where the candidate lives, and where the job is when that is elsewhere. */
export function placesOf(home: JurisdictionLookup, job: JurisdictionLookup | undefined): readonly Place[] {
  if (job === undefined) return [{ key: 'home', label: '', lookup: home }];
  return [
    { key: 'home', label: `Where you live (${shownCode(home)})`, lookup: home },
    { key: 'job', label: `Where the job is (${shownCode(job)})`, lookup: job },
  ];
}

/** One sentence naming both places: `Where you live: US-TX; where the job is: US-NY-NYC.` */
export function describePlaces(home: JurisdictionLookup, job: JurisdictionLookup | undefined): string {
  if (job === undefined) {
    return `Where you live: ${shownCode(home)}; where the job is: not given, so we read the law where you live.`;
  }
  return `Where you live: ${shownCode(home)}; where the job is: ${shownCode(job)}.`;
}

/** The law's name and citation as one phrase, without repeating a citation that is the name. */
function nameLaw(row: LawRow): string {
  return row.lawName === row.citation ? row.citation : `${row.citation}, the ${row.lawName}`;
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
export function buildCurrentSalaryLine(places: readonly Place[]): CompensationBriefLine {
  const governing = strictest(places, 'inquiry_ban');
  if (governing !== undefined) {
    const { place, row } = governing;
    const under = place.label === '' ? `Under ${nameLaw(row)}` : `${place.label}, under ${nameLaw(row)}`;
    if (row.level === 'supranational') {
      return line(
        'current-salary',
        `Don't offer your current pay. ${under}, employers may not ask applicants about their pay history once their country has written the directive into national law (the deadline was ${row.effectiveDate}); check that it has. If the question comes anyway, you may decline politely and give your expectations instead.`,
      );
    }
    return line(
      'current-salary',
      `Don't offer your current pay. ${under}, employers${place.label === '' ? ' here' : ''} may not ask about your pay history; if the question comes anyway, you may decline politely and give your expectations instead.`,
    );
  }
  const refusal = strictest(places, 'refusal_protection');
  if (refusal !== undefined) {
    const where = refusal.place.label === '' ? 'here' : refusal.place.label.replace(/^Where/, 'where');
    return line(
      'current-salary',
      `Don't offer your current pay. The question is allowed ${where}, but under ${refusal.row.citation} an employer may not turn you down because you decline to answer; give your expectations instead.`,
    );
  }
  return line(
    'current-salary',
    "Don't offer your current pay unless you are explicitly required to: it pulls the offer toward what you earn today. If asked, steer to what you expect for this role.",
  );
}

/** A warning when the candidate plans to disclose current pay, naming the ban of either place. */
export function buildDisclosureWarning(
  compensation: Compensation | undefined,
  places: readonly Place[],
): CompensationBriefLine | undefined {
  if (compensation?.discloseCurrentSalary !== true) return undefined;
  const governing = strictest(places, 'inquiry_ban');
  const law =
    governing === undefined
      ? ''
      : ` ${governing.place.label === '' ? 'Where you are' : governing.place.label}, ${governing.row.citation} bars the employer from even asking.`;
  return line(
    'disclosing-current-salary',
    `You plan to share your current salary. Think again: it tends to pull the offer down toward what you earn now, and your expectations answer the same question.${law}`,
  );
}

function lawLine(row: LawRow, inForce: boolean, place: Place): CompensationBriefLine {
  const when = inForce
    ? `in force since ${row.effectiveDate}`
    : `not yet in force: it takes effect on ${row.effectiveDate}`;
  const prefix = place.label === '' ? '' : `${place.label}: `;
  const id = place.label === '' ? `law:${row.id}` : `law:${place.key}:${row.id}`;
  return line(
    id,
    `${prefix}${row.citation} (${row.lawName}), ${when}${CONFIDENCE_WORDS[row.confidence]}. ${row.candidateTip}`,
  );
}

function notInTableLine(place: Place): CompensationBriefLine {
  const { lookup } = place;
  const code = lookup.code === undefined || lookup.code.trim() === '' ? undefined : lookup.code;
  const id = place.label === '' ? 'law:not-in-table' : `law:${place.key}:not-in-table`;
  const subject =
    place.label === ''
      ? `${code ?? 'Your jurisdiction'} is not in our table`
      : `${place.label}: not in our table`;
  return line(
    id,
    `${subject}, so we cannot tell you what the law there says about pay-history questions or pay ranges. That is not a sign that asking is allowed: you still need not volunteer your current pay. ${lookup.message}`,
  );
}

/** Where a flag holds, in words: `here`, `where the job is (US-NY)`, or `in both places`. */
function whereItHolds(places: readonly Place[], holds: (lookup: JurisdictionLookup) => boolean): string {
  const matching = places.filter((place) => holds(place.lookup));
  if (matching.length === 0) return '';
  if (places.length === 1) return 'here';
  if (matching.length === places.length) return 'in both places';
  return (matching[0]?.label ?? '').replace(/^Where/, 'where');
}

/** The legal lines for each place: each row in force or coming, what follows for the range, or "not in our table". */
export function buildLegalLines(places: readonly Place[]): CompensationBriefLine[] {
  const lines = places.flatMap((place) =>
    place.lookup.coverage === 'not-in-table'
      ? [notInTableLine(place)]
      : [
          ...place.lookup.inForce.map((row) => lawLine(row, true, place)),
          ...place.lookup.notYetInForce.map((row) => lawLine(row, false, place)),
        ],
  );
  const supranational = places.some((place) =>
    [...place.lookup.inForce, ...place.lookup.notYetInForce].some((row) => row.level === 'supranational'),
  );
  if (supranational) {
    lines.push(
      line(
        'law:national-law',
        'The EU Pay Transparency Directive (2023/970) reaches employers only once a member state writes it into national law, and countries are moving at different speeds; check where your country stands.',
      ),
    );
  }
  const posting = whereItHolds(places, (lookup) => lookup.rangeInPosting);
  if (posting !== '') {
    lines.push(
      line(
        'law:anchor-on-posting',
        `Job ads ${posting} must show a pay range: find the one for this role and pitch your own range against its upper half.`,
      ),
    );
  }
  if (places.some((place) => place.lookup.rangeOnRequest)) {
    lines.push(
      line(
        'law:range-on-request',
        'You may ask for the pay range of this role; if you have not seen it, ask the recruiter before the pay conversation.',
      ),
    );
  }
  return lines;
}

/** The not-legal-advice disclaimer, with the latest review date of the rows consulted. */
export function buildDisclaimer(
  places: readonly Place[],
  lawTable: readonly LawRow[],
): CompensationBriefLine {
  const consulted = places.flatMap((place) => [...place.lookup.inForce, ...place.lookup.notYetInForce]);
  const dates = (consulted.length > 0 ? consulted : lawTable).map((row) => row.lastReviewed).sort();
  const reviewed = dates.length > 0 ? ` (last reviewed ${dates[dates.length - 1]})` : '';
  return line(
    'disclaimer',
    `This is general information from our law table${reviewed}, not legal advice. Laws and their dates change; check the cited sources, or ask a lawyer when it matters.`,
  );
}
