import { letterWords } from '../text/index.js';
import type { CompiledLexicon } from './internal.js';
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

const LETTER = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const ASCII_WORD = /^[a-z']+$/;
const HAS_LATIN = /\p{Script=Latin}/u;

function countOf(text: string, pattern: RegExp): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count += 1;
  return count;
}

/** Whether a word is a frequent word of another language: itself, or its apostrophe prefix ("j'ai" → "j'"). */
function isOtherLanguageWord(word: string, compiled: CompiledLexicon): boolean {
  if (compiled.otherLanguageWords.has(word)) return true;
  const apostrophe = word.indexOf("'");
  return apostrophe > 0 && compiled.otherLanguageWords.has(word.slice(0, apostrophe + 1));
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
  const letters = countOf(text, LETTER);
  const otherScriptShare = letters === 0 ? 0 : (letters - countOf(text, LATIN)) / letters;
  const words = letterWords(text).filter((word) => ASCII_WORD.test(word) || HAS_LATIN.test(word));
  let english = 0;
  let other = 0;
  let accented = 0;
  for (const word of words) {
    if (compiled.englishWords.has(word)) english += 1;
    else if (isOtherLanguageWord(word, compiled)) other += 1;
    if (!ASCII_WORD.test(word)) accented += 1;
  }
  const share = (count: number) => (words.length === 0 ? 0 : count / words.length);
  const guess = {
    words: words.length,
    englishShare: share(english),
    otherShare: share(other),
    accentShare: share(accented),
    otherScriptShare,
  };
  const otherScript = letters >= settings.minLetters && otherScriptShare >= settings.otherScriptShare;
  const otherLanguage =
    words.length >= settings.minWords &&
    guess.englishShare < settings.maxEnglishShare &&
    (guess.otherShare >= settings.minOtherShare || guess.accentShare >= settings.minAccentShare);
  return { ...guess, english: !(otherScript || otherLanguage) };
}
