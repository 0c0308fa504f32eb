import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compensationBrief, createScorer, parseCandidacy } from '../../src/index.js';
import { de } from '../../src/locales/de/index.js';

/** Owen Park's candidacy (cases/), with the round-one debrief summary, range and jurisdiction swapped per case. */
function candidacy(
  summary: string,
  range?: { min: number; max: number; currency: string },
  jurisdiction?: string,
) {
  const input = JSON.parse(
    readFileSync(new URL('cases/hrbp-peer-hierarchy-pay-stated.json', import.meta.url), 'utf8'),
  );
  input.interviews[0].debrief.summary = summary;
  if (range !== undefined) input.compensation.range = { ...range, basis: 'base' };
  if (jurisdiction !== undefined) input.candidate.jurisdiction = jurisdiction;
  const parsed = parseCandidacy(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

const NOW = '2026-12-05T12:00:00-07:00';
const range = { min: 135000, max: 150000, currency: 'USD' };

function earlier(summary: string, r = range): string | undefined {
  return compensationBrief(candidacy(summary, r), { now: NOW }).warnings.find(
    (w) => w.id === 'earlier-figure',
  )?.text;
}

describe('a pay figure named in an earlier round', () => {
  it.each([
    [
      'below the range',
      'Alicia asked my salary expectations and I said $120,000 base.',
      /\$120,000 in round 1, below the \$135,000/,
    ],
    [
      'inside the range',
      'When asked about pay I said 140k USD.',
      /\$140,000 in round 1, inside your range of \$135,000 to \$150,000/,
    ],
    [
      'above the range',
      'I told her my expectation is $160,000.',
      /\$160,000 in round 1, above the top of your range \(\$150,000\)/,
    ],
  ])('%s', (_name, summary, expected) => {
    expect(earlier(summary)).toMatch(expected);
  });

  it.each([
    [
      'a figure outside any pay sentence',
      'The reorg saved $400,000 a year. We talked about salary bands later.',
    ],
    [
      'a pay sentence without an amount',
      'She asked my salary expectations and I deflected to the full package.',
    ],
    ['a number with no currency', 'My expectations: maybe 3 more rounds of interviews.'],
    ['no debrief figure at all', 'Alicia walked me through the process.'],
    ['money paid to a vendor', 'We paid a vendor $40,000 for the survey tool, based in Denver.'],
  ])('says nothing for %s', (_name, summary) => {
    expect(earlier(summary)).toBeUndefined();
  });

  it('reads German thousands and gives another currency no comparison', () => {
    const text = earlier('Jonas fragte nach meiner Gehaltsvorstellung: 140.000 Euro.', range);
    expect(text).toMatch(/€140,000 as your pay figure in round 1/);
  });

  it('speaks German with the German bundle', () => {
    const brief = compensationBrief(candidacy('I said $120,000 when asked about salary.', range), {
      now: NOW,
      ...de,
    });
    expect(brief.warnings.find((w) => w.id === 'earlier-figure')?.text).toMatch(
      /^Laut Ihren Notizen haben Sie in Runde 1 120\.000\s\$ genannt/,
    );
  });
});

describe('a directive that binds only through national law', () => {
  it('is not stated as a bar already in force when the candidate plans to disclose', () => {
    const c = candidacy('Nothing on pay.', { min: 90000, max: 100000, currency: 'EUR' }, 'DE');
    const disclosing = { ...c, compensation: { ...c.compensation, discloseCurrentSalary: true } };
    const text = compensationBrief(disclosing, { now: NOW }).warnings.find(
      (w) => w.id === 'disclosing-current-salary',
    )?.text;
    expect(text).toMatch(/once your country has written it into national law/);
    expect(text).not.toMatch(/bars the employer/);
  });
});

describe('setup for an in-person round', () => {
  it('counts the contract’s setupTestedAt as the in-person setup when the round has no video part', () => {
    const c = candidacy('Nothing on pay.');
    const round = c.interviews[1]!;
    const inPerson = { ...c, interviews: [c.interviews[0]!, { ...round, medium: 'in-person' as const }] };
    const now = '2026-12-08T07:00:00-07:00';
    const item = createScorer()
      .score(inPerson, now)
      .items.find((i) => i.ruleId === 'setup.tested');
    expect(item?.status).toBe('passed');
  });
});
