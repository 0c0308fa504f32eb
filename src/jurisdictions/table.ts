import { joinLawRows } from './join.js';
import type { LawDetails, LawRow } from './schema.js';
import { type DefaultLawId, defaultLawCore } from './table-core.js';
import { noticeDetails, REVIEWED_2026_12 } from './table-decision-notice.js';

const REVIEWED = '2026-11-26';

/** What each row holds beyond its core (table-core.ts): what the pay brief and a reader of the table need. */
const details = {
  'US-CA/salary-history': {
    lawName: 'California salary-history ban (AB 168)',
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
  'US-CA/pay-transparency': {
    lawName: 'California pay-scale disclosure (SB 1162)',
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
  'US-CA-SF/salary-history': {
    lawName: 'San Francisco Parity in Pay Ordinance',
    exceptions: [],
    candidateTip:
      'San Francisco employers may not ask about or weigh your current or past pay, and may not pass on what you earn without your consent.',
    sources: ['corporatescreening.com', 'ntlakis.com'],
    confidence: 'M',
    lastReviewed: REVIEWED,
  },
  'US-CO/salary-history': {
    lawName: 'Colorado Equal Pay for Equal Work Act (SB19-085)',
    exceptions: [],
    candidateTip:
      'Colorado employers may not ask about your past wage rates or rely on them, and may not hold it against you if you decline to share them.',
    sources: ['mercer.com', 'hurth.com', 'managease.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
  },
  'US-CO/pay-transparency': {
    lawName: 'Colorado Equal Pay Transparency Rules (SB19-085)',
    employerThreshold: 'all employers',
    exceptions: [],
    candidateTip:
      'Colorado postings must show the pay rate or range and describe benefits; anchor on the posted range, and expect it on remote roles that could be done from Colorado.',
    sources: ['mercer.com', 'bridgeviewit.com', 'wshblaw.com', 'rewardset.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Coverage of remote roles that could be done from Colorado rests on a secondary source.',
  },
  'US-CT/salary-history': {
    lawName: 'Connecticut salary-history ban (HB 5386, 2018)',
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'Connecticut employers may not ask about your pay history unless you bring it up yourself, so the choice to share is yours.',
    sources: ['corporatescreening.com', 'salaryhacker.com'],
    confidence: 'M',
    lastReviewed: REVIEWED,
    notes: 'The statute section was not verified.',
  },
  'US-DE/salary-history': {
    lawName: 'Delaware salary-history ban (HB 1)',
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
  'US-MA/salary-history': {
    lawName: 'Massachusetts Act to Establish Pay Equity (S.2119)',
    exceptions: ['post_offer_verification', 'internal_candidates'],
    candidateTip:
      'Massachusetts employers may not ask you or a former employer about your pay before an offer that includes pay, nor screen on it; they may ask what you expect.',
    sources: ['mondaq.com', 'chambers.com', 'clearyinsurance.com', 'Massachusetts Attorney General FAQ'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Signed 2016-08-01; internal candidates are not covered.',
  },
  'US-NY/salary-history': {
    lawName: 'New York State salary-history ban',
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'New York employers may not make your pay history a condition of an interview or offer, ask a former employer for it, or rely on it; you may share it by choice, and may not be punished for declining.',
    sources: ['mdnews.cnypublications.com', 'srz.com', 'coppola-firm.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes:
      'Tagged as an inquiry ban because the law bars requiring pay history as a condition of an interview, offer or promotion.',
  },
  'US-NY/pay-transparency': {
    lawName: 'New York State pay-transparency law',
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
  'US-NY-NYC/salary-history': {
    lawName: 'New York City salary-history law (Local Law 67 of 2017)',
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'New York City employers may not ask about your pay history, search public records for it, or rely on it. They may discuss what you expect, including unvested equity you would give up by leaving.',
    sources: ['lexology.com', 'davispolk.com', 'pospislaw.com', 'schleylaw.com'],
    confidence: 'H',
    conflicts: 'benefit-revolution.com gives 2017-10-01 as the effective date.',
    lastReviewed: REVIEWED,
    notes: 'History you volunteer may be considered and verified.',
  },
  'US-NY-NYC/pay-transparency': {
    lawName: 'New York City pay-transparency law (Local Law 32 of 2022, amended by Int. 134-A)',
    employerThreshold: '4 or more employees (or 1 or more domestic workers), at least one in NYC',
    exceptions: [],
    candidateTip:
      'Ads for jobs done at least partly in New York City must give a good-faith minimum and maximum salary; anchor on that range.',
    sources: ['theemployerreport.com', 'weil.com', 'booklawllp.com'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Delayed from 2022-05-15; only current employees may sue.',
  },
  'US-OR/salary-history': {
    lawName: 'Oregon Equal Pay Act of 2017 (HB 2005): inquiry ban',
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
  'US-OR/salary-history-reliance': {
    lawName: 'Oregon Equal Pay Act of 2017 (HB 2005): screening and reliance ban',
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
  'US-WA/salary-history': {
    lawName: 'Washington salary-history ban (2019 c 345)',
    exceptions: [],
    candidateTip:
      'Washington employers may not ask you, or your current or former employers, for your wage or salary history.',
    sources: ['app6.leg.wa.gov (RCW 49.58 index, section title)', 'rewardset.com (date; secondary)'],
    confidence: 'M',
    conflicts: 'rewardset.com, the only source for the date, mislabels the section as RCW 49.58.110.',
    lastReviewed: REVIEWED,
  },
  'US-WA/pay-transparency': {
    lawName: 'Washington pay-transparency law (SB 5761)',
    employerThreshold: '15 or more employees',
    exceptions: [],
    candidateTip:
      'Washington postings from employers with 15 or more staff must show the wage scale or salary range and describe benefits; start from the posted range.',
    sources: ['jdsupra.com', 'ogletree.com', 'instalawyer.io (RCW text)'],
    confidence: 'H',
    lastReviewed: REVIEWED,
    notes: 'Internal candidates for a transfer or promotion get the range on request.',
  },
  'US-AL/wage-history-refusal': {
    lawName: 'Clarke-Figures Equal Pay Act',
    exceptions: [],
    candidateTip:
      'Alabama does not forbid the question, but an employer may not refuse to interview, hire or promote you, or retaliate, because you decline to give your wage history.',
    sources: ['trusaic.com', 'corporatescreening.com', 'worldatwork.org'],
    confidence: 'M',
    lastReviewed: REVIEWED,
    notes: 'Not a question ban: employers may still ask.',
  },
  'EU/salary-history': {
    lawName: 'EU Pay Transparency Directive: pay-history question',
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
  'EU/pay-transparency': {
    lawName: 'EU Pay Transparency Directive: pay information for applicants',
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
  'US-IL/salary-history': {
    lawName: 'Illinois Equal Pay Act of 2003, as amended by HB 834 (2019): wage-history ban',
    exceptions: ['public_records', 'internal_candidates'],
    candidateTip:
      'Illinois employers may not ask you or a former employer for your wage history, make it a condition of an interview or offer, or screen you on it, and may not use it even if you volunteer it. They may tell you the pay of the role and discuss what you expect.',
    sources: [
      'https://portal.mybig.net/documents/Illinois-2019-HB0834-Enrolled.html (bill text)',
      'https://www.lawandtheworkplace.com/2019/08/illinois-bans-salary-history-inquiries/',
      'https://www.sikich.com/insight/changes-are-coming-for-illinois-illinois-equal-pay-act-wage-history/',
    ],
    confidence: 'H',
    conflicts:
      'chicagobusinesslitigationlawyerblog.com gives 2019-10-01; the bill text and most sources give 2019-09-29.',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Volunteered history may not be considered either; the subsection letter was read from the bill text.',
  },
  'US-IL/pay-transparency': {
    lawName: 'Illinois Equal Pay Act pay-scale disclosure (HB 3129, 2023)',
    employerThreshold: '15 or more employees, wherever they work',
    exceptions: [],
    candidateTip:
      'Postings for jobs done at least partly in Illinois, or reporting into Illinois, must show the pay scale and a general description of benefits; without a posting you may ask for them before an offer.',
    sources: [
      'https://www.einpresswire.com/article/748091086/idol-reminds-employers-of-forthcoming-salary-transparency-law (Illinois Department of Labor)',
      'https://perkinscoie.com/insights/update/illinois-pay-transparency-requirements-arrive',
      'https://ogletree.com/insights-resources/blog-posts/pay-transparency-reminder-5-states-laws-take-effect-in-2025',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes: 'The subsection letter is medium confidence; the act and date are not in doubt.',
  },
  'US-MN/salary-history': {
    lawName: 'Minnesota pay-history ban (SF 2909, 2023)',
    exceptions: ['voluntary_disclosure', 'public_records'],
    candidateTip:
      'Minnesota employers may not ask about, consider or require your pay history; if you volunteer it unprompted, they may use it only to offer more than they first did.',
    sources: [
      'https://www.mondaq.com/unitedstates/employee-rights-labour-relations/1476156/inquiries-into-pay-history-prohibited',
      'https://taxnews.ey.com/news/2023-1774-minnesota-law-prohibits-inquiries-into-applicants-pay-history-starting-in-2024',
      'https://trusaic.com/blog/minnesota-adopts-salary-history-ban-legislation/',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Covers internal candidates too; for jobs under a collective agreement it starts with the next agreement after 2024-01-01.',
  },
  'US-MN/pay-transparency': {
    lawName: 'Minnesota pay-transparency law',
    employerThreshold: '30 or more employees in Minnesota',
    exceptions: [],
    candidateTip:
      'Minnesota postings from employers with 30 or more staff there must show the starting salary range or fixed pay and describe benefits; anchor on that range.',
    sources: [
      'https://www.gunder.com/en/news-insights/insights/client-insight-illinois-and-minnesota-pay-transparency-laws-take-effect-january-1-2025',
      'https://ogletree.com/insights-resources/blog-posts/pay-transparency-reminder-5-states-laws-take-effect-in-2025',
    ],
    confidence: 'M',
    lastReviewed: REVIEWED_2026_12,
    notes: 'The statute section was not read in the sources; the date and threshold were.',
  },
  'US-NJ/salary-history': {
    lawName: 'New Jersey salary-history ban (A1094, 2019)',
    exceptions: ['voluntary_disclosure', 'internal_candidates'],
    candidateTip:
      'New Jersey employers may not screen you on your salary history or require it to meet a minimum or maximum; you may share it by choice.',
    sources: [
      'https://www.gtlaw-laborandemployment.com/2019/12/new-jersey-joins-jurisdictions-in-banning-salary-history-inquiries-for-applicants/',
      'https://stage.fmglaw.com/pennsylvania-and-new-jersey-employment-law/pay-history-is-out-for-new-jersey-employers-mostly/',
      'https://gp1.com/new-jersey-joins-the-salary-history-ban-wagon/ (Duane Morris via Lexology)',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Civil penalties up to $1,000, $5,000, then $10,000; violations against a protected class also fall under the Law Against Discrimination.',
  },
  'US-NJ/pay-transparency': {
    lawName: 'New Jersey pay-transparency law (S2310, 2024)',
    employerThreshold: '10 or more employees over 20 calendar weeks',
    exceptions: [],
    candidateTip:
      'New Jersey postings, internal ones included, must show the hourly wage or salary or its range and describe benefits; anchor on that range.',
    sources: [
      'https://laborsphere.com/new-jersey-adopts-salary-and-benefit-disclosure-requirements-for-new-job-postings-promotions-and-transfers',
      'https://jdsupra.com/legalnews/new-jersey-s-new-pay-transparency-law-2842978',
      'https://thenjemploymentlawfirmblog.com/new-state-law-requires-pay-transparency-by-new-jersey-employers',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes: 'No private lawsuits; penalties of $300, then $600.',
  },
  'US-VT/salary-history': {
    lawName: 'Vermont salary-history ban (H.294, Act 126 of 2018)',
    exceptions: ['voluntary_disclosure', 'post_offer_verification'],
    candidateTip:
      'Vermont employers may not ask you or your employers about your current or past pay, set pay-history criteria, or decide whether to interview you on it. If you volunteer it, they may confirm it only after an offer with pay.',
    sources: [
      'https://lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_21_495m (statute text)',
      'https://www.lexology.com/library/detail.aspx?g=b214b919-3375-4a30-a07c-d49b1fb42cfa',
      'https://www.justifacts.com/resources/vermont-passed-salary-history-law/',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'US-VT/pay-transparency': {
    lawName: 'Vermont pay-transparency law (H.704, 2024)',
    employerThreshold: '5 or more employees',
    exceptions: [],
    candidateTip:
      'Vermont job ads from employers with 5 or more staff must give the compensation or its good-faith range, remote roles reporting into Vermont included; anchor on it.',
    sources: [
      'https://taxnews.ey.com/news/2024-1579-vermont-law-requires-salary-information-on-job-advertisements-starting-july-1-2025',
      'https://morganlewis.com/pubs/2024/07/vermont-passes-pay-transparency-law-considerations-for-employers',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes: 'Commission-paid roles need only say so; tipped roles give the base wage.',
  },
  'US-OH-CLE/salary-history': {
    lawName: 'Cleveland salary-history and pay-transparency ordinance',
    employerThreshold: '15 or more employees in Cleveland',
    exceptions: ['voluntary_disclosure', 'internal_candidates'],
    candidateTip:
      'Cleveland employers with 15 or more staff there may not ask about your pay history, screen on it, rely on it alone, or hold it against you if you decline; their postings must show the salary range or scale. They may ask what you expect.',
    sources: [
      'https://www.beneschlaw.com/resources/cleveland-city-council-passes-new-pay-transparency-and-salary-history-ordinance.html',
      'https://www.mcdonaldhopkins.com/insights/news/new-cleveland-law-requires-employers-to-post-salary-range-in-job-postings',
      'https://www.shrm.org/in/topics-tools/employment-law-compliance/cleveland-to-prohibit-salary-inquiries-require-salary-ranges',
    ],
    confidence: 'H',
    conflicts: 'cavitch.com gives 2025-10-25; most sources give 2025-10-27.',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'One ordinance carries both the ban and the posting duty, so it is one row. Ohio has no statewide ban; the code is US-OH-CLE.',
  },
  'US-HI/salary-history': {
    lawName: 'Hawaii salary-history ban (SB 2351, Act 108 of 2018)',
    exceptions: ['voluntary_disclosure', 'internal_candidates'],
    candidateTip:
      'Hawaii employers may not ask about your pay history, search public records for it, or rely on it to set your pay; they may discuss what you expect.',
    sources: [
      'https://www.mercer.com/en-us/insights/law-and-policy/salary-history-ban-now-the-law-in-hawaii/',
      'https://laborrelationscounsel.com/publication-press/publication/hawaii-joins-salary-history-ban-trend',
      'https://www.rcuh.com/2018/09/10/act-108-prohibits-employers-from-inquiring-about-job-applicants-salary-history-effective-january-1-2019/',
    ],
    confidence: 'M',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'The HRS section number is from secondary memory of the act, not from the sources read; the act and date are.',
  },
  'US-HI/pay-transparency': {
    lawName: 'Hawaii pay-transparency law (SB 1057, Act 203 of 2023)',
    employerThreshold: '50 or more employees',
    exceptions: ['internal_candidates'],
    candidateTip:
      'Hawaii job listings from employers with 50 or more staff must give an hourly rate or salary range that reasonably reflects the expected pay; anchor on it.',
    sources: [
      'https://www.hecouncil.org/news/2023/08/29/main/preparing-for-2024-how-pay-transparency-and-equal-pay-will-impact-employers',
      'https://www.esandalaw.com/news-and-information/news/employment-earnings-advertising-requirement-signed-into-law/',
      'https://www.hawaiipublicradio.org/local-news/2024-01-09/heres-why-hawaiis-new-pay-transparency-law-might-not-affect-your-employer',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'US-DC/salary-history': {
    lawName: 'District of Columbia Wage Transparency Omnibus Amendment Act of 2023: wage-history ban',
    exceptions: [],
    candidateTip:
      'District of Columbia employers may not screen you on your wage history, require it for an interview or an offer, or seek it from a former employer.',
    sources: [
      'https://www.dwt.com/blogs/employment-labor-and-benefits/2024/01/new-pay-transparency-law-for-dc-employers',
      'https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital',
      'https://www.carrmaloney.com/insights/district-of-columbia-prepares-to-expand-wage-transparency-laws/',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Any employer with at least one employee in the District; the District and federal governments are excluded. Enforced by the Attorney General; no private lawsuits.',
  },
  'US-DC/pay-transparency': {
    lawName: 'District of Columbia Wage Transparency Omnibus Amendment Act of 2023: pay ranges and benefits',
    employerThreshold: 'at least one employee in the District',
    exceptions: [],
    candidateTip:
      'District of Columbia postings must give a good-faith minimum and maximum pay, and the employer must tell you about healthcare benefits before the first interview; ask if they have not.',
    sources: [
      'https://www.dwt.com/blogs/employment-labor-and-benefits/2024/01/new-pay-transparency-law-for-dc-employers',
      'https://www.littler.com/publication-press/publication/pay-transparency-arrives-nations-capital',
      'https://virgilhr.com/legal-updates/dc-enacts-the-wage-transparency-omnibus-amendment-act-of-2023/',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'US-MD/salary-history': {
    lawName: 'Maryland wage-history and wage-range law (HB 123, 2020)',
    exceptions: ['voluntary_disclosure', 'post_offer_verification'],
    candidateTip:
      'Maryland employers may not seek or rely on your wage history, nor refuse to interview or hire you for declining to give it or for asking the wage range, which they must give you on request. History you volunteer may be used after an offer, only to pay you more.',
    sources: [
      'https://fastdemocracy.com/bill-summary/?billsummary_state=md&billsummary_id=MDB00019090&billsummary_session=2020 (fiscal and policy note)',
      'https://www.sterlingcheck.com/resources/compliance-articles/maryland-salary-history-ban-effective-october-1-2020/',
      'https://www.nfib.com/content/nfib-in-my-state/maryland/new-laws-taking-effect-in-maryland-on-october-1/',
    ],
    confidence: 'M',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'The act and date are high confidence; the code section is from memory, not from the sources read.',
  },
  'US-MD/pay-transparency': {
    lawName: 'Maryland Wage Range Transparency Act (HB 649, 2024)',
    employerThreshold: 'all employers',
    exceptions: [],
    candidateTip:
      'Maryland postings, public or internal, must show the wage range and describe benefits and other pay; without a posting you get them before any pay discussion or on request.',
    sources: [
      'https://cooley.com/news/insight/2024/2024-06-11-marylands-new-pay-transparency-law-effective-october-1-2024',
      'https://paulhastings.com/insights/client-alerts/new-pay-transparency-law-maryland-follows-growing-trend',
      'https://mondaq.com/unitedstates/employee-rights-labour-relations/1464534/maryland-adopts-pay-transparency-requirements',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'CA-BC/salary-history': {
    lawName: 'British Columbia Pay Transparency Act: pay-history question',
    exceptions: ['internal_candidates', 'public_records'],
    candidateTip:
      'British Columbia employers may not ask what you were paid by other employers; they may use pay they already know from your time with them, or public pay data for similar jobs.',
    sources: [
      'https://bctrucking.com/bulletin/2023/10/26/pay-transparency-act-bc-employers-must-include-pay-job-postings-nov-1',
      'https://cbabc.org/Newsroom/Legislative-Updates/2023/Act-in-Force-Pay-Transparency-Act',
      'https://mltaikins.com/labour-employment/british-columbia-announces-pay-transparency-requirements',
    ],
    confidence: 'M',
    conflicts:
      'bctrucking.com says the ban applied on assent (2023-05-11); cbabc.org reports it with the posting rule on 2023-11-01. The section number is from memory.',
    lastReviewed: REVIEWED_2026_12,
  },
  'CA-BC/pay-transparency': {
    lawName: 'British Columbia Pay Transparency Act: pay in job postings',
    employerThreshold: 'all employers',
    exceptions: [],
    candidateTip:
      'Publicly advertised British Columbia jobs, remote ones open to BC residents included, must show the expected pay or a closed range; anchor on it.',
    sources: [
      'https://bctrucking.com/bulletin/2023/10/26/pay-transparency-act-bc-employers-must-include-pay-job-postings-nov-1',
      'https://mltaikins.com/labour-employment/british-columbia-announces-pay-transparency-requirements',
      'https://jobmoose.ca/news/transparency-act-takes-effect',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes: 'Pay-gap reports phase in by employer size from 2023 to 2026. The section number is from memory.',
  },
  'CA-PE/salary-history': {
    lawName: 'Prince Edward Island pay-transparency amendments: pay history',
    exceptions: ['voluntary_disclosure'],
    candidateTip:
      'Prince Edward Island employers may not seek your pay history, directly or indirectly; they may ask what you expect, and may rely on history you volunteer unprompted.',
    sources: [
      'https://cphrpei.ca/2022/05/17/employment-standards-act-pay-transparency/',
      'https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'CA-PE/pay-transparency': {
    lawName: 'Prince Edward Island pay-transparency amendments: pay in job postings',
    employerThreshold: 'all employers',
    exceptions: [],
    candidateTip:
      'Publicly advertised Prince Edward Island jobs must show the expected pay or its range; anchor on it.',
    sources: [
      'https://cphrpei.ca/2022/05/17/employment-standards-act-pay-transparency/',
      'https://stewartmckelvey.com/thought-leadership/pay-transparency-recent-changes-to-peis-employment-standards-act',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'PL/salary-history': {
    lawName:
      'Polish Labour Code amendment of 4 June 2025 (partial transposition of Directive (EU) 2023/970): pay-history question',
    exceptions: [],
    candidateTip:
      'Employers in Poland may not ask what you earn or earned with your current or previous employers.',
    sources: [
      'https://natlawreview.com/article/poland-pay-transparency-directive-implementation-24-december-2025',
      'https://www.ecovis.com/poland/?p=3111',
      'https://atl-law.pl/en/obowiazkowa-jawnosc-wynagrodzen-coraz-blizej-english',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'National law replaces the directive’s rows for Poland; job evaluation and reporting rules were still to come.',
  },
  'PL/pay-transparency': {
    lawName: 'Polish pay-transparency amendment of 4 June 2025: pay information for applicants',
    exceptions: [],
    candidateTip:
      'In Poland you must be told the starting pay or its range in writing, in the ad or before the interview (at the latest before the contract); ask for it if you have not seen it.',
    sources: [
      'https://www.ecovis.com/poland/?p=3111',
      'https://www.roedl.pl/en/good-to-know/good-to-know/labour-law/pay-transparency-at-recruitment-stage',
      'https://ca-staff.eu/?p=11922',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
  },
  'MT/pay-transparency': {
    lawName: 'Maltese pay-transparency amendment of 2025 (partial transposition of the EU directive)',
    exceptions: [],
    candidateTip:
      'In Malta you have a right to the starting pay or its range before you start work. Maltese law does not bar employers from asking about your past pay, so the choice to answer is yours; you need not volunteer it.',
    sources: [
      'https://www.mondaq.com/employee-rights-labour-relations/1669404/pay-transparency-in-malta-preparing-for-the-changes-effective-27-august-2025',
      'https://www.vba.mt/?p=1045',
      'https://production.jdsupra.com/legalnews/implementing-the-eu-pay-transparency-7886552',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Transparent and Predictable Working Conditions (Amendment) Regulations, 2025; published 2025-06-27, in force 2025-08-27. It leaves out the directive’s ban on asking applicants about pay history, so Malta does not inherit the EU row; the directive binds employers only through national law.',
  },
  // Rows that set decisionNoticeDays live in table-decision-notice.ts, so the timeline reads them alone.
  ...noticeDetails,
} satisfies Record<DefaultLawId, LawDetails>;

/**
 * The salary-history and pay-transparency laws we ship, one row per law and jurisdiction, taken
 * from the research's Part C (C1 history bans, C2 transparency) and, for the rows reviewed on
 * 2026-12-03, from the public sources each row cites, with dates, confidence and conflicts. A jurisdiction with both a history ban and a posting law keeps two
 * rows, because their effective dates differ; Oregon's ban is split the same way, since asking
 * became unlawful in 2017 and screening on past pay only in 2019. Information, not legal advice.
 *
 * @example
 * defaultLawTable.find((row) => row.id === 'US-CA/salary-history')?.citation;
 * // => 'California Labor Code §432.3'
 *
 * @category Compensation
 */
export const defaultLawTable: readonly LawRow[] = /* @__PURE__ */ joinLawRows(defaultLawCore, details);
