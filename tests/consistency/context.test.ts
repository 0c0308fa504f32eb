import { describe, expect, it } from 'vitest';
import {
  countQuoteStart,
  countSubject,
  directionOf,
  durationSubject,
  findSubject,
  markContext,
  openSubject,
  readModifiers,
  readPeriod,
  retractedBefore,
} from '../../src/consistency/context.js';
import type { Draft } from '../../src/consistency/draft.js';
import { compileLexicon, type Mutable } from '../../src/consistency/internal.js';
import { englishLexicon } from '../../src/consistency/lexicon.js';
import type { QuantityType } from '../../src/consistency/types.js';
import type { UnitReading } from '../../src/consistency/units.js';
import { type Token, tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

/** The index of the first number token: the quantity the context readers look around. */
function numberAt(tokens: readonly Token[]): number {
  return tokens.findIndex((token) => token.kind === 'number');
}

/** The subject of the first number in text, with its unit word (if any) as part of the quantity. */
function subjectIn(text: string, type: QuantityType = 'duration', unitWords = 1): string | undefined {
  const tokens = tokenize(text);
  const start = numberAt(tokens);
  return findSubject(tokens, start, start + 1 + unitWords, type, compiled);
}

describe('findSubject', () => {
  it('finds the phase word before a duration', () => {
    expect(subjectIn('the pilot took 3 months')).toBe('pilot');
  });

  it('looks up to six words to the left and no further', () => {
    expect(subjectIn('pilot x x x x x 3 months')).toBe('pilot');
    expect(subjectIn('pilot x x x x x x 3 months')).toBeUndefined();
  });

  it('looks up to four words to the right and no further', () => {
    expect(subjectIn('3 months x x x pilot')).toBe('pilot');
    expect(subjectIn('3 months x x x x pilot')).toBeUndefined();
  });

  it('prefers the left subject on a tie and the nearer one otherwise', () => {
    expect(subjectIn('pilot 3 months rollout')).toBe('pilot');
    expect(subjectIn('pilot x 3 months rollout')).toBe('rollout');
    expect(subjectIn('pilot 3 months x rollout')).toBe('pilot');
  });

  it('reads subjects of the claim type only', () => {
    expect(subjectIn('revenue grew 40%', 'percentage', 0)).toBe('revenue');
    expect(subjectIn('revenue grew 40%', 'duration', 0)).toBeUndefined();
  });

  it('takes the subject of the clause before "but it"', () => {
    expect(subjectIn('We planned 3 months for the MVP but it took 5 months')).toBe('mvp');
    const tokens = tokenize('We planned 3 months for the MVP but it took 5 months');
    const second = tokens.findIndex((token) => token.text === '5');
    expect(findSubject(tokens, second, second + 2, 'duration', compiled)).toBe('mvp');
  });

  it('takes the subject before a conjunction followed by "this" or "that"', () => {
    const tokens = tokenize('the pilot ran and this took 5 months');
    const five = numberAt(tokens);
    expect(findSubject(tokens, five, five + 2, 'duration', compiled)).toBe('pilot');
    expect(subjectIn('the pilot ran and that took 5 months')).toBe('pilot');
  });

  it('does not carry the subject past a conjunction not followed by a pronoun', () => {
    expect(subjectIn('the pilot ran and we took 5 months')).toBeUndefined();
  });

  it('does not carry the subject over a comma before "this"', () => {
    expect(subjectIn('the pilot, this took 5 months')).toBeUndefined();
  });

  it('finds the conjunction up to six words back and no further', () => {
    expect(subjectIn('pilot was long but this x x x x 5 months')).toBe('pilot');
    expect(subjectIn('pilot was long but this x x x x x 5 months')).toBeUndefined();
  });

  it('looks up to six words before the conjunction and no further', () => {
    expect(subjectIn('pilot x x x x x but that 5 months')).toBe('pilot');
    expect(subjectIn('pilot x x x x x x but that 5 months')).toBeUndefined();
  });

  it('takes the subject of an earlier clause when "it" leads the clause', () => {
    expect(subjectIn('Revenue was flat in Q1; after the relaunch it grew 40%', 'percentage', 0)).toBe(
      'revenue',
    );
    expect(subjectIn('the pilot ran long; later it took 5 months')).toBe('pilot');
  });

  it('does not take a subject from the sentence before "it"', () => {
    expect(subjectIn('The pilot ran long. Later it took 5 months.')).toBeUndefined();
  });

  it('finds "it" up to six words before the quantity and no further', () => {
    expect(subjectIn('the pilot ran long; later it x x x x x 5 months')).toBe('pilot');
    expect(subjectIn('the pilot ran long; later it x x x x x x 5 months')).toBeUndefined();
  });

  it('does not read "it" across a clause break', () => {
    expect(subjectIn('the pilot ran long; later it grew and took 5 months')).toBeUndefined();
    expect(subjectIn('the pilot ran long; later it grew, took 5 months')).toBeUndefined();
  });

  it('looks up to fourteen words back from "it" and no further', () => {
    const twelve = 'x '.repeat(12);
    expect(subjectIn(`x pilot ${twelve}; it took 5 months`)).toBe('pilot');
    expect(subjectIn(`pilot x ${twelve}; it took 5 months`)).toBeUndefined();
  });

  it('reads nothing when there is no subject and no pronoun', () => {
    expect(subjectIn('we took 5 months')).toBeUndefined();
  });
});

describe('openSubject', () => {
  function openIn(text: string, unitWords = 0): string | undefined {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    return openSubject(tokens, start, start + 1 + unitWords, compiled);
  }

  it('takes the nearest content word before the number', () => {
    expect(openIn('test coverage went up 40%')).toBe('coverage');
  });

  it('takes the content word after the number when none comes before', () => {
    expect(openIn('10x faster')).toBe('faster');
  });

  it('looks up to six words back and no further', () => {
    expect(openIn('coverage the the the the the 40%')).toBe('coverage');
    expect(openIn('coverage the the the the the the 40%')).toBeUndefined();
  });

  it('stops at a clause break', () => {
    expect(openIn('coverage and 40%')).toBeUndefined();
    expect(openIn('coverage of 40%')).toBe('coverage');
  });

  it.each([
    ['a function word', '40 the'],
    ['a direction word', '40 up'],
    ['a hedge', '40 approximately'],
    ['a currency word', '40 dollars'],
    ['a percent word', '40 percent'],
    ['a punctuation mark', '40 .'],
    ['a number', '40 50'],
    ['nothing', '40'],
  ])('does not take %s as a subject', (_kind, text) => {
    expect(openIn(text)).toBeUndefined();
  });

  it('takes a plain noun after the number', () => {
    expect(openIn('40 apples')).toBe('apples');
  });
});

describe('countSubject', () => {
  function unit(subject?: string): UnitReading {
    return { kind: 'count', value: 0, end: 0, factor: 1, ...(subject === undefined ? {} : { subject }) };
  }
  function countIn(text: string, subject?: string, unitWords = 0): string | undefined {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    return countSubject(tokens, start, start + 1 + unitWords, unit(subject), compiled);
  }

  it('counts hires after a hire verb', () => {
    expect(countIn('hired 12 engineers', 'team', 1)).toBe('hires');
    expect(countIn('we hired 12', undefined)).toBe('hires');
  });

  it('looks for the hire verb up to three words back and no further', () => {
    expect(countIn('recruited x x 12 engineers', 'team', 1)).toBe('hires');
    expect(countIn('recruited x x x 12 engineers', 'team', 1)).toBe('team');
  });

  it('keeps a named non-team unit after a hire verb', () => {
    expect(countIn('onboarded 22 customers', 'customers', 1)).toBe('customers');
  });

  it('keeps the unit subject when the unit word is specific', () => {
    expect(countIn('org of 40 customers', 'customers', 1)).toBe('customers');
  });

  it('prefers a specific subject named before a generic unit word', () => {
    expect(countIn('org of 40 people', 'team', 1)).toBe('org');
  });

  it('keeps the unit subject when the named word is itself generic', () => {
    expect(countIn('staff of 40 people', 'users', 1)).toBe('users');
  });

  it('looks for the named subject up to four words back and no further', () => {
    expect(countIn('org x x x 40 people', 'team', 1)).toBe('org');
    expect(countIn('org x x x x 40 people', 'team', 1)).toBe('team');
  });

  it('reads the subject of a bare count through linking words', () => {
    expect(countIn('team of 12')).toBe('team');
    expect(countIn('the department was 12')).toBe('org');
  });

  it.each(['of', 'was', 'is', 'were', 'at', 'to', 'grew', 'reached', 'size', 'sized', 'hit'])(
    'reads "team %s 12" as a team count whatever word follows',
    (link) => {
      expect(countIn(`team ${link} 12 wins`)).toBe('team');
    },
  );

  it.each(['people', 'person', 'staff', 'members', 'employees', 'fte', 'ftes', 'engineers'])(
    'reads "%s" as a generic unit word that a named subject overrides',
    (noun) => {
      expect(countIn(`org of 40 ${noun}`, 'team', 1)).toBe('org');
    },
  );

  it('reads no subject without a named word', () => {
    expect(countIn('it was 12')).toBeUndefined();
  });

  it('reads no subject for a count of someone else', () => {
    expect(countIn("my manager's team was 12")).toBeUndefined();
    expect(countIn('our team was 12')).toBe('team');
  });

  it('rejects a bare count followed by another noun when other words stand between', () => {
    expect(countIn('team had 12 wins')).toBeUndefined();
    expect(countIn('team had 12 in')).toBe('team');
    expect(countIn('team had 12 15')).toBeUndefined();
    expect(countIn('team had 12.')).toBe('team');
    expect(countIn('team had 12')).toBe('team');
  });
});

describe('countQuoteStart', () => {
  function quoteStartIn(text: string): number {
    const tokens = tokenize(text);
    return countQuoteStart(tokens, numberAt(tokens), compiled);
  }

  it('starts the quote at the subject of "team of 8"', () => {
    expect(quoteStartIn('team of 8')).toBe(0);
  });

  it('starts at the number when other words stand between', () => {
    expect(quoteStartIn('team had 8')).toBe(2);
  });

  it('starts at the number without a subject', () => {
    expect(quoteStartIn('x 8')).toBe(1);
  });

  it('looks up to four words back and no further', () => {
    expect(quoteStartIn('team of of of 8')).toBe(0);
    expect(quoteStartIn('team of of of of 8')).toBe(5);
  });
});

describe('readPeriod', () => {
  function periodIn(text: string) {
    const tokens = tokenize(text);
    return readPeriod(tokens, numberAt(tokens) + 1, compiled);
  }

  it('reads a rate word right after the amount', () => {
    expect(periodIn('100k annually')).toEqual({ period: 'year', end: 2 });
  });

  it.each([
    ['100k a year', 'year'],
    ['100k per month', 'month'],
    ['100k each week', 'week'],
    ['100k / quarter', 'quarter'],
    ['100k every month', 'month'],
    ['100k an annum', 'year'],
  ])('reads "%s" as per %s', (text, period) => {
    expect(periodIn(text)).toEqual({ period, end: 3 });
  });

  it('reads no period after another word', () => {
    expect(periodIn('100k the year')).toBeUndefined();
    expect(periodIn('100k a banana')).toBeUndefined();
    expect(periodIn('100k')).toBeUndefined();
  });
});

describe('readModifiers', () => {
  function modifiersIn(text: string, type: QuantityType = 'percentage') {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    return readModifiers(tokens, start, start + 1, type, compiled);
  }

  it('reads nothing around a plain number', () => {
    expect(modifiersIn('we had 5')).toEqual({ start: 2, end: 3, approximate: false });
  });

  it('takes a separate currency symbol into the span', () => {
    expect(modifiersIn('€ 5')).toEqual({ start: 0, end: 2, approximate: false });
  });

  it('marks a hedge before the number as approximate', () => {
    expect(modifiersIn('we had about 5')).toEqual({ start: 2, end: 4, approximate: true });
  });

  it('reads at most two modifiers', () => {
    expect(modifiersIn('x roughly about around 5')).toEqual({ start: 2, end: 5, approximate: true });
  });

  it('reads a lower bound', () => {
    expect(modifiersIn('x more than 5')).toEqual({ start: 1, end: 4, approximate: false, bound: 'atLeast' });
    expect(modifiersIn('x over 5')).toEqual({ start: 1, end: 3, approximate: false, bound: 'atLeast' });
  });

  it('reads "over" before a duration as "during", not as a bound', () => {
    expect(modifiersIn('x over 5', 'duration')).toEqual({ start: 1, end: 3, approximate: false });
  });

  it('reads an upper bound', () => {
    expect(modifiersIn('x up to 5')).toEqual({ start: 1, end: 4, approximate: false, bound: 'atMost' });
  });

  it('reads "grew up to 5" as a direction, not as an upper bound', () => {
    expect(modifiersIn('x grew up to 5')).toEqual({ start: 2, end: 5, approximate: false });
  });

  it('reads only the first bound', () => {
    expect(modifiersIn('x at least more than 5')).toEqual({
      start: 3,
      end: 6,
      approximate: false,
      bound: 'atLeast',
    });
    expect(modifiersIn('x under more than 5')).toEqual({
      start: 2,
      end: 5,
      approximate: false,
      bound: 'atLeast',
    });
    expect(modifiersIn('x more than under 5')).toEqual({
      start: 3,
      end: 5,
      approximate: false,
      bound: 'atMost',
    });
  });

  it('combines a hedge and a bound', () => {
    expect(modifiersIn('x about over 5')).toEqual({ start: 1, end: 4, approximate: true, bound: 'atLeast' });
  });

  it('marks a trailing hedge as approximate and takes it into the span', () => {
    expect(modifiersIn('x 5 or so')).toEqual({ start: 1, end: 4, approximate: true });
  });
});

describe('directionOf', () => {
  function directionIn(text: string): number {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    return directionOf(tokens, start, start + 1, compiled);
  }

  it('reads a direction word before the number', () => {
    expect(directionIn('grew 5%')).toBe(1);
    expect(directionIn('cut 5%')).toBe(-1);
  });

  it('looks up to six words left and no further', () => {
    expect(directionIn('grew x x x x x 5%')).toBe(1);
    expect(directionIn('grew x x x x x x 5%')).toBe(0);
  });

  it('looks up to two words right and no further', () => {
    expect(directionIn('5% x down')).toBe(-1);
    expect(directionIn('5% x x down')).toBe(0);
  });

  it('prefers the left direction word', () => {
    expect(directionIn('grew 5% down')).toBe(1);
  });
});

describe('durationSubject', () => {
  function durationIn(text: string): string | undefined {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    return durationSubject(tokens, start, start + 2, compiled);
  }

  it('reads a milestone after "after" or "after the"', () => {
    expect(durationIn('after 3 months')).toBe('milestone');
    expect(durationIn('after the 3 months')).toBe('milestone');
  });

  it('reads no milestone after "the" alone', () => {
    expect(durationIn('x the 3 months')).toBeUndefined();
  });

  it('reads a phase word nearby', () => {
    expect(durationIn('the pilot took 3 months')).toBe('pilot');
  });

  it('reads the noun after "on" or "of"', () => {
    expect(durationIn('spent 3 months on discovery')).toBe('phase:discovery');
    expect(durationIn('spent 3 months of research')).toBe('phase:research');
  });

  it('skips up to two generic words before the noun', () => {
    expect(durationIn('spent 3 months on the the discovery')).toBe('phase:discovery');
    expect(durationIn('spent 3 months on the the the discovery')).toBeUndefined();
  });

  it('reads no phase from generic words, numbers or other links', () => {
    expect(durationIn('spent 3 months on the project')).toBeUndefined();
    expect(durationIn('spent 3 months in discovery')).toBeUndefined();
    expect(durationIn('spent 3 months on')).toBeUndefined();
    expect(durationIn('spent 3 months on 5')).toBeUndefined();
  });
});

describe('markContext', () => {
  function markIn(text: string): { nonClaim?: boolean; quoted?: boolean } {
    const tokens = tokenize(text);
    const start = numberAt(tokens);
    const draft: Mutable<Draft> = {
      type: 'count',
      low: 5,
      unit: 'people',
      high: 5,
      approximate: false,
      range: false,
      start,
      end: start + 1,
    };
    markContext(draft, tokens, start, compiled);
    return { nonClaim: draft.nonClaim, quoted: draft.quoted };
  }

  it('marks a target as a non-claim up to eight words back and no further', () => {
    expect(markIn('target x x x x x x x 5')).toEqual({ nonClaim: true, quoted: undefined });
    expect(markIn('target x x x x x x x x 5')).toEqual({ nonClaim: undefined, quoted: undefined });
  });

  it('marks a quoted value up to four words back and no further', () => {
    expect(markIn('said x x x 5')).toEqual({ nonClaim: undefined, quoted: true });
    expect(markIn('said x x x x 5')).toEqual({ nonClaim: undefined, quoted: undefined });
  });
});

describe('retractedBefore', () => {
  function retractedIn(text: string) {
    const tokens = tokenize(text);
    const last = tokens.length - 1;
    return retractedBefore(tokens, last, compiled);
  }

  it('reads the value retracted by "not X but"', () => {
    expect(retractedIn('not 8 but 10')).toEqual({ start: 0, value: 8 });
    expect(retractedIn('rather than 8 but 10')).toEqual({ start: 0, value: 8 });
  });

  it('needs "but" right before the value', () => {
    expect(retractedIn('not 8 and 10')).toBeUndefined();
    expect(retractedIn('8 but 10')).toBeUndefined();
  });

  it('needs a number after the retraction marker', () => {
    expect(retractedIn('not many but 10')).toBeUndefined();
  });

  it('looks for the retracted number up to six words back and no further', () => {
    expect(retractedIn('not 8 x x x x but 10')).toEqual({ start: 0, value: 8 });
    expect(retractedIn('not 8 x x x x x but 10')).toBeUndefined();
  });
});
