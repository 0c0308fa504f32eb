import { describe, expect, it } from 'vitest';
import { englishLexicon, extendLexicon, extractClaims, parseLexicon } from '../../src/index.js';

// The English rules that were code (issue 15 item 2): what a year is, how a plural ends, what ends a
// sentence. Each is an optional lexicon section with the English default; a vendor's value changes the reading.

function extended(additions: unknown) {
  const result = extendLexicon(englishLexicon, additions);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

const attributes = (text: string, lexicon = englishLexicon) =>
  extractClaims(text, { lexicon }).map((claim) => claim.attribute);

describe('lexicon sections for the rules that were code', () => {
  const cases: { name: string; text: string; additions?: unknown; expected: string[] }[] = [
    { name: 'a year in range is a date', text: 'We shipped it in 2019.', expected: ['date'] },
    { name: 'a year before the default range is none', text: 'The firm was founded in 1921.', expected: [] },
    {
      name: 'a vendor widens the years',
      text: 'The firm was founded in 1921.',
      additions: { yearPattern: { earliest: 1900 } },
      expected: ['date'],
    },
    { name: 'any plural noun is counted', text: 'We ran nine warehouses.', expected: ['count.warehouses'] },
    {
      name: 'a vendor names a singular ending',
      text: 'We ran nine warehouses.',
      additions: { pluralEnding: { singularEndings: ['ss', 'ses'] } },
      expected: [],
    },
  ];
  for (const testCase of cases) {
    it(testCase.name, () => {
      const lexicon = testCase.additions === undefined ? englishLexicon : extended(testCase.additions);
      expect(attributes(testCase.text, lexicon)).toStrictEqual(testCase.expected);
    });
  }

  it('quotes the sentence the lexicon ends where it says', () => {
    const text = 'Revenue grew 30%; the team was 8 people.';
    expect(extractClaims(text)[0]?.source.sentence).toBe(text);
    const semicolon = extended({ sentenceEnds: [';'] });
    expect(extractClaims(text, { lexicon: semicolon })[0]?.source.sentence).toBe('Revenue grew 30%;');
  });

  it('keeps the English defaults when a lexicon leaves the sections out', () => {
    const { sentenceEnds: _ends, pluralEnding: _plural, yearPattern: _year, ...without } = englishLexicon;
    const parsed = parseLexicon(without);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(attributes('In 2019 we ran nine warehouses.', parsed.value)).toStrictEqual([
        'date',
        'count.warehouses',
      ]);
  });

  it('refuses a malformed section with its path', () => {
    const result = parseLexicon({
      ...englishLexicon,
      yearPattern: { digits: 0, earliest: 1950, latest: 2100 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toStrictEqual(['yearPattern', 'digits']);
    expect(parseLexicon({ ...englishLexicon, pluralEnding: { suffix: 's' } }).ok).toBe(false);
  });
});
