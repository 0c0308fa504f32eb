import { describe, expect, it } from 'vitest';
import {
  checkConsistency,
  compareClaims,
  defaultTolerances,
  defaultWithinRoundAttributes,
  englishLexicon,
  extractClaims,
} from '../../src/index.js';
import { candidacyWith, storyOf } from './fixtures.js';

const candidacy = candidacyWith([]);

describe('checkConsistency', () => {
  it('repeats its documented example', () => {
    const story = {
      id: 's1',
      title: 'Rebuild',
      kind: 'project' as const,
      tags: [],
      tellings: [
        { round: 1, text: 'The rebuild took 14 months.' },
        { round: 2, text: 'The rebuild took 18 months.' },
      ],
    };
    expect(checkConsistency({ ...candidacy, stories: [story] }).consistent).toBe(false);
  });

  it('flags a title change from lead to member as a contradiction', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'I led the rebuild.', 'As a member of the rebuild team I shipped it.')]),
    );
    expect(report.findings).toMatchObject([{ storyId: 's1', attribute: 'role', kind: 'contradiction' }]);
  });

  it('explains a contradiction with both values, the gap and the tolerance', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'The rebuild took 14 months.', 'The rebuild took 18 months.')]),
    );
    expect(report.findings[0]?.why).toBe(
      '14 months vs 18 months: 4 months apart, beyond the 2.7-month tolerance',
    );
  });

  it('carries both source spans as offsets into each telling', () => {
    const one = 'In short, the rebuild took 14 months.';
    const two = 'The rebuild took 18 months.';
    const finding = checkConsistency(candidacyWith([storyOf('s1', one, two)])).findings[0]!;
    expect(one.slice(finding.roundOne.source.start, finding.roundOne.source.end)).toBe('14 months');
    expect(two.slice(finding.roundTwo.source.start, finding.roundTwo.source.end)).toBe('18 months');
    expect(finding.roundOne.source.round).toBe(1);
    expect(finding.roundTwo.source.round).toBe(2);
    expect(finding.source).toBe('seed#consistency');
  });

  it('puts claims told in one round only into unverified, never into findings', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'I had a team of 8.', 'We shipped on time.')]),
    );
    expect(report.findings).toEqual([]);
    expect(report.unverified.map((claim) => claim.attribute)).toEqual(['count.team']);
    expect(report.consistent).toBe(true);
  });

  it('sends two different values of the same attribute in one telling to unverified', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf('s1', 'Phase one took 3 months and phase two took 9 months.', 'It took 20 months.'),
      ]),
    );
    expect(report.findings).toEqual([]);
  });

  it('reads structured facts before the free text', () => {
    const story = {
      id: 's1',
      title: 'Rebuild',
      kind: 'project',
      tags: [],
      tellings: [
        {
          round: 1,
          text: 'A long rebuild.',
          facts: [{ subject: 'rebuild duration', kind: 'duration', value: 14, unit: 'months' }],
        },
        {
          round: 2,
          text: 'The rebuild took 18 months.',
          facts: [{ subject: 'rebuild duration', kind: 'duration', value: 1.5, unit: 'years' }],
        },
      ],
    };
    const report = checkConsistency(candidacyWith([story]));
    expect(report.findings).toMatchObject([{ attribute: 'duration', kind: 'contradiction' }]);
    expect(report.findings[0]?.roundOne.source.factIndex).toBe(0);
  });

  it('accepts a structured fact marked as a correction', () => {
    const story = {
      id: 's1',
      title: 'Team',
      kind: 'project',
      tags: [],
      tellings: [
        { round: 1, text: 'x', facts: [{ subject: 'team size', kind: 'count', value: 8 }] },
        { round: 2, text: 'y', facts: [{ subject: 'team size', kind: 'count', value: 12, corrects: true }] },
      ],
    };
    expect(checkConsistency(candidacyWith([story])).findings).toMatchObject([
      { attribute: 'count.team', kind: 'correction' },
    ]);
  });

  it('compares stance facts across rounds', () => {
    const story = {
      id: 's1',
      title: 'Why this role',
      kind: 'role-interest',
      tags: [],
      tellings: [
        {
          round: 1,
          text: 'a',
          facts: [{ subject: 'platform team', kind: 'stance', value: 'excited about the scope' }],
        },
        {
          round: 2,
          text: 'b',
          facts: [{ subject: 'platform team', kind: 'stance', value: 'worried about the scope' }],
        },
      ],
    };
    expect(checkConsistency(candidacyWith([story])).findings).toMatchObject([
      { attribute: 'stance.platform-team', kind: 'contradiction' },
    ]);
  });

  it('flags a team size told differently in two stories of one round as a variation to check, not a contradiction', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf('a', 'I led a team of 8 engineers.', 'I led a team of 8 engineers.'),
        storyOf(
          'b',
          'My team of 15 shipped the billing revamp.',
          'My team of 15 shipped the billing revamp.',
        ),
      ]),
    );
    const within = report.findings.filter((finding) => finding.scope === 'within-round');
    expect(within).toHaveLength(2);
    expect(within[0]).toMatchObject({
      storyId: 'a',
      otherStoryId: 'b',
      attribute: 'count.team',
      kind: 'variation',
    });
    expect(within[0]?.flags).toContain('subject_unconfirmed');
    expect(within[0]?.why).toContain('may describe different teams');
    expect(report.consistent).toBe(true);
  });

  it('calls it a contradiction when two stories of one round name the same subject in structured facts', () => {
    const teamFact = (value: number) => [
      { subject: 'payments team size', kind: 'count' as const, value, unit: 'people' },
    ];
    const report = checkConsistency(
      candidacyWith([
        storyOf('a', 'Payments.', 'Payments.', {
          tellings: [
            { round: 1, text: 'Payments.' },
            { round: 2, text: 'Payments.', facts: teamFact(8) },
          ],
        }),
        storyOf('b', 'Ledger.', 'Ledger.', {
          tellings: [
            { round: 1, text: 'Ledger.' },
            { round: 2, text: 'Ledger.', facts: teamFact(15) },
          ],
        }),
      ]),
    );
    const within = report.findings.filter((finding) => finding.scope === 'within-round');
    expect(within.map((finding) => finding.kind)).toEqual(['contradiction']);
  });

  it('does not compare structured facts of one round that name different subjects', () => {
    const fact = (subject: string, value: number) => [
      { subject, kind: 'count' as const, value, unit: 'people' },
    ];
    const report = checkConsistency(
      candidacyWith([
        storyOf('a', 'Leads.', 'Leads.', {
          tellings: [
            { round: 1, text: 'Leads.' },
            { round: 2, text: 'Leads.', facts: fact('engineers grown into tech leads', 2) },
          ],
        }),
        storyOf('b', 'Team.', 'Team.', {
          tellings: [
            { round: 1, text: 'Team.' },
            { round: 2, text: 'Team.', facts: fact('payments team size', 11) },
          ],
        }),
      ]),
    );
    expect(report.findings.filter((finding) => finding.scope === 'within-round')).toEqual([]);
  });

  it('can switch the within-round comparison off', () => {
    const report = checkConsistency(
      candidacyWith([
        storyOf('a', 'A team of 8.', 'A team of 8.'),
        storyOf('b', 'A team of 15.', 'A team of 15.'),
      ]),
      { withinRoundAttributes: [] },
    );
    expect(report.findings.every((finding) => finding.kind === 'consistent')).toBe(true);
  });

  it('applies tolerance overrides', () => {
    const stories = [storyOf('s1', 'The rebuild took 14 months.', 'The rebuild took 18 months.')];
    const report = checkConsistency(candidacyWith(stories), {
      tolerance: { duration: { variationAbsolute: 6 } },
    });
    expect(report.findings[0]?.kind).toBe('variation');
  });

  it('lets a vendor add a subject word through the lexicon', () => {
    const lexicon = {
      ...englishLexicon,
      subjects: {
        ...englishLexicon.subjects,
        percentage: {
          ...englishLexicon.subjects.percentage,
          revenue: [...(englishLexicon.subjects.percentage.revenue ?? []), 'topline'],
        },
      },
    };
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'Topline grew 30%.', 'Revenue grew 30%.')]),
      { lexicon },
    );
    expect(report.findings).toMatchObject([{ attribute: 'percentage.revenue', kind: 'consistent' }]);
  });

  it('flags a currency mismatch instead of converting', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'I closed a £400k deal.', 'I closed a $400k deal.')]),
    );
    expect(report.findings[0]).toMatchObject({ kind: 'variation', flags: ['currency_mismatch'] });
  });

  it('throws a message naming the function when given something else than a candidacy', () => {
    expect(() => checkConsistency(null as never)).toThrow(
      /checkConsistency: expected a candidacy from parseCandidacy/,
    );
  });
});

describe('extractClaims', () => {
  it('repeats its documented example', () => {
    expect(extractClaims('The rebuild took a year and a half.').map((claim) => claim.low)).toEqual([18]);
  });

  it('tags claims with the round and story given', () => {
    expect(extractClaims('A team of 8.', { round: 2, storyId: 's9' })[0]).toMatchObject({
      storyId: 's9',
      source: { round: 2 },
    });
  });

  it('never reads the clock or throws on empty text', () => {
    expect(extractClaims('')).toEqual([]);
  });
});

describe('compareClaims', () => {
  it('repeats its documented example', () => {
    const one = extractClaims('The rebuild took 14 months.', { round: 1 });
    const two = extractClaims('The rebuild took 18 months.', { round: 2 });
    expect(compareClaims(one, two).findings[0]?.kind).toBe('contradiction');
  });

  it('throws a message naming the function on misuse', () => {
    expect(() => compareClaims('a' as never, [])).toThrow(/compareClaims: expected two arrays/);
  });
});

describe('defaultTolerances', () => {
  it('repeats its documented example', () => {
    expect(defaultTolerances.duration.variationAbsolute).toBe(2);
  });
});

describe('englishLexicon', () => {
  it('repeats its documented example', () => {
    expect(englishLexicon.titleLevels['tech lead']).toBe(3);
  });
});

describe('defaultWithinRoundAttributes', () => {
  it('repeats its documented example', () => {
    expect(defaultWithinRoundAttributes.includes('count.team')).toBe(true);
  });
});

describe('quotes', () => {
  it('quotes the one sentence holding a structured fact, not the whole telling', () => {
    const duration = (value: number) => [
      { subject: 'rebuild duration', kind: 'duration' as const, value, unit: 'months' },
    ];
    const report = checkConsistency(
      candidacyWith([
        storyOf('s', 'x', 'y', {
          tellings: [
            {
              round: 1,
              text: 'We rebuilt checkout. It took 14 months. Conversion rose.',
              facts: duration(14),
            },
            {
              round: 2,
              text: 'We rebuilt checkout. It took 18 months. Conversion rose.',
              facts: duration(18),
            },
          ],
        }),
      ]),
    );
    const finding = report.findings.find((item) => item.kind === 'contradiction');
    expect(finding?.roundOne.source.sentence).toBe('It took 14 months.');
    expect(finding?.roundTwo.source.sentence).toBe('It took 18 months.');
  });
});
