import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import { compileText } from '../../src/i18n/format.js';
import { englishTexts, parseTexts } from '../../src/index.js';

const english: Readonly<Record<string, string>> = englishTexts;
const german: Readonly<Record<string, string | undefined>> = de.texts;
const names = (text: string) => [...compileText(text).names].sort();

describe('the German catalogue', () => {
  it('is a valid translation (parseTexts)', () => {
    const parsed = parseTexts(de.texts);
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
  });

  it('has every key of the English catalogue, and no other', () => {
    const missing = Object.keys(english).filter((key) => typeof german[key] !== 'string');
    const extra = Object.keys(german).filter((key) => !Object.hasOwn(english, key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it('reads the same placeholders as the English text, key by key', () => {
    const differing = Object.keys(english)
      .filter((key) => typeof german[key] === 'string')
      .filter((key) => names(german[key]!).join() !== names(english[key]!).join());
    expect(differing).toEqual([]);
  });

  it('is no English text left as it was', () => {
    // A text equal to the English one is allowed only when it has no words (a symbol or placeholders only).
    const untranslated = Object.keys(english).filter(
      (key) =>
        german[key] === english[key] && /[A-Za-z]{3,}/.test(english[key]!.replace(/\{\{[^{}]*\}\}/g, '')),
    );
    expect(untranslated).toEqual([]);
  });

  it('is the de-DE locale', () => {
    expect(de.locale).toBe('de-DE');
  });
});
