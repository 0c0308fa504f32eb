import { describe, expect, it } from 'vitest';
import { defaultLawTable, lookupJurisdiction } from '../../src/index.js';
import { lookupLawCore } from '../../src/jurisdictions/lookup-core.js';

// Readiness looks pay-history bans up among the cores of the default table (table-core.ts) so a scorer's bundle
// carries no tips or sources. That is only right while a lookup there says what a lookup of the whole table says.
describe('lookupLawCore', () => {
  const codes = [
    ...new Set(defaultLawTable.map((row) => row.code)),
    'US-NY-NYC-X',
    'DE',
    'MT',
    'XX',
    'US',
    '',
    'us-ca',
  ];
  const dates = ['2017-01-01', '2019-06-30', '2024-01-01', '2026-01-01', '2026-12-03', '2030-01-01'];

  it('finds the same rows, flags, citation and note as lookupJurisdiction, for every code and date', () => {
    for (const code of codes) {
      for (const date of dates) {
        const whole = lookupJurisdiction(code, date);
        const core = lookupLawCore(code, date);
        const { inForce, notYetInForce, payHistoryLawName, ...flags } = whole;
        expect({
          ...core,
          inForce: core.inForce.map((row) => row.id),
          notYetInForce: core.notYetInForce.map((row) => row.id),
        }).toEqual({
          ...flags,
          payHistoryLawName: undefined,
          inForce: inForce.map((row) => row.id),
          notYetInForce: notYetInForce.map((row) => row.id),
        });
      }
    }
  });

  it('reports California’s ban in force on 2026-12-03', () => {
    expect(lookupLawCore('US-CA', '2026-12-03').payHistoryNote).toBe(
      'California Labor Code §432.3: employers may not ask about your pay history.',
    );
  });
});
