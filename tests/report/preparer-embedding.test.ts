import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createPreparer,
  defaultAudienceProfiles,
  defaultLawTable,
  formatPath,
  type PreparerConfig,
  prepareSync,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// docs/embedding.md shows a vendor's question bank, peer profile and law row: this test reads the JSON
// block the page shows and composes the configuration the way the page does, so the page cannot drift.

const page = readFileSync('docs/embedding.md', 'utf8');
const block = /<!-- acme-data\.json -->\s*```json\n([\s\S]*?)\n```/.exec(page)?.[1];
const acme = JSON.parse(block ?? 'null') as { questionBank: unknown[]; peerProfile: unknown };

const ACME_TIP = 'In New York City, you do not have to say what you earn now. Say what you expect instead.';
const config: PreparerConfig = {
  questionBank: acme.questionBank,
  profiles: { ...defaultAudienceProfiles, peer: acme.peerProfile },
  laws: defaultLawTable.map((row) =>
    row.id === 'US-NY-NYC/salary-history'
      ? {
          ...row,
          candidateTip: ACME_TIP,
          lastReviewed: '2027-01-15',
          sources: [...row.sources, 'acme-legal-review-2027-01'],
        }
      : row,
  ),
  cache: { consistency: true, maxEntries: 1_000 },
};
const NOW = '2027-03-09T12:00:00-05:00';
const thorough = example('thorough-manager');

describe("docs/embedding.md: a vendor's own data sets", () => {
  const made = createPreparer(config);
  if (!made.ok) throw new Error('the documented configuration is rejected');
  const preparer = made.value;

  it('a candidate with no questions of their own gets the vendor bank, company filled in', () => {
    const plan = preparer.prepare({ ...thorough, questions: [] }, { now: NOW }).questions;
    expect(new Set(plan.planned.map((pick) => pick.source))).toEqual(new Set(['acme-bank']));
    expect(plan.planned.map((pick) => pick.text)).toContain(
      'Which bet is Tallyworks making this year that the team is most nervous about?',
    );
  });

  it("the peer's brief uses the vendor profile; the others keep the defaults", () => {
    const briefs = preparer.prepare(thorough, { now: NOW }).briefs;
    const peer = briefs.find((brief) => brief.audience === 'peer')!;
    const manager = briefs.find((brief) => brief.audience === 'hiring-manager')!;
    expect(peer.caresAbout).toEqual([
      'Whether you review code the way the team does',
      'Whether you share the on-call load',
    ]);
    expect(manager.caresAbout).toEqual(defaultAudienceProfiles['hiring-manager'].caresAbout);
  });

  it("the pay brief carries the vendor's wording of the New York City row", () => {
    const lineOf = (lines: readonly { id: string; text: string }[]) =>
      lines.find((line) => line.id === 'law:US-NY-NYC/salary-history')?.text;
    expect(lineOf(preparer.prepare(thorough, { now: NOW }).compensation.legal.lines)).toBe(
      `NYC Administrative Code §8-107(25) (New York City salary-history law (Local Law 67 of 2017)), in force since 2017-10-31. ${ACME_TIP}`,
    );
    expect(lineOf(prepareSync(thorough, { now: NOW }).compensation.legal.lines)).not.toContain(ACME_TIP);
  });

  it('a typo in the vendor data comes back located, not as a crash later', () => {
    const broken = structuredClone(acme) as { questionBank: { audiences: string[] }[] };
    broken.questionBank[1]!.audiences[0] = 'peers';
    const rejected = createPreparer({ ...config, questionBank: broken.questionBank });
    expect(rejected.ok ? [] : rejected.issues.map((issue) => formatPath(issue.path))).toEqual([
      'questionBank[1].audiences[0]',
    ]);
  });
});
