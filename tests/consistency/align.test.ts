import { describe, expect, it } from 'vitest';
import { type Claim, type CompareClaimsOptions, compareClaims } from '../../src/index.js';
import { type ClaimInput, claimOf } from './check-fixtures.js';

// How compareClaims pairs the claims of two rounds before judging them: by attribute, by a subject inherited
// from a retracted or equal value, and by type alone (read through the public compareClaims; formerly pinned
// on the internal alignClaims, issue 15 item 6).

interface AlignOptions {
  readonly typeFallback: boolean;
  readonly matchRelative: number;
}

const withFallback: AlignOptions = { typeFallback: true, matchRelative: 0.05 };
const withoutFallback: AlignOptions = { typeFallback: false, matchRelative: 0.05 };

/** The flags the pairing itself sets; the comparison adds its own after them. */
const pairingFlags = new Set(['type_fallback', 'subject_from_quote', 'subject_from_value']);

/** The findings (as pairs) and unverified claims of compareClaims, with the pairing options given. */
function alignClaims(roundOne: readonly Claim[], roundTwo: readonly Claim[], options: AlignOptions) {
  const compareOptions: CompareClaimsOptions = {
    typeFallback: options.typeFallback,
    tolerance: { correctionMatchRelative: options.matchRelative },
  };
  const report = compareClaims(roundOne, roundTwo, compareOptions);
  return {
    pairs: report.findings.map((finding) => ({
      attribute: finding.attribute,
      one: finding.roundOne,
      two: finding.roundTwo,
      flags: finding.flags.filter((flag) => pairingFlags.has(flag)),
    })),
    unverified: report.unverified,
  };
}

/** Whether a subject-less round-two value inherits the subject of `claim` (the value matches it). */
function valueMatches(claim: Claim, value: number, matchRelative: number): boolean {
  const subjectLess = claimOf({ type: claim.type, low: value, high: value });
  return alignClaims([claim], [subjectLess], { typeFallback: false, matchRelative }).pairs.length === 1;
}

/** A claim whose source start tells it apart from look-alikes. */
function tagged(input: ClaimInput, tag: number): Claim {
  return claimOf({ ...input, source: { round: 1, start: tag, end: tag, text: '', sentence: '' } });
}

function summary(alignment: ReturnType<typeof alignClaims>) {
  return {
    pairs: alignment.pairs.map((pair) => ({
      attribute: pair.attribute,
      one: pair.one.source.start,
      two: pair.two.source.start,
      flags: pair.flags,
    })),
    unverified: alignment.unverified.map((claim) => claim.source.start),
  };
}

describe('pairing: by attribute', () => {
  it('pairs claims of the same attribute in the order of round two', () => {
    const one = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 1),
      tagged({ type: 'duration', low: 14 }, 2),
    ];
    const two = [
      tagged({ type: 'duration', low: 18 }, 3),
      tagged({ type: 'count', subject: 'team', low: 9 }, 4),
    ];
    expect(summary(alignClaims(one, two, withFallback))).toEqual({
      pairs: [
        { attribute: 'duration', one: 2, two: 3, flags: [] },
        { attribute: 'count.team', one: 1, two: 4, flags: [] },
      ],
      unverified: [],
    });
  });

  it('keeps claims told on one side only as unverified, round one first', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'duration', low: 18 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({ pairs: [], unverified: [1, 2] });
  });

  it('pairs the first of two claims that repeat the same value', () => {
    const one = [tagged({ type: 'duration', low: 14 }, 1), tagged({ type: 'duration', low: 14 }, 2)];
    const two = [tagged({ type: 'duration', low: 14 }, 3)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({
      pairs: [{ attribute: 'duration', one: 1, two: 3, flags: [] }],
      unverified: [],
    });
  });

  it('sends two different values of one attribute to unverified, after the unpaired claims of their side', () => {
    const one = [
      tagged({ type: 'duration', low: 3 }, 1),
      tagged({ type: 'duration', low: 9 }, 2),
      tagged({ type: 'count', subject: 'team', low: 8 }, 3),
    ];
    const two = [
      tagged({ type: 'duration', low: 20 }, 4),
      tagged({ type: 'date', low: 24_000 }, 5),
      tagged({ type: 'date', low: 24_005 }, 6),
      tagged({ type: 'role', low: 3 }, 7),
    ];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({
      pairs: [],
      unverified: [3, 1, 2, 4, 7, 5, 6],
    });
  });

  it('lets a correction supersede the other claims of its attribute', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 2),
      tagged({ type: 'count', subject: 'team', low: 12, corrective: true }, 3),
    ];
    expect(summary(alignClaims(one, two, withoutFallback)).pairs).toEqual([
      { attribute: 'count.team', one: 1, two: 3, flags: [] },
    ]);
  });

  it('sends two corrections with different values and the claims they correct to unverified', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 2),
      tagged({ type: 'count', subject: 'team', low: 12, corrective: true }, 3),
      tagged({ type: 'count', subject: 'team', low: 14, corrective: true }, 4),
    ];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({ pairs: [], unverified: [1, 2, 3, 4] });
  });

  it.each<[string, ClaimInput, ClaimInput]>([
    ['upper ends', { type: 'count', low: 8, high: 9 }, { type: 'count', low: 8, high: 10 }],
    ['currencies', { type: 'money', low: 5, currency: 'USD' }, { type: 'money', low: 5, currency: 'EUR' }],
    ['periods', { type: 'money', low: 5, period: 'month' }, { type: 'money', low: 5, period: 'year' }],
    [
      'reasons',
      { type: 'leaveReason', low: 0, categories: ['growth'] },
      { type: 'leaveReason', low: 0, categories: ['layoff'] },
    ],
    ['wordings', { type: 'stance', low: 0, label: 'keen' }, { type: 'stance', low: 0, label: 'wary' }],
  ])('treats two claims of one attribute that differ only in their %s as ambiguous', (_, first, second) => {
    const two = [tagged(first, 1), tagged(second, 2)];
    expect(summary(alignClaims([tagged(first, 3)], two, withoutFallback))).toEqual({
      pairs: [],
      unverified: [3, 1, 2],
    });
  });

  it('tells reason lists apart even when their names run together', () => {
    const first: ClaimInput = { type: 'leaveReason', low: 0, categories: ['a', 'bc'] };
    const second: ClaimInput = { type: 'leaveReason', low: 0, categories: ['ab', 'c'] };
    expect(
      alignClaims([tagged(first, 1)], [tagged(first, 2), tagged(second, 3)], withoutFallback).pairs,
    ).toEqual([]);
  });

  it('treats two claims that name the same value, currency, period, reasons and wording as one', () => {
    const claim: ClaimInput = {
      type: 'money',
      low: 5,
      high: 6,
      currency: 'USD',
      period: 'year',
      categories: ['growth', 'pay'],
      label: 'x',
    };
    const two = [tagged(claim, 1), tagged(claim, 2)];
    expect(summary(alignClaims([tagged(claim, 3)], two, withoutFallback)).pairs).toHaveLength(1);
  });
});

describe('pairing: a subject-less round-two claim inherits a subject', () => {
  it('inherits the subject of the round-one claim whose value its correction retracts', () => {
    const one = [tagged({ type: 'duration', subject: 'rebuild', low: 14 }, 1)];
    const two = [tagged({ type: 'duration', low: 18, corrective: true, correctedFrom: 14 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({
      pairs: [{ attribute: 'duration.rebuild', one: 1, two: 2, flags: ['subject_from_quote'] }],
      unverified: [],
    });
  });

  it('inherits the subject of the round-one claim with the same single value', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', low: 8 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({
      pairs: [{ attribute: 'count.team', one: 1, two: 2, flags: ['subject_from_value'] }],
      unverified: [],
    });
  });

  it('prefers the retracted value over the stated value', () => {
    const one = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 1),
      tagged({ type: 'count', subject: 'reports', low: 12 }, 2),
    ];
    const two = [tagged({ type: 'count', low: 12, corrective: true, correctedFrom: 8 }, 3)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({
      pairs: [{ attribute: 'count.team', one: 1, two: 3, flags: ['subject_from_quote'] }],
      unverified: [2],
    });
  });

  it('does not inherit by value for a range', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', low: 8, high: 10 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback)).pairs).toEqual([]);
  });

  it('does not give a subject to a claim that already names one', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', subject: 'reports', low: 8 }, 2)];
    expect(summary(alignClaims(one, two, withFallback))).toEqual({ pairs: [], unverified: [1, 2] });
  });

  it('does not inherit from a claim of another type', () => {
    const one = [tagged({ type: 'percentage', subject: 'revenue', low: 8 }, 1)];
    const two = [tagged({ type: 'count', low: 8 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback)).pairs).toEqual([]);
  });

  it('does not inherit from a claim about the other end of a range', () => {
    const one = [tagged({ type: 'date', subject: 'launch', part: 'start', low: 24_000 }, 1)];
    expect(
      summary(alignClaims(one, [tagged({ type: 'date', part: 'end', low: 24_000 }, 2)], withoutFallback))
        .pairs,
    ).toEqual([]);
    expect(
      summary(alignClaims(one, [tagged({ type: 'date', part: 'start', low: 24_000 }, 2)], withoutFallback))
        .pairs,
    ).toEqual([{ attribute: 'date.launch.start', one: 1, two: 2, flags: ['subject_from_value'] }]);
  });

  it('does not inherit from a round-one claim that names no subject either', () => {
    const one = [claimOf({ type: 'count', low: 8, attribute: 'count.vendor' })];
    const two = [claimOf({ type: 'count', low: 8 })];
    expect(alignClaims(one, two, withoutFallback).pairs).toEqual([]);
  });

  it('does not guess between two round-one claims with the value', () => {
    const one = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 1),
      tagged({ type: 'count', subject: 'reports', low: 8 }, 2),
    ];
    const two = [tagged({ type: 'count', low: 8 }, 3)];
    expect(summary(alignClaims(one, two, withFallback))).toEqual({ pairs: [], unverified: [1, 2, 3] });
  });

  it.each([
    [21, true],
    [21.5, false],
    [19, true],
    [18.5, false],
  ])('matches a value of %d against 20 within 5 %: %s', (value, paired) => {
    const one = [tagged({ type: 'count', subject: 'team', low: 20 }, 1)];
    const two = [tagged({ type: 'count', low: value }, 2)];
    expect(alignClaims(one, two, withoutFallback).pairs).toHaveLength(paired ? 1 : 0);
  });

  it('uses the caller match tolerance', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 20 }, 1)];
    const two = [tagged({ type: 'count', low: 24 }, 2)];
    expect(alignClaims(one, two, { typeFallback: false, matchRelative: 0.2 }).pairs).toHaveLength(1);
  });

  it('matches a quoted percentage by magnitude against a decline', () => {
    const one = [tagged({ type: 'percentage', subject: 'cost', low: -25, high: -20, signed: true }, 1)];
    const two = [tagged({ type: 'percentage', low: 22 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback)).pairs).toEqual([
      { attribute: 'percentage.cost', one: 1, two: 2, flags: ['subject_from_value'] },
    ]);
  });
});

describe('pairing by value: the slack', () => {
  const range = claimOf({ type: 'count', subject: 'team', low: 20, high: 40 });

  it.each([
    [18, true],
    [17.9, false],
    [42, true],
    [42.1, false],
    [-30, true],
    [-17.9, false],
  ])('matches %d against 20–40 with a slack of 2: %s', (value, expected) => {
    expect(valueMatches(range, value, 0.05)).toBe(expected);
  });

  it('matches a decline by its magnitude from the smaller to the larger end', () => {
    const cut = claimOf({ type: 'percentage', subject: 'cost', low: -25, high: -20 });
    expect([18.7, 18.8, 26.2, 26.3].map((value) => valueMatches(cut, value, 0.05))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});

describe('pairing: the type fallback', () => {
  it('pairs the only subject-less count of round two with the only count of round one', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', low: 12 }, 2)];
    expect(summary(alignClaims(one, two, withFallback))).toEqual({
      pairs: [{ attribute: 'count.team', one: 1, two: 2, flags: ['type_fallback'] }],
      unverified: [],
    });
  });

  it('takes the subject of round two when round one names none', () => {
    const one = [tagged({ type: 'count', low: 8 }, 1)];
    const two = [tagged({ type: 'count', subject: 'team', low: 12 }, 2)];
    expect(summary(alignClaims(one, two, withFallback)).pairs).toEqual([
      { attribute: 'count.team', one: 1, two: 2, flags: ['type_fallback'] },
    ]);
  });

  it('pairs two money amounts of the same period', () => {
    const one = [tagged({ type: 'money', subject: 'deal', low: 100, period: 'year' }, 1)];
    const two = [tagged({ type: 'money', low: 300, period: 'year' }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toHaveLength(1);
  });

  it('can be switched off', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', low: 12 }, 2)];
    expect(summary(alignClaims(one, two, withoutFallback))).toEqual({ pairs: [], unverified: [1, 2] });
  });

  it('never pairs two claims that name different subjects', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', subject: 'reports', low: 12 }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('never pairs durations by type alone', () => {
    const one = [tagged({ type: 'duration', subject: 'rebuild', low: 14 }, 1)];
    const two = [tagged({ type: 'duration', low: 18 }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('pairs two signed percentage changes', () => {
    const one = [tagged({ type: 'percentage', subject: 'revenue', low: 30, signed: true }, 1)];
    const two = [tagged({ type: 'percentage', low: 40, signed: true }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toHaveLength(1);
  });

  it('never pairs a percentage level with a change', () => {
    const signed = tagged({ type: 'percentage', subject: 'revenue', low: 30, signed: true }, 1);
    const level = tagged({ type: 'percentage', low: 95 }, 2);
    expect(alignClaims([signed], [level], withFallback).pairs).toEqual([]);
    const levelOne = tagged({ type: 'percentage', subject: 'uptime', low: 95 }, 3);
    const change = tagged({ type: 'percentage', low: 30, signed: true }, 4);
    expect(alignClaims([levelOne], [change], withFallback).pairs).toEqual([]);
  });

  it('never pairs amounts of different periods', () => {
    const one = [tagged({ type: 'money', subject: 'salary', low: 100_000, period: 'year' }, 1)];
    const two = [tagged({ type: 'money', low: 10_000, period: 'month' }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('never pairs an open bound on either side', () => {
    const bounded = (low: number, tag: number, subject?: string) =>
      tagged({ type: 'count', low, bound: 'atLeast', ...(subject === undefined ? {} : { subject }) }, tag);
    const plain = (low: number, tag: number, subject?: string) =>
      tagged({ type: 'count', low, ...(subject === undefined ? {} : { subject }) }, tag);
    expect(alignClaims([bounded(8, 1, 'team')], [plain(12, 2)], withFallback).pairs).toEqual([]);
    expect(alignClaims([plain(8, 1, 'team')], [bounded(12, 2)], withFallback).pairs).toEqual([]);
  });

  it('does not guess when round one has two unpaired claims of the type', () => {
    const one = [
      tagged({ type: 'count', subject: 'team', low: 8 }, 1),
      tagged({ type: 'count', subject: 'reports', low: 3 }, 2),
    ];
    const two = [tagged({ type: 'count', low: 12 }, 3)];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('does not guess when round two has two unpaired claims of the type', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [
      tagged({ type: 'count', low: 12 }, 2),
      tagged({ type: 'count', subject: 'reports', low: 3 }, 3),
    ];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('does not guess when a claim of the type was ambiguous on either side', () => {
    const ambiguous = (tag: number) => [
      tagged({ type: 'count', subject: 'reports', low: 2 }, tag),
      tagged({ type: 'count', subject: 'reports', low: 3 }, tag + 1),
    ];
    const team = tagged({ type: 'count', subject: 'team', low: 8 }, 1);
    const loose = tagged({ type: 'count', low: 12 }, 2);
    expect(alignClaims([team, ...ambiguous(5)], [loose], withFallback).pairs).toEqual([]);
    expect(alignClaims([team], [loose, ...ambiguous(5)], withFallback).pairs).toEqual([]);
  });

  it('is not blocked by an ambiguous claim of another type or part', () => {
    const ambiguousDates = [
      tagged({ type: 'date', part: 'start', low: 24_000 }, 5),
      tagged({ type: 'date', part: 'start', low: 24_010 }, 6),
    ];
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1), ...ambiguousDates];
    const two = [tagged({ type: 'count', low: 12 }, 2)];
    expect(summary(alignClaims(one, two, withFallback))).toEqual({
      pairs: [{ attribute: 'count.team', one: 1, two: 2, flags: ['type_fallback'] }],
      unverified: [5, 6],
    });
  });

  it('never pairs claims about different parts', () => {
    const one = [tagged({ type: 'count', subject: 'team', low: 8 }, 1)];
    const two = [tagged({ type: 'count', part: 'final', low: 12 }, 2)];
    expect(alignClaims(one, two, withFallback).pairs).toEqual([]);
  });

  it('pairs claims about the same part', () => {
    const one = [tagged({ type: 'count', subject: 'team', part: 'final', low: 8 }, 1)];
    const two = [tagged({ type: 'count', part: 'final', low: 12 }, 2)];
    expect(summary(alignClaims(one, two, withFallback)).pairs).toEqual([
      { attribute: 'count.team.final', one: 1, two: 2, flags: ['type_fallback'] },
    ]);
  });
});
