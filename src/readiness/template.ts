import {
  defaultNoteLabels,
  type FactName,
  type FactSubjects,
  factCatalogue,
  type NoteLabels,
  type ReadinessFacts,
  type Subject,
} from '../facts/index.js';

/**
 * Message templates: `{{fact}}` shows a displayable fact's value; `{{fact|names}}` lists the subjects a
 * counting fact counted ("Elena Vasquez (no recent activity) and Raj Mehta (no common ground)");
 * `{{fact|one:# story|other:# stories}}` picks the plural form of a number by the locale's rules
 * (Intl.PluralRules; `#` is the number; categories zero, one, two, few, many, other, or `=N` for an exact
 * value). Any other placeholder stays as written.
 */
export type TemplatePart =
  | string
  | { readonly fact: FactName; readonly kind: 'value' }
  | { readonly fact: FactName; readonly kind: 'names' }
  | { readonly fact: FactName; readonly kind: 'plural'; readonly forms: Readonly<Record<string, string>> };

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const DISPLAYABLE = new Set<string>(
  factCatalogue.filter((fact) => 'displayable' in fact).map((fact) => fact.name),
);
const KNOWN = new Set<string>(factCatalogue.map((fact) => fact.name));
const NUMBERS = new Set<string>(
  factCatalogue.filter((fact) => fact.type === 'number').map((fact) => fact.name),
);
const PLURAL_CATEGORIES = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

/** Why a placeholder is refused, or undefined when it is fine; for parseRulePack's issues. */
export function placeholderProblem(body: string): string | undefined {
  const [name = '', ...modifiers] = body.split('|').map((part) => part.trim());
  if (modifiers.length === 0) {
    return DISPLAYABLE.has(name)
      ? undefined
      : `expected placeholders to name displayable facts only, found {{${body}}}: messages may show only non-personal facts marked displayable in factCatalogue`;
  }
  if (!KNOWN.has(name)) return `expected a placeholder to name a declared fact, found {{${body}}}`;
  if (modifiers.length === 1 && modifiers[0] === 'names') return undefined;
  const forms = pluralForms(modifiers);
  if (forms === undefined || !('other' in forms)) {
    return `expected {{${name}|names}} or plural forms like {{${name}|one:# story|other:# stories}} (with an "other" form), found {{${body}}}`;
  }
  return NUMBERS.has(name) ? undefined : `expected plural forms on a number fact, found {{${body}}}`;
}

function pluralForms(modifiers: readonly string[]): Record<string, string> | undefined {
  const forms: Record<string, string> = {};
  for (const modifier of modifiers) {
    const colon = modifier.indexOf(':');
    if (colon === -1) return undefined;
    const category = modifier.slice(0, colon).trim();
    if (!PLURAL_CATEGORIES.has(category) && !/^=\d+$/.test(category)) return undefined;
    forms[category] = modifier.slice(colon + 1);
  }
  return forms;
}

/** Splits a text at its placeholders once, so rendering is string joins only. */
export function splitTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const body = match[1] ?? '';
    if (placeholderProblem(body) !== undefined) continue;
    const [name = '', ...modifiers] = body.split('|').map((part) => part.trim());
    const fact = name as FactName;
    parts.push(text.slice(last, match.index));
    if (modifiers.length === 0) parts.push({ fact, kind: 'value' });
    else if (modifiers[0] === 'names') parts.push({ fact, kind: 'names' });
    else parts.push({ fact, kind: 'plural', forms: pluralForms(modifiers) ?? {} });
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

/** What rendering needs besides the facts: the subjects, the locale and the note labels. */
export interface RenderContext {
  readonly subjects: FactSubjects;
  readonly plurals: Intl.PluralRules;
  readonly list: Intl.ListFormat;
  readonly notes: NoteLabels;
  /** What an empty list of names reads as. */
  readonly none: string;
}

/** A render context for a locale (BCP 47; `en` when omitted) and optional note label overrides. */
export function renderContext(
  subjects: FactSubjects,
  locale = 'en',
  notes: NoteLabels = {},
  none = 'none',
): RenderContext {
  return { subjects, plurals: pluralRules(locale), list: listFormat(locale), notes, none };
}

const pluralCache = new Map<string, Intl.PluralRules>();
const listCache = new Map<string, Intl.ListFormat>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralCache.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralCache.set(locale, rules);
  }
  return rules;
}

function listFormat(locale: string): Intl.ListFormat {
  let format = listCache.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    listCache.set(locale, format);
  }
  return format;
}

/** Picks and fills the plural form for `count`. */
export function plural(
  forms: Readonly<Record<string, string>>,
  count: number,
  rules: Intl.PluralRules,
): string {
  const exact = forms[`=${count}`];
  const form = exact ?? forms[rules.select(count)] ?? forms.other ?? '';
  return form.replaceAll('#', String(count));
}

function noteText(note: NonNullable<Subject['notes']>[number], context: RenderContext): string {
  const label = context.notes[note.code] ?? defaultNoteLabels[note.code];
  return label.replace(/\{\{\s*count\s*\|([^{}]*)\}\}/g, (_, spec: string) =>
    plural(pluralForms(spec.split('|')) ?? {}, note.count ?? 0, context.plurals),
  );
}

/** "Elena Vasquez (no recent activity) and Raj Mehta (no common ground)". */
export function namesOf(subjects: readonly Subject[], context: RenderContext): string {
  if (subjects.length === 0) return context.none;
  return context.list.format(
    subjects.map((subject) =>
      subject.notes === undefined || subject.notes.length === 0
        ? quoteIfTitle(subject)
        : `${quoteIfTitle(subject)} (${subject.notes.map((note) => noteText(note, context)).join(', ')})`,
    ),
  );
}

function quoteIfTitle(subject: Subject): string {
  return subject.kind === 'interviewer' ||
    subject.kind === 'process' ||
    subject.kind === 'format' ||
    subject.kind === 'position'
    ? subject.name
    : `‘${subject.name}’`;
}

/** Fills a split template. */
export function render(
  parts: readonly TemplatePart[],
  facts: ReadinessFacts,
  context: RenderContext,
): string {
  if (parts.length === 1 && typeof parts[0] === 'string') return parts[0];
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = facts[part.fact];
    if (part.kind === 'names') {
      out += namesOf(context.subjects[part.fact] ?? [], context);
    } else if (part.kind === 'plural') {
      out += plural(part.forms, typeof value === 'number' ? value : 0, context.plurals);
    } else out += value === undefined || value === null ? 'unknown' : String(value);
  }
  return out;
}
