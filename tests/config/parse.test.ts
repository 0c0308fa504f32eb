import { describe, expect, it } from 'vitest';
import {
  defaultAudienceProfiles,
  defaultFactThresholds,
  defaultLawTable,
  defaultLintRules,
  defaultQuestionBank,
  defaultQuestionRules,
  defaultSeniority,
  defaultTenureBands,
  defaultThankYouTemplate,
  defaultTimelineSettings,
  defaultTolerances,
  type Issue,
  type ParseResult,
  parseAudienceProfiles,
  parseFactThresholds,
  parseLawTable,
  parseLintRules,
  parseMessages,
  parseQuestionBank,
  parseQuestionRules,
  parseSeniority,
  parseTenureBands,
  parseThankYouTemplate,
  parseTimelineSettings,
  parseTolerances,
} from '../../src/index.js';

type Parse = (input: unknown) => ParseResult<unknown>;

describe('every default passes its own schema', () => {
  const cases: [string, Parse, unknown][] = [
    ['parseQuestionBank', parseQuestionBank, defaultQuestionBank],
    ['parseAudienceProfiles', parseAudienceProfiles, defaultAudienceProfiles],
    ['parseQuestionRules', parseQuestionRules, defaultQuestionRules],
    ['parseLintRules', parseLintRules, defaultLintRules],
    ['parseThankYouTemplate', parseThankYouTemplate, defaultThankYouTemplate],
    ['parseTenureBands', parseTenureBands, defaultTenureBands],
    ['parseSeniority', parseSeniority, defaultSeniority],
    ['parseLawTable', parseLawTable, defaultLawTable],
    ['parseTolerances', parseTolerances, defaultTolerances],
    ['parseTimelineSettings', parseTimelineSettings, defaultTimelineSettings],
    ['parseFactThresholds', parseFactThresholds, defaultFactThresholds],
    ['parseMessages', parseMessages, {}],
  ];
  it.each(cases)('%s accepts the default and returns an equal, frozen copy', (_name, parse, value) => {
    const result = parse(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(value);
    expect(Object.isFrozen(result.value)).toBe(true);
  });
});

const question = { id: 'q-vendor', text: 'How does {company} run planning?', audiences: ['peer'] };
const profile = defaultAudienceProfiles.peer;
const lintRule = { ...defaultLintRules[0]! };

function issuesOf(result: ParseResult<unknown>): Pick<Issue, 'code' | 'path'>[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

describe('bad data gets located issues', () => {
  const cases: [string, Parse, unknown, Pick<Issue, 'code' | 'path'>[]][] = [
    ['a bank that is not a list', parseQuestionBank, { questions: [] }, [{ code: 'invalid_type', path: [] }]],
    [
      'a bank question with an unknown audience',
      parseQuestionBank,
      [question, { ...question, id: 'q2', audiences: ['ceo'] }],
      [{ code: 'invalid_value', path: [1, 'audiences', 0] }],
    ],
    [
      'a bank question with an unknown category',
      parseQuestionBank,
      [{ ...question, category: 'salary' }],
      [{ code: 'invalid_value', path: [0, 'category'] }],
    ],
    [
      'two bank questions with one id',
      parseQuestionBank,
      [question, { ...question, text: 'Another text' }],
      [{ code: 'duplicate_id', path: [1, 'id'] }],
    ],
    [
      'a bank question with a typo field',
      parseQuestionBank,
      [{ ...question, purpse: 'x' }],
      [{ code: 'unknown_field', path: [0, 'purpse'] }],
    ],
    [
      'profiles missing an audience',
      parseAudienceProfiles,
      { ...defaultAudienceProfiles, recruiter: undefined },
      [{ code: 'invalid_type', path: ['recruiter'] }],
    ],
    [
      'a profile filed under another audience',
      parseAudienceProfiles,
      { ...defaultAudienceProfiles, recruiter: profile },
      [{ code: 'invalid_value', path: ['recruiter', 'audience'] }],
    ],
    [
      'a profile with an unknown story tag',
      parseAudienceProfiles,
      { ...defaultAudienceProfiles, peer: { ...profile, storyTags: ['heroics'] } },
      [{ code: 'invalid_value', path: ['peer', 'storyTags', 0] }],
    ],
    [
      'question rules with min above max',
      parseQuestionRules,
      { ...defaultQuestionRules, planned: { min: 6, max: 4 } },
      [{ code: 'range_inverted', path: ['planned'] }],
    ],
    [
      'question rules asking zero per interviewer',
      parseQuestionRules,
      { ...defaultQuestionRules, perInterviewer: { min: 0, max: 3 } },
      [{ code: 'too_small', path: ['perInterviewer', 'min'] }],
    ],
    [
      'question rules excluding an unknown category',
      parseQuestionRules,
      { ...defaultQuestionRules, excludedCategories: { peer: ['gossip'] } },
      [{ code: 'invalid_value', path: ['excludedCategories', 'peer', 0] }],
    ],
    [
      'a lint rule of an unknown kind',
      parseLintRules,
      [{ ...lintRule, kind: 'regex' }],
      [{ code: 'invalid_value', path: [0, 'kind'] }],
    ],
    [
      'a credit-ratio rule with a zero ratio',
      parseLintRules,
      [
        {
          id: 'r',
          kind: 'credit-ratio',
          audiences: [],
          message: 'm',
          suggestion: 's',
          source: 'x',
          singular: ['i'],
          plural: ['we'],
          minSingular: 3,
          ratio: 0,
        },
      ],
      [{ code: 'too_small', path: [0, 'ratio'] }],
    ],
    [
      'two lint rules with one id',
      parseLintRules,
      [lintRule, lintRule],
      [{ code: 'duplicate_id', path: [1, 'id'] }],
    ],
    [
      'a template missing a reference sentence',
      parseThankYouTemplate,
      { ...defaultThankYouTemplate, discussed: undefined },
      [{ code: 'invalid_type', path: ['discussed'] }],
    ],
    [
      'a tenure band ending before it starts',
      parseTenureBands,
      [{ id: 'a', fromMonths: 12, toMonths: 6, insight: 'x', source: 'y' }],
      [{ code: 'range_inverted', path: [0, 'toMonths'] }],
    ],
    [
      'an audience twice in the seniority order',
      parseSeniority,
      ['peer', 'recruiter', 'peer'],
      [{ code: 'duplicate_id', path: [2] }],
    ],
    [
      'a law row without sources',
      parseLawTable,
      [{ ...defaultLawTable[0]!, sources: [] }],
      [{ code: 'too_small', path: [0, 'sources'] }],
    ],
    [
      'a tolerance above 1',
      parseTolerances,
      { money: { variationRelative: 1.5 } },
      [{ code: 'too_big', path: ['money', 'variationRelative'] }],
    ],
    [
      'a tolerance for an unknown type',
      parseTolerances,
      { speed: {} },
      [{ code: 'unknown_field', path: ['speed'] }],
    ],
    [
      'a message without a recommendation',
      parseMessages,
      { 'recall.notes-reviewed': { message: 'Notes lues' } },
      [{ code: 'invalid_type', path: ['recall.notes-reviewed', 'recommendation'] }],
    ],
    [
      'follow-up days in the wrong order',
      parseTimelineSettings,
      { followUpDays: { min: 10, max: 7 } },
      [{ code: 'range_inverted', path: ['followUpDays'] }],
    ],
    [
      'a day counting nobody knows',
      parseTimelineSettings,
      { dayCounting: 'lunar' },
      [{ code: 'invalid_value', path: ['dayCounting'] }],
    ],
    [
      'a negative thank-you window',
      parseTimelineSettings,
      { thankYouHours: -1 },
      [{ code: 'too_small', path: ['thankYouHours'] }],
    ],
    [
      'a similarity above 1',
      parseFactThresholds,
      { repeatSimilarity: 1.5 },
      [{ code: 'too_big', path: ['repeatSimilarity'] }],
    ],
  ];
  it.each(cases)('%s', (_name, parse, input, expected) => {
    expect(issuesOf(parse(input))).toEqual(expected);
  });

  it('every issue says what was expected', () => {
    const result = parseQuestionBank([{ ...question, audiences: ['ceo'] }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.message).toMatch(/^expected one of .*found "ceo"/);
  });

  it('never throws on unreadable input', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(parseLintRules(hostile))).toEqual([{ code: 'unreadable_input', path: [] }]);
  });

  it('does not mutate or freeze the input', () => {
    const bank = [{ ...question }];
    const result = parseQuestionBank(bank);
    expect(result.ok).toBe(true);
    expect(Object.isFrozen(bank[0])).toBe(false);
    expect(bank).toEqual([question]);
  });
});
