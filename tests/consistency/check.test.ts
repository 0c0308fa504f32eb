import { describe, expect, it } from 'vitest';
import {
  type Claim,
  type ClaimType,
  checkConsistency,
  compareClaims,
  defaultTolerances,
  defaultWithinRoundAttributes,
  englishLexicon,
  extractClaims,
  type Story,
} from '../../src/index.js';
import { claimOf, monthIndex } from './check-fixtures.js';
import { candidacyWith, storyOf } from './fixtures.js';

// checkConsistency, compareClaims and extractClaims end to end, with their options and misuse (merged from check
// and check-options, issue 15 item 6).

const empty = candidacyWith([]);

/** The English lexicon with 'topline' added as a revenue word, as a vendor would extend it. */
const toplineLexicon = {
  ...englishLexicon,
  subjects: {
    ...englishLexicon.subjects,
    percentage: {
      ...englishLexicon.subjects.percentage,
      revenue: [...(englishLexicon.subjects.percentage.revenue ?? []), 'topline'],
    },
  },
};
const candidacy = empty;

function storyWith(id: string, tellings: Story['tellings']): Story {
  return { id, title: `Story ${id}`, kind: 'project', tags: [], tellings };
}

function dated(attribute: 'date.start' | 'date.end', low: number, extra: Partial<Claim> = {}): Claim {
  return claimOf({ type: 'date', part: attribute === 'date.start' ? 'start' : 'end', low, ...extra });
}

const take = (type: ClaimType, low: number, extra: Partial<Claim> = {}) => claimOf({ type, low, ...extra });

describe('checkConsistency: misuse', () => {
  it.each([
    [null, 'null'],
    [undefined, 'nothing'],
    ['text', '"text"'],
    [{}, 'an object without candidate.targetRole'],
    [{ stories: 'none' }, 'an object without candidate.targetRole'],
  ])('names the function, the value and the fix when given %s', (value, shown) => {
    expect(() => checkConsistency(value as never)).toThrow(
      new TypeError(
        `checkConsistency: expected a candidacy from parseCandidacy, found ${shown}: parse the input with parseCandidacy first`,
      ),
    );
  });

  it('names both values when compareClaims is given something else than two arrays', () => {
    expect(() => compareClaims([], 'b' as never)).toThrow(
      new TypeError(
        'compareClaims: expected two arrays of claims, got an array of 0 and "b"; build them with extractClaims',
      ),
    );
    expect(() => compareClaims(undefined as never, [])).toThrow(/got nothing and an array of 0/);
  });

  it.each([
    ['lenient', '"lenient"'],
    [5, '5'],
    [null, 'null'],
    [[], 'an array of 0'],
  ])('names the function and the fix when the options are %s, not an object', (options, shown) => {
    const message = `expected options as an object, found ${shown}: pass e.g. { tolerance: { duration: { variationAbsolute: 3 } } }, or nothing`;
    expect(() => checkConsistency(empty, options as never)).toThrow(
      new TypeError(`checkConsistency: ${message}`),
    );
    expect(() => extractClaims('It took 14 months.', options as never)).toThrow(
      new TypeError(`extractClaims: ${message}`),
    );
  });

  it('names the value when extractClaims is given something else than text', () => {
    expect(() => extractClaims(5 as never)).toThrow(
      new TypeError('extractClaims: expected the text of a telling, got 5; pass a string'),
    );
  });
});

describe('extractClaims: options', () => {
  it('reads with a caller lexicon', () => {
    const lexicon = toplineLexicon;
    expect(extractClaims('Topline grew 30%.', { lexicon }).map((claim) => claim.attribute)).toEqual([
      'percentage.revenue',
    ]);
    expect(extractClaims('Topline grew 30%.').map((claim) => claim.attribute)).not.toContain(
      'percentage.revenue',
    );
  });
});

describe('compareClaims: findings', () => {
  it('builds an across-rounds finding with both claims, the reason and the guide section', () => {
    const one = take('count', 8, { subject: 'team', storyId: 's1' });
    const two = take('count', 12, { subject: 'team', storyId: 's1' });
    expect(compareClaims([one], [two])).toEqual({
      findings: [
        {
          storyId: 's1',
          scope: 'across-rounds',
          attribute: 'count.team',
          kind: 'contradiction',
          roundOne: one,
          roundTwo: two,
          why: '8 vs 12: 4 apart, beyond the ±1.2 tolerance',
          flags: [],
          source: 'seed#consistency',
        },
      ],
      unverified: [],
      consistent: false,
    });
  });

  it('leaves out the story id when the round-one claim has none', () => {
    const [finding] = compareClaims([take('count', 8)], [take('count', 8)]).findings;
    expect(finding !== undefined && 'storyId' in finding).toBe(false);
  });

  it('calls a report with only variations consistent', () => {
    const report = compareClaims([take('count', 8)], [take('count', 9)]);
    expect(report.findings.map((finding) => finding.kind)).toEqual(['variation']);
    expect(report.consistent).toBe(true);
  });

  it('pairs by type alone by default and says so in the flags, before the comparison flags', () => {
    const one = take('money', 100, { subject: 'deal', currency: 'GBP' });
    const two = take('money', 300, { currency: 'USD' });
    expect(compareClaims([one], [two]).findings[0]?.flags).toEqual(['type_fallback', 'currency_mismatch']);
  });

  it('can switch the type fallback off', () => {
    const one = take('count', 8, { subject: 'team' });
    const two = take('count', 12);
    expect(compareClaims([one], [two], { typeFallback: false })).toEqual({
      findings: [],
      unverified: [one, two],
      consistent: true,
    });
  });

  it('passes the correction tolerance to the alignment', () => {
    const one = take('count', 20, { subject: 'team' });
    const two = take('count', 24);
    const options = { typeFallback: false, tolerance: { correctionMatchRelative: 0.2 } };
    expect(compareClaims([one], [two], options).findings[0]?.flags).toEqual(['subject_from_value']);
  });

  it('applies tolerance overrides to the comparison', () => {
    const report = compareClaims([take('count', 8)], [take('count', 12)], {
      tolerance: { count: { variationAbsolute: 4 } },
    });
    expect(report.findings[0]).toMatchObject({
      kind: 'variation',
      why: '8 vs 12: 4 apart, within the ±4 tolerance',
    });
  });

  it('names titles with a caller lexicon', () => {
    const lexicon = { ...englishLexicon, levelNames: ['?', 'IC1', 'IC2', 'IC3', 'M1'] };
    const report = compareClaims([take('role', 3)], [take('role', 4)], { lexicon });
    expect(report.findings[0]?.why).toMatch(/^IC3 \(level 3\) vs M1 \(level 4\): 1 level apart/);
  });
});

describe('compareClaims: a duration derived from two dates', () => {
  const start = dated('date.start', monthIndex(2020, 3), {
    storyId: 's1',
    source: { round: 1, start: 5, end: 15, text: 'March 2020', sentence: 'A.' },
  });
  const end = dated('date.end', monthIndex(2021, 5), {
    storyId: 's1',
    source: { round: 1, start: 30, end: 38, text: 'May 2021', sentence: 'B.' },
  });

  it('compares March 2020 to May 2021 as 14 to 15 months against a told duration', () => {
    const told = take('duration', 14);
    const report = compareClaims([start, end], [told]);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      storyId: 's1',
      attribute: 'duration',
      kind: 'consistent',
      why: '14–15 months vs 14 months: the values overlap',
      flags: ['derived'],
      roundTwo: told,
    });
    expect(report.findings[0]?.roundOne).toEqual({
      storyId: 's1',
      type: 'duration',
      attribute: 'duration',
      low: 14,
      high: 15,
      unit: 'months',
      approximate: false,
      range: true,
      derived: true,
      corrective: false,
      source: { round: 1, start: 5, end: 15, text: 'March 2020', sentence: 'A.' },
    });
    expect(report.unverified).toEqual([start, end]);
  });

  it('quotes both dates when they stand in one sentence', () => {
    const text = 'From March 2020 to May 2021 we rebuilt it.';
    const report = compareClaims(extractClaims(text), extractClaims('It took 14 months.', { round: 2 }));
    expect(report.findings[0]?.roundOne.source).toEqual({
      round: 1,
      start: 5,
      end: 27,
      text: 'March 2020 … May 2021',
      sentence: text,
    });
  });

  it('derives the duration on the round-two side too', () => {
    const later = [
      dated('date.start', monthIndex(2020, 3), { source: { ...start.source, round: 2 } }),
      dated('date.end', monthIndex(2021, 5)),
    ];
    const report = compareClaims([take('duration', 20)], later);
    expect(report.findings[0]).toMatchObject({ kind: 'contradiction', flags: ['derived'] });
    expect(report.findings[0]?.roundTwo).toMatchObject({
      low: 14,
      high: 15,
      derived: true,
      source: { round: 2 },
    });
    expect(report.findings[0]?.roundTwo !== undefined && 'storyId' in report.findings[0].roundTwo).toBe(
      false,
    );
  });

  it('counts a start and end in the same month as up to one month', () => {
    const report = compareClaims(
      [dated('date.start', monthIndex(2020, 3)), dated('date.end', monthIndex(2020, 3))],
      [take('duration', 1)],
    );
    expect(
      report.findings.map((finding) => [finding.roundOne.low, finding.roundOne.high, finding.kind]),
    ).toEqual([[0, 1, 'consistent']]);
  });

  it('derives nothing when the end comes before the start', () => {
    const report = compareClaims(
      [dated('date.start', monthIndex(2021, 5)), dated('date.end', monthIndex(2020, 3))],
      [take('duration', 14)],
    );
    expect(report.findings).toEqual([]);
    expect(report.unverified).toHaveLength(3);
  });

  it('derives nothing from two starts', () => {
    const report = compareClaims(
      [start, dated('date.start', monthIndex(2020, 4)), end],
      [take('duration', 14)],
      { typeFallback: false },
    );
    expect(report.findings).toEqual([]);
  });

  it('derives nothing from two ends', () => {
    const report = compareClaims(
      [start, end, dated('date.end', monthIndex(2021, 6))],
      [take('duration', 14)],
    );
    expect(report.findings).toEqual([]);
  });

  it('derives nothing when the side already tells a duration', () => {
    const report = compareClaims([start, end, take('duration', 10)], [take('duration', 14)]);
    expect(report.findings.map((finding) => [finding.roundOne.low, finding.flags])).toEqual([[10, []]]);
  });

  it('derives nothing when the other side tells no duration', () => {
    const report = compareClaims([start, end], [take('count', 3)], { typeFallback: false });
    expect(report.unverified).toEqual([start, end, take('count', 3)]);
  });

  it('never lists a derived duration as unverified', () => {
    const ambiguous = [take('duration', 14), take('duration', 20)];
    const report = compareClaims([start, end], ambiguous);
    expect(report.findings).toEqual([]);
    expect(report.unverified).toEqual([start, end, ...ambiguous]);
  });
});

describe('checkConsistency: rounds and tellings', () => {
  it('compares from the lowest round whatever the order of the tellings', () => {
    const story = storyWith('s', [
      { round: 10, text: 'The rebuild took 18 months.' },
      { round: 2, text: 'The rebuild took 14 months.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(report.findings.map((finding) => [finding.roundOne.low, finding.roundTwo.low])).toEqual([
      [14, 18],
    ]);
  });

  it('compares every later round with the first', () => {
    const story = storyWith('s', [
      { round: 1, text: 'The rebuild took 14 months.' },
      { round: 3, text: 'The rebuild took 20 months.' },
      { round: 2, text: 'The rebuild took 15 months.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(
      report.findings.map((finding) => [finding.roundOne.low, finding.roundTwo.low, finding.kind]),
    ).toEqual([
      [14, 15, 'variation'],
      [14, 20, 'contradiction'],
    ]);
  });

  it('lists the claims of a story told in one round only as unverified', () => {
    const story = storyWith('s', [{ round: 2, text: 'I had a team of 8 and 3 direct reports.' }]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(report.findings).toEqual([]);
    expect(report.unverified.map((claim) => [claim.attribute, claim.source.round])).toEqual([
      ['count.team', 2],
      ['count.reports', 2],
    ]);
  });

  it('lists nothing for a story without tellings', () => {
    const report = checkConsistency({ ...empty, stories: [storyWith('s', [])] });
    expect(report).toEqual({ findings: [], unverified: [], consistent: true });
  });

  it('lists only the unpaired claims of a story told twice as unverified', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('s', 'It took 14 months with a team of 8.', 'It took 15 months.')]),
    );
    expect(report.unverified.map((claim) => claim.attribute)).toEqual(['count.team']);
  });

  it('reads two tellings of one round together', () => {
    const story = storyWith('s', [
      { round: 1, text: 'The rebuild took 14 months.' },
      { round: 1, text: 'I had a team of 8.' },
      { round: 2, text: 'The rebuild took 14 months with a team of 8.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(report.findings.map((finding) => finding.attribute).sort()).toEqual(['count.team', 'duration']);
  });

  it('puts the story id on every finding', () => {
    const report = checkConsistency(candidacyWith([storyOf('s7', 'A team of 8.', 'A team of 12.')]));
    expect(report.findings.map((finding) => [finding.storyId, finding.kind])).toEqual([
      ['s7', 'contradiction'],
    ]);
    expect(report.consistent).toBe(false);
  });

  it('pairs by type alone unless the options switch it off', () => {
    const stories = candidacyWith([storyOf('s', 'Revenue grew 30%.', 'It grew 40%.')]);
    expect(checkConsistency(stories).findings.map((finding) => finding.flags)).toEqual([['type_fallback']]);
    expect(checkConsistency(stories, { typeFallback: false }).findings).toEqual([]);
  });
});

describe('checkConsistency: structured facts and free text', () => {
  it('lets a fact replace the text claims of its attribute', () => {
    const story = storyWith('s', [
      {
        round: 1,
        text: 'I had a team of 12 and 3 direct reports.',
        facts: [{ subject: 'team size', kind: 'count', value: 8 }],
      },
      { round: 2, text: 'I had a team of 8 and 3 direct reports.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(
      report.findings.map((finding) => [finding.attribute, finding.kind, finding.roundOne.source.factIndex]),
    ).toEqual([
      ['count.team', 'consistent', 0],
      ['count.reports', 'consistent', undefined],
    ]);
  });

  it('skips a fact that cannot be read and keeps the text claims', () => {
    const story = storyWith('s', [
      {
        round: 1,
        text: 'We launched in March 2020.',
        facts: [{ subject: 'launch date', kind: 'date', value: 'someday' }],
      },
      { round: 2, text: 'We launched in March 2020.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(report.findings.map((finding) => finding.kind)).toEqual(['consistent']);
  });

  it('lets a fact replace a subject-less text claim of its type but keeps one with another subject', () => {
    const story = storyWith('s', [
      {
        round: 1,
        text: 'It was $3M. It cost $1M.',
        facts: [{ subject: 'deal size', kind: 'money', value: 2_000_000, unit: 'USD' }],
      },
      { round: 2, text: 'The deal was worth $2M.' },
    ]);
    const report = checkConsistency({ ...empty, stories: [story] });
    expect(report.findings.map((finding) => [finding.attribute, finding.kind])).toEqual([
      ['money.deal', 'consistent'],
    ]);
    expect(report.unverified.map((claim) => [claim.attribute, claim.low])).toEqual([
      ['money.cost', 1_000_000],
    ]);
  });
});

describe('checkConsistency: two stories of one round', () => {
  const teamFact = (subject: string, value: number, extra: object = {}) => ({
    subject,
    kind: 'count' as const,
    value,
    ...extra,
  });
  const factStory = (id: string, round: number, facts: object[]) =>
    storyWith(id, [{ round, text: '-', facts: facts as Story['tellings'][number]['facts'] }]);

  it('calls the same team size in two stories consistent and explains which round', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('a', 'A team of 8.', 'Hello.'), storyOf('b', 'A team of 8.', 'Hello.')]),
    );
    expect(report.findings).toEqual([
      {
        storyId: 'a',
        otherStoryId: 'b',
        scope: 'within-round',
        attribute: 'count.team',
        kind: 'consistent',
        roundOne: report.unverified[0],
        roundTwo: report.unverified[1],
        why: 'Two stories in round 1: 8 vs 8: the same value',
        flags: ['within_round'],
        source: 'seed#consistency',
      },
    ]);
  });

  it('keeps a small difference a plain variation', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('a', 'A team of 8.', 'Hello.'), storyOf('b', 'A team of 9.', 'Hello.')]),
    );
    expect(report.findings).toMatchObject([
      {
        kind: 'variation',
        why: 'Two stories in round 1: 8 vs 9: 1 apart, within the ±1 tolerance',
        flags: ['within_round'],
      },
    ]);
  });

  it('downgrades a contradiction between text claims and says why', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('a', 'A team of 8.', 'Hello.'), storyOf('b', 'A team of 15.', 'Hello.')]),
    );
    expect(report.findings).toMatchObject([
      {
        kind: 'variation',
        why: 'Two stories in round 1: 8 vs 15: 7 apart, beyond the ±1.5 tolerance; they may describe different teams, so check rather than change',
        flags: ['within_round', 'subject_unconfirmed'],
      },
    ]);
    expect(report.consistent).toBe(true);
  });

  it('downgrades a contradiction between a fact and a text claim', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        factStory('a', 1, [teamFact('team size', 8)]),
        storyWith('b', [{ round: 1, text: 'A team of 15.' }]),
      ],
    });
    expect(report.findings.map((finding) => finding.kind)).toEqual(['variation']);
  });

  it('downgrades a contradiction between a text claim and a later fact', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        storyWith('a', [{ round: 1, text: 'A team of 8.' }]),
        factStory('b', 1, [teamFact('team size', 15)]),
      ],
    });
    expect(report.findings).toMatchObject([
      { storyId: 'a', otherStoryId: 'b', kind: 'variation', flags: ['within_round', 'subject_unconfirmed'] },
    ]);
  });

  it('keeps a contradiction between facts naming the same subject, whatever the case and spacing', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        factStory('a', 1, [teamFact('Team size', 8)]),
        factStory('b', 1, [teamFact(' team size', 15)]),
      ],
    });
    expect(report.findings).toMatchObject([
      {
        storyId: 'a',
        otherStoryId: 'b',
        kind: 'contradiction',
        why: 'Two stories in round 1: 8 vs 15: 7 apart, beyond the ±1.5 tolerance',
        flags: ['within_round'],
      },
    ]);
    expect(report.consistent).toBe(false);
  });

  it('turns a correction in the later story into a variation', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        factStory('a', 1, [teamFact('team size', 8)]),
        factStory('b', 1, [teamFact('team size', 15, { corrects: true })]),
      ],
    });
    expect(report.findings).toMatchObject([
      { kind: 'variation', flags: ['corrected_contradiction', 'within_round'] },
    ]);
  });

  it('compares every later story with the first one that told the attribute', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        storyWith('a', [{ round: 1, text: 'No numbers here.' }]),
        storyWith('b', [{ round: 1, text: 'A team of 8.' }]),
        storyWith('c', [{ round: 1, text: 'A team of 9.' }]),
        storyWith('d', [{ round: 1, text: 'A team of 10.' }]),
      ],
    });
    expect(
      report.findings.map((finding) => [finding.storyId, finding.otherStoryId, finding.roundTwo.low]),
    ).toEqual([
      ['b', 'c', 9],
      ['b', 'd', 10],
    ]);
  });

  it('compares within each round separately', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        storyWith('a', [{ round: 1, text: 'A team of 8.' }]),
        storyWith('b', [{ round: 2, text: 'A team of 15.' }]),
      ],
    });
    expect(report.findings).toEqual([]);
  });

  it('skips a story that tells two different sizes in one round', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        storyWith('a', [{ round: 1, text: 'A team of 8.' }]),
        storyWith('b', [
          { round: 1, text: 'A team of 9.' },
          { round: 1, text: 'A team of 30.' },
        ]),
      ],
    });
    expect(report.findings).toEqual([]);
  });

  it('compares a story that repeats one size', () => {
    const report = checkConsistency({
      ...empty,
      stories: [
        storyWith('a', [{ round: 1, text: 'A team of 8.' }]),
        storyWith('b', [{ round: 1, text: 'A team of 9. Still a team of 9.' }]),
      ],
    });
    expect(report.findings.map((finding) => finding.kind)).toEqual(['variation']);
  });

  it('compares direct reports by default but not durations', () => {
    const stories = [
      storyWith('a', [{ round: 1, text: 'It took 14 months with 3 direct reports.' }]),
      storyWith('b', [{ round: 1, text: 'It took 30 months with 3 direct reports.' }]),
    ];
    expect(checkConsistency({ ...empty, stories }).findings.map((finding) => finding.attribute)).toEqual([
      'count.reports',
    ]);
    expect(
      checkConsistency({ ...empty, stories }, { withinRoundAttributes: ['duration'] }).findings.map(
        (finding) => [finding.attribute, finding.kind],
      ),
    ).toEqual([['duration', 'variation']]);
  });

  it('lists the across-round findings before the within-round ones', () => {
    const report = checkConsistency(
      candidacyWith([storyOf('a', 'A team of 8.', 'Hello.'), storyOf('b', 'A team of 8.', 'A team of 9.')]),
    );
    expect(report.findings.map((finding) => finding.scope)).toEqual(['across-rounds', 'within-round']);
  });
});

describe('checkConsistency: end to end', () => {
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
    const lexicon = toplineLexicon;
    const report = checkConsistency(
      candidacyWith([storyOf('s1', 'Topline grew 30%.', 'Revenue grew 30%.')]),
      { lexicon },
    );
    expect(report.findings).toMatchObject([{ attribute: 'percentage.revenue', kind: 'consistent' }]);
  });
});

describe('extractClaims: documented example', () => {
  it('repeats its documented example', () => {
    expect(extractClaims('The rebuild took a year and a half.').map((claim) => claim.low)).toEqual([18]);
  });
});

describe('compareClaims: documented example', () => {
  it('repeats its documented example', () => {
    const one = extractClaims('The rebuild took 14 months.', { round: 1 });
    const two = extractClaims('The rebuild took 18 months.', { round: 2 });
    expect(compareClaims(one, two).findings[0]?.kind).toBe('contradiction');
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
