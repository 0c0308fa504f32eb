import type { JurisdictionLookup, LawRow } from '../jurisdictions/index.js';
import type { Compensation } from '../model/index.js';
import { line } from './internal.js';
import type { CompensationBriefLine } from './types.js';

const CONFIDENCE_WORDS: Record<LawRow['confidence'], string> = {
  H: '',
  M: ' (medium confidence: our sources for this row are secondary or disagree)',
  L: ' (low confidence: treat this row as a lead to check)',
};

/** The law's name and citation as one phrase, without repeating a citation that is the name. */
function nameLaw(row: LawRow): string {
  return row.lawName === row.citation ? row.citation : `${row.citation}, the ${row.lawName}`;
}

/** The current-salary line, naming the law that bars the question where one is in force. */
export function buildCurrentSalaryLine(lookup: JurisdictionLookup): CompensationBriefLine {
  const ban = lookup.inForce.find((row) => row.kinds.includes('inquiry_ban'));
  if (ban !== undefined && ban.level === 'supranational') {
    return line(
      'current-salary',
      `Don't offer your current pay. Under ${nameLaw(ban)}, employers may not ask applicants about their pay history once their country has written the directive into national law (the deadline was ${ban.effectiveDate}); check that yours has. If the question comes anyway, you may decline politely and give your expectations instead.`,
    );
  }
  if (ban !== undefined) {
    return line(
      'current-salary',
      `Don't offer your current pay. Under ${nameLaw(ban)}, employers here may not ask about your pay history; if the question comes anyway, you may decline politely and give your expectations instead.`,
    );
  }
  const refusal = lookup.inForce.find((row) => row.kinds.includes('refusal_protection'));
  if (refusal !== undefined) {
    return line(
      'current-salary',
      `Don't offer your current pay. The question is allowed here, but under ${refusal.citation} an employer may not turn you down because you decline to answer; give your expectations instead.`,
    );
  }
  return line(
    'current-salary',
    "Don't offer your current pay unless you are explicitly required to: it pulls the offer toward what you earn today. If asked, steer to what you expect for this role.",
  );
}

/** A warning when the candidate plans to disclose current pay. */
export function buildDisclosureWarning(
  compensation: Compensation | undefined,
  lookup: JurisdictionLookup,
): CompensationBriefLine | undefined {
  if (compensation?.discloseCurrentSalary !== true) return undefined;
  const law =
    lookup.bansPayHistoryQuestion && lookup.payHistoryCitation !== undefined
      ? ` Where you are, ${lookup.payHistoryCitation} bars the employer from even asking.`
      : '';
  return line(
    'disclosing-current-salary',
    `You plan to share your current salary. Think again: it tends to pull the offer down toward what you earn now, and your expectations answer the same question.${law}`,
  );
}

function lawLine(row: LawRow, inForce: boolean): CompensationBriefLine {
  const when = inForce
    ? `in force since ${row.effectiveDate}`
    : `not yet in force: it takes effect on ${row.effectiveDate}`;
  return line(
    `law:${row.id}`,
    `${row.citation} (${row.lawName}), ${when}${CONFIDENCE_WORDS[row.confidence]}. ${row.candidateTip}`,
  );
}

/** The legal lines for the jurisdiction: each row in force or coming, what follows for the range, or "not in our table". */
export function buildLegalLines(lookup: JurisdictionLookup): CompensationBriefLine[] {
  if (lookup.coverage === 'not-in-table') {
    const place = lookup.code === undefined || lookup.code.trim() === '' ? 'Your jurisdiction' : lookup.code;
    return [
      line(
        'law:not-in-table',
        `${place} is not in our table, so we cannot tell you what the law there says about pay-history questions or pay ranges. That is not a sign that asking is allowed: you still need not volunteer your current pay. ${lookup.message}`,
      ),
    ];
  }
  const lines = [
    ...lookup.inForce.map((row) => lawLine(row, true)),
    ...lookup.notYetInForce.map((row) => lawLine(row, false)),
  ];
  const supranational = [...lookup.inForce, ...lookup.notYetInForce].some(
    (row) => row.level === 'supranational',
  );
  if (supranational) {
    lines.push(
      line(
        'law:national-law',
        'The EU Pay Transparency Directive (2023/970) reaches employers only once a member state writes it into national law, and countries are moving at different speeds; check where your country stands.',
      ),
    );
  }
  if (lookup.rangeInPosting) {
    lines.push(
      line(
        'law:anchor-on-posting',
        'Job ads here must show a pay range: find the one for this role and pitch your own range against its upper half.',
      ),
    );
  }
  if (lookup.rangeOnRequest) {
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
  lookup: JurisdictionLookup,
  lawTable: readonly LawRow[],
): CompensationBriefLine {
  const consulted = [...lookup.inForce, ...lookup.notYetInForce];
  const dates = (consulted.length > 0 ? consulted : lawTable).map((row) => row.lastReviewed).sort();
  const reviewed = dates.length > 0 ? ` (last reviewed ${dates[dates.length - 1]})` : '';
  return line(
    'disclaimer',
    `This is general information from our law table${reviewed}, not legal advice. Laws and their dates change; check the cited sources, or ask a lawyer when it matters.`,
  );
}
