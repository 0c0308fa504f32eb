import { describe, expect, it } from 'vitest';
import { createPreparer, englishLexicon, extendLexicon } from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// createPreparer({ lexicon }) validates the lexicon with parseLexicon and reads every telling with it
// (issue 21: "lexicon as a preparer option").

const NOW = '2027-03-09T12:00:00-05:00';
const thorough = example('thorough-manager');
const candidacy = {
  ...thorough,
  stories: [
    ...thorough.stories,
    {
      id: 'sabbatical-view',
      title: 'What I want from the role',
      kind: 'role-interest' as const,
      tags: [],
      tellings: [
        { round: 1 as const, text: 'I am really excited about the sabbatical program.' },
        { round: 2 as const, text: 'Honestly I am worried about the sabbatical program.' },
      ],
    },
  ],
};

function stanceFindings(report: {
  consistency: { findings: readonly { attribute: string; kind: string; storyId?: string }[] };
}) {
  return report.consistency.findings
    .filter((finding) => finding.attribute === 'stance.sabbatical')
    .map((finding) => finding.kind);
}

describe('createPreparer({ lexicon })', () => {
  it('a word a vendor adds through extendLexicon makes the report find a claim it did not find before', () => {
    const plain = createPreparer({});
    if (!plain.ok) throw new Error('the empty configuration is rejected');
    expect(stanceFindings(plain.value.prepare(candidacy, { now: NOW }))).toEqual([]);

    const lexicon = extendLexicon(englishLexicon, { stanceTopics: { sabbatical: ['sabbatical program'] } });
    if (!lexicon.ok) throw new Error('the extension is rejected');
    const vendor = createPreparer({ lexicon: lexicon.value });
    if (!vendor.ok) throw new Error(`rejected: ${JSON.stringify(vendor.issues)}`);
    expect(stanceFindings(vendor.value.prepare(candidacy, { now: NOW }))).toEqual(['contradiction']);
  });

  it('the English lexicon as an override gives the same report as the default', () => {
    const plain = createPreparer({});
    const same = createPreparer({ lexicon: englishLexicon });
    if (!plain.ok || !same.ok) throw new Error('rejected');
    expect(same.value.prepare(thorough, { now: NOW }).consistency).toEqual(
      plain.value.prepare(thorough, { now: NOW }).consistency,
    );
  });

  it.each([
    ['a string', 'english', ['lexicon']],
    [
      'a number word that is not a number',
      { ...englishLexicon, numberWords: { eight: 'VIII' } },
      ['lexicon', 'numberWords', 'eight'],
    ],
    ['a missing section', { hedges: ['about'] }, ['lexicon']],
  ] as const)('an invalid lexicon (%s) gives located issues, never a crash', (_name, lexicon, path) => {
    const made = createPreparer({ lexicon });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.issues.length).toBeGreaterThan(0);
    for (const issue of made.issues) expect(issue.path[0]).toBe('lexicon');
    expect(made.issues.map((issue) => issue.path.slice(0, path.length))).toContainEqual(path);
  });
});
