import { describe, expect, it } from 'vitest';
import { applyCorrections, type CorrectedDraft } from '../../src/consistency/corrections.js';
import type { Draft } from '../../src/consistency/draft.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import type { QuantityType } from '../../src/consistency/types.js';
import { type Token, tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

/** A draft over the token(s) starting at the n-th token whose text is `text`. */
function draftAt(
  tokens: readonly Token[],
  text: string,
  options: { type?: QuantityType; low?: number; length?: number; nth?: number; extra?: Partial<Draft> } = {},
): Draft {
  const { type = 'count', length = 1, nth = 0, extra = {} } = options;
  const starts = tokens.flatMap((token, index) => (token.text === text ? [index] : []));
  const start = starts[nth]!;
  const low = options.low ?? Number.parseFloat(text.replace(/[^0-9.]/g, ''));
  return {
    type,
    low,
    high: low,
    unit: 'unit',
    approximate: false,
    range: false,
    start,
    end: start + length,
    ...extra,
  };
}

/** The flags corrections set, in draft order: [low, corrective, correctedFrom, retracted]. */
function flags(result: readonly CorrectedDraft[]) {
  return result.map((draft) => [draft.low, draft.corrective, draft.correctedFrom, draft.retracted]);
}

describe('applyCorrections', () => {
  it('marks a value in a sentence opening with "Correction:" as corrective', () => {
    const tokens = tokenize('Correction: the team was 10.');
    const result = applyCorrections(tokens, [draftAt(tokens, '10')], compiled);
    expect(flags(result)).toEqual([[10, true, undefined, undefined]]);
  });

  it('finds the marker up to the third token of the sentence and no further', () => {
    const near = tokenize('Well, correction: 10');
    expect(flags(applyCorrections(near, [draftAt(near, '10')], compiled))).toEqual([
      [10, true, undefined, undefined],
    ]);
    const far = tokenize('Well, so correction: 10');
    expect(flags(applyCorrections(far, [draftAt(far, '10')], compiled))).toEqual([
      [10, undefined, undefined, undefined],
    ]);
  });

  it('marks only the sentence that opens with the marker', () => {
    const tokens = tokenize('It was 8. Correction: 10.');
    const result = applyCorrections(tokens, [draftAt(tokens, '8'), draftAt(tokens, '10')], compiled);
    expect(flags(result)).toEqual([
      [8, undefined, undefined, undefined],
      [10, true, undefined, undefined],
    ]);
  });

  it('does not read a marker of the next sentence into a short sentence', () => {
    const tokens = tokenize('8. Correction: 10');
    const result = applyCorrections(tokens, [draftAt(tokens, '8'), draftAt(tokens, '10')], compiled);
    expect(flags(result)).toEqual([
      [8, undefined, undefined, undefined],
      [10, true, undefined, undefined],
    ]);
  });

  it('ignores a marker in the middle of a sentence', () => {
    const tokens = tokenize('It was 8 x y correction 10');
    const result = applyCorrections(tokens, [draftAt(tokens, '10')], compiled);
    expect(flags(result)).toEqual([[10, undefined, undefined, undefined]]);
  });

  it('leaves drafts without any marker unchanged', () => {
    const tokens = tokenize('The team was 10 and it grew to 12.');
    const drafts = [draftAt(tokens, '10'), draftAt(tokens, '12')];
    expect(applyCorrections(tokens, drafts, compiled)).toEqual(drafts);
  });

  it('corrects "16 months, not 14" and retracts the 14', () => {
    const tokens = tokenize('16 months, not 14 months');
    const drafts = [
      draftAt(tokens, '16', { type: 'duration', length: 2 }),
      draftAt(tokens, '14', { type: 'duration', length: 2 }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [16, true, 14, undefined],
      [14, undefined, undefined, true],
    ]);
  });

  it('reads the retraction without a comma too', () => {
    const tokens = tokenize('16 months not 14 months');
    const drafts = [
      draftAt(tokens, '16', { type: 'duration', length: 2 }),
      draftAt(tokens, '14', { type: 'duration', length: 2 }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [16, true, 14, undefined],
      [14, undefined, undefined, true],
    ]);
  });

  it('takes the retracted draft one word after the marker and no further', () => {
    const near = tokenize('16 months, not the 14 months');
    const nearDrafts = [
      draftAt(near, '16', { type: 'duration', length: 2 }),
      draftAt(near, '14', { type: 'duration', length: 2 }),
    ];
    expect(flags(applyCorrections(near, nearDrafts, compiled))).toEqual([
      [16, true, 14, undefined],
      [14, undefined, undefined, true],
    ]);
    const far = tokenize('16 months, not x x 14 months');
    const farDrafts = [
      draftAt(far, '16', { type: 'duration', length: 2 }),
      draftAt(far, '14', { type: 'duration', length: 2 }),
    ];
    expect(flags(applyCorrections(far, farDrafts, compiled))).toEqual([
      [16, undefined, undefined, undefined],
      [14, undefined, undefined, undefined],
    ]);
  });

  it('reads a bare retracted number in the unit of the corrective value', () => {
    const tokens = tokenize('2 years, not 3');
    const draft = draftAt(tokens, '2', { type: 'duration', low: 24, length: 2, extra: { unitFactor: 12 } });
    expect(flags(applyCorrections(tokens, [draft], compiled))).toEqual([[24, true, 36, undefined]]);
    const plain = tokenize('12 people, not 10');
    expect(flags(applyCorrections(plain, [draftAt(plain, '12', { length: 2 })], compiled))).toEqual([
      [12, true, 10, undefined],
    ]);
  });

  it('does not retract a draft of another type after the marker', () => {
    const tokens = tokenize('16 months, not 14%');
    const drafts = [
      draftAt(tokens, '16', { type: 'duration', length: 2 }),
      draftAt(tokens, '14%', { type: 'percentage' }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [16, true, 14, undefined],
      [14, undefined, undefined, undefined],
    ]);
  });

  it('does not read "a year" or "a quarter" as a retracted number', () => {
    for (const text of ['2 years, not a year', '2 years, not a quarter']) {
      const tokens = tokenize(text);
      const draft = draftAt(tokens, '2', { type: 'duration', low: 24, length: 2, extra: { unitFactor: 12 } });
      expect(flags(applyCorrections(tokens, [draft], compiled))).toEqual([
        [24, undefined, undefined, undefined],
      ]);
    }
  });

  it('reads "a dozen" as a retracted number', () => {
    const tokens = tokenize('10 people, not a dozen');
    expect(flags(applyCorrections(tokens, [draftAt(tokens, '10', { length: 2 })], compiled))).toEqual([
      [10, true, 12, undefined],
    ]);
  });

  it('reads nothing after a value without a retraction marker', () => {
    const tokens = tokenize('16 months, 14 months');
    const drafts = [
      draftAt(tokens, '16', { type: 'duration', length: 2 }),
      draftAt(tokens, '14', { type: 'duration', length: 2 }),
    ];
    expect(applyCorrections(tokens, drafts, compiled)).toEqual(drafts);
  });

  it('corrects "not 8 but 10" and retracts the 8 even when 10 was read as a non-claim', () => {
    const tokens = tokenize('5 x not 8 but 10 people');
    const drafts = [
      draftAt(tokens, '5'),
      draftAt(tokens, '8'),
      draftAt(tokens, '10', { length: 2, extra: { nonClaim: true } }),
      draftAt(tokens, 'x', { type: 'percentage', low: 8, extra: { start: 3, end: 4 } }),
    ];
    const result = applyCorrections(tokens, drafts, compiled);
    expect(flags(result)).toEqual([
      [5, undefined, undefined, undefined],
      [8, undefined, undefined, true],
      [10, true, 8, undefined],
      [8, undefined, undefined, undefined],
    ]);
    expect(result[2]!.nonClaim).toBe(false);
  });

  it('scales the value retracted before "but" by the unit factor', () => {
    const tokens = tokenize('not 1 but 2 years');
    const draft = draftAt(tokens, '2', { type: 'duration', low: 24, length: 2, extra: { unitFactor: 12 } });
    expect(flags(applyCorrections(tokens, [draft], compiled))).toEqual([[24, true, 12, undefined]]);
  });

  it('does not correct from a quoted value', () => {
    const tokens = tokenize('I said 16 months, not 14 months');
    const drafts = [
      draftAt(tokens, '16', { type: 'duration', length: 2, extra: { quoted: true } }),
      draftAt(tokens, '14', { type: 'duration', length: 2 }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [16, undefined, undefined, true],
      [14, undefined, undefined, undefined],
    ]);
  });

  it('retracts a quoted value and corrects the next value after "but"', () => {
    const tokens = tokenize('I said 30% last time, but it was 35%');
    const drafts = [
      draftAt(tokens, '30%', { type: 'percentage', extra: { quoted: true } }),
      draftAt(tokens, '35%', { type: 'percentage', extra: { nonClaim: true } }),
    ];
    const result = applyCorrections(tokens, drafts, compiled);
    expect(flags(result)).toEqual([
      [30, undefined, undefined, true],
      [35, true, 30, undefined],
    ]);
    expect(result[1]!.nonClaim).toBe(false);
  });

  it('reads "however" like "but" after a quoted value', () => {
    const tokens = tokenize('I said 30% however it was 35%');
    const drafts = [
      draftAt(tokens, '30%', { type: 'percentage', extra: { quoted: true } }),
      draftAt(tokens, '35%', { type: 'percentage' }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [30, undefined, undefined, true],
      [35, true, 30, undefined],
    ]);
  });

  it('corrects only the first value of the same type after "but", and none before it', () => {
    const tokens = tokenize('I said 30% or 32%, but it took 3 months at 35% then 40%');
    const drafts = [
      draftAt(tokens, '30%', { type: 'percentage', extra: { quoted: true } }),
      draftAt(tokens, '32%', { type: 'percentage' }),
      draftAt(tokens, '3', { type: 'duration', length: 2 }),
      draftAt(tokens, '35%', { type: 'percentage' }),
      draftAt(tokens, '40%', { type: 'percentage' }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [30, undefined, undefined, true],
      [32, undefined, undefined, undefined],
      [3, undefined, undefined, undefined],
      [35, true, 30, undefined],
      [40, undefined, undefined, undefined],
    ]);
  });

  it('does not take a corrected value from the next sentence or without "but"', () => {
    for (const text of ['I said 30%. But it was 35%.', 'I said 30% and it was 35%']) {
      const tokens = tokenize(text);
      const drafts = [
        draftAt(tokens, '30%', { type: 'percentage', extra: { quoted: true } }),
        draftAt(tokens, '35%', { type: 'percentage' }),
      ];
      expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
        [30, undefined, undefined, true],
        [35, undefined, undefined, undefined],
      ]);
    }
  });

  it('does not correct from one quoted value to another', () => {
    const tokens = tokenize('I said 30%, but I also said 35%');
    const drafts = [
      draftAt(tokens, '30%', { type: 'percentage', extra: { quoted: true } }),
      draftAt(tokens, '35%', { type: 'percentage', extra: { quoted: true } }),
    ];
    expect(flags(applyCorrections(tokens, drafts, compiled))).toEqual([
      [30, undefined, undefined, true],
      [35, undefined, undefined, true],
    ]);
  });

  it('retracts "not X" in a corrective sentence only', () => {
    const corrective = tokenize('Correction: not 8.');
    expect(flags(applyCorrections(corrective, [draftAt(corrective, '8')], compiled))).toEqual([
      [8, true, undefined, true],
    ]);
    const plain = tokenize('It was not 8.');
    expect(flags(applyCorrections(plain, [draftAt(plain, '8')], compiled))).toEqual([
      [8, undefined, undefined, undefined],
    ]);
  });

  it('keeps a value at the very start of a corrective sentence', () => {
    const tokens = tokenize('8, correction');
    const draft = draftAt(tokens, '8');
    expect(flags(applyCorrections(tokens, [draft], compiled))).toEqual([[8, true, undefined, undefined]]);
  });
});
