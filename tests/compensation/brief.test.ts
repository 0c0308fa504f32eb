import { describe, expect, it } from 'vitest';
import { compensationBrief, defaultLawTable } from '../../src/index.js';
import { californiaRange, makeCandidacy } from './fixtures.js';

const NOW = '2026-11-26';

describe('compensationBrief', () => {
  it('names the top of a US-CA candidate range 180000–210000 USD in the third script line', () => {
    const candidacy = makeCandidacy({ jurisdiction: 'US-CA', compensation: californiaRange });
    const brief = compensationBrief(candidacy, { now: '2026-11-26' });
    expect(brief.script[2]?.text.includes('$210,000')).toBe(true);
  });

  it('anchors on the researched range, deflects once to the full package, then gives the top', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-CA', compensation: californiaRange }), {
      now: NOW,
    });
    expect(brief.script.map((part) => part.id)).toEqual(['range-anchor', 'deflect-once', 'top-of-range']);
    expect(brief.script[0]?.text).toContain('$180,000 to $210,000 in total compensation');
    expect(brief.script[1]?.text).toMatch(/base, bonus, equity and benefits/);
    expect(brief.warnings).toEqual([]);
    for (const part of brief.script) expect(part.source).toBe('seed#compensation');
  });

  it('formats euros and says base salary for a base range', () => {
    const brief = compensationBrief(
      makeCandidacy({
        jurisdiction: 'DE',
        compensation: {
          range: { min: 90_000, max: 105_000, currency: 'EUR', basis: 'base' },
          researched: true,
        },
      }),
      { now: NOW },
    );
    expect(brief.script[0]?.text).toContain('€90,000 to €105,000 in base salary');
  });

  it('names California Labor Code §432.3 in the current-salary line for US-CA', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-CA', compensation: californiaRange }), {
      now: NOW,
    });
    expect(brief.currentSalary.text).toContain('California Labor Code §432.3');
    expect(brief.currentSalary.text).toMatch(/may decline/);
    expect(brief.legal.lines.map((part) => part.id)).toContain('law:US-CA/salary-history');
    expect(brief.legal.lines.map((part) => part.id)).toContain('law:anchor-on-posting');
  });

  it('names the NYC law for US-NY-NYC, and lists the state law as well', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-NY-NYC' }), { now: NOW });
    expect(brief.currentSalary.text).toContain('NYC Administrative Code §8-107(25)');
    expect(brief.currentSalary.text).toContain('Local Law 67 of 2017');
    const text = brief.legal.lines.map((part) => part.text).join('\n');
    expect(text).toContain('New York Labor Law §194-a');
  });

  it('points a German candidate to the EU directive and its reach through national law', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'DE' }), { now: NOW });
    expect(brief.currentSalary.text).toContain('Directive (EU) 2023/970');
    expect(brief.currentSalary.text).toMatch(/written the directive into national law/);
    const national = brief.legal.lines.find((part) => part.id === 'law:national-law');
    expect(national?.text).toMatch(/national law/);
  });

  it('tells a German candidate before the transposition deadline that the directive is not yet in force', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'DE' }), { now: '2026-03-01' });
    expect(brief.legal.jurisdiction.bansPayHistoryQuestion).toBe(false);
    expect(brief.legal.lines.find((part) => part.id === 'law:EU/salary-history')?.text).toMatch(
      /not yet in force: it takes effect on 2026-06-07/,
    );
    expect(brief.currentSalary.text).not.toContain('2023/970');
  });

  it('gives an honest not-in-our-table note for a jurisdiction we do not cover', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'JP' }), { now: NOW });
    expect(brief.legal.jurisdiction.coverage).toBe('not-in-table');
    expect(brief.legal.lines).toHaveLength(1);
    expect(brief.legal.lines[0]?.text).toMatch(/JP is not in our table/);
    expect(brief.currentSalary.text).toMatch(/explicitly required/);
  });

  it('gives the not-in-our-table note when no jurisdiction is given', () => {
    const brief = compensationBrief(makeCandidacy({}), { now: NOW });
    expect(brief.legal.lines[0]?.text).toMatch(/Your jurisdiction is not in our table/);
  });

  it('says the legal part is information, not legal advice', () => {
    for (const jurisdiction of ['US-CA', 'JP']) {
      const brief = compensationBrief(makeCandidacy({ jurisdiction }), { now: NOW });
      expect(brief.legal.disclaimer.text).toMatch(/not legal advice/);
      expect(brief.legal.disclaimer.text).toMatch(/last reviewed 2026-(11-26|12-03)/);
    }
  });

  it('tells an Alabama candidate the question is allowed but declining is protected', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-AL' }), { now: NOW });
    expect(brief.currentSalary.text).toMatch(/question is allowed here/);
    expect(brief.currentSalary.text).toContain('Clarke-Figures');
  });

  it('warns when the range is a single number', () => {
    const brief = compensationBrief(
      makeCandidacy({
        compensation: {
          range: { min: 150_000, max: 150_000, currency: 'USD', basis: 'total' },
          researched: true,
        },
      }),
      { now: NOW },
    );
    expect(brief.warnings.map((part) => part.id)).toEqual(['range-single-number']);
    expect(brief.script[0]?.text).toContain('targeting $150,000');
  });

  it('warns when the range is missing and keeps a script without figures', () => {
    const brief = compensationBrief(makeCandidacy({}), { now: NOW });
    expect(brief.warnings.map((part) => part.id)).toEqual(['range-missing']);
    expect(brief.script).toHaveLength(3);
    expect(brief.script.map((part) => part.text).join(' ')).not.toMatch(/\$/);
  });

  it('warns when the range is not marked as researched', () => {
    const brief = compensationBrief(
      makeCandidacy({
        compensation: { range: { min: 100_000, max: 110_000, currency: 'USD', basis: 'base' } },
      }),
      { now: NOW },
    );
    expect(brief.warnings.map((part) => part.id)).toEqual(['range-not-researched']);
  });

  it('warns when the bottom of the range is under the walk-away number', () => {
    const brief = compensationBrief(
      makeCandidacy({ compensation: { ...californiaRange, walkAway: 190_000 } }),
      {
        now: NOW,
      },
    );
    expect(brief.warnings.map((part) => part.id)).toEqual(['range-below-walk-away']);
  });

  it('warns a candidate who plans to disclose current pay, naming the law that bars the question', () => {
    const brief = compensationBrief(
      makeCandidacy({
        jurisdiction: 'US-NY',
        compensation: { ...californiaRange, discloseCurrentSalary: true },
      }),
      { now: NOW },
    );
    const warning = brief.warnings.find((part) => part.id === 'disclosing-current-salary');
    expect(warning?.text).toContain('New York Labor Law §194-a');
  });

  it('says to raise a notice period longer than 4 weeks now', () => {
    const brief = compensationBrief(
      makeCandidacy({ compensation: { noticePeriodWeeks: 8, earliestStart: '2027-02-01' } }),
      { now: NOW },
    );
    expect(brief.startDate.text).toMatch(/8 weeks, longer than the usual two to four/);
    expect(brief.startDate.text).toMatch(/now, in round two/);
    expect(brief.startDate.text).toContain('2027-02-01');
  });

  it('says a notice of 4 weeks fits the usual start', () => {
    const brief = compensationBrief(makeCandidacy({ compensation: { noticePeriodWeeks: 4 } }), { now: NOW });
    expect(brief.startDate.text).toMatch(/4 weeks of notice fits/);
  });

  it('keeps relocation open in principle without committing', () => {
    const brief = compensationBrief(makeCandidacy({ compensation: { relocation: 'open-in-principle' } }), {
      now: NOW,
    });
    expect(brief.relocation.text).toMatch(/open to it in principle/);
    expect(brief.relocation.text).toMatch(/before committing/);
  });

  it('states the work-mode preference', () => {
    const brief = compensationBrief(makeCandidacy({ compensation: { workMode: 'hybrid' } }), { now: NOW });
    expect(brief.workMode.text).toContain('hybrid');
  });

  it('has no offer comparison and says not to invent an offer when none is listed', () => {
    const brief = compensationBrief(makeCandidacy({}), { now: NOW });
    expect(brief.offerComparison).toBeUndefined();
    expect(brief.competingOffer.text).toMatch(/do not hint at one/);
    expect(brief.competingOffer.source).toBe('seed#after');
  });

  it('compares only the listed offers with packages, the target company included', () => {
    const brief = compensationBrief(
      makeCandidacy({
        pipeline: {
          otherProcesses: [],
          offers: [
            { company: 'Globex', status: 'expected', expectedBy: '2026-12-10' },
            {
              company: 'Initech',
              status: 'received',
              deadline: '2026-12-12T17:00:00-08:00',
              package: { base: 170_000, bonus: 20_000, currency: 'USD' },
            },
            {
              company: 'acme ',
              status: 'expected',
              package: { base: 185_000, equity: 40_000, benefits: 'Health, 401k match', currency: 'USD' },
            },
          ],
        },
      }),
      { now: NOW },
    );
    const rows = brief.offerComparison?.rows ?? [];
    expect(rows.map((row) => [row.company, row.competing])).toEqual([
      ['Initech', true],
      ['acme ', false],
    ]);
    expect(rows[0]?.display).toEqual({
      base: '$170,000',
      bonus: '$20,000',
      equity: 'not stated',
      benefits: 'not stated',
    });
    expect(rows[1]?.display.benefits).toBe('Health, 401k match');
    expect(brief.offerComparison?.sameCurrency).toBe(true);
    expect(brief.offerComparison?.note.source).toBe('seed#after');
  });

  it('surfaces a competing offer with its date', () => {
    const brief = compensationBrief(
      makeCandidacy({
        pipeline: {
          otherProcesses: [],
          offers: [{ company: 'Globex', status: 'expected', expectedBy: '2026-12-10' }],
        },
      }),
      { now: NOW },
    );
    expect(brief.competingOffer.text).toContain('Globex (expected by 2026-12-10)');
    expect(brief.competingOffer.text).toMatch(/offer due by 2026-12-10/);
    expect(brief.offerComparison).toBeUndefined();
  });

  it('does not count the target company, or a declined offer, as a competing offer', () => {
    const brief = compensationBrief(
      makeCandidacy({
        pipeline: {
          otherProcesses: [],
          offers: [
            { company: 'Acme', status: 'expected', expectedBy: '2026-12-10' },
            { company: 'Globex', status: 'declined' },
          ],
        },
      }),
      { now: NOW },
    );
    expect(brief.competingOffer.text).toMatch(/do not hint at one/);
  });

  it('notes when offers are in different currencies instead of converting them', () => {
    const brief = compensationBrief(
      makeCandidacy({
        pipeline: {
          otherProcesses: [],
          offers: [
            { company: 'Globex', status: 'received', package: { base: 100_000, currency: 'EUR' } },
            { company: 'Acme', status: 'expected', package: { base: 120_000, currency: 'USD' } },
          ],
        },
      }),
      { now: NOW },
    );
    expect(brief.offerComparison?.sameCurrency).toBe(false);
    expect(brief.offerComparison?.rows[0]?.display.base).toBe('€100,000');
    expect(brief.offerComparison?.note.text).toMatch(/not converted/);
  });

  it('uses a law table passed in options', () => {
    const lawTable = defaultLawTable.filter((row) => row.code !== 'US-CA');
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-CA' }), { now: NOW, lawTable });
    expect(brief.legal.jurisdiction.coverage).toBe('not-in-table');
  });

  it('cites a guide section on every part', () => {
    const brief = compensationBrief(makeCandidacy({ jurisdiction: 'US-CA', compensation: californiaRange }), {
      now: NOW,
    });
    const parts = [
      ...brief.script,
      ...brief.legal.lines,
      brief.legal.disclaimer,
      brief.currentSalary,
      brief.startDate,
      brief.relocation,
      brief.workMode,
      brief.competingOffer,
    ];
    for (const part of parts) expect(['seed#compensation', 'seed#after']).toContain(part.source);
  });

  it('throws a message naming the function when now is not an ISO date', () => {
    expect(() => compensationBrief(makeCandidacy({}), { now: 'soon' })).toThrow(
      /compensationBrief: expected options\.now/,
    );
  });
});
