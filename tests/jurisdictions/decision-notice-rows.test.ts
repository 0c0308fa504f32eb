import { describe, expect, it } from 'vitest';
import { defaultLawTable, lookupJurisdiction } from '../../src/index.js';
import { lookupInTable } from '../../src/jurisdictions/lookup.js';
import { decisionNoticeRows } from '../../src/jurisdictions/table-decision-notice.js';

// The timeline looks decision-notice days up among decisionNoticeRows alone (a browser bundle of it then carries
// no law table). That is only right while these rows are exactly the table's rows that set the days, and no
// other row can take one of them out of a lookup.
describe('the decision-notice rows the timeline reads', () => {
  it('are the rows of the default table that set decisionNoticeDays, in the same order', () => {
    const setting = defaultLawTable.filter((row) => row.decisionNoticeDays !== undefined);
    expect(setting.length).toBeGreaterThan(0);
    expect(decisionNoticeRows).toEqual(setting);
  });

  it('are superseded by no row of the table', () => {
    const ids = new Set(decisionNoticeRows.map((row) => row.id));
    const superseding = defaultLawTable.filter((row) => (row.supersedes ?? []).some((id) => ids.has(id)));
    expect(superseding.map((row) => row.id)).toEqual([]);
  });

  it('give the same days and row as a lookup in the whole table, for every code and around the dates in force', () => {
    const codes = [...new Set(defaultLawTable.map((row) => row.code)), 'CA-ON-TOR', 'ca-on', 'CA', 'XX', ''];
    const dates = [
      '2025-12-31',
      ...new Set(decisionNoticeRows.map((row) => row.effectiveDate)),
      '2030-06-01',
    ];
    for (const code of codes) {
      for (const date of dates) {
        const whole = lookupJurisdiction(code, date);
        const small = lookupInTable(decisionNoticeRows, code, date);
        expect([code, date, small.decisionNoticeDays]).toEqual([code, date, whole.decisionNoticeDays]);
        const rowOf = (law: typeof whole) =>
          law.decisionNoticeDays === undefined
            ? undefined
            : law.inForce.find((row) => row.decisionNoticeDays === law.decisionNoticeDays)?.id;
        expect(rowOf(small)).toBe(rowOf(whole));
      }
    }
  });

  it('reach Ontario: 45 days from 2026-01-01, none the day before', () => {
    expect(lookupInTable(decisionNoticeRows, 'CA-ON', '2026-01-01').decisionNoticeDays).toBe(45);
    expect(lookupInTable(decisionNoticeRows, 'CA-ON', '2025-12-31').decisionNoticeDays).toBeUndefined();
  });
});
