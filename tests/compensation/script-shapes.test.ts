import { describe, expect, it } from 'vitest';
import { type Candidacy, compensationBrief } from '../../src/index.js';
import { makeCandidacy } from './fixtures.js';

const NOW = '2026-11-26';

const DEFLECT_RANGE =
  'If they push for one figure, hold it back once and ask about the whole package instead: "Before I put one number on it, could you walk me through the full package: base, bonus, equity and benefits?"';
const DEFLECT_SINGLE =
  'If they press you to go lower or to commit, hold your figure once and ask about the whole package instead: "Before we settle on a number, could you walk me through the full package: base, bonus, equity and benefits?"';

interface Shape {
  readonly name: string;
  readonly range: { min: number; max: number; currency: string; basis: 'total' | 'base' };
  readonly script: readonly string[];
  readonly warnings: readonly string[];
  readonly warningText?: string;
}

// Every expected text below is written by hand: what a candidate should read for each shape of range.
const shapes: readonly Shape[] = [
  {
    name: 'an ordinary range of total compensation',
    range: { min: 180_000, max: 210_000, currency: 'USD', basis: 'total' },
    script: [
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at $180,000 to $210,000 in total compensation, base, bonus and equity together." A range pitched high sets the anchor without revealing your floor.',
      DEFLECT_RANGE,
      'If they push a second time, name the top of your range: $210,000 in total compensation. The detailed negotiation waits for an actual offer.',
    ],
    warnings: [],
  },
  {
    name: 'a single number (min = max)',
    range: { min: 180_000, max: 180_000, currency: 'USD', basis: 'total' },
    script: [
      'Your range is one figure, so until you widen it, give that figure as your target rather than calling it a range: "From what I\'ve seen for this role and level, I\'m targeting $180,000 in total compensation, base, bonus and equity together."',
      DEFLECT_SINGLE,
      'If they push a second time, repeat the same figure, $180,000 in total compensation, rather than dropping below it. The detailed negotiation waits for an actual offer.',
    ],
    warnings: ['range-single-number'],
    warningText:
      'Your range is a single number ($180,000). Give it some width, with this figure near the top: one number leaves no room once they push.',
  },
  {
    name: 'a narrow range of base salary',
    range: { min: 180_000, max: 185_000, currency: 'USD', basis: 'base' },
    script: [
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at $180,000 to $185,000 in base salary, before bonus and equity." A range pitched high sets the anchor without revealing your floor.',
      DEFLECT_RANGE,
      'If they push a second time, name the top of your range: $185,000 in base salary. The detailed negotiation waits for an actual offer.',
    ],
    warnings: ['range-narrow'],
    warningText:
      'Your range is only $5,000 wide, under 5% of its top ($185,000): heard aloud it sounds like one number, and offers tend to land at its bottom. Make sure $180,000 is a figure you would be glad to accept.',
  },
  {
    name: 'a wide range of total compensation',
    range: { min: 150_000, max: 250_000, currency: 'USD', basis: 'total' },
    script: [
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at $150,000 to $250,000 in total compensation, base, bonus and equity together." A range pitched high sets the anchor without revealing your floor.',
      DEFLECT_RANGE,
      'If they push a second time, name the top of your range: $250,000 in total compensation. The detailed negotiation waits for an actual offer.',
    ],
    warnings: ['range-wide'],
    warningText:
      'Your range is wide: its top ($250,000) is 67% above its bottom ($150,000). Offers tend to land near the bottom of the range you name, so narrow it to a band whose bottom you would be glad to accept.',
  },
  {
    name: 'a base range in euros',
    range: { min: 95_000, max: 110_000, currency: 'EUR', basis: 'base' },
    script: [
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at €95,000 to €110,000 in base salary, before bonus and equity." A range pitched high sets the anchor without revealing your floor.',
      DEFLECT_RANGE,
      'If they push a second time, name the top of your range: €110,000 in base salary. The detailed negotiation waits for an actual offer.',
    ],
    warnings: [],
  },
  {
    name: 'a single number of base salary in yen',
    range: { min: 12_000_000, max: 12_000_000, currency: 'JPY', basis: 'base' },
    script: [
      'Your range is one figure, so until you widen it, give that figure as your target rather than calling it a range: "From what I\'ve seen for this role and level, I\'m targeting ¥12,000,000 in base salary, before bonus and equity."',
      DEFLECT_SINGLE,
      'If they push a second time, repeat the same figure, ¥12,000,000 in base salary, rather than dropping below it. The detailed negotiation waits for an actual offer.',
    ],
    warnings: ['range-single-number'],
  },
  {
    name: 'an inverted range, read the other way round',
    range: { min: 210_000, max: 180_000, currency: 'USD', basis: 'total' },
    script: [
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at $180,000 to $210,000 in total compensation, base, bonus and equity together." A range pitched high sets the anchor without revealing your floor.',
      DEFLECT_RANGE,
      'If they push a second time, name the top of your range: $210,000 in total compensation. The detailed negotiation waits for an actual offer.',
    ],
    warnings: ['range-inverted'],
  },
];

/** A brief for a range; parseCandidacy refuses an inverted one, so a caller building it by hand is modelled. */
function briefFor(range: Shape['range']) {
  if (range.min <= range.max) {
    return compensationBrief(makeCandidacy({ compensation: { range, researched: true } }), { now: NOW });
  }
  const parsed = makeCandidacy({ compensation: { researched: true } });
  const candidacy: Candidacy = { ...parsed, compensation: { ...parsed.compensation, range } };
  return compensationBrief(candidacy, { now: NOW });
}

describe('where one shape ends and the next begins', () => {
  it.each([
    // Width exactly 5% of the top is not narrow; just under is.
    [{ min: 190_000, max: 200_000 }, []],
    [{ min: 190_001, max: 200_000 }, ['range-narrow']],
    // Top exactly 30% above the bottom is not wide; just over is.
    [{ min: 100_000, max: 130_000 }, []],
    [{ min: 100_000, max: 130_001 }, ['range-wide']],
    // A bottom of zero is as wide as a range gets.
    [{ min: 0, max: 50_000 }, ['range-wide']],
  ] as const)('%o → %o', (bounds, warnings) => {
    const brief = briefFor({ ...bounds, currency: 'USD', basis: 'total' });
    expect(brief.warnings.map((part) => part.id)).toEqual(warnings);
  });

  it('says how far a zero bottom is from the top without dividing by it', () => {
    const brief = briefFor({ min: 0, max: 50_000, currency: 'USD', basis: 'total' });
    expect(brief.warnings[0]?.text).toBe(
      'Your range is wide: its top ($50,000) is far above its bottom ($0). Offers tend to land near the bottom of the range you name, so narrow it to a band whose bottom you would be glad to accept.',
    );
  });
});

describe('the pay script for every shape of range', () => {
  it.each(shapes)('$name', (shape) => {
    const brief = briefFor(shape.range);
    expect(brief.script.map((part) => part.text)).toEqual(shape.script);
    expect(brief.warnings.map((part) => part.id)).toEqual(shape.warnings);
    if (shape.warningText !== undefined) expect(brief.warnings[0]?.text).toBe(shape.warningText);
  });

  it.each(shapes)('never asks for a range and then for one number in the same script: $name', (shape) => {
    const text = briefFor(shape.range)
      .script.map((part) => part.text)
      .join(' ');
    const single = Math.min(shape.range.min, shape.range.max) === Math.max(shape.range.min, shape.range.max);
    if (single) {
      expect(text).not.toMatch(/rather than a single figure|not one number|top of your range|around/);
    } else {
      expect(text).not.toMatch(/repeat the same figure|targeting/);
    }
  });

  it('handles a range without a currency: plain grouped figures and a warning, never a throw', () => {
    const parsed = makeCandidacy({
      compensation: {
        range: { min: 180_000, max: 210_000, currency: 'USD', basis: 'total' },
        researched: true,
      },
    });
    const range = parsed.compensation?.range;
    if (range === undefined) throw new Error('fixture lost its range');
    // A caller building the object by hand (not through parseCandidacy) may leave the currency empty.
    const candidacy: Candidacy = {
      ...parsed,
      compensation: { ...parsed.compensation, range: { ...range, currency: '' } },
    };
    const brief = compensationBrief(candidacy, { now: NOW });
    expect(brief.script[0]?.text).toBe(
      'If they ask what you expect, answer with your researched range rather than a single figure: "From what I\'ve seen for this role and level, I\'m looking at 180,000 to 210,000 in total compensation, base, bonus and equity together." A range pitched high sets the anchor without revealing your floor.',
    );
    expect(brief.warnings.map((part) => part.id)).toEqual(['range-currency-missing']);
    expect(brief.warnings[0]?.text).toBe(
      'Your range has no currency. Add its ISO code (USD, EUR, GBP…) so every figure in this brief means one thing.',
    );
  });

  it('keeps the script without figures when no range is set', () => {
    const brief = compensationBrief(makeCandidacy({}), { now: NOW });
    expect(brief.script.map((part) => part.text)).toEqual([
      'If they ask what you expect, answer with a researched range rather than a single figure, pitched so its bottom still sits comfortably above your floor.',
      DEFLECT_RANGE,
      'If they push a second time, give the top end of your range.',
    ]);
  });
});
