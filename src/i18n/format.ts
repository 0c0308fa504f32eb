import { formatNumber, listFormat, plural, pluralRules } from './intl.js';

/**
 * What a placeholder may be filled with: text as it is, a number written with the locale's separators, or a
 * list joined with the locale's "and".
 *
 * @category Text
 */
export type TextValue = string | number | readonly string[];

/**
 * The values of a text's placeholders, by name.
 *
 * @category Text
 */
export type TextValues = Readonly<Record<string, TextValue | undefined>>;

type Part = string | { readonly name: string; readonly forms?: Readonly<Record<string, string>> };

/** A text split at its placeholders once, with the names it reads. */
export interface CompiledText {
  readonly parts: readonly Part[];
  readonly names: ReadonlySet<string>;
  /** Why the text cannot be used, for parseTexts; undefined when it is fine. */
  readonly problem?: string;
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const FORM_KEY = /^(?:=\d+|[A-Za-z][A-Za-z0-9-]*)$/;
const compiled = new Map<string, CompiledText>();
const KEPT = 4_096;

function compile(text: string): CompiledText {
  const parts: Part[] = [];
  const names = new Set<string>();
  let problem: string | undefined;
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const [head = '', ...modifiers] = (match[1] ?? '').split('|');
    const name = head.trim();
    if (!NAME.test(name)) problem ??= `expected a placeholder name like {{count}}, found {{${match[1]}}}`;
    let forms: Record<string, string> | undefined;
    if (modifiers.length > 0) {
      // No prototype: a form is found only when the text wrote it.
      forms = Object.create(null) as Record<string, string>;
      for (const modifier of modifiers) {
        const colon = modifier.indexOf(':');
        const key = colon === -1 ? '' : modifier.slice(0, colon).trim();
        if (!FORM_KEY.test(key))
          problem ??= `expected forms like {{${name}|one:# story|other:# stories}}, found {{${match[1]}}}`;
        else forms[key] = modifier.slice(colon + 1);
      }
      if (!('other' in forms)) problem ??= `expected an "other" form in {{${match[1]}}}`;
    }
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(forms === undefined ? { name } : { name, forms });
    names.add(name);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  if (problem === undefined && /\{\{|\}\}/.test(text.replace(PLACEHOLDER, '')))
    problem = 'expected every "{{" to close with "}}" around a placeholder';
  return problem === undefined ? { parts, names } : { parts, names, problem };
}

/** The compiled form of a text, memoised by the text (pure: the same text always compiles the same). */
export function compileText(text: string): CompiledText {
  let found = compiled.get(text);
  if (found === undefined) {
    found = compile(text);
    if (compiled.size < KEPT) compiled.set(text, found);
  }
  return found;
}

function written(value: TextValue | undefined, locale: string): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string') return value;
  return listFormat(locale).format(value);
}

/**
 * Fills a text's placeholders: `{{name}}` writes the value; `{{count|one:# story|other:# stories}}` picks the
 * plural form of a number by the locale's rules (Intl.PluralRules; `#` is the number; `=N` matches an exact
 * value first); the same forms on a text value pick the form named by the value, else `other`
 * (`{{audience|peer:your future peer|other:the panel}}`). A missing value writes nothing. Never throws.
 */
export function fillText(text: string, values: TextValues = {}, locale = 'en'): string {
  const { parts } = compileText(text);
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = Object.hasOwn(values, part.name) ? values[part.name] : undefined;
    if (part.forms === undefined) out += written(value, locale);
    else if (typeof value === 'number')
      out += plural(part.forms, value, pluralRules(locale), formatNumber(value, locale));
    else {
      const key = typeof value === 'string' && FORM_KEY.test(value) ? value : 'other';
      out += (Object.hasOwn(part.forms, key) ? part.forms[key] : part.forms.other) ?? '';
    }
  }
  return out;
}
