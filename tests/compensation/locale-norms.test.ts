import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { createPreparer, defaultNoticeNorms, parseNoticeNorms } from '../../src/index.js';
import { makeCandidacy } from './fixtures.js';

const germany = defaultNoticeNorms.find((norm) => norm.country === 'DE')!;

describe('parseNoticeNorms', () => {
  it.each([
    ['the default norms', defaultNoticeNorms],
    ['the German norms', de.noticeNorms],
    ['no norms', []],
  ])('accepts %s', (_, input) => {
    expect(parseNoticeNorms(input).ok).toBe(true);
  });

  it.each([
    ['an object', {}, [], 'invalid_type'],
    ['a lower-case country', [{ ...germany, country: 'de' }], [0, 'country'], 'invalid_format'],
    ['an unknown field', [{ ...germany, note: 'x' }], [0, 'note'], 'unknown_field'],
    [
      'more weeks at the bottom than the top',
      [{ ...germany, minWeeks: 20 }],
      [0, 'minWeeks'],
      'range_inverted',
    ],
    ['a country twice', [germany, germany], [1, 'country'], 'duplicate_id'],
    ['a negative span', [{ ...germany, minWeeks: -1 }], [0, 'minWeeks'], 'too_small'],
    [
      'a date that is not ISO',
      [{ ...germany, lastReviewed: '3.12.2026' }],
      [0, 'lastReviewed'],
      'invalid_format',
    ],
  ])('refuses %s, located', (_, input, path, code) => {
    const parsed = parseNoticeNorms(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.issues[0]).toMatchObject({ path, code });
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy([], {
      get() {
        throw new Error('boom');
      },
    });
    expect(parseNoticeNorms(hostile).ok).toBe(false);
  });
});

describe('createPreparer with noticeNorms', () => {
  const candidacy = makeCandidacy({ jurisdiction: 'DE', compensation: { noticePeriodWeeks: 12 } });
  const now = '2026-11-20T09:00:00+01:00';

  it('writes the German norm with the German bundle', () => {
    const preparer = createPreparer({ ...de });
    expect(preparer.ok).toBe(true);
    if (!preparer.ok) return;
    expect(preparer.value.prepare(candidacy, { now }).compensation.startDate.text).toMatch(
      /^In Deutschland ist eine Kündigungsfrist von vier Wochen bis drei Monaten üblich/,
    );
  });

  it('takes a vendor’s own norms', () => {
    const preparer = createPreparer({ noticeNorms: [{ ...germany, maxWeeks: 8 }] });
    expect(preparer.ok).toBe(true);
    if (!preparer.ok) return;
    expect(preparer.value.prepare(candidacy, { now }).compensation.startDate.text).toMatch(
      /^Your notice period is 12 weeks, longer than the four weeks to three months usual in Germany/,
    );
  });

  it('returns located issues for bad norms, never throws', () => {
    const preparer = createPreparer({ noticeNorms: [{ ...germany, country: 'Germany' }] });
    expect(preparer.ok).toBe(false);
    if (!preparer.ok) expect(preparer.issues[0]?.path).toEqual(['noticeNorms', 0, 'country']);
  });
});
