import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lookupJurisdiction } from '../../src/index.js';

const plainDate = fc
  .date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const code = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[A-Z]{2}(?:-[A-Z0-9]{1,3}){0,2}$/),
  fc.constantFrom('US-CA', 'US-NY-NYC', 'DE', 'EU', 'US-OR', undefined),
);

describe('lookupJurisdiction properties', () => {
  it('never throws on any code', () => {
    fc.assert(
      fc.property(code, plainDate, (value, now) => {
        lookupJurisdiction(value, now);
      }),
    );
  });

  it('sorts every row by its effective date against now', () => {
    fc.assert(
      fc.property(code, plainDate, (value, now) => {
        const lookup = lookupJurisdiction(value, now);
        for (const row of lookup.inForce) expect(row.effectiveDate <= now).toBe(true);
        for (const row of lookup.notYetInForce) expect(row.effectiveDate > now).toBe(true);
      }),
    );
  });

  it('only bans the pay-history question when an inquiry ban is in force', () => {
    fc.assert(
      fc.property(code, plainDate, (value, now) => {
        const lookup = lookupJurisdiction(value, now);
        const hasBan = lookup.inForce.some((row) => row.kinds.includes('inquiry_ban'));
        expect(lookup.bansPayHistoryQuestion).toBe(hasBan);
        expect(lookup.payHistoryCitation !== undefined).toBe(hasBan);
      }),
    );
  });

  it('reports found exactly when the chain reaches a row', () => {
    fc.assert(
      fc.property(code, plainDate, (value, now) => {
        const lookup = lookupJurisdiction(value, now);
        const rows = lookup.inForce.length + lookup.notYetInForce.length;
        expect(lookup.coverage === 'found').toBe(rows > 0);
      }),
    );
  });
});
