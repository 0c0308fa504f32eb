import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { readDates } from '../../src/consistency/kinds/date.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { tokenize } from '../../src/text/index.js';

// readDates(tokens, index): the date (or range) starting at token `index`, as month indexes
// (year × 12 + month − 1) over the tokens [start, end) it covers. Token indexes are counted by hand
// in each test: words, numbers and punctuation are one token each.

const compiled = compileLexicon(englishLexicon);
const month = (year: number, number: number) => year * 12 + number - 1;

function read(text: string, at: number) {
  return readDates(tokenize(text), at, compiled);
}

function months(text: string, at: number) {
  return read(text, at).map(({ low, high, part }) => ({ low, high, part }));
}

describe('readDates: a month and year', () => {
  it('reads "March 2021" over its two tokens', () => {
    expect(read('in March 2021', 1)).toEqual([
      { low: month(2021, 3), high: month(2021, 3), start: 1, end: 3, approximate: false },
    ]);
  });

  it('skips "of" and a day, with or without a comma', () => {
    expect(read('in March of 2021', 1)[0]).toMatchObject({ low: month(2021, 3), end: 4 });
    expect(read('on March 5, 2021', 1)[0]).toMatchObject({ low: month(2021, 3), end: 5 });
    expect(read('on March 31 2021', 1)[0]).toMatchObject({ low: month(2021, 3), end: 4 });
  });

  it('does not take a number above 31 for a day', () => {
    expect(read('in March 32 2021', 1)).toEqual([]);
  });

  it('reads years from 1950 to 2100 only, written as four plain digits', () => {
    expect(read('in March 1950', 1)[0]?.low).toBe(month(1950, 3));
    expect(read('in March 2100', 1)[0]?.low).toBe(month(2100, 3));
    expect(read('in March 1949', 1)).toEqual([]);
    expect(read('in March 2101', 1)).toEqual([]);
    expect(read('in March 2021s', 1)).toEqual([]);
    expect(read('in March $2021', 1)).toEqual([]);
    expect(read('in March 20210', 1)).toEqual([]);
  });

  it('needs a year: a month alone is no date', () => {
    expect(read('in March', 1)).toEqual([]);
  });
});

describe('readDates: quarters, halves and parts of a year', () => {
  it('reads Q1–Q4 and H1–H2 with a year', () => {
    expect(read('in Q1 2020', 1)).toEqual([
      { low: month(2020, 1), high: month(2020, 3), start: 1, end: 3, approximate: false },
    ]);
    expect(months('in Q4 2020', 1)[0]).toMatchObject({ low: month(2020, 10), high: month(2020, 12) });
    expect(months('in h2 2022', 1)[0]).toMatchObject({ low: month(2022, 7), high: month(2022, 12) });
    expect(months('in H1 2022', 1)[0]).toMatchObject({ low: month(2022, 1), high: month(2022, 6) });
  });

  it('refuses a half that does not exist, and a code without a year', () => {
    expect(read('in H3 2022', 1)).toEqual([]);
    expect(read('in Q1 of the year', 1)).toEqual([]);
  });

  it('reads "the second half of 2021" and "the first quarter of 2020"', () => {
    expect(read('in the second half of 2021', 2)).toEqual([
      { low: month(2021, 7), high: month(2021, 12), start: 2, end: 6, approximate: false },
    ]);
    expect(months('in the first quarter of 2020', 2)[0]).toMatchObject({
      low: month(2020, 1),
      high: month(2020, 3),
    });
    expect(months('in the fourth quarter of 2020', 2)[0]).toMatchObject({
      low: month(2020, 10),
      high: month(2020, 12),
    });
  });

  it('refuses ordinal periods that are not one', () => {
    expect(read('in the third half of 2021', 2)).toEqual([]);
    expect(read('in the second half 2021', 2)).toEqual([]);
    expect(read('in the second week of 2021', 2)).toEqual([]);
    expect(read('in the constructor half of 2021', 2)).toEqual([]);
  });

  it('reads seasons and parts of a year as hedged intervals', () => {
    expect(read('in early 2021', 1)).toEqual([
      { low: month(2021, 1), high: month(2021, 4), start: 1, end: 3, approximate: true },
    ]);
    expect(months('in spring 2020', 1)[0]).toMatchObject({ low: month(2020, 3), high: month(2020, 5) });
    expect(months('summer in 2020', 0)[0]).toMatchObject({ low: month(2020, 6), high: month(2020, 8) });
    expect(months('late 2021', 0)[0]).toMatchObject({ low: month(2021, 9), high: month(2021, 12) });
  });

  it('needs "of" after end, start, beginning and middle', () => {
    expect(read('by the end of 2020', 2)).toEqual([
      { low: month(2020, 10), high: month(2020, 12), start: 2, end: 5, approximate: true },
    ]);
    expect(read('by the end 2020', 2)).toEqual([]);
    expect(read('by the end in 2020', 2)).toEqual([]);
    expect(months('at the middle of 2020', 2)[0]).toMatchObject({ low: month(2020, 5), high: month(2020, 8) });
  });
});

describe('readDates: numeric months and bare years', () => {
  it('reads month/year', () => {
    expect(read('in 03/2021', 1)).toEqual([
      { low: month(2021, 3), high: month(2021, 3), start: 1, end: 4, approximate: false },
    ]);
    expect(read('in 1/2021', 1)[0]?.low).toBe(month(2021, 1));
    expect(read('in 12/2021', 1)[0]?.low).toBe(month(2021, 12));
  });

  it('refuses a month number outside 1–12 or not whole', () => {
    expect(read('in 13/2021', 1)).toEqual([]);
    expect(read('in 0/2021', 1)).toEqual([]);
    expect(read('in 1.5/2021', 1)).toEqual([]);
    expect(read('in 3k/2021', 1)).toEqual([]);
  });

  it('reads a year after a date preposition as its twelve months', () => {
    expect(read('in 2019', 1)).toEqual([
      { low: month(2019, 1), high: month(2019, 12), start: 1, end: 2, approximate: false },
    ]);
    expect(read('2019 customers', 0)).toEqual([]);
  });

  it('reads a bare year that opens a range of years', () => {
    expect(months('2019-2021 at Acme', 0)).toEqual([
      { low: month(2019, 1), high: month(2019, 12), part: 'start' },
      { low: month(2021, 1), high: month(2021, 12), part: 'end' },
    ]);
    expect(months('2019 to 2021', 0)).toHaveLength(2);
    expect(read('2019 to 100 people', 0)).toEqual([]);
  });
});

describe('readDates: ranges', () => {
  it('reads "from March 2019 to June 2021" as a start and an end', () => {
    expect(read('from March 2019 to June 2021', 1)).toEqual([
      { low: month(2019, 3), high: month(2019, 3), start: 1, end: 3, approximate: false, part: 'start' },
      { low: month(2021, 6), high: month(2021, 6), start: 4, end: 6, approximate: false, part: 'end' },
    ]);
  });

  it('joins with through, thru, until, till and dashes', () => {
    for (const joiner of ['through', 'thru', 'until', 'till', '–', '—', '-']) {
      expect(months(`from 2019 ${joiner} 2021`, 1)).toHaveLength(2);
    }
  });

  it('takes the year of a range end for a month without one, after "between"', () => {
    expect(read('between January and June 2021', 1)).toEqual([
      { low: month(2021, 1), high: month(2021, 1), start: 1, end: 2, approximate: false, part: 'start' },
      { low: month(2021, 6), high: month(2021, 6), start: 3, end: 5, approximate: false, part: 'end' },
    ]);
    expect(months('January to June 2021', 0)).toHaveLength(2);
  });

  it('does not join with "and" without "between", nor read "may" as a month without a year', () => {
    expect(read('January and June 2021', 0)).toEqual([]);
    expect(read('may to June 2021', 0)).toEqual([]);
    expect(read('January to the team', 0)).toEqual([]);
  });

  it('accepts a range whose ends are the same month, and not one that runs backwards', () => {
    expect(months('from March 2021 to March 2021', 1)).toHaveLength(2);
    expect(months('from 2021 to 2019', 1)).toEqual([
      { low: month(2021, 1), high: month(2021, 12), part: 'start' },
    ]);
  });
});

describe('readDates: start or end, from the words before', () => {
  it('takes the nearer cue within eight tokens', () => {
    expect(months('I joined in 2019', 3)[0]?.part).toBe('start');
    expect(months('I left in 2019', 3)[0]?.part).toBe('end');
    expect(months('joined then left in 2019', 4)[0]?.part).toBe('end');
    expect(months('left then joined in 2019', 4)[0]?.part).toBe('start');
    expect(months('joined the old company in 2019', 5)[0]?.part).toBe('start');
    expect(months('joined the big old company in 2019', 6)[0]?.part).toBe('start');
    expect(months('joined the very big old new red company in 2019', 9)[0]?.part).toBeUndefined();
  });

  it('reads "from" before a date as its start, and no cue as no part', () => {
    expect(months('from 2019', 1)[0]?.part).toBe('start');
    expect(months('during 2019', 1)[0]?.part).toBeUndefined();
  });
});
