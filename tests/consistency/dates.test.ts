import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../src/consistency/internal.js';
import { monthIndex, readDateAt, readDates } from '../../src/consistency/kinds/date.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

/** Month index written out by hand: year × 12 + month − 1. */
function month(year: number, number: number): number {
  return year * 12 + number - 1;
}

function dateAt(text: string, index: number, bareYearAllowed = false) {
  return readDateAt(tokenize(text), index, compiled, bareYearAllowed);
}

function datesAt(text: string, index: number) {
  return readDates(tokenize(text), index, compiled);
}

describe('monthIndex', () => {
  it('counts months from year zero, January first', () => {
    expect(monthIndex(2020, 1)).toBe(24_240);
    expect(monthIndex(2020, 12)).toBe(24_251);
  });
});

describe('readDateAt: years', () => {
  it('reads a year after a date preposition as its twelve months', () => {
    expect(dateAt('in 2019', 1)).toStrictEqual({
      low: month(2019, 1),
      high: month(2019, 12),
      start: 1,
      end: 2,
      approximate: false,
    });
  });

  it('reads a year after a capitalised preposition', () => {
    expect(dateAt('In 2019', 1)).toMatchObject({ low: month(2019, 1) });
  });

  it('reads the years 1950 and 2100 but not 1949 or 2101', () => {
    expect(dateAt('in 1950', 1)).toMatchObject({ low: month(1950, 1), high: month(1950, 12) });
    expect(dateAt('in 2100', 1)).toMatchObject({ low: month(2100, 1) });
    expect(dateAt('in 1949', 1)).toBeUndefined();
    expect(dateAt('in 2101', 1)).toBeUndefined();
  });

  it('does not read money, a suffixed number, a separated number or a decimal as a year', () => {
    expect(dateAt('in $2019', 1)).toBeUndefined();
    expect(dateAt('in 2019k', 1)).toBeUndefined();
    expect(dateAt('in 2,019', 1)).toBeUndefined();
    expect(dateAt('in 2019.0', 1)).toBeUndefined();
    expect(dateAt('in 20190', 1)).toBeUndefined();
    expect(dateAt('in 02019', 1)).toBeUndefined();
  });

  it('does not read a bare year without a preposition', () => {
    expect(dateAt('2019', 0)).toBeUndefined();
    expect(dateAt('the 2019 plan', 1)).toBeUndefined();
  });

  it('reads a bare year when allowed, as the second end of a range', () => {
    expect(dateAt('2019', 0, true)).toStrictEqual({
      low: month(2019, 1),
      high: month(2019, 12),
      start: 0,
      end: 1,
      approximate: false,
    });
  });

  it('reads a bare year that starts a range of years', () => {
    expect(dateAt('2018-2020', 0)).toMatchObject({ low: month(2018, 1), high: month(2018, 12), end: 1 });
    expect(dateAt('2018 To 2020', 0)).toMatchObject({ low: month(2018, 1) });
  });

  it('does not read a bare year followed by a joiner and no year', () => {
    expect(dateAt('2018 to 40', 0)).toBeUndefined();
    expect(dateAt('2018 and 2020', 0)).toBeUndefined();
  });

  it('reads nothing past the end, at punctuation or at an unknown word', () => {
    expect(dateAt('in', 1)).toBeUndefined();
    expect(dateAt('in -', 1)).toBeUndefined();
    expect(dateAt('Monday 2020', 0)).toBeUndefined();
  });
});

describe('readDateAt: months', () => {
  it('reads a month name and a year as one month', () => {
    expect(dateAt('March 2020', 0)).toStrictEqual({
      low: month(2020, 3),
      high: month(2020, 3),
      start: 0,
      end: 2,
      approximate: false,
    });
  });

  it('reads an abbreviated month and "of" before the year', () => {
    expect(dateAt('sept of 2020', 0)).toMatchObject({ low: month(2020, 9), end: 3 });
  });

  it('skips a day of the month, with or without a comma', () => {
    expect(dateAt('March 5, 2020', 0)).toMatchObject({ low: month(2020, 3), end: 4 });
    expect(dateAt('March 5 2020', 0)).toMatchObject({ low: month(2020, 3), end: 3 });
    expect(dateAt('March 5th 2020', 0)).toMatchObject({ low: month(2020, 3), end: 3 });
  });

  it('skips day 31 but not 32', () => {
    expect(dateAt('March 31 2020', 0)).toMatchObject({ low: month(2020, 3) });
    expect(dateAt('March 32 2020', 0)).toBeUndefined();
  });

  it('does not read a month name without a year', () => {
    expect(dateAt('March', 0)).toBeUndefined();
    expect(dateAt('March 5', 0)).toBeUndefined();
    expect(dateAt('March to 2020', 0)).toBeUndefined();
  });

  it('reads a month and year written with a slash', () => {
    expect(dateAt('3/2020', 0)).toStrictEqual({
      low: month(2020, 3),
      high: month(2020, 3),
      start: 0,
      end: 3,
      approximate: false,
    });
    expect(dateAt('1/2020', 0)).toMatchObject({ low: month(2020, 1) });
    expect(dateAt('12/2020', 0)).toMatchObject({ low: month(2020, 12) });
  });

  it('does not read a slash date with month 0, 13, a fraction, a suffix or no year', () => {
    expect(dateAt('0/2020', 0)).toBeUndefined();
    expect(dateAt('13/2020', 0)).toBeUndefined();
    expect(dateAt('1.5/2020', 0)).toBeUndefined();
    expect(dateAt('3%/2020', 0)).toBeUndefined();
    expect(dateAt('3/40', 0)).toBeUndefined();
    expect(dateAt('3 2020', 0)).toBeUndefined();
    expect(dateAt('3 - 2020', 0)).toBeUndefined();
  });
});

describe('readDateAt: quarters, halves and parts of a year', () => {
  it('reads quarter codes as three months', () => {
    expect(dateAt('Q1 2020', 0)).toStrictEqual({
      low: month(2020, 1),
      high: month(2020, 3),
      start: 0,
      end: 2,
      approximate: false,
    });
    expect(dateAt('q4 2020', 0)).toMatchObject({ low: month(2020, 10), high: month(2020, 12) });
  });

  it('reads half-year codes as six months, H2 but not H3', () => {
    expect(dateAt('H1 2021', 0)).toMatchObject({ low: month(2021, 1), high: month(2021, 6) });
    expect(dateAt('H2 2021', 0)).toMatchObject({ low: month(2021, 7), high: month(2021, 12) });
    expect(dateAt('H3 2021', 0)).toBeUndefined();
  });

  it('does not read a period code without a year or with an unknown letter', () => {
    expect(dateAt('Q3', 0)).toBeUndefined();
    expect(dateAt('Q5 2020', 0)).toBeUndefined();
    expect(dateAt('X3 2020', 0)).toBeUndefined();
    expect(dateAt('Q3 in 2020', 0)).toBeUndefined();
    expect(dateAt('aq1 2020', 0)).toBeUndefined();
    expect(dateAt('Q12 2020', 0)).toBeUndefined();
  });

  it('reads an ordinal half or quarter of a year', () => {
    expect(dateAt('first half of 2020', 0)).toStrictEqual({
      low: month(2020, 1),
      high: month(2020, 6),
      start: 0,
      end: 4,
      approximate: false,
    });
    expect(dateAt('second half of 2020', 0)).toMatchObject({ low: month(2020, 7), high: month(2020, 12) });
    expect(dateAt('third quarter of 2019', 0)).toMatchObject({ low: month(2019, 7), high: month(2019, 9) });
    expect(dateAt('Fourth quarter of 2019', 0)).toMatchObject({ low: month(2019, 10), high: month(2019, 12) });
  });

  it('does not read a third half, a fifth quarter, another unit, a missing "of" or a missing year', () => {
    expect(dateAt('third half of 2020', 0)).toBeUndefined();
    expect(dateAt('fifth quarter of 2020', 0)).toBeUndefined();
    expect(dateAt('first week of 2020', 0)).toBeUndefined();
    expect(dateAt('first half 2020', 0)).toBeUndefined();
    expect(dateAt('first half of the year', 0)).toBeUndefined();
    expect(dateAt('first half', 0)).toBeUndefined();
    expect(dateAt('first quarter and 2020', 0)).toBeUndefined();
    expect(dateAt('constructor half of 2020', 0)).toBeUndefined();
  });

  it('reads a part of a year as approximate months', () => {
    expect(dateAt('early 2020', 0)).toStrictEqual({
      low: month(2020, 1),
      high: month(2020, 4),
      start: 0,
      end: 2,
      approximate: true,
    });
    expect(dateAt('summer 2019', 0)).toMatchObject({ low: month(2019, 6), high: month(2019, 8), end: 2 });
  });

  it('skips a hyphen, "of" or "in" between the part and the year', () => {
    expect(dateAt('mid-2020', 0)).toMatchObject({ low: month(2020, 5), high: month(2020, 8), end: 3 });
    expect(dateAt('summer of 2019', 0)).toMatchObject({ low: month(2019, 6), end: 3 });
    expect(dateAt('fall in 2019', 0)).toMatchObject({ low: month(2019, 9), high: month(2019, 11), end: 3 });
  });

  it('reads end, start, beginning and middle only with "of"', () => {
    expect(dateAt('end of 2020', 0)).toMatchObject({ low: month(2020, 10), high: month(2020, 12) });
    expect(dateAt('start of 2020', 0)).toMatchObject({ low: month(2020, 1), high: month(2020, 3) });
    expect(dateAt('beginning of 2020', 0)).toMatchObject({ low: month(2020, 1) });
    expect(dateAt('middle of 2020', 0)).toMatchObject({ low: month(2020, 5) });
    for (const word of ['end', 'start', 'beginning', 'middle']) {
      expect(dateAt(`${word} 2020`, 0), word).toBeUndefined();
      expect(dateAt(`${word} in 2020`, 0), word).toBeUndefined();
    }
  });

  it('does not read a part of a year without a year', () => {
    expect(dateAt('early on', 0)).toBeUndefined();
    expect(dateAt('early', 0)).toBeUndefined();
  });
});

describe('readDates', () => {
  it('reads a month range whose first month takes the year of the second', () => {
    expect(datesAt('January to June 2021', 0)).toStrictEqual([
      { low: month(2021, 1), high: month(2021, 1), start: 0, end: 1, approximate: false, part: 'start' },
      { low: month(2021, 6), high: month(2021, 6), start: 2, end: 4, approximate: false, part: 'end' },
    ]);
  });

  it('does not take "may" alone as the first month of a range', () => {
    expect(datesAt('may to June 2021', 0)).toStrictEqual([]);
  });

  it('reads nothing from a month without a year and no range after it', () => {
    expect(datesAt('January and June 2021', 0)).toStrictEqual([]);
    expect(datesAt('January to the end', 0)).toStrictEqual([]);
    expect(datesAt('the team', 0)).toStrictEqual([]);
    expect(datesAt('Monday to June 2021', 0)).toStrictEqual([]);
    expect(datesAt('in', 1)).toStrictEqual([]);
  });

  it('joins two dates with "and" after "between"', () => {
    expect(datesAt('between January and June 2021', 1)).toStrictEqual([
      { low: month(2021, 1), high: month(2021, 1), start: 1, end: 2, approximate: false, part: 'start' },
      { low: month(2021, 6), high: month(2021, 6), start: 3, end: 5, approximate: false, part: 'end' },
    ]);
    expect(datesAt('between 2018 and 2020', 1).map((date) => date.part)).toStrictEqual(['start', 'end']);
    expect(datesAt('between 2018 or 2020', 1)).toStrictEqual([
      { low: month(2018, 1), high: month(2018, 12), start: 1, end: 2, approximate: false },
    ]);
  });

  it('reads a year followed by "and" another year as one date without "between"', () => {
    expect(datesAt('in 2018 and 2020', 1)).toStrictEqual([
      { low: month(2018, 1), high: month(2018, 12), start: 1, end: 2, approximate: false },
    ]);
  });

  it('reads a range of years as a start and an end', () => {
    expect(datesAt('2018-2020', 0)).toStrictEqual([
      { low: month(2018, 1), high: month(2018, 12), start: 0, end: 1, approximate: false, part: 'start' },
      { low: month(2020, 1), high: month(2020, 12), start: 2, end: 3, approximate: false, part: 'end' },
    ]);
  });

  it.each(['-', '–', '—', 'to', 'through', 'until', 'till', 'thru', 'To'])(
    'joins two years with "%s"',
    (joiner) => {
      const readings = datesAt(`2018 ${joiner} 2020`, 0);
      expect(readings.map((date) => [date.part, date.low])).toStrictEqual([
        ['start', month(2018, 1)],
        ['end', month(2020, 1)],
      ]);
    },
  );

  it('reads a range between two full months', () => {
    expect(datesAt('January 2020 to March 2021', 0).map((date) => [date.part, date.low])).toStrictEqual([
      ['start', month(2020, 1)],
      ['end', month(2021, 3)],
    ]);
  });

  it('keeps a range whose end is the same month as its start, not one that ends before it', () => {
    expect(datesAt('March 2020 to March 2020', 0)).toHaveLength(2);
    expect(datesAt('March 2020 to February 2020', 0)).toStrictEqual([
      { low: month(2020, 3), high: month(2020, 3), start: 0, end: 2, approximate: false },
    ]);
  });

  it('reads one date when no date follows the joiner', () => {
    expect(datesAt('in 2018 to the team', 1)).toStrictEqual([
      { low: month(2018, 1), high: month(2018, 12), start: 1, end: 2, approximate: false },
    ]);
  });

  it('keeps the approximation of a part of a year in a range', () => {
    expect(datesAt('early 2019 to late 2020', 0).map((date) => [date.part, date.approximate])).toStrictEqual([
      ['start', true],
      ['end', true],
    ]);
  });

  it('marks a date after a start cue as the start and after an end cue as the end', () => {
    expect(datesAt('I joined in March 2020', 3)).toStrictEqual([
      { low: month(2020, 3), high: month(2020, 3), start: 3, end: 5, approximate: false, part: 'start' },
    ]);
    expect(datesAt('I left in March 2020', 3)).toStrictEqual([
      { low: month(2020, 3), high: month(2020, 3), start: 3, end: 5, approximate: false, part: 'end' },
    ]);
  });

  it('marks a year after "since" as a start, after "until" as an end and after "from" as a start', () => {
    expect(datesAt('since 2019', 1)[0]?.part).toBe('start');
    expect(datesAt('until 2019', 1)[0]?.part).toBe('end');
    expect(datesAt('from 2019', 1)[0]?.part).toBe('start');
  });

  it('gives no part to a date without a cue', () => {
    expect(datesAt('in 2019', 1)).toStrictEqual([
      { low: month(2019, 1), high: month(2019, 12), start: 1, end: 2, approximate: false },
    ]);
  });

  it('takes the nearer cue when both a start and an end cue come before the date', () => {
    expect(datesAt('joined until 2019', 2)[0]?.part).toBe('end');
    expect(datesAt('left since 2019', 2)[0]?.part).toBe('start');
  });

  it('takes a cue eight tokens before the date but not nine', () => {
    expect(datesAt('joined the very big old new team in 2019', 8)[0]?.part).toBe('start');
    expect(datesAt('joined the very big old new red team in 2019', 9)[0]).not.toHaveProperty('part');
    expect(datesAt('wrapped up my part of the project in 2019', 8)[0]?.part).toBe('end');
    expect(datesAt('left the very big old new red team in 2019', 9)[0]).not.toHaveProperty('part');
  });

  it('ignores a cue behind a clause break', () => {
    expect(datesAt('joined, then in 2019', 4)).toStrictEqual([
      { low: month(2019, 1), high: month(2019, 12), start: 4, end: 5, approximate: false },
    ]);
  });

  it('takes the end when a start cue and an end cue are the same distance away', () => {
    const tied = compileLexicon({ ...englishLexicon, dateStartCues: ['stamp'], dateEndCues: ['stamp'] });
    expect(readDates(tokenize('stamp in 2019'), 2, tied)[0]?.part).toBe('end');
  });
});
