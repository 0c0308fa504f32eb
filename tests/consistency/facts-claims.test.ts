import { describe, expect, it } from 'vitest';
import { claimFromFact } from '../../src/consistency/facts.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import type { Fact } from '../../src/index.js';

// Structured facts (story.tellings[].facts) become claims in the same canonical units as free text.

const compiled = compileLexicon(englishLexicon);
const month = (year: number, number: number) => year * 12 + number - 1;

function claimOf(fact: Fact, text = '', round = 1, storyId: string | undefined = 'story-1') {
  return claimFromFact(fact, 0, text, compiled, round, storyId);
}

describe('claimFromFact: durations', () => {
  it('converts the unit to months and names the subject', () => {
    const claim = claimOf({ subject: 'pilot length', kind: 'duration', value: 6, unit: 'weeks' });
    expect(claim?.attribute).toBe('duration.pilot');
    expect(claim?.unit).toBe('months');
    expect(claim?.low).toBeCloseTo((6 * 12) / 52, 9);
    expect(claim?.high).toBeCloseTo((6 * 12) / 52, 9);
  });

  it('reads the unit whatever its case and spacing, and months when none is given', () => {
    expect(claimOf({ subject: 'tenure', kind: 'duration', value: 2, unit: ' Years ' })?.low).toBe(24);
    expect(claimOf({ subject: 'tenure', kind: 'duration', value: 5 })?.low).toBe(5);
    expect(claimOf({ subject: 'tenure', kind: 'duration', value: 5, unit: 'fortnights' })?.low).toBe(5);
  });

  it('leaves the subject out of the attribute when the lexicon does not know it', () => {
    expect(claimOf({ subject: 'tenure', kind: 'duration', value: 5 })?.attribute).toBe('duration');
  });

  it('gives no claim for a numeric kind with a text value', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 'six weeks' })).toBeUndefined();
  });
});

describe('claimFromFact: money', () => {
  it('reads a currency from a sign, a word or a three-letter code', () => {
    const dollars = claimOf({ subject: 'budget', kind: 'money', value: 200_000, unit: '$' });
    expect(dollars).toMatchObject({
      attribute: 'money.budget',
      low: 200_000,
      high: 200_000,
      currency: 'USD',
      unit: 'USD',
    });
    expect(claimOf({ subject: 'budget', kind: 'money', value: 5, unit: 'Euros' })?.currency).toBe('EUR');
    expect(claimOf({ subject: 'budget', kind: 'money', value: 5, unit: 'chf' })?.currency).toBe('CHF');
  });

  it('keeps an amount in an unknown currency without inventing one', () => {
    const claim = claimOf({ subject: 'budget', kind: 'money', value: 5, unit: 'bucks' });
    expect(claim?.unit).toBe('unknown');
    expect(claim).not.toHaveProperty('currency');
    expect(claimOf({ subject: 'budget', kind: 'money', value: 5 })?.unit).toBe('unknown');
  });
});

describe('claimFromFact: percentages and counts', () => {
  it('takes the direction from the subject: a cut is negative and signed', () => {
    const claim = claimOf({ subject: 'cost cut', kind: 'percentage', value: 20, unit: '%' });
    expect(claim).toMatchObject({
      attribute: 'percentage.cost',
      low: -20,
      high: -20,
      unit: 'percent',
      signed: true,
    });
    expect(claimOf({ subject: 'cost cut', kind: 'percentage', value: -20 })?.low).toBe(-20);
  });

  it('keeps the value of a rise, and marks a figure without direction unsigned', () => {
    expect(claimOf({ subject: 'revenue growth', kind: 'percentage', value: 30 })).toMatchObject({
      low: 30,
      signed: true,
    });
    expect(claimOf({ subject: 'churn', kind: 'percentage', value: 4 })).toMatchObject({
      attribute: 'percentage.churn',
      low: 4,
      signed: false,
    });
  });

  it('reads a count with its subject', () => {
    expect(claimOf({ subject: 'team size', kind: 'count', value: 8 })).toMatchObject({
      type: 'count',
      attribute: 'count.team',
      low: 8,
      high: 8,
      unit: 'count',
    });
  });
});

describe('claimFromFact: dates', () => {
  it('reads a year as its twelve months', () => {
    expect(claimOf({ subject: 'joined', kind: 'date', value: 2021 })).toMatchObject({
      low: month(2021, 1),
      high: month(2021, 12),
      unit: 'month-index',
    });
    expect(claimOf({ subject: 'joined', kind: 'date', value: 2021.5 })).toBeUndefined();
  });

  it('reads an ISO month or day as that month', () => {
    expect(claimOf({ subject: 'joined', kind: 'date', value: '2021-03' })).toMatchObject({
      low: month(2021, 3),
      high: month(2021, 3),
    });
    expect(claimOf({ subject: 'joined', kind: 'date', value: ' 2021-03-15 ' })?.low).toBe(month(2021, 3));
  });

  it('reads a written date, and gives no claim for text that is not one', () => {
    expect(claimOf({ subject: 'joined', kind: 'date', value: 'March 2021' })).toMatchObject({
      low: month(2021, 3),
      high: month(2021, 3),
    });
    expect(claimOf({ subject: 'joined', kind: 'date', value: 'a while ago' })).toBeUndefined();
  });

  it('tells a start date from an end date by the subject', () => {
    expect(claimOf({ subject: 'joined Acme', kind: 'date', value: 2021 })?.attribute).toBe('date.start');
    expect(claimOf({ subject: 'start of the role', kind: 'date', value: 2021 })?.attribute).toBe(
      'date.start',
    );
    expect(claimOf({ subject: 'left Acme', kind: 'date', value: 2023 })?.attribute).toBe('date.end');
    expect(claimOf({ subject: 'end of the contract', kind: 'date', value: 2023 })?.attribute).toBe(
      'date.end',
    );
    expect(claimOf({ subject: 'promotion', kind: 'date', value: 2022 })?.attribute).toBe('date');
  });
});

describe('claimFromFact: titles, reasons and stances', () => {
  it('takes the highest title on the ladder, with its whole phrase as the label', () => {
    expect(claimOf({ subject: 'title', kind: 'title', value: 'Senior Engineer' })).toMatchObject({
      type: 'role',
      low: 2,
      high: 2,
      unit: 'level',
      label: 'senior',
    });
    expect(claimOf({ subject: 'title', kind: 'title', value: 'Tech Lead' })).toMatchObject({
      low: 3,
      label: 'tech lead',
    });
    expect(claimOf({ subject: 'title', kind: 'title', value: 'wizard' })).toBeUndefined();
  });

  it('collects every reason category once, sorted', () => {
    expect(
      claimOf({
        subject: 'why I left',
        kind: 'reason',
        value: 'laid off, and I wanted to grow; layoffs again',
      }),
    ).toMatchObject({ type: 'leaveReason', unit: 'categories', categories: ['career_growth', 'layoff'] });
    expect(claimOf({ subject: 'why I left', kind: 'reason', value: 'no comment' })).toBeUndefined();
  });

  it('keys a stance by its subject and keeps its wording', () => {
    expect(claimOf({ subject: 'Relocation to Berlin!', kind: 'stance', value: '  Keen  ' })).toMatchObject({
      type: 'stance',
      subject: 'relocation-to-berlin',
      attribute: 'stance.relocation-to-berlin',
      label: 'keen',
      unit: 'text',
    });
  });
});

describe('claimFromFact: where the claim was read', () => {
  it('quotes the sentence of the telling that holds the value', () => {
    const text = 'First we planned. We grew revenue by 30% in a year. Then we hired.';
    const claim = claimFromFact(
      { subject: 'revenue growth', kind: 'percentage', value: 30, unit: '%' },
      2,
      text,
      compiled,
      2,
      'story-9',
    );
    expect(claim?.storyId).toBe('story-9');
    expect(claim?.source).toEqual({
      round: 2,
      start: text.indexOf('30'),
      end: text.indexOf('30') + 2,
      text: 'revenue growth: 30 %',
      sentence: 'We grew revenue by 30% in a year.',
      factIndex: 2,
    });
  });

  it('ends the quote at a question or exclamation mark, or at the end of the text', () => {
    const asked = claimOf({ subject: 'team', kind: 'count', value: 12 }, 'Was it 12? I think so.');
    expect(asked?.source.sentence).toBe('Was it 12?');
    const exclaimed = claimOf({ subject: 'team', kind: 'count', value: 12 }, 'Wow. We were 12! Really.');
    expect(exclaimed?.source.sentence).toBe('We were 12!');
    const open = claimOf({ subject: 'team', kind: 'count', value: 12 }, 'So. A team of 12 in v2.5 of it');
    expect(open?.source.sentence).toBe('A team of 12 in v2.5 of it');
  });

  it('quotes nothing when the value does not appear in the telling', () => {
    const claim = claimOf({ subject: 'team', kind: 'count', value: 12 }, 'A dozen of us.');
    expect(claim?.source).toMatchObject({ start: 0, end: 0, sentence: '', text: 'team: 12' });
  });

  it('carries the fact’s hedge and correction marks, and no story when none is given', () => {
    const claim = claimFromFact(
      { subject: 'team', kind: 'count', value: 12, approximate: true, corrects: true },
      0,
      '',
      compiled,
      1,
      undefined,
    );
    expect(claim).toMatchObject({ approximate: true, corrective: true, range: false, derived: false });
    expect(claim).not.toHaveProperty('storyId');
    expect(claimOf({ subject: 'team', kind: 'count', value: 12 })).toMatchObject({
      approximate: false,
      corrective: false,
    });
  });
});
