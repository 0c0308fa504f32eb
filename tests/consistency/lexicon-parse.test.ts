import { describe, expect, it } from 'vitest';
import * as consistencyEntry from '../../src/entries/consistency.js';
import {
  type ConsistencyLexicon,
  checkConsistency,
  englishLexicon,
  extendLexicon,
  extractClaims,
  parseLexicon,
} from '../../src/index.js';
import { candidacyWith } from './fixtures.js';

// parseLexicon: the lexicon as validated data, same result shape as parseCandidacy (issue 15 item 2,
// issue 21 item 2). extendLexicon: a vendor adds words to sections; nothing is mutated; the result is valid.

function lexiconOf(result: ReturnType<typeof parseLexicon>): ConsistencyLexicon {
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.value;
}

describe('parseLexicon', () => {
  it('accepts the English lexicon and returns an equal, frozen copy', () => {
    const result = parseLexicon(englishLexicon);
    expect(result.ok).toBe(true);
    const value = lexiconOf(result);
    expect(value).toEqual(englishLexicon);
    expect(Object.isFrozen(value)).toBe(true);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('is exported from the /consistency entry too', () => {
    expect(typeof parseLexicon).toBe('function');
    expect(consistencyEntry.parseLexicon).toBe(parseLexicon);
    expect(consistencyEntry.extendLexicon).toBe(extendLexicon);
  });

  it.each([
    ['not an object', 'words', []],
    ['null', null, []],
    [
      'a number word that is not a number',
      { ...englishLexicon, numberWords: { ...englishLexicon.numberWords, eight: 'VIII' } },
      ['numberWords', 'eight'],
    ],
    ['a hedge that is not a string', { ...englishLexicon, hedges: ['about', 7] }, ['hedges', 1]],
    ['an empty phrase', { ...englishLexicon, leaveVerbs: [''] }, ['leaveVerbs', 0]],
    ['a missing required section', (({ monthNames: _m, ...rest }) => rest)(englishLexicon), ['monthNames']],
    ['an unknown section', { ...englishLexicon, hedgez: ['about'] }, []],
    ['a window that is not a whole number', { ...englishLexicon, stanceWindow: 2.5 }, ['stanceWindow']],
    ['a negative window', { ...englishLexicon, stanceWindow: -1 }, ['stanceWindow']],
    [
      'a year part with one month',
      { ...englishLexicon, yearParts: { ...englishLexicon.yearParts, early: [1] } },
      ['yearParts', 'early'],
    ],
    [
      'a subject group of another claim type',
      { ...englishLexicon, subjects: { ...englishLexicon.subjects, weather: {} } },
      ['subjects'],
    ],
  ] as const)('rejects %s, with the place of the problem', (_name, input, path) => {
    const result = parseLexicon(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeGreaterThan(0);
    expect(
      result.issues.some((issue) => JSON.stringify(issue.path).startsWith(JSON.stringify(path).slice(0, -1))),
    ).toBe(true);
    for (const issue of result.issues) expect(typeof issue.message).toBe('string');
  });

  it('bounds the issues of a huge invalid lexicon', () => {
    const numberWords = Object.fromEntries(Array.from({ length: 5000 }, (_, index) => [`w${index}`, 'x']));
    const result = parseLexicon({ ...englishLexicon, numberWords });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.length).toBeLessThanOrEqual(201);
    expect(result.issues.some((issue) => issue.code === 'too_many_issues')).toBe(true);
  });

  it('never throws on hostile input', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('boom');
        },
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => parseLexicon(hostile)).not.toThrow();
    expect(parseLexicon(hostile).ok).toBe(false);
  });
});

describe('extendLexicon', () => {
  it('adds words to list, record and group sections without touching the base', () => {
    const hedgesBefore = [...englishLexicon.hedges];
    const result = extendLexicon(englishLexicon, {
      hedges: ['plus or minus a bit'],
      numberWords: { umpteen: 20 },
      stanceTopics: { sabbatical: ['sabbatical program'] },
      reasonCategories: { career_growth: ['a bigger canvas'] },
      subjects: { money: { grants: ['grant funding'] } },
    });
    const value = lexiconOf(result);
    expect(value.hedges).toEqual([...hedgesBefore, 'plus or minus a bit']);
    expect(value.numberWords.umpteen).toBe(20);
    expect(value.numberWords.eight).toBe(8);
    expect(value.stanceTopics?.sabbatical).toEqual(['sabbatical program']);
    expect(value.stanceTopics?.management).toEqual(englishLexicon.stanceTopics?.management);
    expect(value.reasonCategories.career_growth).toEqual([
      ...(englishLexicon.reasonCategories.career_growth ?? []),
      'a bigger canvas',
    ]);
    expect(value.subjects.money.grants).toEqual(['grant funding']);
    expect(value.subjects.money).toMatchObject(englishLexicon.subjects.money);
    expect(englishLexicon.hedges).toEqual(hedgesBefore);
    expect(englishLexicon.numberWords.umpteen).toBeUndefined();
    expect(englishLexicon.stanceTopics?.sabbatical).toBeUndefined();
  });

  it('does not add a word twice', () => {
    const value = lexiconOf(extendLexicon(englishLexicon, { hedges: ['about'] }));
    expect(value.hedges.filter((word) => word === 'about')).toHaveLength(1);
  });

  it('rejects additions that break the lexicon, located in the additions', () => {
    const result = extendLexicon(englishLexicon, { hedges: [42] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['hedges', 0]);
    const unknown = extendLexicon(englishLexicon, { hedgez: ['about'] });
    expect(unknown.ok).toBe(false);
    expect(extendLexicon(englishLexicon, 'words').ok).toBe(false);
  });

  it('a vendor word makes the reader find a claim it did not find before', () => {
    const text = 'I left because I wanted a bigger canvas.';
    expect(extractClaims(text)).toEqual([]);
    const lexicon = lexiconOf(
      extendLexicon(englishLexicon, { reasonCategories: { career_growth: ['a bigger canvas'] } }),
    );
    const claims = extractClaims(text, { lexicon });
    expect(claims.map((claim) => [claim.attribute, claim.categories])).toEqual([
      ['leaveReason', ['career_growth']],
    ]);
  });

  it('a vendor stance topic is compared across rounds', () => {
    const lexicon = lexiconOf(
      extendLexicon(englishLexicon, { stanceTopics: { sabbatical: ['sabbatical program'] } }),
    );
    const candidacy = candidacyWith([
      {
        id: 'motivation',
        title: 'Why this role',
        kind: 'role-interest',
        tellings: [
          { round: 1, text: 'I am really excited about the sabbatical program.' },
          { round: 2, text: 'Honestly I am worried about the sabbatical program.' },
        ],
      },
    ]);
    const before = checkConsistency(candidacy);
    expect(before.findings.filter((finding) => finding.attribute.startsWith('stance'))).toEqual([]);
    const after = checkConsistency(candidacy, { lexicon });
    expect(after.findings.map((finding) => [finding.attribute, finding.kind])).toContainEqual([
      'stance.sabbatical',
      'contradiction',
    ]);
  });
});
