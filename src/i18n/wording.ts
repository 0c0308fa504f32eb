import { formatMoney } from '../internal/money.js';
import { isPlainObject } from '../internal/plain.js';
import { wallClock } from './dates.js';
import { compileText, fillText, type TextValues } from './format.js';
import { formatNumber, listFormat, safeLocale } from './intl.js';

/**
 * How a capability is told which language to write in: `locale` (BCP 47) for Intl's plurals, lists, numbers,
 * dates and money, and `texts`, a translation of some or all of `englishTexts` (see `parseTexts`). Both
 * optional: English and `en` by default. The locale bundles (`second-round/locales/de`) carry both, so
 * `{ ...de }` spreads into any options object that takes them.
 *
 * @category Text
 */
export interface WordingOptions {
  readonly locale?: string;
  readonly texts?: Readonly<Record<string, unknown>>;
}

/** Longest text a translation may give for one key (parseTexts reports longer ones). */
export const MAX_TEXT_LENGTH = 2_000;

/**
 * A capability's texts in the chosen language, with the locale's formatters. Created per call, cheaply.
 */
export interface Wording<K extends string> {
  /** The locale Intl formats with (`en` when none or an unknown one was given). */
  readonly locale: string;
  /** The text of `key` with its placeholders filled. */
  say(key: K, values?: TextValues): string;
  /** "A, B and C" in the locale's words. */
  list(items: readonly string[]): string;
  /** A number with the locale's separators. */
  number(value: number): string;
  /** Money in its currency, the locale's way (`$180,000`, `95.000 €`). */
  money(amount: number, currency?: string): string;
  /** An ISO date or wall-clock date-time as a reader says it; the input itself when it is no ISO date. */
  date(iso: string): string;
}

/**
 * The translation of `key` when `texts` has a usable one: an own string property, no longer than
 * {@link MAX_TEXT_LENGTH}, well formed, and reading only placeholders the English text declares. Anything else
 * falls back to the English default, so a bad translation never prints markup or crashes a report
 * (parseTexts says what is wrong with it).
 */
function translation(
  texts: Readonly<Record<string, unknown>> | undefined,
  key: string,
  english: string,
): string {
  if (texts === undefined || !Object.hasOwn(texts, key)) return english;
  const text = texts[key];
  if (typeof text !== 'string' || text.length > MAX_TEXT_LENGTH) return english;
  return translationProblem(text, english) === undefined ? text : english;
}

/** Why `text` cannot stand for `english`, or undefined when it can. */
export function translationProblem(text: string, english: string): string | undefined {
  const own = compileText(text);
  if (own.problem !== undefined) return own.problem;
  const declared = compileText(english).names;
  for (const name of own.names)
    if (!declared.has(name))
      return `expected only the placeholders of the English text (${[...declared].map((n) => `{{${n}}}`).join(', ') || 'none'}), found {{${name}}}`;
  return undefined;
}

/**
 * The wording of one capability: its English `defaults` (the keys it may say), the vendor's translation and
 * locale from `options`. Never throws; a translation that is not a plain object is ignored.
 */
export function wording<K extends string>(
  defaults: Readonly<Record<K, string>>,
  options: WordingOptions = {},
): Wording<K> {
  const locale = safeLocale(options.locale);
  const texts = isPlainObject(options.texts) ? options.texts : undefined;
  return {
    locale,
    say: (key, values) => fillText(translation(texts, key, defaults[key]), values, locale),
    list: (items) => listFormat(locale).format(items),
    number: (value) => formatNumber(value, locale),
    money: (amount, currency) => formatMoney(amount, currency, locale),
    date: (iso) => wallClock(iso, locale) ?? iso,
  };
}
