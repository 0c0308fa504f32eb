import { describe, expect, it } from 'vitest';
import { wallClock } from '../../src/i18n/dates.js';
import { compileText, fillText } from '../../src/i18n/format.js';
import { translationProblem, wording } from '../../src/i18n/wording.js';

// The placeholder grammar is a small unit with its own contract (docs/translating-messages.md): pinned here.
describe('fillText', () => {
  it.each([
    ['Hello {{name}}.', { name: 'Ana' }, 'en', 'Hello Ana.'],
    ['{{count}} stories', { count: 12500 }, 'en', '12,500 stories'],
    ['{{count}} Geschichten', { count: 12500 }, 'de', '12.500 Geschichten'],
    ['{{count|one:# story|other:# stories}}', { count: 1 }, 'en', '1 story'],
    ['{{count|one:# story|other:# stories}}', { count: 0 }, 'en', '0 stories'],
    ['{{count|=0:no story|one:# story|other:# stories}}', { count: 0 }, 'en', 'no story'],
    [
      '{{count|one:# odniesienie|few:# odniesienia|many:# odniesień|other:# odniesienia}}',
      { count: 5 },
      'pl',
      '5 odniesień',
    ],
    ['{{names}}', { names: ['A', 'B', 'C'] }, 'en', 'A, B, and C'],
    ['{{names}}', { names: ['A', 'B', 'C'] }, 'de', 'A, B und C'],
    ['{{audience|peer:your future peer|other:the panel}}', { audience: 'peer' }, 'en', 'your future peer'],
    ['{{audience|peer:your future peer|other:the panel}}', { audience: 'recruiter' }, 'en', 'the panel'],
    ['{{audience|peer:x|other:y}}', { audience: 'constructor' }, 'en', 'y'],
    ['Missing {{name}}.', {}, 'en', 'Missing .'],
    ['{{ name }}', { name: 'spaced' }, 'en', 'spaced'],
    ['no placeholders', {}, 'xx-not-a-locale', 'no placeholders'],
  ])('%s with %j in %s', (text, values, locale, expected) => {
    expect(fillText(text, values, locale)).toBe(expected);
  });

  it.each([
    ['{{constructor}}', undefined],
    ['{{a b}}', 'expected a placeholder name'],
    ['{{count|one:# x}}', 'expected an "other" form'],
    ['{{count|:x|other:y}}', 'expected forms like'],
    ['open {{count', 'expected every "{{" to close'],
  ])('compileText(%j) problem', (text, problem) => {
    const found = compileText(text).problem;
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});

describe('wallClock', () => {
  it.each([
    ['2027-03-09T10:00:00-05:00', 'en', 'Tue 9 Mar 2027, 10:00 (UTC-05:00)'],
    ['2027-03-09', 'en', 'Tue 9 Mar 2027'],
    ['2027-03-09T10:00:00+01:00', 'de-DE', 'Di., 9. März 2027, 10:00 (UTC+01:00)'],
    ['2027-03-09T10:00:00Z', 'de', 'Di., 9. März 2027, 10:00 (UTC)'],
    ['not a date', 'en', undefined],
  ])('%s in %s', (iso, locale, expected) => {
    expect(wallClock(iso, locale)).toBe(expected);
  });
});

describe('wording', () => {
  const defaults = { 'x.hello': 'Hello {{name}}, {{count|one:# task|other:# tasks}} left.' } as const;
  it.each([
    ['no translation', undefined, 'Hello Ana, 2 tasks left.'],
    [
      'a translation',
      { 'x.hello': 'Hallo {{name}}, noch {{count|one:# Aufgabe|other:# Aufgaben}}.' },
      'Hallo Ana, noch 2 Aufgaben.',
    ],
    ['an undeclared placeholder falls back', { 'x.hello': 'Hallo {{secret}}' }, 'Hello Ana, 2 tasks left.'],
    ['a non-string falls back', { 'x.hello': 42 }, 'Hello Ana, 2 tasks left.'],
    ['an inherited key is not read', Object.create({ 'x.hello': 'Hallo' }), 'Hello Ana, 2 tasks left.'],
  ])('%s', (_, texts, expected) => {
    const say = wording(defaults, { locale: 'de', ...(texts === undefined ? {} : { texts }) });
    expect(say.say('x.hello', { name: 'Ana', count: 2 })).toBe(expected);
  });

  it('formats money and dates for the locale', () => {
    const say = wording(defaults, { locale: 'de-DE' });
    expect(say.money(95000, 'EUR')).toBe('95.000\u00a0€');
    expect(say.date('2027-03-09')).toBe('Di., 9. März 2027');
    expect(say.list(['A', 'B'])).toBe('A und B');
  });

  it('names the declared placeholders when a translation reads another', () => {
    expect(translationProblem('Hi {{secret}}', 'Hello {{name}}')).toContain('{{name}}');
  });
});
