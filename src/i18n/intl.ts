// Building an Intl formatter costs far more than using one: keep one per locale (and options), capped so odd
// locales in user data cannot grow the memo without end. Pure: the same key always gives the same formatter.
const KEPT = 64;

function memo<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    if (cache.size < KEPT) cache.set(key, value);
  }
  return value;
}

/** The locale as given when Intl knows it, else `en`: a bad tag never throws. */
export function safeLocale(locale: string | undefined): string {
  if (locale === undefined || locale === '') return 'en';
  try {
    return Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const plurals = new Map<string, Intl.PluralRules>();
const lists = new Map<string, Intl.ListFormat>();
const numbers = new Map<string, Intl.NumberFormat>();

/** Cardinal plural rules of a locale (BCP 47; `en` for an unknown one). */
export function pluralRules(locale: string): Intl.PluralRules {
  return memo(plurals, locale, () => new Intl.PluralRules(safeLocale(locale)));
}

/** "A, B and C" / "A, B und C": a conjunction list in the locale's words. */
export function listFormat(locale: string): Intl.ListFormat {
  return memo(
    lists,
    locale,
    () => new Intl.ListFormat(safeLocale(locale), { style: 'long', type: 'conjunction' }),
  );
}

/** A whole or decimal number with the locale's separators ("12,500" / "12.500"). */
export function formatNumber(value: number, locale: string): string {
  return memo(
    numbers,
    locale,
    () => new Intl.NumberFormat(safeLocale(locale), { maximumFractionDigits: 2 }),
  ).format(value);
}

/**
 * Picks the plural form for `count` (an exact `=N` form first, then the locale's category, then `other`) and
 * writes the number, formatted for the locale, where the form has `#`.
 */
export function plural(
  forms: Readonly<Record<string, string>>,
  count: number,
  rules: Intl.PluralRules,
  written: string = String(count),
): string {
  const exact = Object.hasOwn(forms, `=${count}`) ? forms[`=${count}`] : undefined;
  const category = rules.select(count);
  const form = exact ?? (Object.hasOwn(forms, category) ? forms[category] : undefined) ?? forms.other ?? '';
  return form.replaceAll('#', written);
}
