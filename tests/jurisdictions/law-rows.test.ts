import { describe, expect, it } from 'vitest';
import {
  compensationBrief,
  defaultLawTable,
  LawTableSchema,
  lookupJurisdiction,
  parseCandidacy,
  payHistoryLawFor,
} from '../../src/index.js';
import { makeCandidacy } from '../compensation/fixtures.js';

const NOW = '2026-12-03';
const INTERVIEW = {
  id: 'r1',
  round: 1,
  scheduledAt: '2026-11-10T10:00:00-08:00',
  durationMinutes: 30,
  medium: 'video',
} as const;

interface LawCase {
  readonly code: string;
  readonly now: string;
  readonly bans: boolean;
  readonly citation?: string;
  readonly posting: boolean;
  readonly onRequest?: boolean;
  readonly coverage?: 'found' | 'not-in-table';
}

// Hand-written from the sources cited on each row: does a pay-history question ban apply, which law, and must postings show pay.
const cases: readonly LawCase[] = [
  { code: 'MT', now: NOW, bans: false, posting: false, onRequest: true },
  { code: 'MT', now: '2025-08-26', bans: false, posting: false, onRequest: false },
  { code: 'DE', now: NOW, bans: true, citation: 'Directive (EU) 2023/970, Art. 5(2)', posting: false },
  { code: 'PL', now: '2025-12-23', bans: false, posting: false, onRequest: false },
  { code: 'PL', now: '2025-12-24', bans: true, citation: 'Polish Labour Code, Art. 22¹ §1', posting: false },
  { code: 'US-IL', now: NOW, bans: true, citation: '820 ILCS 112/10(b-5)', posting: true },
  { code: 'US-IL', now: '2024-12-31', bans: true, citation: '820 ILCS 112/10(b-5)', posting: false },
  { code: 'US-MN', now: NOW, bans: true, citation: 'Minn. Stat. §363A.08, subd. 8', posting: true },
  { code: 'US-MN', now: '2023-12-31', bans: false, posting: false },
  { code: 'US-NJ', now: NOW, bans: true, citation: 'N.J.S.A. 34:6B-20', posting: true },
  { code: 'US-NJ', now: '2025-05-31', bans: true, citation: 'N.J.S.A. 34:6B-20', posting: false },
  { code: 'US-VT', now: NOW, bans: true, citation: '21 V.S.A. §495m', posting: true },
  { code: 'US-OH-CLE', now: NOW, bans: true, citation: 'Cleveland Ordinance No. 104-2025', posting: true },
  { code: 'US-OH-CLE', now: '2025-10-26', bans: false, posting: false },
  { code: 'US-OH', now: NOW, bans: false, posting: false, coverage: 'not-in-table' },
  { code: 'US-HI', now: NOW, bans: true, citation: 'Hawaii Revised Statutes §378-2.4', posting: true },
  {
    code: 'US-DC',
    now: NOW,
    bans: true,
    citation: 'D.C. Code §32-1451 et seq., as amended by the Wage Transparency Omnibus Amendment Act of 2023',
    posting: true,
  },
  {
    code: 'US-MD',
    now: NOW,
    bans: true,
    citation: 'Md. Code, Lab. & Empl. §3-304.2',
    posting: true,
    onRequest: true,
  },
  { code: 'CA-ON', now: NOW, bans: false, posting: true },
  { code: 'CA-ON', now: '2025-12-31', bans: false, posting: false },
  {
    code: 'CA-BC',
    now: NOW,
    bans: true,
    citation: 'Pay Transparency Act, S.B.C. 2023, c. 18, s. 4',
    posting: true,
  },
  { code: 'CA-PE', now: NOW, bans: true, citation: 'PEI Employment Standards Act, s. 5.8', posting: true },
];

describe('the law table', () => {
  it.each(cases)('$code at $now: ban $bans, posting $posting', (law) => {
    const lookup = lookupJurisdiction(law.code, law.now);
    expect(lookup.coverage).toBe(law.coverage ?? 'found');
    expect(lookup.bansPayHistoryQuestion).toBe(law.bans);
    expect(lookup.payHistoryCitation).toBe(law.citation);
    expect(lookup.rangeInPosting).toBe(law.posting);
    if (law.onRequest !== undefined) expect(lookup.rangeOnRequest).toBe(law.onRequest);
  });

  it('does not hand Malta the EU ban it has not written into law', () => {
    const lookup = lookupJurisdiction('MT', NOW);
    expect([...lookup.inForce, ...lookup.notYetInForce].map((row) => row.id)).toEqual([
      'MT/pay-transparency',
    ]);
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'MT' }), { now: NOW });
    expect(brief.legal.lines.map((part) => part.text).join(' ')).not.toContain('2023/970, Art. 5(2)');
  });

  it('puts Ontario’s 45-day duty to tell interviewees on the row, as data the timeline can read', () => {
    expect(defaultLawTable.find((row) => row.id === 'CA-ON/job-postings')?.decisionNoticeDays).toBe(45);
    expect(lookupJurisdiction('CA-ON', '2026-01-01').decisionNoticeDays).toBe(45);
    expect(lookupJurisdiction('CA-ON', '2025-12-31').decisionNoticeDays).toBeUndefined();
    expect(lookupJurisdiction('US-CA', NOW).decisionNoticeDays).toBeUndefined();
  });

  it('cites a source and a review date on every row, and stays a valid table', () => {
    expect(LawTableSchema.safeParse(defaultLawTable).success).toBe(true);
    for (const row of defaultLawTable) {
      expect(row.sources.length).toBeGreaterThan(0);
      expect(row.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('uses only codes that parseCandidacy accepts', () => {
    for (const row of defaultLawTable) {
      const result = parseCandidacy({
        schemaVersion: 1,
        candidate: {
          name: 'A',
          timeZone: 'Europe/Berlin',
          jurisdiction: row.code,
          targetRole: { title: 'T', company: 'C', managesPeople: false },
        },
        interviews: [INTERVIEW],
      });
      expect(result.ok, row.code).toBe(true);
    }
  });
});

describe('where you live and where the job is', () => {
  it('names both places in the pay-history fact, and the ban of either governs', () => {
    expect(payHistoryLawFor('US-TX', NOW, 'US-NY-NYC')).toEqual({
      citation: 'NYC Administrative Code §8-107(25)',
      note: 'Where you live (US-TX): our table knows no pay-history ban. Where the job is (US-NY-NYC): NYC Administrative Code §8-107(25): employers may not ask about your pay history.',
    });
    expect(payHistoryLawFor('US-CO', NOW, 'US-TX')).toEqual({
      citation: 'C.R.S. §8-5-101 et seq.',
      note: 'Where you live (US-CO): C.R.S. §8-5-101 et seq.: employers may not ask about your pay history. Where the job is (US-TX): our table knows no pay-history ban.',
    });
    expect(payHistoryLawFor('US-TX', NOW, 'US-FL')).toBeUndefined();
  });

  it('keeps the one-place note when the job is where the candidate lives', () => {
    expect(payHistoryLawFor('US-CA', NOW, 'US-CA')).toEqual(payHistoryLawFor('US-CA', NOW));
    expect(payHistoryLawFor('US-CA', NOW)?.note).toBe(
      'California Labor Code §432.3: employers may not ask about your pay history.',
    );
  });

  it('tells a Texas candidate interviewing for a New York City job not to volunteer current pay, naming the city law', () => {
    const brief = compensationBrief(
      makeCandidacy({
        jurisdiction: 'US-TX',
        jobJurisdiction: 'US-NY-NYC',
        compensation: { discloseCurrentSalary: true },
      }),
      { now: NOW },
    );
    expect(brief.legal.places).toBe('Where you live: US-TX; where the job is: US-NY-NYC.');
    expect(brief.currentSalary.text).toBe(
      "Don't offer your current pay. Where the job is (US-NY-NYC), under NYC Administrative Code §8-107(25), the New York City salary-history law (Local Law 67 of 2017), employers may not ask about your pay history; if the question comes anyway, you may decline politely and give your expectations instead.",
    );
    expect(brief.warnings.map((part) => part.id)).toContain('disclosing-current-salary');
    expect(brief.warnings.find((part) => part.id === 'disclosing-current-salary')?.text).toContain(
      'Where the job is (US-NY-NYC), NYC Administrative Code §8-107(25) bars the employer from even asking.',
    );
    const lawIds = brief.legal.lines.map((part) => part.id);
    expect(lawIds).toContain('law:job:US-NY-NYC/salary-history');
    expect(lawIds).toContain('law:home:not-in-table');
    expect(brief.legal.jobJurisdiction?.code).toBe('US-NY-NYC');
  });

  it('names both places in the readiness recommendation about current pay', async () => {
    const { assessReadiness } = await import('../../src/entries/engine.js');
    const candidacy = makeCandidacy({
      jurisdiction: 'US-TX',
      jobJurisdiction: 'US-NY-NYC',
      compensation: { discloseCurrentSalary: true },
    });
    const readiness = await assessReadiness(candidacy, { now: '2026-12-01T09:00:00-08:00' });
    const item = readiness.items.find((entry) => entry.ruleId === 'compensation.current-pay-private-law');
    expect(item?.status).toBe('failed');
    expect(item?.recommendation).toContain(
      'Where you live (US-TX): our table knows no pay-history ban. Where the job is (US-NY-NYC): NYC Administrative Code §8-107(25): employers may not ask about your pay history.',
    );
  });

  it('reads the job’s law for the readiness fact too', async () => {
    const { deriveFacts } = await import('../../src/index.js');
    const candidacy = makeCandidacy({ jurisdiction: 'US-TX', jobJurisdiction: 'US-NY-NYC' });
    const facts = deriveFacts(candidacy, { now: '2026-12-01T09:00:00-08:00' });
    expect(facts.payHistoryLawKnown).toBe(true);
    expect(facts.payHistoryLaw).toBe('NYC Administrative Code §8-107(25)');
  });
});

describe('jurisdiction codes we do not know', () => {
  function parseWith(jurisdiction: string, where: 'candidate' | 'job' = 'candidate') {
    return parseCandidacy({
      schemaVersion: 1,
      candidate: {
        name: 'A',
        timeZone: 'Europe/Berlin',
        ...(where === 'candidate' ? { jurisdiction } : {}),
        targetRole: {
          title: 'T',
          company: 'C',
          managesPeople: false,
          ...(where === 'job' ? { jurisdiction } : {}),
        },
      },
      interviews: [INTERVIEW],
    });
  }

  it.each([
    ['XX', 'candidate', ['candidate', 'jurisdiction'], /"XX"/],
    ['UK', 'candidate', ['candidate', 'jurisdiction'], /did you mean "GB"/],
    ['US-ZZ', 'candidate', ['candidate', 'jurisdiction'], /US-CA/],
    ['US-CAL', 'job', ['candidate', 'targetRole', 'jurisdiction'], /did you mean "US-CA"/],
    ['CA-QU', 'job', ['candidate', 'targetRole', 'jurisdiction'], /did you mean "CA-QC"/],
    ['XX', 'job', ['candidate', 'targetRole', 'jurisdiction'], /"XX"/],
  ] as const)('%s (%s) is one located issue with a suggestion', (code, where, path, message) => {
    const result = parseWith(code, where);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toEqual(path);
    expect(result.issues[0]?.message).toMatch(message);
  });

  it.each(['JP', 'US-NY-NYC', 'CA-ON', 'EU', 'DE-BY', 'GB', 'US-DC', 'US-OH-CLE'])(
    '%s is accepted',
    (code) => {
      expect(parseWith(code).ok).toBe(true);
    },
  );

  it('says so in the lookup, with the codes our table covers, when a caller skips parsing', () => {
    const lookup = lookupJurisdiction('XX', NOW);
    expect(lookup.coverage).toBe('not-in-table');
    expect(lookup.message).toMatch(/^"XX" is not a country code we know/);
    expect(lookup.message).toContain('US-CA');
    expect(lookup.message).toContain('CA-ON');
  });
});
