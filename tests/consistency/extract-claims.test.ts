import { describe, expect, it } from 'vitest';
import { attributeOf, claimsFromText, extractDrafts } from '../../src/consistency/extract.js';
import { compileLexicon } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import { extractClaims } from '../../src/index.js';
import { tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

function month(year: number, number: number): number {
  return year * 12 + number - 1;
}

function attributesOf(text: string): string[] {
  return extractClaims(text).map((claim) => claim.attribute);
}

describe('attributeOf', () => {
  it('joins the type, the subject and the part that are present with dots', () => {
    expect(attributeOf('count', 'team', 'from')).toBe('count.team.from');
    expect(attributeOf('date', undefined, 'start')).toBe('date.start');
    expect(attributeOf('count', 'team', undefined)).toBe('count.team');
    expect(attributeOf('duration', undefined, undefined)).toBe('duration');
  });
});

describe('claimsFromText', () => {
  it('reads a start date with its round, story, quote and sentence, and no empty optional field', () => {
    expect(claimsFromText('I joined in March 2020.', compiled, 2, 'story-1')).toStrictEqual([
      {
        type: 'date',
        attribute: 'date.start',
        low: month(2020, 3),
        high: month(2020, 3),
        unit: 'month-index',
        approximate: false,
        range: false,
        derived: false,
        corrective: false,
        source: { round: 2, start: 12, end: 22, text: 'March 2020', sentence: 'I joined in March 2020.' },
        storyId: 'story-1',
        part: 'start',
      },
    ]);
  });

  it('leaves out the story when there is none', () => {
    const [claim] = claimsFromText('I joined in March 2020.', compiled, 1, undefined);
    expect(claim).not.toHaveProperty('storyId');
    expect(claim?.source.round).toBe(1);
  });

  it('quotes the sentence the claim sits in, not its neighbours', () => {
    const [claim] = claimsFromText(
      'We were happy. I joined in March 2020! Then more.',
      compiled,
      1,
      undefined,
    );
    expect(claim?.source).toStrictEqual({
      round: 1,
      start: 27,
      end: 37,
      text: 'March 2020',
      sentence: 'I joined in March 2020!',
    });
  });

  it('reads both ends of a date range once each, in order', () => {
    const claims = claimsFromText('I worked there from January 2019 to March 2021.', compiled, 1, undefined);
    expect(claims.map((claim) => [claim.attribute, claim.low, claim.source.text])).toStrictEqual([
      ['date.start', month(2019, 1), 'January 2019'],
      ['date.end', month(2021, 3), 'March 2021'],
    ]);
  });

  it('marks a part of a year as approximate', () => {
    const [claim] = claimsFromText('I left in early 2022.', compiled, 1, undefined);
    expect(claim).toMatchObject({
      attribute: 'date.end',
      low: month(2022, 1),
      high: month(2022, 4),
      approximate: true,
    });
  });

  it('reads no claim from text without numbers, dates, titles or reasons', () => {
    expect(claimsFromText('We shipped it together.', compiled, 1, undefined)).toStrictEqual([]);
    expect(claimsFromText('', compiled, 1, undefined)).toStrictEqual([]);
  });
});

describe('extractClaims: optional fields', () => {
  it('keeps the currency and the period of a rate', () => {
    const [claim] = extractClaims('We saved $150k a year.');
    expect(claim).toMatchObject({ attribute: 'money.savings', low: 150_000, currency: 'USD', period: 'year' });
  });

  it('keeps the sign of a percentage given by a direction word', () => {
    const [claim] = extractClaims('Revenue grew 40%.');
    expect(claim).toMatchObject({ attribute: 'percentage.revenue', low: 40, signed: true });
  });

  it('keeps an open bound', () => {
    expect(extractClaims('I hired more than 10 engineers.')[0]).toMatchObject({ bound: 'atLeast', low: 10 });
  });

  it('keeps the categories of a reason for leaving', () => {
    const reason = extractClaims('I left because I wanted growth.').find(
      (claim) => claim.type === 'leaveReason',
    );
    expect(reason?.categories).toStrictEqual(['career_growth']);
  });

  it('keeps the label of a title', () => {
    const role = extractClaims('I was head of data.').find((claim) => claim.type === 'role');
    expect(role).toMatchObject({ low: 5, high: 5 });
    expect(role?.label).toEqual(expect.stringContaining('head'));
  });

  it('keeps the retracted value of a correction and marks the claim corrective', () => {
    expect(extractClaims('Correction: it took 16 months, not 14.')).toMatchObject([
      { attribute: 'duration', low: 16, corrective: true, correctedFrom: 14 },
    ]);
  });

  it('reads a multiplier word as a signed percentage of its subject', () => {
    expect(extractClaims('Revenue doubled.')).toMatchObject([
      { type: 'percentage', attribute: 'percentage.revenue', low: 100, high: 100, signed: true },
    ]);
  });
});

describe('extractDrafts', () => {
  it('orders the claims of every reader by where they start in the text', () => {
    expect(attributesOf('I was head of data since 2019.')).toStrictEqual(['role', 'date.start']);
  });

  it('puts a reason that starts earlier before a date inside it, though the reason ends later', () => {
    const claims = extractClaims('I left Acme in May 2022 because of layoffs.');
    expect(claims.map((claim) => claim.type)).toStrictEqual(['leaveReason', 'date']);
  });

  it('drops a retracted value and keeps the one that replaces it', () => {
    expect(extractClaims('The team was not 20 but 24 people.').map((claim) => claim.low)).toStrictEqual([24]);
  });

  it('drops a target, which is not a claim', () => {
    expect(extractDrafts(tokenize('We aim to hire 10 engineers.'), compiled)).toStrictEqual([]);
  });

  it('drops a quoted value unless it corrects one', () => {
    expect(extractClaims('I said 30% last time.')).toStrictEqual([]);
    expect(extractClaims('I said 30% last time, but it was 35%.').map((claim) => claim.low)).toStrictEqual([
      35,
    ]);
  });

  it('reads "a year" at the start of a duration as twelve months', () => {
    const duration = extractClaims('For a year I ran payments.').find((claim) => claim.type === 'duration');
    expect(duration).toMatchObject({ low: 12, high: 12 });
  });

  it('reads every quantity of a sentence once', () => {
    expect(
      extractClaims('It ran 12 to 14 months and we hired 5 engineers.').map((claim) => [
        claim.attribute,
        claim.low,
        claim.high,
      ]),
    ).toStrictEqual([
      ['duration', 12, 14],
      ['count.hires', 5, 5],
    ]);
  });
});
