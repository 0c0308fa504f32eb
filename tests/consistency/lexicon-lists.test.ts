import { describe, expect, it } from 'vitest';
import {
  type CompiledLexicon,
  compileLexicon,
  findLeft,
  findRight,
  isClauseBreak,
  isPunctuationBreak,
} from '../../src/consistency/internal.js';
import { type ConsistencyLexicon, englishLexicon } from '../../src/consistency/lexicon.js';
import { type PhraseMatcher, tokenize } from '../../src/consistency/tokenize.js';

const compiled = compileLexicon(englishLexicon);

type ListName = {
  [Key in keyof ConsistencyLexicon & keyof CompiledLexicon]: ConsistencyLexicon[Key] extends readonly string[]
    ? CompiledLexicon[Key] extends PhraseMatcher<string> | ReadonlySet<string>
      ? Key
      : never
    : never;
}[keyof ConsistencyLexicon & keyof CompiledLexicon];

const LISTS: readonly ListName[] = [
  'hedges',
  'trailingHedges',
  'lowerBounds',
  'upperBounds',
  'percentWords',
  'hireVerbs',
  'nonClaimMarkers',
  'titleFrames',
  'promotionFrames',
  'leaveVerbs',
  'reasonLeadIns',
  'reasonLeadOuts',
  'correctionMarkers',
  'quoteVerbs',
  'retractionMarkers',
  'dateStartCues',
  'dateEndCues',
  'datePrepositions',
  'clauseBreaks',
  'titleStops',
  'otherPersonMarkers',
  'teamObjects',
  'otherOwners',
  'milestoneMarkers',
  'genericPhaseWords',
  'labelWords',
  'functionWords',
];

describe('compileLexicon', () => {
  it.each(LISTS)('compiles every entry of %s into its matcher or set', (name) => {
    const entries = englishLexicon[name];
    expect(entries.length).toBeGreaterThan(0);
    const target = compiled[name];
    for (const entry of entries) {
      if (!('matchAt' in target)) expect(target.has(entry)).toBe(true);
      else {
        const words = entry.replaceAll('*', 'x');
        const tokens = tokenize(words);
        expect(target.matchAt(tokens, 0)?.length, `${name}: ${entry}`).toBe(tokens.length);
      }
    }
  });

  it('gives rises +1 and falls -1', () => {
    expect(compiled.direction.matchAt(tokenize('grew'), 0)?.value).toBe(1);
    expect(compiled.direction.matchAt(tokenize('cut'), 0)?.value).toBe(-1);
  });

  it('compiles subjects per claim type, and titles and reasons with their values', () => {
    expect(compiled.subjects.count.matchAt(tokenize('engineers'), 0)?.value).toBe('team');
    expect(compiled.subjects.percentage.matchAt(tokenize('churn'), 0)?.value).toBe('churn');
    expect(compiled.subjects.money.matchAt(tokenize('budget'), 0)?.value).toBe('budget');
    expect(compiled.subjects.duration.matchAt(tokenize('pilot'), 0)?.value).toBe('pilot');
    expect(compiled.subjects.date.matchAt(tokenize('pilot'), 0)).toBeUndefined();
    expect(compiled.titleLevels.matchAt(tokenize('tech lead'), 0)).toEqual({ value: 3, length: 2 });
    expect(compiled.reasonCategories.matchAt(tokenize('laid off'), 0)?.value).toBe('layoff');
  });

  it('keeps every lookup record but finds nothing for prototype names', () => {
    const records = [
      'numberWords',
      'scaleWords',
      'scaleSuffixes',
      'fractionWords',
      'groupWords',
      'monthNames',
      'durationUnits',
      'rateWords',
      'ratePeriods',
      'yearParts',
      'currencySymbols',
      'currencyWords',
      'multiplierWords',
      'titleLevels',
      'leadVerbs',
      'teamVerbs',
      'involuntaryExits',
    ] as const;
    for (const name of records) {
      const record: Readonly<Record<string, unknown>> = compiled.lexicon[name];
      expect(record, name).toEqual({ ...englishLexicon[name] });
      expect(record.constructor, name).toBeUndefined();
      expect(record.toString, name).toBeUndefined();
      expect(Object.getPrototypeOf(record), name).toBeNull();
    }
  });

  it('leaves the source lexicon as it was', () => {
    expect(Object.getPrototypeOf(englishLexicon.numberWords)).toBe(Object.prototype);
  });
});

describe('clause breaks', () => {
  const [comma, dash, and, team] = tokenize(', - and team');

  it('breaks a clause at hard punctuation and at conjunctions, punctuation only when asked', () => {
    expect(isClauseBreak(comma!, compiled)).toBe(true);
    expect(isClauseBreak(dash!, compiled)).toBe(false);
    expect(isClauseBreak(and!, compiled)).toBe(true);
    expect(isClauseBreak(team!, compiled)).toBe(false);
    expect(isPunctuationBreak(comma!)).toBe(true);
    expect(isPunctuationBreak(dash!)).toBe(false);
    expect(isPunctuationBreak(and!)).toBe(false);
    for (const mark of ['.', '!', '?', ';', ':', '(', ')']) {
      expect(isPunctuationBreak(tokenize(mark)[0]!), mark).toBe(true);
    }
  });
});

describe('findLeft and findRight', () => {
  const tokens = tokenize('I joined the old team in 2019 and left , then');
  //                       0 1      2   3   4    5  6    7   8    9 10

  it('finds the nearest phrase to the left within the limit, with its distance and start', () => {
    expect(findLeft(tokens, 6, 5, compiled.dateStartCues, compiled)).toEqual({
      value: 'joined',
      distance: 5,
      index: 1,
    });
    expect(findLeft(tokens, 6, 4, compiled.dateStartCues, compiled)).toBeUndefined();
  });

  it('stops at a conjunction, or only at punctuation when told to', () => {
    expect(findLeft(tokens, 9, 5, compiled.dateStartCues, compiled)).toBeUndefined();
    expect(findLeft(tokens, 9, 9, compiled.dateStartCues, compiled, false)).toMatchObject({
      value: 'joined',
    });
    expect(findLeft(tokens, 10, 9, compiled.dateStartCues, compiled, false)).toBeUndefined();
  });

  it('reports the start of a phrase of several words', () => {
    const phrase = tokenize('we were laid off in 2020');
    expect(findLeft(phrase, 5, 5, compiled.dateEndCues, compiled)).toEqual({
      value: 'laid off',
      distance: 2,
      index: 2,
    });
  });

  it('finds the nearest phrase to the right, from the start token on', () => {
    expect(findRight(tokens, 1, 3, compiled.dateStartCues, compiled)).toEqual({
      value: 'joined',
      distance: 1,
      index: 1,
      length: 1,
    });
    expect(findRight(tokens, 2, 6, compiled.dateEndCues, compiled)).toBeUndefined();
    expect(findRight(tokens, 8, 2, compiled.dateEndCues, compiled)).toMatchObject({ index: 8, distance: 1 });
    expect(findRight(tokens, 5, 2, compiled.dateStartCues, compiled)).toBeUndefined();
    expect(findRight(tokens, 11, 3, compiled.dateStartCues, compiled)).toBeUndefined();
  });
});
