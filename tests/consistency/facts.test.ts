import { describe, expect, it } from 'vitest';
import { englishLexicon, type Fact } from '../../src/index.js';
import { factClaim } from './fixtures.js';

// Structured facts (story.tellings[].facts) become claims in the same canonical units as free text, read
// through the public checkConsistency (merged from facts and facts-claims, issue 15 item 6).

function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** The claim of one fact told in round 1 of story-1, with an empty telling unless one is given. */
function claimOf(fact: Fact, text = '') {
  return factClaim(fact, text);
}

describe('structured facts: one claim per kind of fact', () => {
  it('turns a duration fact into a duration claim quoting its sentence', () => {
    const fact: Fact = { subject: 'pilot duration', kind: 'duration', value: 14, unit: 'months' };
    const text = 'The pilot took 14 months. Then we shipped.';
    expect(factClaim(fact, text, { index: 2 })).toStrictEqual({
      storyId: 'story-1',
      type: 'duration',
      subject: 'pilot',
      low: 14,
      high: 14,
      unit: 'months',
      attribute: 'duration.pilot',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: {
        round: 1,
        start: 15,
        end: 17,
        text: 'pilot duration: 14 months',
        sentence: 'The pilot took 14 months.',
        factIndex: 2,
      },
    });
  });

  it('turns a money fact with a currency sign into a money claim in that currency', () => {
    const fact: Fact = { subject: 'project budget', kind: 'money', value: 2_000_000, unit: '$' };
    expect(factClaim(fact, 'The budget was 2000000 dollars.', { round: 2 })).toStrictEqual({
      storyId: 'story-1',
      type: 'money',
      subject: 'budget',
      low: 2_000_000,
      high: 2_000_000,
      unit: 'USD',
      currency: 'USD',
      attribute: 'money.budget',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: {
        round: 2,
        start: 15,
        end: 22,
        text: 'project budget: 2000000 $',
        sentence: 'The budget was 2000000 dollars.',
        factIndex: 0,
      },
    });
  });

  it('turns a percentage fact with a rise word into a signed percentage claim', () => {
    const fact: Fact = { subject: 'revenue grew', kind: 'percentage', value: 30, unit: '%' };
    expect(claimOf(fact)).toStrictEqual({
      storyId: 'story-1',
      type: 'percentage',
      subject: 'revenue',
      low: 30,
      high: 30,
      unit: 'percent',
      signed: true,
      attribute: 'percentage.revenue',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: { round: 1, start: 0, end: 0, text: 'revenue grew: 30 %', sentence: '', factIndex: 0 },
    });
  });

  it('turns a count fact into a count claim', () => {
    const fact: Fact = { subject: 'team size', kind: 'count', value: 12 };
    expect(claimOf(fact, 'I led a team. It had 12 engineers.')).toStrictEqual({
      storyId: 'story-1',
      type: 'count',
      subject: 'team',
      low: 12,
      high: 12,
      unit: 'count',
      attribute: 'count.team',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: {
        round: 1,
        start: 21,
        end: 23,
        text: 'team size: 12',
        sentence: 'It had 12 engineers.',
        factIndex: 0,
      },
    });
  });

  it('turns a date fact into a start date claim of one month', () => {
    const fact: Fact = { subject: 'joined company', kind: 'date', value: '2021-03' };
    expect(claimOf(fact)).toStrictEqual({
      storyId: 'story-1',
      type: 'date',
      low: monthIndex(2021, 3),
      high: monthIndex(2021, 3),
      unit: 'month-index',
      part: 'start',
      attribute: 'date.start',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: { round: 1, start: 0, end: 0, text: 'joined company: 2021-03', sentence: '', factIndex: 0 },
    });
  });

  it('turns a title fact into a role claim at the level of its title', () => {
    const fact: Fact = { subject: 'title', kind: 'title', value: 'Tech Lead' };
    expect(claimOf(fact)).toStrictEqual({
      storyId: 'story-1',
      type: 'role',
      low: 3,
      high: 3,
      unit: 'level',
      label: 'tech lead',
      attribute: 'role',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: { round: 1, start: 0, end: 0, text: 'title: Tech Lead', sentence: '', factIndex: 0 },
    });
  });

  it('turns a reason fact into a leave-reason claim with its categories in order', () => {
    const fact: Fact = { subject: 'why I left', kind: 'reason', value: 'better pay and room to grow' };
    expect(claimOf(fact)).toStrictEqual({
      storyId: 'story-1',
      type: 'leaveReason',
      low: 0,
      high: 0,
      unit: 'categories',
      categories: ['career_growth', 'compensation'],
      attribute: 'leaveReason',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: {
        round: 1,
        start: 0,
        end: 0,
        text: 'why I left: better pay and room to grow',
        sentence: '',
        factIndex: 0,
      },
    });
  });

  it('turns a stance fact into a stance claim keyed by its subject', () => {
    const fact: Fact = { subject: 'Remote work', kind: 'stance', value: ' In favour ' };
    expect(claimOf(fact)).toStrictEqual({
      storyId: 'story-1',
      type: 'stance',
      subject: 'remote-work',
      low: 0,
      high: 0,
      unit: 'text',
      label: 'in favour',
      attribute: 'stance.remote-work',
      approximate: false,
      range: false,
      derived: false,
      corrective: false,
      source: { round: 1, start: 0, end: 0, text: 'Remote work:  In favour ', sentence: '', factIndex: 0 },
    });
  });
});

describe('structured facts: flags and story', () => {
  it('carries the approximate flag of the fact', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6, approximate: true })?.approximate).toBe(
      true,
    );
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6, approximate: false })?.approximate).toBe(
      false,
    );
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6 })?.approximate).toBe(false);
  });

  it('marks a fact that corrects an earlier one as corrective', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6, corrects: true })?.corrective).toBe(true);
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6 })?.corrective).toBe(false);
  });

  it('gives the claim the story of the telling', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6 })?.storyId).toBe('story-1');
  });

  it('leaves the subject out when the fact names no known subject', () => {
    const claim = claimOf({ subject: 'the whole project', kind: 'duration', value: 6 });
    expect(claim?.attribute).toBe('duration');
    expect(claim).not.toHaveProperty('subject');
  });

  it('gives no claim for a numeric kind whose value is text', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: '14' })).toBeUndefined();
    expect(claimOf({ subject: 'team', kind: 'count', value: 'twelve' })).toBeUndefined();
    expect(claimOf({ subject: 'budget', kind: 'money', value: '2M' })).toBeUndefined();
    expect(claimOf({ subject: 'revenue', kind: 'percentage', value: '30%' })).toBeUndefined();
  });
});

describe('structured facts: durations', () => {
  it('converts weeks to months', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 6, unit: 'weeks' })?.low).toBeCloseTo(
      72 / 52,
      10,
    );
  });

  it('reads the unit whatever its case and surrounding spaces', () => {
    const claim = claimOf({ subject: 'pilot', kind: 'duration', value: 2, unit: ' Years ' });
    expect([claim?.low, claim?.high, claim?.unit]).toEqual([24, 24, 'months']);
  });

  it('takes a duration without a unit or with an unknown unit as months', () => {
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 3 })?.low).toBe(3);
    expect(claimOf({ subject: 'pilot', kind: 'duration', value: 3, unit: 'sprints' })?.low).toBe(3);
  });
});

describe('structured facts: money', () => {
  function moneyOf(unit: string | undefined) {
    const fact: Fact =
      unit === undefined
        ? { subject: 'budget', kind: 'money', value: 500 }
        : { subject: 'budget', kind: 'money', value: 500, unit };
    return claimOf(fact);
  }

  it.each([
    ['€', 'EUR'],
    ['euros', 'EUR'],
    ['Pounds', 'GBP'],
    ['chf', 'CHF'],
    ['sek', 'SEK'],
    ['NOK', 'NOK'],
  ])('reads the currency unit "%s" as %s', (unit, currency) => {
    const claim = moneyOf(unit);
    expect([claim?.unit, claim?.currency]).toEqual([currency, currency]);
  });

  it.each([['kr'], ['bucks'], [''], [undefined]])('leaves the currency of unit %j unknown', (unit) => {
    const claim = moneyOf(unit);
    expect(claim?.unit).toBe('unknown');
    expect(claim).not.toHaveProperty('currency');
  });

  it('keeps a money fact without a known subject under the bare money attribute', () => {
    expect(claimOf({ subject: 'amount', kind: 'money', value: 5, unit: '$' })?.attribute).toBe('money');
  });
});

describe('structured facts: percentages', () => {
  function percentOf(subject: string, value: number) {
    const claim = claimOf({ subject, kind: 'percentage', value });
    return { low: claim?.low, high: claim?.high, signed: claim?.signed };
  }

  it('makes a fall word turn a positive value negative', () => {
    expect(percentOf('costs cut', 20)).toEqual({ low: -20, high: -20, signed: true });
  });

  it('keeps a negative value under a fall word negative', () => {
    expect(percentOf('costs cut', -20)).toEqual({ low: -20, high: -20, signed: true });
  });

  it('keeps a rise word value as given', () => {
    expect(percentOf('revenue growth', 30)).toEqual({ low: 30, high: 30, signed: true });
  });

  it('keeps the value and marks it unsigned without a direction word', () => {
    expect(percentOf('conversion rate', 5)).toEqual({ low: 5, high: 5, signed: false });
    expect(percentOf('churn', -3)).toEqual({ low: -3, high: -3, signed: false });
  });
});

describe('structured facts: dates', () => {
  function dateOf(value: string | number, subject = 'milestone') {
    const claim = claimOf({ subject, kind: 'date', value });
    return claim === undefined ? undefined : { low: claim.low, high: claim.high, attribute: claim.attribute };
  }

  it('reads a year as its twelve months', () => {
    expect(dateOf(2021)).toEqual({ low: monthIndex(2021, 1), high: monthIndex(2021, 12), attribute: 'date' });
  });

  it('gives no claim for a fractional year', () => {
    expect(dateOf(2021.5)).toBeUndefined();
  });

  it('reads an ISO date as its month', () => {
    expect(dateOf('2021-03-15')).toEqual({
      low: monthIndex(2021, 3),
      high: monthIndex(2021, 3),
      attribute: 'date',
    });
    expect(dateOf(' 2021-12 ')).toEqual({
      low: monthIndex(2021, 12),
      high: monthIndex(2021, 12),
      attribute: 'date',
    });
  });

  it('reads a written month and year', () => {
    expect(dateOf('May 2020')).toEqual({
      low: monthIndex(2020, 5),
      high: monthIndex(2020, 5),
      attribute: 'date',
    });
  });

  it('reads a quarter as its three months', () => {
    expect(dateOf('Q3 2022')).toEqual({
      low: monthIndex(2022, 7),
      high: monthIndex(2022, 9),
      attribute: 'date',
    });
  });

  it('spans from the first to the last date written', () => {
    expect(dateOf('January 2019 to June 2021')).toEqual({
      low: monthIndex(2019, 1),
      high: monthIndex(2021, 6),
      attribute: 'date',
    });
  });

  it('reads a text that only contains an ISO date later on as text', () => {
    expect(dateOf('May 2020 (ticket 2021-03)')?.low).toBe(monthIndex(2020, 5));
  });

  it('leaves the part out of a date with neither a start nor an end word', () => {
    const claim = claimOf({ subject: 'milestone', kind: 'date', value: '2021-03' });
    expect(claim?.attribute).toBe('date');
    expect(claim).not.toHaveProperty('part');
  });

  it('gives no claim for a text without a date', () => {
    expect(dateOf('soon')).toBeUndefined();
  });

  it('marks a date as a start after a start word', () => {
    expect(dateOf('2021-03', 'joined company')?.attribute).toBe('date.start');
    expect(dateOf('2021-03', 'start date')?.attribute).toBe('date.start');
  });

  it('marks a date as an end after an end word', () => {
    expect(dateOf('2021-03', 'left company')?.attribute).toBe('date.end');
    expect(dateOf('2021-03', 'end date')?.attribute).toBe('date.end');
  });

  it('prefers the start when the subject names both', () => {
    expect(dateOf('2021-03', 'started and left')?.attribute).toBe('date.start');
  });

  it('reads the words start and end even in a lexicon without date cues', () => {
    const lexicon = { ...englishLexicon, dateStartCues: [], dateEndCues: [] };
    const start = factClaim({ subject: 'start date', kind: 'date', value: 2020 }, '', { lexicon });
    const end = factClaim({ subject: 'end date', kind: 'date', value: 2020 }, '', { lexicon });
    const joined = factClaim({ subject: 'joined', kind: 'date', value: 2020 }, '', { lexicon });
    expect([start?.attribute, end?.attribute, joined?.attribute]).toEqual(['date.start', 'date.end', 'date']);
  });
});

describe('structured facts: titles, reasons and stances', () => {
  function titleOf(value: string | number) {
    const claim = claimOf({ subject: 'title', kind: 'title', value });
    return claim === undefined ? undefined : { level: claim.low, label: claim.label };
  }

  it('keeps the highest title word and labels it by its whole phrase', () => {
    expect(titleOf('Head of Engineering')).toEqual({ level: 5, label: 'head of' });
    expect(titleOf('Engineer then Senior Engineer')).toEqual({ level: 2, label: 'senior' });
  });

  it('keeps the first of two title words at the same level', () => {
    expect(titleOf('Senior Staff Engineer')).toEqual({ level: 2, label: 'senior' });
  });

  it('gives no claim for a title without a known title word', () => {
    expect(titleOf('Ninja')).toBeUndefined();
    expect(titleOf(3)).toBeUndefined();
  });

  it('lists a reason category once however often it is named', () => {
    const claim = claimOf({ subject: 'reason', kind: 'reason', value: 'to grow and get promoted' });
    expect(claim?.categories).toEqual(['career_growth']);
  });

  it('sorts the reason categories, whatever order the text names them in', () => {
    const claim = claimOf({
      subject: 'why I left',
      kind: 'reason',
      value: 'laid off, and I wanted to grow; layoffs again',
    });
    expect(claim?.categories).toEqual(['career_growth', 'layoff']);
  });

  it('gives no claim for a reason without a known category', () => {
    expect(claimOf({ subject: 'reason', kind: 'reason', value: 'it was time' })).toBeUndefined();
  });

  it('keys a stance by its subject in lower case with single hyphens between words', () => {
    const claim = claimOf({ subject: '--Return  to Office!', kind: 'stance', value: 'Against' });
    expect([claim?.subject, claim?.attribute, claim?.label]).toEqual([
      'return-to-office',
      'stance.return-to-office',
      'against',
    ]);
  });
});

describe('structured facts: the quoted sentence', () => {
  function quoteOf(text: string, value: number | string = 12) {
    const claim = claimOf({ subject: 'team', kind: 'count', value: 12 }, text);
    const stance = claimOf({ subject: 'office', kind: 'stance', value: String(value) }, text);
    return typeof value === 'number' ? claim?.source : stance?.source;
  }

  it('quotes the sentence after several earlier ones', () => {
    expect(quoteOf('We started. It was hard! Why? We hired 12 people. Later more.')?.sentence).toBe(
      'We hired 12 people.',
    );
  });

  it('ends the quoted sentence at a question or an exclamation mark', () => {
    expect(quoteOf('Was it 12? I think so.')?.sentence).toBe('Was it 12?');
    expect(quoteOf('Wow. We were 12! Really.')?.sentence).toBe('We were 12!');
  });

  it('quotes up to the end of a telling without a final stop', () => {
    expect(quoteOf('Intro. We hired 12 people')?.sentence).toBe('We hired 12 people');
  });

  it('quotes the last sentence with its final stop', () => {
    expect(quoteOf('Intro. We hired 12 people.')?.sentence).toBe('We hired 12 people.');
  });

  it('does not end or start a sentence at a decimal point', () => {
    expect(quoteOf('Version 2.0 shipped with 12 people at 1.5x cost. End.')?.sentence).toBe(
      'Version 2.0 shipped with 12 people at 1.5x cost.',
    );
  });

  it('locates a value at the very start of the telling', () => {
    expect(quoteOf('12 people joined. Then more.')).toEqual({
      round: 1,
      start: 0,
      end: 2,
      text: 'team: 12',
      sentence: '12 people joined.',
      factIndex: 0,
    });
  });

  it('quotes nothing when the value is not in the telling', () => {
    expect(quoteOf('We hired a dozen people.')).toEqual({
      round: 1,
      start: 0,
      end: 0,
      text: 'team: 12',
      sentence: '',
      factIndex: 0,
    });
  });

  it('quotes nothing for an empty value', () => {
    expect(quoteOf('We were neutral. Fine.', '')).toEqual({
      round: 1,
      start: 0,
      end: 0,
      text: 'office: ',
      sentence: '',
      factIndex: 0,
    });
  });
});
