import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  type Audience,
  createPreparer,
  defaultLintRules,
  type LintFlag,
  lintAnswer,
  parseLintRules,
} from '../../src/index.js';

const GERMAN = { locale: 'de-DE', texts: de.texts, rules: de.lintRules } as const;

/** Fresh English answers, the audience, and the rule ids each should raise (written by hand). */
const CASES: [string, Audience, string[]][] = [
  [
    'My previous boss was incredibly toxic, so I left after a year.',
    'recruiter',
    ['blaming-former-colleagues'],
  ],
  [
    'In my first month I would shake things up and tell the team what to do.',
    'direct-report',
    ['shake-things-up', 'top-down'],
  ],
  [
    'I spotted the outage, I rolled back the release, I wrote the postmortem and I briefed my director myself.',
    'peer',
    ['i-outweighs-we'],
  ],
  [
    'What is the salary band for this level, and is the bonus $40k?',
    'senior-leadership',
    ['pay-talk', 'pay-talk', 'pay-talk'],
  ],
  [
    'We just need better alignment and more synergy between our teams.',
    'cross-functional',
    ['vague-alignment', 'vague-alignment'],
  ],
  [
    'I am a natural leader and I always lead by example.',
    'hiring-manager',
    ['vague-leadership', 'vague-leadership'],
  ],
  [
    'Who would I report to, and how many levels are there above this role?',
    'peer',
    ['hierarchy-questions', 'hierarchy-questions'],
  ],
  [
    'I moved the whole support queue to a new tool, cleaned up the escalation path, and the agents seemed much calmer with it by the end of the spring.',
    'hiring-manager',
    ['story-without-number'],
  ],
  ['Let me tell you about my management philosophy.', 'direct-report', ['abstract-philosophy']],
];

const shape = (flags: readonly LintFlag[]) =>
  flags.map(({ ruleId, span, excerpt, source }) => ({ ruleId, span, excerpt, source }));

/** Words only English has among these texts: a German message holds none of them. */
const ENGLISH_WORDS = /\b(the|you|your|with|what|would|they|this|that|instead|about|of|and|is)\b/i;

describe('German lint of an English answer (issue 20)', () => {
  it.each(CASES)('%s (%s): the same flags as in English, in German', (text, audience, ids) => {
    const english = lintAnswer(text, audience);
    const german = lintAnswer(text, audience, GERMAN);
    expect(english.map((flag) => flag.ruleId)).toEqual(ids);
    expect(shape(german)).toEqual(shape(english));
    for (const [index, flag] of german.entries()) {
      expect(flag.message).not.toBe(english[index]!.message);
      expect(flag.suggestion).not.toBe(english[index]!.suggestion);
      // The counted words are quoted from the English answer; the rest is German.
      const prose = (value: string) => value.replace(/„[^“]*“/g, '');
      expect(prose(flag.message), flag.message).not.toMatch(ENGLISH_WORDS);
      expect(prose(flag.suggestion), flag.suggestion).not.toMatch(ENGLISH_WORDS);
    }
  });

  it('counts "I" and "we" in German words', () => {
    const text =
      'I found the bug, I wrote the fix, I tested it, I deployed it and I wrote my own postmortem so my manager saw it.';
    const [flag] = lintAnswer(text, 'peer', GERMAN);
    expect(flag?.ruleId).toBe('i-outweighs-we');
    expect(flag?.message).toBe(
      'Fast jeder Satz handelt von „ich“ – künftige Kolleginnen und Kollegen hören jemanden, der die Anerkennung für sich beansprucht. (7 × „I/me/my“, 0 × „we/us/our/team“)',
    );
    // English as it was.
    expect(lintAnswer(text, 'peer')[0]?.message).toBe(
      'Almost every sentence is about "I"; future peers hear someone who takes the credit. (7 × "I/me/my", 0 × "we/us/our/team")',
    );
  });

  it('is German through a preparer given the bundle, counts included', () => {
    const made = createPreparer({ locale: de.locale, texts: de.texts, lintRules: de.lintRules });
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    const text =
      'I found the bug, I wrote the fix, I tested it, I deployed it and I wrote my own postmortem.';
    expect(made.value.lintAnswer(text, 'peer')[0]?.message).toMatch(
      /beansprucht\. \(6 × „I\/me\/my“, 0 × „we\/us\/our\/team“\)$/,
    );
  });

  it('takes the bundle as it is: { ...de } lints as the explicit rules do', () => {
    for (const [text, audience] of CASES)
      expect(lintAnswer(text, audience, { ...de })).toEqual(lintAnswer(text, audience, GERMAN));
  });

  it('prefers rules over lintRules when both are given', () => {
    const text = 'In my first month I would shake things up.';
    expect(lintAnswer(text, 'direct-report', { ...de, rules: defaultLintRules })).toEqual(
      lintAnswer(text, 'direct-report'),
    );
  });

  it('gives "shake things up" a German suggestion', () => {
    const [flag] = lintAnswer('In my first month I would shake things up.', 'direct-report', GERMAN);
    expect(flag?.excerpt).toBe('shake things up');
    expect(flag?.message).toBe(
      'Das klingt, als wollten Sie ankommen und erst einmal alles umkrempeln – das verunsichert die Menschen, die künftig an Sie berichten würden.',
    );
  });

  it('has every default rule, same id, kind, audiences and patterns, with German words', () => {
    const german = de.lintRules ?? [];
    expect(parseLintRules(german).ok).toBe(true);
    expect(german.map((rule) => rule.id)).toEqual(defaultLintRules.map((rule) => rule.id));
    for (const [index, rule] of german.entries()) {
      const english = defaultLintRules[index]!;
      const { message, suggestion, ...patterns } = rule;
      const { message: englishMessage, suggestion: englishSuggestion, ...englishPatterns } = english;
      expect(patterns).toEqual(englishPatterns);
      expect(message).not.toBe(englishMessage);
      expect(suggestion).not.toBe(englishSuggestion);
      expect(message.replace(/„[^“]*“/g, ''), message).not.toMatch(ENGLISH_WORDS);
      expect(suggestion.replace(/„[^“]*“/g, ''), suggestion).not.toMatch(ENGLISH_WORDS);
    }
  });
});
