import { describe, expect, it } from 'vitest';
import { defaultLawTable, lookupJurisdiction } from '../../src/index.js';
import { lookupInTable } from '../../src/jurisdictions/lookup.js';
import { lookupPayHistoryBan } from '../../src/jurisdictions/lookup-core.js';
import { defaultLawCore } from '../../src/jurisdictions/table-core.js';

// Readiness looks pay-history bans up among the cores of the default table (table-core.ts) so a scorer's bundle
// carries no tips or sources. That is only right while a lookup there says what a lookup of the whole table says.
const codes = [
  ...new Set(defaultLawTable.map((row) => row.code)),
  'US-NY-NYC-X',
  'US-CA-LA',
  'DE',
  'MT',
  'XX',
  'US-ZZ',
  'US',
  '',
  ' us-ca ',
  'not a code',
  undefined,
];
const dates = ['2017-01-01', '2019-06-30', '2024-01-01', '2026-01-01', '2026-12-03', '2030-01-01'];

describe('the cores of the default law table', () => {
  it('give the same lookup as the whole table (rows by id, flags, messages), for every code and date', () => {
    for (const code of codes) {
      for (const date of dates) {
        const { inForce, notYetInForce, payHistoryLawName, ...whole } = lookupJurisdiction(code, date);
        const core = lookupInTable(defaultLawCore, code, date);
        expect({
          ...core,
          inForce: core.inForce.map((row) => row.id),
          notYetInForce: core.notYetInForce.map((row) => row.id),
        }).toEqual({
          ...whole,
          payHistoryLawName: undefined,
          inForce: inForce.map((row) => row.id),
          notYetInForce: notYetInForce.map((row) => row.id),
        });
      }
    }
  });
});

describe('lookupPayHistoryBan', () => {
  it('finds the citation and note lookupJurisdiction finds, for every code and date', () => {
    for (const code of codes) {
      for (const date of dates) {
        const whole = lookupJurisdiction(code, date);
        expect(lookupPayHistoryBan(code, date)).toEqual({
          payHistoryCitation: whole.payHistoryCitation,
          payHistoryNote: whole.payHistoryNote,
        });
      }
    }
  });

  it.each([
    ['US-CA', '2026-12-03', 'California Labor Code §432.3: employers may not ask about your pay history.'],
    ['MT', '2026-12-03', undefined],
    ['US-TX', '2026-12-03', undefined],
    ['US-CA', '2017-12-31', undefined],
  ])('%s on %s: %s', (code, date, note) => {
    expect(lookupPayHistoryBan(code, date).payHistoryNote).toBe(note);
  });

  it('refuses a now without a date, as lookupJurisdiction does', () => {
    expect(() => lookupPayHistoryBan('US-CA', 'yesterday')).toThrow(TypeError);
  });
});
