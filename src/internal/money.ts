// Building an Intl.NumberFormat costs far more than formatting with one: keep one per locale and currency.
// A pure memo (the same key always yields the same formatter), capped so odd user data cannot grow it without end.
const formats = new Map<string, Intl.NumberFormat>();
const FORMATS_KEPT = 64;
const DEFAULT_LOCALE = 'en-US';

function formatFor(locale: string, currency: string | undefined): Intl.NumberFormat {
  const key = `${locale}\u0000${currency ?? ''}`;
  let format = formats.get(key);
  if (format === undefined) {
    format =
      currency === undefined
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })
        : new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
    if (formats.size < FORMATS_KEPT) formats.set(key, format);
  }
  return format;
}

function tryFormat(amount: number, locale: string, currency: string | undefined): string | undefined {
  try {
    return formatFor(locale, currency).format(amount);
  } catch {
    return undefined;
  }
}

/**
 * An amount of money in its currency, without cents, the way `Intl.NumberFormat` writes it for the
 * locale (`$180,000`, `€95,000`, `95.000 €` in `de-DE`). The one money formatter of the library. A
 * missing or empty currency gives the grouped number alone (`180,000`); a code Intl refuses gives the
 * number followed by the code as sent (`180,000 U$D`); an unknown locale falls back to `en-US`. Never throws.
 *
 * @param amount - The amount, rounded to a whole unit.
 * @param currency - An ISO 4217 code such as `USD`; missing or empty when the sender gave none.
 * @param locale - A BCP 47 locale; `en-US` when left out.
 */
export function formatMoney(amount: number, currency?: string, locale: string = DEFAULT_LOCALE): string {
  const code = currency === undefined || currency.trim() === '' ? undefined : currency;
  const written =
    tryFormat(amount, locale, code) ??
    (locale === DEFAULT_LOCALE ? undefined : tryFormat(amount, DEFAULT_LOCALE, code));
  if (written !== undefined) return written;
  const plain = tryFormat(amount, DEFAULT_LOCALE, undefined) ?? String(Math.round(amount));
  return code === undefined ? plain : `${plain} ${code}`;
}
