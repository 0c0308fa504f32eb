/**
 * Fills the named placeholders of a data set's text (a bank question, a profile's gap words): both the
 * catalogue's `{{name}}` and the older single-brace `{name}` a vendor's data may still use. Only the names
 * given are filled; any other brace text is kept as written, so a vendor's text never loses words.
 */
export function fillDataText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(/\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}|\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, a, b) => {
    const name: string = a ?? b;
    return Object.hasOwn(values, name) ? (values[name] ?? whole) : whole;
  });
}
