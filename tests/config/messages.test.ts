import { describe, expect, it } from 'vitest';
import { type IssueCode, parseMessageCatalogue, parseMessages } from '../../src/index.js';

// Issue 21 (review): one message parser. parseMessages (config) and parseMessageCatalogue (readiness)
// answered the same question with different checks; each case below was caught by only one of them.

const ok = { message: 'Notes relues.', recommendation: 'Relisez vos notes.' };

const CASES: [string, unknown, [IssueCode, (string | number)[]][] | 'ok'][] = [
  ['a translation with a due text', { 'formats.warm-up': { ...ok, due: 'le matin même' } }, 'ok'],
  ['an empty catalogue', {}, 'ok'],
  // Caught only by the zod schema before:
  [
    'an empty message',
    { 'recall.notes-reviewed': { ...ok, message: '' } },
    [['too_small', ['recall.notes-reviewed', 'message']]],
  ],
  [
    'an empty due text',
    { 'recall.notes-reviewed': { ...ok, due: '' } },
    [['too_small', ['recall.notes-reviewed', 'due']]],
  ],
  ['an empty rule id', { '': ok }, [['too_small', ['']]]],
  ['a rule id of 201 characters', { ['r'.repeat(201)]: ok }, [['too_big', ['r'.repeat(201)]]]],
  // Caught only by the hand-written parser before:
  [
    'an undeclared placeholder',
    { 'recall.notes-reviewed': { ...ok, message: 'Hi {{constructor}}' } },
    [['invalid_value', ['recall.notes-reviewed', 'message']]],
  ],
  [
    'a placeholder in a due text',
    { 'recall.notes-reviewed': { ...ok, due: 'by {{date}}' } },
    [['invalid_value', ['recall.notes-reviewed', 'due']]],
  ],
  [
    '1,001 rules',
    Object.fromEntries(Array.from({ length: 1001 }, (_, index) => [`rule-${index}`, ok])),
    [['too_big', []]],
  ],
  // Caught by both:
  [
    'no recommendation',
    { 'recall.notes-reviewed': { message: 'Notes lues' } },
    [['invalid_type', ['recall.notes-reviewed', 'recommendation']]],
  ],
  [
    'an unknown field',
    { 'recall.notes-reviewed': { ...ok, hint: 'x' } },
    [['unknown_field', ['recall.notes-reviewed', 'hint']]],
  ],
  [
    'a message of 2,001 characters',
    { 'recall.notes-reviewed': { ...ok, message: 'a'.repeat(2001) } },
    [['too_big', ['recall.notes-reviewed', 'message']]],
  ],
  ['a list instead of an object', [ok], [['invalid_type', []]]],
];

describe.each([
  ['parseMessageCatalogue', parseMessageCatalogue],
  ['parseMessages', parseMessages],
])('%s', (_name, parse) => {
  it.each(CASES)('%s', (_case, input, expected) => {
    const parsed = parse(input);
    expect(parsed.ok ? 'ok' : parsed.issues.map((issue) => [issue.code, issue.path])).toEqual(expected);
  });

  it('returns a frozen copy and leaves the input alone', () => {
    const input = { 'recall.notes-reviewed': { ...ok } };
    const parsed = parse(input);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value).toEqual(input);
    expect(Object.isFrozen(parsed.value)).toBe(true);
    expect(Object.isFrozen(parsed.value['recall.notes-reviewed'])).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });

  it('bounds the issues of a hostile catalogue', () => {
    const input = Object.fromEntries(
      Array.from({ length: 1000 }, (_, index) => [
        `rule-${index}`,
        { message: '', recommendation: '', due: '' },
      ]),
    );
    const parsed = parse(input);
    expect(parsed.ok ? 0 : parsed.issues.length).toBeLessThan(200);
  });
});

it('parseMessages is parseMessageCatalogue (one owner)', () => {
  expect(parseMessages).toBe(parseMessageCatalogue);
});

it('a rule id "__proto__" stays a key of the copy', () => {
  const parsed = parseMessageCatalogue(JSON.parse(`{"__proto__": ${JSON.stringify(ok)}}`));
  expect(parsed.ok && Object.keys(parsed.value)).toEqual(['__proto__']);
  expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
});
