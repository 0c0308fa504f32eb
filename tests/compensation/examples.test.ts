import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Candidacy, compensationBrief, parseCandidacy } from '../../src/index.js';

function loadExample(name: string): Candidacy {
  const parsed = parseCandidacy(
    JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8')),
  );
  if (!parsed.ok) throw new Error(`examples/${name}.json does not parse`);
  return parsed.value;
}

describe('compensationBrief on the bundled examples', () => {
  it('gives the New York City candidate the NYC law, her range and her listed competing offer', () => {
    const brief = compensationBrief(loadExample('thorough-manager'), { now: '2027-03-09T12:00:00-05:00' });
    expect(brief.currentSalary.text).toContain('NYC Administrative Code §8-107(25)');
    expect(brief.script[0]?.text).toContain('$215,000 to $245,000');
    expect(brief.script[2]?.text).toContain('$245,000');
    expect(brief.warnings).toEqual([]);
    expect(brief.competingOffer.text).toContain('Brightwater Health (expected by 2027-03-22)');
    expect(brief.offerComparison).toBeUndefined();
  });

  it('gives the California candidate §432.3 and no competing offer to mention', () => {
    const brief = compensationBrief(loadExample('contradicting-stories'), {
      now: '2027-02-02T12:00:00-08:00',
    });
    expect(brief.currentSalary.text).toContain('California Labor Code §432.3');
    expect(brief.relocation.text).toMatch(/will not relocate/);
    expect(brief.competingOffer.text).toMatch(/do not hint at one/);
  });

  it('warns the German candidate about a single unresearched number and disclosure; a 12-week notice is usual in Germany', () => {
    const brief = compensationBrief(loadExample('verbatim-reuser'), { now: '2027-03-22T12:00:00+01:00' });
    expect(brief.warnings.map((part) => part.id)).toEqual([
      'range-single-number',
      'range-not-researched',
      'disclosing-current-salary',
    ]);
    expect(brief.currentSalary.text).toContain('Directive (EU) 2023/970');
    expect(brief.startDate.text).toBe(
      'In Germany a notice period of four weeks to three months is usual, so your 12 weeks will not surprise them. Still say it now, in round two, so the start date is settled before an offer.',
    );
  });
});
