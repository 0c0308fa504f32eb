import { describe, expect, it } from 'vitest';
import { englishTexts, parseLocale, parseTexts } from '../../src/index.js';

const someKey = Object.keys(englishTexts)[0];

describe('parseTexts', () => {
  it.each([
    ['an array', [], 'invalid_type'],
    ['a string', 'de', 'invalid_type'],
    ['an unknown key', { 'report.nope': 'x' }, 'unknown_field'],
  ])('refuses %s', (_, input, code) => {
    const parsed = parseTexts(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]?.code).toBe(code);
  });

  it('accepts an empty translation', () => {
    expect(parseTexts({})).toEqual({ ok: true, value: {}, warnings: [] });
  });

  it.runIf(someKey !== undefined)('refuses a placeholder the English text does not declare, located', () => {
    const parsed = parseTexts({ [someKey!]: 'x {{constructor}}' });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ code: 'invalid_value', path: [someKey] });
  });

  it('bounds the issues of a huge bad translation', () => {
    const input = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`bad.${i}`, 'x']));
    const parsed = parseTexts(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues.length).toBeLessThanOrEqual(50);
  });
});

describe('parseLocale', () => {
  it.each([
    ['de-de', 'de-DE'],
    ['en', 'en'],
    ['pt-br', 'pt-BR'],
  ])('%s → %s', (input, expected) => {
    expect(parseLocale(input)).toEqual({ ok: true, value: expected, warnings: [] });
  });
  it.each([[''], ['not a locale!'], [42], [null]])('refuses %j', (input) => {
    expect(parseLocale(input).ok).toBe(false);
  });
});
