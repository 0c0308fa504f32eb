import { letterWords, type Tagger, type Token } from '../text/index.js';
import type { CompiledLexicon, WordData } from './internal.js';
import type { LanguageGuessSettings } from './lexicon.js';

/** What the language guess counted in one telling, and its verdict. */
export interface LanguageGuess {
  /** Latin-script words. */
  readonly words: number;
  /** Shares of those words: English function words, frequent words of other languages, words with letters outside a–z. */
  readonly englishShare: number;
  readonly otherShare: number;
  readonly accentShare: number;
  /** Share of all letters that are not Latin (Cyrillic, Greek, Chinese…). */
  readonly otherScriptShare: number;
  /** False only when the text is long enough to judge and reads as another language. */
  readonly english: boolean;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const ASCII_WORD = /^[a-z']+$/;

/**
 * Letters and Latin letters of a text, by code point, in one pass: ASCII is read by its code (every ASCII
 * letter is Latin), and only other characters go through the Unicode classes.
 */
function letterCounts(text: string): { letters: number; latin: number } {
  let letters = 0;
  let latin = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 128) {
      const folded = code | 32;
      if (folded >= 97 && folded <= 122) {
        letters += 1;
        latin += 1;
      }
      continue;
    }
    const point = text.codePointAt(index)!;
    if (point > 0xffff) index += 1;
    const character = String.fromCodePoint(point);
    if (LETTER.test(character)) {
      letters += 1;
      if (LATIN.test(character)) latin += 1;
    }
  }
  return { letters, latin };
}

/** Whether a word is a frequent word of another language: itself, or its apostrophe prefix ("j'ai" → "j'"). */
function isOtherLanguageWord(word: string, compiled: CompiledLexicon): boolean {
  if (compiled.otherLanguageWords.has(word)) return true;
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && compiled.otherLanguageWords.has(word.slice(0, apostrophe + 1));
}

/**
 * Whether a token reads the same for the guess on its own: a word of letters a–z only, digits with no
 * letter glued, or one ASCII mark other than an apostrophe (which would join a letter word).
 */
function isPlain(token: Token, tagger: Tagger<WordData>): boolean {
  if (token.kind === 'word') return tagger.dataOf(token)?.plainLetters === true;
  if (token.kind === 'number') return token.suffix === undefined || token.suffix === '%';
  const code = token.text.charCodeAt(0);
  return token.text.length === 1 && code < 128 && code !== 39;
}

/**
 * Guesses whether a telling is English, for the whole category of "written in another language" rather than
 * for a list of languages: English text is full of English function words; another language has few, and
 * either its own frequent words or letters outside a–z (or another script altogether). Terse English notes
 * ("Team: 8 engineers. Budget: $2M.") have few function words too, but none of another language, so they
 * stay English; so does anything too short to judge.
 */
export function languageOf(text: string, compiled: CompiledLexicon): LanguageGuess {
  const settings: LanguageGuessSettings = compiled.languageGuess;
  const { tagger } = compiled;
  // The telling's one tagged stream (extract.ts reads the same one): a plain word's class is in its tags;
  // any other run of characters between spaces (digits, apostrophes, letters outside a–z) is read as text.
  const { tokens } = tagger.tag(text);
  let letters = 0;
  let latin = 0;
  let count = 0;
  let english = 0;
  let other = 0;
  let accented = 0;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    let end = index + 1;
    let plain = isPlain(token, tagger);
    while (end < tokens.length && tokens[end]!.start === tokens[end - 1]!.end) {
      plain &&= isPlain(tokens[end]!, tagger);
      end += 1;
    }
    if (plain) {
      // Words of letters a–z with nothing glued but ASCII punctuation or bare digits: each word token is
      // one word of the guess, as it is.
      for (let at = index; at < end; at++) {
        const word = tokens[at]!;
        const data = word.kind === 'word' ? tagger.dataOf(word) : undefined;
        if (data === undefined) continue;
        letters += word.text.length;
        latin += word.text.length;
        count += 1;
        if (data.language === 1) english += 1;
        else if (data.language === 2) other += 1;
      }
      index = end;
      continue;
    }
    const chunk = text.slice(token.start, tokens[end - 1]!.end);
    const counted = letterCounts(chunk);
    letters += counted.letters;
    latin += counted.latin;
    for (const word of letterWords(chunk)) {
      const ascii = ASCII_WORD.test(word);
      // Latin-script words only: a word of another script is counted by otherScriptShare.
      if (!ascii && !LATIN.test(word)) continue;
      count += 1;
      if (compiled.englishWords.has(word)) english += 1;
      else if (isOtherLanguageWord(word, compiled)) other += 1;
      if (!ascii) accented += 1;
    }
    index = end;
  }
  const otherScriptShare = letters === 0 ? 0 : (letters - latin) / letters;
  const share = (value: number) => (count === 0 ? 0 : value / count);
  const guess = {
    words: count,
    englishShare: share(english),
    otherShare: share(other),
    accentShare: share(accented),
    otherScriptShare,
  };
  const otherScript = letters >= settings.minLetters && otherScriptShare >= settings.otherScriptShare;
  const otherLanguage =
    count >= settings.minWords &&
    guess.englishShare < settings.maxEnglishShare &&
    (guess.otherShare >= settings.minOtherShare || guess.accentShare >= settings.minAccentShare);
  return { ...guess, english: !(otherScript || otherLanguage) };
}
