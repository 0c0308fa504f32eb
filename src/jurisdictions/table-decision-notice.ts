import { freezeDeep } from '../internal/freeze.js';
import { joinLawRows } from './join.js';
import type { LawDetails } from './schema.js';

/** The review of issue 14 item 9: rows added or corrected from public sources on this day. */
export const REVIEWED_2026_12 = '2026-12-03';

/** The cores of the rows that set `decisionNoticeDays`; table-core.ts holds them in their place. */
export const noticeCore = /* @__PURE__ */ freezeDeep([
  {
    id: 'CA-ON/job-postings',
    code: 'CA-ON',
    level: 'state',
    citation: 'Ontario Employment Standards Act, 2000, Part III.1 and O. Reg. 476/24',
    effectiveDate: '2026-01-01',
    kinds: ['range_in_posting'],
    decisionNoticeDays: 45,
  },
] as const);

/** The details of the same rows; table.ts holds them with the others. */
export const noticeDetails = {
  'CA-ON/job-postings': {
    lawName: 'Ontario job-posting rules (Working for Workers Four and Five Acts, 2024; O. Reg. 476/24)',
    employerThreshold: '25 or more employees on the day the job is posted',
    exceptions: [],
    candidateTip:
      'Publicly advertised Ontario jobs at employers with 25 or more staff must show the expected pay or a range no wider than $50,000 (not required above $200,000 a year) and say whether AI screens applicants. If you interviewed, the employer must tell you within 45 days of your last interview whether a hiring decision has been made.',
    sources: [
      'https://www.ontario.ca/laws/regulation/240476 (O. Reg. 476/24)',
      'https://sherrardkuzz.com/newsblast/job-posting-rules-for-ontario-employers-in-force-january-1-2026',
      'https://bennettjones.com/Blogs-Section/New-Regulations-Regarding-the-Hiring-Process-Key-Dates-and-Information-for-Ontario-Employers',
      'https://www.mccarthy.ca/en/insights/blogs/canadian-employer-advisor/regulations-and-force-dates-released-working-workers-four-and-five',
    ],
    confidence: 'H',
    lastReviewed: REVIEWED_2026_12,
    notes:
      'Ontario has no pay-history ban in force. The posting must also say whether the vacancy exists; no Canadian-experience requirement is allowed.',
  },
} as const satisfies Record<(typeof noticeCore)[number]['id'], LawDetails>;

/**
 * The rows of the law table that set `decisionNoticeDays` (Ontario: 45 days to tell an interviewee whether a
 * decision was made), kept in their own module so the timeline's decision-notice event reads them without the
 * rest of the table (about 8 KB gzip of a browser bundle). `defaultLawTable` holds them in their place; a test
 * keeps the two in step: every row that sets the days is here, and no other row supersedes one of them, so a
 * lookup among these rows finds the same days as one in the whole table.
 */
export const decisionNoticeRows = /* @__PURE__ */ joinLawRows(noticeCore, noticeDetails);
