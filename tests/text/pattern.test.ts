import { describe, expect, it } from 'vitest';
import {
  anyOf,
  capture,
  compileWordList,
  matchPattern,
  optional,
  phrase,
  repeat,
  sequence,
  token,
  tokenize,
  window,
  word,
  wordIn,
} from '../../src/text/index.js';

const number = token((candidate) => candidate.kind === 'number');
const months = new Map([
  ['march', 3],
  ['may', 5],
]);

describe('matchPattern', () => {
  const cases: {
    name: string;
    pattern: ReturnType<typeof word>;
    text: string;
    at: number;
    expected: unknown;
  }[] = [
    {
      name: 'a sequence with an optional word and a capture',
      pattern: sequence(capture('month', wordIn(months)), optional(word('of')), capture('year', number)),
      text: 'in March of 2019.',
      at: 1,
      expected: { start: 1, end: 4, captures: { month: { start: 1, end: 2 }, year: { start: 3, end: 4 } } },
    },
    {
      name: 'the same sequence without the optional word',
      pattern: sequence(capture('month', wordIn(months)), optional(word('of')), capture('year', number)),
      text: 'May 2020',
      at: 0,
      expected: { start: 0, end: 2, captures: { month: { start: 0, end: 1 }, year: { start: 1, end: 2 } } },
    },
    {
      name: 'a sequence that fails on its last item',
      pattern: sequence(wordIn(months), number),
      text: 'March madness',
      at: 0,
      expected: undefined,
    },
    {
      name: 'ordered alternatives: the first that matches wins, not the longest',
      pattern: anyOf(word('team'), sequence(word('team'), word('of'))),
      text: 'team of eight',
      at: 0,
      expected: { start: 0, end: 1, captures: {} },
    },
    {
      name: 'a repeat as often as it matches, within its maximum',
      pattern: repeat(sequence(word('very'), optional(word(','))), 1, 3),
      text: 'very, very, very, very big',
      at: 0,
      expected: { start: 0, end: 6, captures: {} },
    },
    {
      name: 'a repeat under its minimum fails',
      pattern: repeat(word('very'), 2, 5),
      text: 'very big',
      at: 0,
      expected: undefined,
    },
    {
      name: 'a window finds the item a few tokens on',
      pattern: sequence(word('led'), window(capture('noun', word('team')), 3)),
      text: 'led the platform team',
      at: 0,
      expected: { start: 0, end: 4, captures: { noun: { start: 3, end: 4 } } },
    },
    {
      name: 'a window stops at a stop token',
      pattern: sequence(
        word('led'),
        window(word('team'), 5, (candidate) => candidate.text === ','),
      ),
      text: 'led it, the team',
      at: 0,
      expected: undefined,
    },
    {
      name: 'a window no wider than its reach',
      pattern: sequence(word('led'), window(word('team'), 1)),
      text: 'led the platform team',
      at: 0,
      expected: undefined,
    },
    {
      name: 'a phrase of a matcher, longest first',
      pattern: sequence(capture('hedge', phrase(compileWordList(['about', 'just about']))), number),
      text: 'just about 12',
      at: 0,
      expected: { start: 0, end: 3, captures: { hedge: { start: 0, end: 2 } } },
    },
    {
      name: 'a failed alternative leaves no capture behind',
      pattern: anyOf(
        sequence(capture('a', word('x')), word('y')),
        sequence(word('x'), capture('b', word('z'))),
      ),
      text: 'x z',
      at: 0,
      expected: { start: 0, end: 2, captures: { b: { start: 1, end: 2 } } },
    },
    {
      name: 'a pattern past the last token does not match',
      pattern: word('x'),
      text: 'x',
      at: 1,
      expected: undefined,
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      expect(matchPattern(testCase.pattern, tokenize(testCase.text), testCase.at)).toStrictEqual(
        testCase.expected,
      );
    });
  }

  it('stays linear on a long run of near-matches', () => {
    const tokens = tokenize('very '.repeat(5000));
    const pattern = repeat(sequence(word('very'), optional(word('very'))), 0, 10_000);
    expect(matchPattern(pattern, tokens, 0)?.end).toBe(5000);
  });
});
