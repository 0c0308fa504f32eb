import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  findLeft,
  findRight,
  isClauseBreak,
  isPunctuationBreak,
} from '../../src/consistency/internal.js';
import { type ConsistencyLexicon, englishLexicon } from '../../src/consistency/lexicon.js';
import { extractClaims } from '../../src/index.js';
import { compileWordList, type Token, tokenize } from '../../src/text/index.js';

const compiled = compileLexicon(englishLexicon);

function only(text: string): Token {
  const [token] = tokenize(text);
  if (token === undefined) throw new Error(`no token in "${text}"`);
  return token;
}

const WORD_LISTS = [
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
] as const;

const WORD_SETS = [
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
] as const;

const RECORDS = [
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

/** A lexicon with one made-up word in each list, so each compiled list can be told apart. */
function markedLexicon(): ConsistencyLexicon {
  const lists: Record<string, string[]> = {};
  for (const name of [...WORD_LISTS, ...WORD_SETS]) lists[name] = [`zz${name.toLowerCase()}`];
  return {
    ...englishLexicon,
    ...lists,
    directionUp: ['zzup'],
    directionDown: ['zzdown'],
    titleLevels: { zzchief: 7, 'zz head': 6 },
    reasonCategories: { zzgroup: ['zzreason', 'zz other reason'] },
    subjects: {
      duration: { zzpilot: ['zzduration'] },
      date: { zzlaunch: ['zzdate'] },
      percentage: { zzrevenue: ['zzpercentage'] },
      money: { zzbudget: ['zzmoney'] },
      count: { zzteam: ['zzcount'] },
    },
  };
}

describe('compileLexicon', () => {
  const marked = compileLexicon(markedLexicon());

  it.each(WORD_LISTS)('compiles the %s list into a matcher of its own phrases', (name) => {
    const word = `zz${name.toLowerCase()}`;
    expect(marked[name].matchAt(tokenize(word), 0)).toStrictEqual({ value: word, length: 1 });
    expect(marked[name].matchAt(tokenize('zzother'), 0)).toBeUndefined();
  });

  it.each(WORD_SETS)('compiles the %s list into a set of its words', (name) => {
    expect([...marked[name]]).toStrictEqual([`zz${name.toLowerCase()}`]);
  });

  it('gives upward direction words +1 and downward ones -1', () => {
    expect(marked.direction.matchAt(tokenize('zzup'), 0)).toStrictEqual({ value: 1, length: 1 });
    expect(marked.direction.matchAt(tokenize('zzdown'), 0)).toStrictEqual({ value: -1, length: 1 });
    expect(compiled.direction.matchAt(tokenize('grew'), 0)?.value).toBe(1);
    expect(compiled.direction.matchAt(tokenize('cut'), 0)?.value).toBe(-1);
  });

  it('gives each title keyword its level', () => {
    expect(marked.titleLevels.matchAt(tokenize('zzchief'), 0)).toStrictEqual({ value: 7, length: 1 });
    expect(marked.titleLevels.matchAt(tokenize('zz head'), 0)).toStrictEqual({ value: 6, length: 2 });
  });

  it('names the reason category of each of its phrases', () => {
    expect(marked.reasonCategories.matchAt(tokenize('zz other reason'), 0)).toStrictEqual({
      value: 'zzgroup',
      length: 3,
    });
  });

  it('compiles the subject groups of each quantity type apart', () => {
    const expected = {
      duration: 'zzpilot',
      date: 'zzlaunch',
      percentage: 'zzrevenue',
      money: 'zzbudget',
      count: 'zzteam',
    } as const;
    for (const [type, group] of Object.entries(expected)) {
      const key = type as keyof typeof expected;
      expect(marked.subjects[key].matchAt(tokenize(`zz${type}`), 0)?.value).toBe(group);
      expect(marked.subjects[key].matchAt(tokenize('zzpercentage zzcount'), type === 'count' ? 0 : 1)).toBe(
        undefined,
      );
    }
  });

  it('finds every plain phrase of the English lists it compiles', () => {
    for (const name of WORD_LISTS) {
      for (const phrase of englishLexicon[name]) {
        if (!/^[a-z' ]+$/.test(phrase)) continue;
        const words = phrase.split(' ').length;
        expect(compiled[name].matchAt(tokenize(phrase), 0), `${name}: ${phrase}`).toStrictEqual({
          value: phrase,
          length: words,
        });
      }
    }
  });

  // Issue 21: every lookup table is a Map, so "constructor" or "__proto__" finds nothing.
  it.each(RECORDS.filter((name) => name !== 'titleLevels'))(
    'turns the %s record into a Map with the same entries',
    (name) => {
      const table = compiled[name];
      expect(table).toBeInstanceOf(Map);
      expect(Object.fromEntries(table)).toStrictEqual({ ...englishLexicon[name] });
      expect(table.has('constructor')).toBe(false);
    },
  );

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'reads no claim from the object word "%s" in any position',
    (word) => {
      const text = `I was ${word} for ${word} months, a ${word} of ${word} ${word}s; I left because ${word}.`;
      expect(extractClaims(text).map((claim) => claim.type)).toEqual([]);
    },
  );

  it('leaves the lexicon it was given untouched', () => {
    compileLexicon(englishLexicon);
    expect(Object.getPrototypeOf(englishLexicon.monthNames)).toBe(Object.prototype);
    expect(compiled.lexicon).toBe(englishLexicon);
  });
});

describe('isClauseBreak and isPunctuationBreak', () => {
  it.each(['.', '!', '?', ';', ':', ',', '(', ')'])('breaks a clause at "%s"', (mark) => {
    expect(isClauseBreak(only(mark), compiled)).toBe(true);
    expect(isPunctuationBreak(only(mark))).toBe(true);
  });

  it('does not break a clause at a hyphen, a slash or a quote mark', () => {
    for (const mark of ['-', '/', '"']) {
      expect(isClauseBreak(only(mark), compiled)).toBe(false);
      expect(isPunctuationBreak(only(mark))).toBe(false);
    }
  });

  it('breaks a clause at a conjunction of the lexicon but not a sentence-level clause', () => {
    expect(isClauseBreak(only('and'), compiled)).toBe(true);
    expect(isClauseBreak(only('But'), compiled)).toBe(true);
    expect(isPunctuationBreak(only('and'))).toBe(false);
  });

  it('does not break a clause at an ordinary word or a number', () => {
    expect(isClauseBreak(only('team'), compiled)).toBe(false);
    expect(isClauseBreak(only('12'), compiled)).toBe(false);
    expect(isPunctuationBreak(only('team'))).toBe(false);
  });
});

describe('findLeft', () => {
  const cues = compiled.dateStartCues;

  it('finds the nearest cue left of a token with its distance and start index', () => {
    const tokens = tokenize('joined the team in 2019');
    expect(findLeft(tokens, 4, 5, cues, compiled)).toStrictEqual({ value: 'joined', distance: 4, index: 0 });
  });

  it('finds a cue the limit away but not one token further', () => {
    expect(findLeft(tokenize('joined a b c d X'), 5, 5, cues, compiled)).toMatchObject({ distance: 5 });
    expect(findLeft(tokenize('joined a b c d e X'), 6, 5, cues, compiled)).toBeUndefined();
  });

  it('reaches the first token but starts left of the given one', () => {
    expect(findLeft(tokenize('joined X'), 1, 5, cues, compiled)).toStrictEqual({
      value: 'joined',
      distance: 1,
      index: 0,
    });
    expect(findLeft(tokenize('joined X'), 0, 5, cues, compiled)).toBeUndefined();
  });

  it('gives the first index of a multi-word cue', () => {
    expect(findLeft(tokenize('kicked off the project X'), 4, 5, cues, compiled)).toStrictEqual({
      value: 'kicked off',
      distance: 3,
      index: 0,
    });
  });

  it('stops at punctuation and, by default, at a conjunction', () => {
    expect(findLeft(tokenize('joined, X'), 2, 5, cues, compiled)).toBeUndefined();
    expect(findLeft(tokenize('joined and X'), 2, 5, cues, compiled)).toBeUndefined();
  });

  it('passes a conjunction but not punctuation when asked to stop at punctuation only', () => {
    expect(findLeft(tokenize('joined and X'), 2, 5, cues, compiled, false)).toStrictEqual({
      value: 'joined',
      distance: 2,
      index: 0,
    });
    expect(findLeft(tokenize('joined. X'), 2, 5, cues, compiled, false)).toBeUndefined();
  });

  it('finds a cue that is itself on the breaking token', () => {
    const breaking = compileWordList(['and']);
    expect(findLeft(tokenize('a and X'), 2, 5, breaking, compiled)).toStrictEqual({
      value: 'and',
      distance: 1,
      index: 1,
    });
  });
});

describe('findRight', () => {
  const stop = compileWordList(['stop', 'full stop']);

  it('finds a phrase from the given token on, with its distance, index and length', () => {
    expect(findRight(tokenize('stop'), 0, 3, stop, compiled)).toStrictEqual({
      value: 'stop',
      distance: 1,
      index: 0,
      length: 1,
    });
    expect(findRight(tokenize('a b full stop'), 0, 3, stop, compiled)).toStrictEqual({
      value: 'full stop',
      distance: 3,
      index: 2,
      length: 2,
    });
  });

  it('finds a phrase the limit away but not one token further', () => {
    expect(findRight(tokenize('a b stop'), 0, 3, stop, compiled)).toMatchObject({ distance: 3 });
    expect(findRight(tokenize('a b c stop'), 0, 3, stop, compiled)).toBeUndefined();
  });

  it('stops at a clause break and at the end of the text', () => {
    expect(findRight(tokenize('a, stop'), 0, 5, stop, compiled)).toBeUndefined();
    expect(findRight(tokenize('a and stop'), 0, 5, stop, compiled)).toBeUndefined();
    expect(findRight(tokenize('a b'), 0, 5, stop, compiled)).toBeUndefined();
  });
});
