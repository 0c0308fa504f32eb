import type { LawRow } from './schema.js';

const REVIEWED = '2026-11-26';

const rows: LawRow[] = [
  {
    id: 'US-CA/salary-history',
    code: 'US-CA',
    level: 'state',
    lawName: 'California salary-history ban (AB 168)',
    citation: 'California Labor Code §432.3',
    effectiveDate: '2018-01-01',
    kinds: ['inquiry_ban', 'reliance_ban', 'range_on_request'],
    exceptions: ['voluntary_disclosure', 'public_records'],
    candidateTip:
      'Employers in California, public ones included, may not ask about your past pay, directly or through an agent, nor use it to decide whether to hire you or what to offer. You may ask for the pay scale of the role.',
    sources: [
      'd1tvxue8o4w0fl.cloudfront.net (statute text mirror)',
      'wsgr.com',
      'calpublicagencylaboremploymentblog.com',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED,
  },
  {
    id: 'US-CA/pay-transparency',
    code: 'US-CA',
    level: 'state',
    lawName: 'California pay-scale disclosure (SB 1162)',
    citation: 'California Labor Code §432.3(c), as amended by SB 1162',
    effectiveDate: '2023-01-01',
    kinds: ['range_in_posting'],
    employerThreshold: '15 or more employees for postings',
    exceptions: [],
    candidateTip:
      'Postings from employers with 15 or more staff must show the pay scale they expect to pay; start from that posted range when you state yours.',
    sources: [
      'California statute text (no address given in the research)',
      'lexology.com',
      'sidley.com',
      'dpalaw.com',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes:
      'Any employer must also give a current employee the pay scale of their own role on request; employers with 100 or more staff report pay data by race, ethnicity and sex.',
  },
  {
    id: 'US-CA-SF/salary-history',
    code: 'US-CA-SF',
    level: 'city',
    lawName: 'San Francisco Parity in Pay Ordinance',
    citation: 'San Francisco Parity in Pay Ordinance',
    effectiveDate: '2018-07-01',
    kinds: ['inquiry_ban', 'reliance_ban'],
    exceptions: [],
    candidateTip:
      'San Francisco employers may not ask about or weigh your current or past pay, and may not pass on what you earn without your consent.',
    sources: ['corporatescreening.com', 'ntlakis.com'],
    confidence: 'M',
    lastReviewed: REVIEWED,
  },
  {
    id: 'US-CO/salary-history',
    code: 'US-CO',
    level: 'state',
    lawName: 'Colorado Equal Pay for Equal Work Act (SB19-085)',
    citation: 'C.R.S. §8-5-101 et seq.',
    effectiveDate: '2021-01-01',
    kinds: ['inquiry_ban', 'reliance_ban', 'refusal_protection'],
    exceptions: [],
    candidateTip:
      'Colorado employers may not ask about your past wage rates or rely on them, and may not hold it against you if you decline to share them.',
    sources: ['mercer.com', 'hurth.com', 'managease.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
  },
  {
    id: 'US-CO/pay-transparency',
    code: 'US-CO',
    level: 'state',
    lawName: 'Colorado Equal Pay Transparency Rules (SB19-085)',
    citation: 'C.R.S. §8-5-101 et seq. and the Equal Pay Transparency Rules',
    effectiveDate: '2021-01-01',
    kinds: ['range_in_posting'],
    employerThreshold: 'all employers',
    exceptions: [],
    candidateTip:
      'Colorado postings must show the pay rate or range and describe benefits; anchor on the posted range, and expect it on remote roles that could be done from Colorado.',
    sources: ['mercer.com', 'bridgeviewit.com', 'wshblaw.com', 'rewardset.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Coverage of remote roles that could be done from Colorado rests on a secondary source.',
  },
  {
    id: 'US-CT/salary-history',
    code: 'US-CT',
    level: 'state',
    lawName: 'Connecticut salary-history ban (HB 5386, 2018)',
    citation: 'Connecticut HB 5386 (2018)',
    effectiveDate: '2019-01-01',
    kinds: ['inquiry_ban'],
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'Connecticut employers may not ask about your pay history unless you bring it up yourself, so the choice to share is yours.',
    sources: ['corporatescreening.com', 'salaryhacker.com'],
    confidence: 'M',
    lastReviewed: REVIEWED,
    notes: 'The statute section was not verified.',
  },
  {
    id: 'US-DE/salary-history',
    code: 'US-DE',
    level: 'state',
    lawName: 'Delaware salary-history ban (HB 1)',
    citation: '19 Del. C. §709B',
    effectiveDate: '2017-12-14',
    kinds: ['inquiry_ban', 'reliance_ban'],
    exceptions: ['post_offer_verification'],
    candidateTip:
      'Delaware employers may not screen you on past pay or ask you or your employers for it; they may confirm it only once an offer with pay has been made and accepted. Talking about your expectations is allowed.',
    sources: ['backgroundchecks.com', 'ogletree.com'],
    confidence: 'H',
    conflicts:
      'complianceposter.com and benefit-revolution.com give 1 December 2017 as the effective date; the date is medium confidence.',
    lastReviewed: REVIEWED,
    notes: 'Civil penalty of $1,000–5,000 for a first violation and $5,000–10,000 for later ones.',
  },
  {
    id: 'US-MA/salary-history',
    code: 'US-MA',
    level: 'state',
    lawName: 'Massachusetts Act to Establish Pay Equity (S.2119)',
    citation: 'M.G.L. c.149 §105A',
    effectiveDate: '2018-07-01',
    kinds: ['inquiry_ban', 'reliance_ban'],
    exceptions: ['post_offer_verification', 'internal_candidates'],
    candidateTip:
      'Massachusetts employers may not ask you or a former employer about your pay before an offer that includes pay, nor screen on it; they may ask what you expect.',
    sources: ['mondaq.com', 'chambers.com', 'clearyinsurance.com', 'Massachusetts Attorney General FAQ'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Signed 2016-08-01; internal candidates are not covered.',
  },
  {
    id: 'US-NY/salary-history',
    code: 'US-NY',
    level: 'state',
    lawName: 'New York State salary-history ban',
    citation: 'New York Labor Law §194-a',
    effectiveDate: '2020-01-06',
    kinds: ['inquiry_ban', 'reliance_ban', 'refusal_protection'],
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'New York employers may not make your pay history a condition of an interview or offer, ask a former employer for it, or rely on it; you may share it by choice, and may not be punished for declining.',
    sources: ['mdnews.cnypublications.com', 'srz.com', 'coppola-firm.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes:
      'Tagged as an inquiry ban because the law bars requiring pay history as a condition of an interview, offer or promotion.',
  },
  {
    id: 'US-NY/pay-transparency',
    code: 'US-NY',
    level: 'state',
    lawName: 'New York State pay-transparency law',
    citation: 'New York Labor Law §194-b',
    effectiveDate: '2023-09-17',
    kinds: ['range_in_posting'],
    employerThreshold: '4 or more employees',
    exceptions: [],
    candidateTip:
      'Ads for roles done at least partly in New York, or reporting into New York, must show the pay or a minimum–maximum range; use it as your anchor.',
    sources: ['harrisbeach.com', 'bsk.com', 'esrta.org', 'bressler.com'],
    confidence: 'H',
    conflicts: 'cmmllp.com gives 2023-09-18 as the effective date.',
    lastReviewed: REVIEWED,
    notes:
      'Amended 2023-03-03 (record-keeping duty dropped); no private lawsuits, Department of Labor fines only.',
  },
  {
    id: 'US-NY-NYC/salary-history',
    code: 'US-NY-NYC',
    level: 'city',
    lawName: 'New York City salary-history law (Local Law 67 of 2017)',
    citation: 'NYC Administrative Code §8-107(25)',
    effectiveDate: '2017-10-31',
    kinds: ['inquiry_ban', 'reliance_ban'],
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'New York City employers may not ask about your pay history, search public records for it, or rely on it. They may discuss what you expect, including unvested equity you would give up by leaving.',
    sources: ['lexology.com', 'davispolk.com', 'pospislaw.com', 'schleylaw.com'],
    confidence: 'H',
    conflicts: 'benefit-revolution.com gives 2017-10-01 as the effective date.',
    lastReviewed: REVIEWED,
    notes: 'History you volunteer may be considered and verified.',
  },
  {
    id: 'US-NY-NYC/pay-transparency',
    code: 'US-NY-NYC',
    level: 'city',
    lawName: 'New York City pay-transparency law (Local Law 32 of 2022, amended by Int. 134-A)',
    citation: 'NYC Local Law 32 of 2022',
    effectiveDate: '2022-11-01',
    kinds: ['range_in_posting'],
    employerThreshold: '4 or more employees (or 1 or more domestic workers), at least one in NYC',
    exceptions: [],
    candidateTip:
      'Ads for jobs done at least partly in New York City must give a good-faith minimum and maximum salary; anchor on that range.',
    sources: ['theemployerreport.com', 'weil.com', 'booklawllp.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Delayed from 2022-05-15; only current employees may sue.',
  },
  {
    id: 'US-OR/salary-history',
    code: 'US-OR',
    level: 'state',
    lawName: 'Oregon Equal Pay Act of 2017 (HB 2005): inquiry ban',
    citation: 'ORS chapter 659A (Oregon Equal Pay Act of 2017)',
    effectiveDate: '2017-10-06',
    kinds: ['inquiry_ban'],
    exceptions: ['post_offer_verification', 'internal_candidates'],
    candidateTip: 'Oregon employers may not ask about your pay history before an offer that includes pay.',
    sources: [
      'worklaw.com (Bullard Law)',
      'lexology.com',
      'backgroundchecks.com',
      'olis.oregonlegislature.gov',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes:
      'Internal transfers are exempt. State enforcement from 2019-01-01; private lawsuits from 2024-01-01.',
  },
  {
    id: 'US-OR/salary-history-reliance',
    code: 'US-OR',
    level: 'state',
    lawName: 'Oregon Equal Pay Act of 2017 (HB 2005): screening and reliance ban',
    citation: 'ORS chapter 659A (Oregon Equal Pay Act of 2017)',
    effectiveDate: '2019-01-01',
    kinds: ['reliance_ban'],
    exceptions: ['internal_candidates'],
    candidateTip: 'Oregon employers may not screen you on past pay or use it to set your offer.',
    sources: [
      'worklaw.com (Bullard Law)',
      'lexology.com',
      'backgroundchecks.com',
      'olis.oregonlegislature.gov',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED,
  },
  {
    id: 'US-WA/salary-history',
    code: 'US-WA',
    level: 'state',
    lawName: 'Washington salary-history ban (2019 c 345)',
    citation: 'RCW 49.58.100',
    effectiveDate: '2019-07-28',
    kinds: ['inquiry_ban'],
    exceptions: [],
    candidateTip:
      'Washington employers may not ask you, or your current or former employers, for your wage or salary history.',
    sources: ['app6.leg.wa.gov (RCW 49.58 index, section title)', 'rewardset.com (date; secondary)'],
    confidence: 'M',
    conflicts: 'rewardset.com, the only source for the date, mislabels the section as RCW 49.58.110.',
    lastReviewed: REVIEWED,
  },
  {
    id: 'US-WA/pay-transparency',
    code: 'US-WA',
    level: 'state',
    lawName: 'Washington pay-transparency law (SB 5761)',
    citation: 'RCW 49.58.110, as amended by SB 5761',
    effectiveDate: '2023-01-01',
    kinds: ['range_in_posting'],
    employerThreshold: '15 or more employees',
    exceptions: [],
    candidateTip:
      'Washington postings from employers with 15 or more staff must show the wage scale or salary range and describe benefits; start from the posted range.',
    sources: ['jdsupra.com', 'ogletree.com', 'instalawyer.io (RCW text)'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Internal candidates for a transfer or promotion get the range on request.',
  },
  {
    id: 'US-AL/wage-history-refusal',
    code: 'US-AL',
    level: 'state',
    lawName: 'Clarke-Figures Equal Pay Act',
    citation: 'Alabama Clarke-Figures Equal Pay Act',
    effectiveDate: '2019-09-01',
    kinds: ['refusal_protection'],
    exceptions: [],
    candidateTip:
      'Alabama does not forbid the question, but an employer may not refuse to interview, hire or promote you, or retaliate, because you decline to give your wage history.',
    sources: ['trusaic.com', 'corporatescreening.com', 'worldatwork.org'],
    confidence: 'M',
    lastReviewed: REVIEWED,
    notes: 'Not a question ban: employers may still ask.',
  },
  {
    id: 'EU/salary-history',
    code: 'EU',
    level: 'supranational',
    lawName: 'EU Pay Transparency Directive: pay-history question',
    citation: 'Directive (EU) 2023/970, Art. 5(2)',
    effectiveDate: '2026-06-07',
    kinds: ['inquiry_ban'],
    exceptions: [],
    candidateTip:
      'Under the EU pay-transparency directive, employers of any size may not ask applicants what they earn or earned; it reaches you through your country’s own law.',
    sources: ['leglobal.law', 'castegnaro.lu', 'osborneclarke-arbeitsrecht.de', 'adherely.ai'],
    confidence: 'H',
    conflicts: 'Transposition status per member state is medium confidence.',
    lastReviewed: REVIEWED,
    notes:
      'Entered into force 2023-06-06; the effective date here is the transposition deadline. The directive binds employers only through national law, and transposition varies by member state (Denmark’s law was still a consultation draft in June 2026).',
  },
  {
    id: 'EU/pay-transparency',
    code: 'EU',
    level: 'supranational',
    lawName: 'EU Pay Transparency Directive: pay information for applicants',
    citation: 'Directive (EU) 2023/970, Art. 5(1)',
    effectiveDate: '2026-06-07',
    kinds: ['range_on_request'],
    exceptions: [],
    candidateTip:
      'Applicants have a right to the starting pay or its range, set on objective, gender-neutral criteria, given in the job ad, before the interview or otherwise; ask for it if you have not seen it.',
    sources: ['leglobal.law', 'castegnaro.lu', 'osborneclarke-arbeitsrecht.de', 'ravio.com'],
    confidence: 'H',
    conflicts:
      'Sources word the timing differently; one says at the latest before pay negotiation or the contract (medium confidence).',
    lastReviewed: REVIEWED,
    notes:
      'Tagged range_on_request, not range_in_posting: the job ad is one of several allowed ways to give the range. The directive binds employers only through national law, and transposition varies by member state.',
  },
];

/** Freezes a row and its lists, so no caller can change the shared default table. */
function freezeRow(row: LawRow): LawRow {
  return Object.freeze({
    ...row,
    kinds: Object.freeze([...row.kinds]),
    exceptions: Object.freeze([...row.exceptions]),
    sources: Object.freeze([...row.sources]),
  });
}

/**
 * The salary-history and pay-transparency laws we ship, one row per law and jurisdiction, taken
 * only from the research's Part C (C1 history bans, C2 transparency) with its sources, dates,
 * confidence and conflicts. A jurisdiction with both a history ban and a posting law keeps two
 * rows, because their effective dates differ; Oregon's ban is split the same way, since asking
 * became unlawful in 2017 and screening on past pay only in 2019. Information, not legal advice.
 *
 * @example
 * defaultLawTable.find((row) => row.id === 'US-CA/salary-history')?.citation;
 * // => 'California Labor Code §432.3'
 *
 * @category Compensation
 */
export const defaultLawTable: readonly LawRow[] = Object.freeze(rows.map(freezeRow));
