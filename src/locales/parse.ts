import { MAX_TEXT_LENGTH, translationProblem } from '../i18n/wording.js';
import { closestWord, describeValue } from '../internal/describe.js';
import { isPlainObject, notPlainObject } from '../internal/plain.js';
import type { Issue, ParseResult } from '../model/index.js';
import { englishTexts, type Texts } from './en.js';

const MAX_ENTRIES = 5_000;
const MAX_ISSUES = 50;

/**
 * Validates a translation of the text catalogue for the `texts` option of every capability and of the
 * preparer: a plain object of key → text, own properties only, each key one of {@link englishTexts} (an unknown
 * one gets a "did you mean"), each text a string of at most 2,000 characters whose placeholders are those of
 * the English text (plural and select forms may differ: they are the language's own). Keys left out keep
 * their English text. Never throws.
 *
 * @param input - Anything, usually a vendor's JSON.
 * @returns `{ ok: true, value }` with the translation, or `{ ok: false, issues }`, located by key.
 * @example
 * parseTexts({ 'report.notice': 'Hallo {{constructor}}' }).ok;
 * // => false
 * @category Text
 */
export function parseTexts(input: unknown): ParseResult<Partial<Texts>> {
  if (!isPlainObject(input)) return notPlainObject(input);
  const keys = Object.keys(input);
  if (keys.length > MAX_ENTRIES)
    return {
      ok: false,
      issues: [
        { code: 'too_big', path: [], message: `expected at most ${MAX_ENTRIES} texts, found ${keys.length}` },
      ],
    };
  const known = Object.keys(englishTexts);
  const english: Readonly<Record<string, string>> = englishTexts;
  const issues: Issue[] = [];
  for (const key of keys) {
    if (issues.length >= MAX_ISSUES) break;
    if (!Object.hasOwn(english, key)) {
      const suggestion = closestWord(key, known);
      issues.push({
        code: 'unknown_field',
        path: [key],
        message: `expected a key of englishTexts, found ${describeValue(key)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
      });
      continue;
    }
    const text = input[key];
    if (typeof text !== 'string') {
      issues.push({
        code: 'invalid_type',
        path: [key],
        message: `expected a string, found ${describeValue(text)}`,
      });
      continue;
    }
    if (text.length > MAX_TEXT_LENGTH) {
      issues.push({
        code: 'too_big',
        path: [key],
        message: `expected at most ${MAX_TEXT_LENGTH} characters, found ${text.length}`,
      });
      continue;
    }
    const problem = translationProblem(text, english[key]!);
    if (problem !== undefined) issues.push({ code: 'invalid_value', path: [key], message: problem });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: { ...input } as Partial<Texts>, warnings: [] };
}

/**
 * Validates a locale for the `locale` option: a BCP 47 tag Intl accepts (`de`, `de-DE`, `pt-BR`), returned in
 * its canonical spelling. Never throws.
 *
 * @param input - Anything, usually a vendor's JSON.
 * @returns `{ ok: true, value }` with the canonical tag, or `{ ok: false, issues }`.
 * @example
 * parseLocale('de-de');
 * // => { ok: true, value: 'de-DE', warnings: [] }
 * @category Text
 */
export function parseLocale(input: unknown): ParseResult<string> {
  const refused = (code: 'invalid_type' | 'invalid_value'): ParseResult<string> => ({
    ok: false,
    issues: [
      { code, path: [], message: `expected a BCP 47 locale such as "de-DE", found ${describeValue(input)}` },
    ],
  });
  if (typeof input !== 'string' || input.length === 0 || input.length > 64) return refused('invalid_type');
  try {
    const [canonical] = Intl.getCanonicalLocales(input);
    if (canonical !== undefined) return { ok: true, value: canonical, warnings: [] };
  } catch {
    // Refused below.
  }
  return refused('invalid_value');
}
