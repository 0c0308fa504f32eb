import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readReasons } from '../../src/consistency/kinds/leave-reason.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

/** Each reason read from text: its categories and token span. */
function reasonsIn(text: string) {
  return readReasons(tokenize(text), compiled).map((draft) => ({
    categories: draft.categories,
    start: draft.start,
    end: draft.end,
  }));
}

describe('readReasons', () => {
  it('reads the reason after "because of" as a leave-reason draft', () => {
    expect(readReasons(tokenize('I left because of burnout.'), compiled)).toEqual([
      {
        type: 'leaveReason',
        low: 0,
        high: 0,
        unit: 'categories',
        categories: ['burnout'],
        approximate: false,
        range: false,
        start: 1,
        end: 5,
      },
    ]);
  });

  it('keeps the last word when the sentence has no closing punctuation', () => {
    expect(reasonsIn('I left because of burnout')).toEqual([{ categories: ['burnout'], start: 1, end: 5 }]);
  });

  it('reads nothing when the leave verb gives no reason', () => {
    expect(reasonsIn('I left in June.')).toEqual([]);
    expect(reasonsIn('I left')).toEqual([]);
    expect(reasonsIn('I left x x')).toEqual([]);
  });

  it.each(['i', 'to', "i'd", "i'm", 'we', 'was', 'eventually', 'then', 'finally', 'ultimately'])(
    'reads "leave" after "%s" as the candidate leaving',
    (word) => {
      expect(reasonsIn(`${word} leave for more pay`)).toEqual([
        { categories: ['compensation'], start: 1, end: 5 },
      ]);
    },
  );

  it('ignores "leave" after another subject or at the start of the text', () => {
    expect(reasonsIn('they leave for more pay')).toEqual([]);
    expect(reasonsIn('leave for more pay')).toEqual([]);
  });

  it('ignores a negated or hypothetical leave up to three words back', () => {
    expect(reasonsIn('I never left because of pay')).toEqual([]);
    expect(reasonsIn('never x x left because of pay')).toEqual([]);
    expect(reasonsIn('never x x x left because of pay')).toEqual([
      { categories: ['compensation'], start: 4, end: 8 },
    ]);
  });

  it('reads "leave" after "if I" even though "if" marks a hypothetical', () => {
    expect(reasonsIn('if I leave for pay')).toEqual([{ categories: ['compensation'], start: 2, end: 5 }]);
    expect(reasonsIn('if I left for pay')).toEqual([]);
  });

  it('finds the lead-in up to seven words after the verb and no further', () => {
    expect(reasonsIn('I left x x x x x x because of pay')).toEqual([
      { categories: ['compensation'], start: 1, end: 11 },
    ]);
    expect(reasonsIn('I left x x x x x x x because of pay')).toEqual([]);
  });

  it('reads past a comma but not past other punctuation', () => {
    expect(reasonsIn('I left, because of pay')).toEqual([{ categories: ['compensation'], start: 1, end: 6 }]);
    expect(reasonsIn('I left (because of pay)')).toEqual([]);
  });

  it('gives the reason to the second leave verb when two come before the lead-in', () => {
    expect(reasonsIn('I left and quit for pay')).toEqual([
      { categories: ['compensation'], start: 3, end: 6 },
    ]);
  });

  it('reads no reason from the next sentence', () => {
    expect(reasonsIn('I left for a new role. Pay was great.')).toEqual([]);
  });

  it('reads the reason before "so I resigned"', () => {
    expect(reasonsIn('We moved to Berlin, so I resigned.')).toEqual([
      { categories: ['relocation'], start: 0, end: 8 },
    ]);
    expect(reasonsIn('We moved to Berlin, which is why I resigned.')).toEqual([
      { categories: ['relocation'], start: 0, end: 10 },
    ]);
    expect(reasonsIn('We moved to Berlin, so resigned')).toEqual([
      { categories: ['relocation'], start: 0, end: 7 },
    ]);
  });

  it('reads a reason word right before the lead-out', () => {
    expect(reasonsIn('It was about pay so I quit')).toEqual([
      { categories: ['compensation'], start: 0, end: 7 },
    ]);
    expect(reasonsIn('It was about pay which is why I quit')).toEqual([
      { categories: ['compensation'], start: 0, end: 9 },
    ]);
  });

  it('reads no reason before the verb without a lead-out', () => {
    expect(reasonsIn('We moved to Berlin, I resigned.')).toEqual([]);
  });

  it('reads the reason before the verb from its own sentence only', () => {
    expect(reasonsIn('It was fine. The pay was low, so I quit.')).toEqual([
      { categories: ['compensation'], start: 4, end: 12 },
    ]);
  });

  it('reads no reason before a lead-out when the clause before holds no category word', () => {
    expect(reasonsIn('It was fine, hence I quit.')).toEqual([]);
  });

  it('joins the reasons before and after the verb, sorted', () => {
    expect(reasonsIn('The pay was low, so I quit to grow.')).toEqual([
      { categories: ['career_growth', 'compensation'], start: 0, end: 10 },
    ]);
  });

  it('reads an involuntary exit as its category without a stated reason', () => {
    expect(reasonsIn('I was laid off.')).toEqual([{ categories: ['layoff'], start: 2, end: 4 }]);
    expect(reasonsIn('I was fired')).toEqual([{ categories: ['performance'], start: 2, end: 3 }]);
  });

  it('reads every leave verb of a text', () => {
    expect(reasonsIn('I left for pay. Then I quit to grow.')).toEqual([
      { categories: ['compensation'], start: 1, end: 4 },
      { categories: ['career_growth'], start: 7, end: 10 },
    ]);
  });
});
