import { describe, expect, it } from 'vitest';
import { defaultLawTable, LawRowSchema, LawTableSchema, lookupJurisdiction } from '../../src/index.js';
import { EU_MEMBER_STATES } from '../../src/jurisdictions/index.js';

const NOW = '2026-11-26';

describe('defaultLawTable', () => {
  it('finds California by its citation', () => {
    expect(defaultLawTable.find((row) => row.id === 'US-CA/salary-history')?.citation).toBe(
      'California Labor Code §432.3',
    );
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(defaultLawTable)).toBe(true);
    expect(Object.isFrozen(defaultLawTable[0])).toBe(true);
    expect(Object.isFrozen(defaultLawTable[0]?.sources)).toBe(true);
  });

  it('passes its own schema', () => {
    const result = LawTableSchema.safeParse(defaultLawTable);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('cites at least one source on every row', () => {
    const uncited = defaultLawTable.filter((row) => row.sources.length === 0).map((row) => row.id);
    expect(uncited).toEqual([]);
  });

  it('covers every jurisdiction the research lists', () => {
    const codes = new Set(defaultLawTable.map((row) => row.code));
    for (const code of [
      'US-CA',
      'US-CA-SF',
      'US-CO',
      'US-CT',
      'US-DE',
      'US-MA',
      'US-NY',
      'US-NY-NYC',
      'US-OR',
      'US-WA',
      'US-AL',
      'EU',
    ]) {
      expect(codes.has(code), code).toBe(true);
    }
  });

  it('marks every row as reviewed on 2026-11-26 (the research) or 2026-12-03 (issue 14 item 9)', () => {
    expect(new Set(defaultLawTable.map((row) => row.lastReviewed))).toEqual(
      new Set(['2026-11-26', '2026-12-03']),
    );
  });

  it('says on both EU rows that the directive binds employers only through national law', () => {
    const euRows = defaultLawTable.filter((row) => row.code === 'EU');
    expect(euRows).toHaveLength(2);
    for (const row of euRows) expect(row.notes).toMatch(/only through national law/);
  });

  it('records the research conflicts on dates for Delaware, NYC and New York', () => {
    const conflicted = defaultLawTable.filter((row) => row.conflicts !== undefined).map((row) => row.id);
    expect(conflicted).toEqual(
      expect.arrayContaining(['US-DE/salary-history', 'US-NY-NYC/salary-history', 'US-NY/pay-transparency']),
    );
  });

  it('rejects a table with a row that has no source', () => {
    const broken = [{ ...defaultLawTable[0], sources: [] }];
    expect(LawTableSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects a table with two rows sharing an id', () => {
    expect(LawTableSchema.safeParse([defaultLawTable[0], defaultLawTable[0]]).success).toBe(false);
  });
});

describe('LawRowSchema', () => {
  it('rejects a row without a source', () => {
    expect(LawRowSchema.safeParse({ ...defaultLawTable[0], sources: [] }).success).toBe(false);
  });

  it('rejects an effective date that is not a plain date', () => {
    expect(LawRowSchema.safeParse({ ...defaultLawTable[0], effectiveDate: '1 Jan 2018' }).success).toBe(
      false,
    );
  });
});

describe('LawTableSchema', () => {
  it('accepts the default table', () => {
    expect(LawTableSchema.safeParse(defaultLawTable).success).toBe(true);
  });
});

describe('EU_MEMBER_STATES', () => {
  it('includes Germany', () => {
    expect(EU_MEMBER_STATES.includes('DE')).toBe(true);
  });

  it('lists the 27 member states once each', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
  });
});

describe('lookupJurisdiction', () => {
  it('names the San Francisco ordinance for US-CA-SF', () => {
    expect(lookupJurisdiction('US-CA-SF', '2026-11-26').payHistoryCitation).toBe(
      'San Francisco Parity in Pay Ordinance',
    );
  });

  it('gives a ready recommendation sentence naming the California law', () => {
    expect(lookupJurisdiction('US-CA', NOW).payHistoryNote).toBe(
      'California Labor Code §432.3: employers may not ask about your pay history.',
    );
    expect(lookupJurisdiction('DE', NOW).payHistoryNote).toMatch(/national law/);
    expect(lookupJurisdiction('US-AL', NOW).payHistoryNote).toBeUndefined();
  });

  it('walks US-NY-NYC to US-NY and US, and finds rows at both the city and the state', () => {
    const lookup = lookupJurisdiction('US-NY-NYC', NOW);
    expect(lookup.chain).toEqual(['US-NY-NYC', 'US-NY', 'US']);
    expect(lookup.matchedCodes).toEqual(['US-NY-NYC', 'US-NY']);
    expect(lookup.coverage).toBe('found');
    expect(lookup.payHistoryCitation).toBe('NYC Administrative Code §8-107(25)');
    expect(lookup.rangeInPosting).toBe(true);
  });

  it('falls back from a New York county code to the state law', () => {
    const lookup = lookupJurisdiction('US-NY-ALB', NOW);
    expect(lookup.matchedCodes).toEqual(['US-NY']);
    expect(lookup.payHistoryCitation).toBe('New York Labor Law §194-a');
  });

  it('falls back from a California city without a row to the state law', () => {
    const lookup = lookupJurisdiction('US-CA-LA', NOW);
    expect(lookup.matchedCodes).toEqual(['US-CA']);
    expect(lookup.payHistoryCitation).toBe('California Labor Code §432.3');
  });

  it('keeps the state rows under US-CA-SF', () => {
    const lookup = lookupJurisdiction('US-CA-SF', NOW);
    expect(lookup.matchedCodes).toEqual(['US-CA-SF', 'US-CA']);
    expect(lookup.inForce.map((row) => row.id)).toContain('US-CA/salary-history');
  });

  it('falls back from Germany to the EU directive', () => {
    const lookup = lookupJurisdiction('DE', NOW);
    expect(lookup.chain).toEqual(['DE', 'EU']);
    expect(lookup.coverage).toBe('found');
    expect(lookup.payHistoryCitation).toBe('Directive (EU) 2023/970, Art. 5(2)');
    expect(lookup.throughNationalLaw).toBe(true);
    expect(lookup.message).toMatch(/member state/);
  });

  it('falls back from France to the EU directive', () => {
    expect(lookupJurisdiction('FR', NOW).matchedCodes).toEqual(['EU']);
  });

  it('does not send a non-member like Switzerland to the EU', () => {
    const lookup = lookupJurisdiction('CH', NOW);
    expect(lookup.chain).toEqual(['CH']);
    expect(lookup.coverage).toBe('not-in-table');
  });

  it('reports XX as an unknown country code, not in our table', () => {
    const lookup = lookupJurisdiction('XX', NOW);
    expect(lookup.coverage).toBe('not-in-table');
    expect(lookup.unknownCode).toBe(true);
    expect(lookup.bansPayHistoryQuestion).toBe(false);
    expect(lookup.message).toMatch(/^"XX" is not a country code we know/);
  });

  it('reports a state without a row, like Texas, as not in our table rather than as allowed', () => {
    const lookup = lookupJurisdiction('US-TX', NOW);
    expect(lookup.coverage).toBe('not-in-table');
    expect(lookup.message).toMatch(/does not mean none exists/);
  });

  it('reports "garbage" as not in our table without throwing', () => {
    const lookup = lookupJurisdiction('garbage', NOW);
    expect(lookup.coverage).toBe('not-in-table');
    expect(lookup.chain).toEqual([]);
    expect(lookup.code).toBe('garbage');
  });

  it('reports a missing code as not in our table', () => {
    expect(lookupJurisdiction(undefined, NOW).coverage).toBe('not-in-table');
    expect(lookupJurisdiction('  ', NOW).coverage).toBe('not-in-table');
  });

  it('reads a lower-case code', () => {
    expect(lookupJurisdiction('us-ca', NOW).payHistoryCitation).toBe('California Labor Code §432.3');
  });

  it('holds the EU ban as not yet in force the day before the transposition deadline', () => {
    const lookup = lookupJurisdiction('DE', '2026-06-06T23:00:00+02:00');
    expect(lookup.coverage).toBe('found');
    expect(lookup.inForce).toEqual([]);
    expect(lookup.notYetInForce.map((row) => row.id)).toEqual(['EU/salary-history', 'EU/pay-transparency']);
    expect(lookup.bansPayHistoryQuestion).toBe(false);
    expect(lookup.message).toMatch(
      /Not yet in force: Directive \(EU\) 2023\/970, Art. 5\(2\) from 2026-06-07/,
    );
  });

  it('holds the EU ban in force on the transposition deadline', () => {
    const lookup = lookupJurisdiction('EU', '2026-06-07');
    expect(lookup.bansPayHistoryQuestion).toBe(true);
    expect(lookup.rangeOnRequest).toBe(true);
    expect(lookup.rangeInPosting).toBe(false);
  });

  it('brings the New York ban into force on 2020-01-06, not a day earlier', () => {
    expect(lookupJurisdiction('US-NY', '2020-01-05').bansPayHistoryQuestion).toBe(false);
    expect(lookupJurisdiction('US-NY', '2020-01-06').bansPayHistoryQuestion).toBe(true);
  });

  it('brings New York posting ranges into force on 2023-09-17', () => {
    expect(lookupJurisdiction('US-NY', '2023-09-16').rangeInPosting).toBe(false);
    expect(lookupJurisdiction('US-NY', '2023-09-17').rangeInPosting).toBe(true);
  });

  it('treats Alabama as protecting a refusal without banning the question', () => {
    const lookup = lookupJurisdiction('US-AL', NOW);
    expect(lookup.coverage).toBe('found');
    expect(lookup.bansPayHistoryQuestion).toBe(false);
    expect(lookup.inForce.map((row) => row.kinds)).toEqual([['refusal_protection']]);
  });

  it('splits Oregon: the question ban from 2017-10-06, reliance on past pay from 2019-01-01', () => {
    const lookup = lookupJurisdiction('US-OR', '2018-06-01');
    expect(lookup.bansPayHistoryQuestion).toBe(true);
    expect(lookup.notYetInForce.map((row) => row.id)).toEqual(['US-OR/salary-history-reliance']);
  });

  it('reads a vendor table passed in options', () => {
    const lawTable = [{ ...defaultLawTable[0]!, id: 'XX/test', code: 'XX' }];
    expect(lookupJurisdiction('XX', NOW, { lawTable }).coverage).toBe('found');
    expect(lookupJurisdiction('US-CA', NOW, { lawTable }).coverage).toBe('not-in-table');
  });

  it('throws a message naming the function when now is not an ISO date', () => {
    expect(() => lookupJurisdiction('US-CA', 'yesterday')).toThrow(
      /lookupJurisdiction: expected options\.now/,
    );
  });
});
