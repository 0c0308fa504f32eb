import { DISPLAYABLE_FACTS, FACT_TYPES } from '../facts/catalogue.js';
import {
  defaultNoteLabels,
  type FactName,
  type FactSubjects,
  type NoteLabels,
  type ReadinessFacts,
  type Subject,
  type SubjectNames,
} from '../facts/index.js';
import { describeValue } from '../internal/describe.js';
import { isPlainObject, notPlainObject } from '../internal/plain.js';
import { boundIssues, type Issue, type ParseResult } from '../model/issues.js';
import type { MessageCatalogue, RuleMessages } from './types.js';

/**
 * Message templates: `{{fact}}` shows a displayable fact's value; `{{fact|names}}` lists the subjects a
 * counting fact counted ("Elena Vasquez (no recent activity) and Raj Mehta (no common ground)");
 * `{{fact|one:# story|other:# stories}}` picks the plural form of a number by the locale's rules
 * (Intl.PluralRules; `#` is the number; categories zero, one, two, few, many, other, or `=N` for an exact
 * value). Nothing else: any other placeholder is an issue of the template (parseRulePack for a pack's texts,
 * {@link parseMessageCatalogue} for translations), never filled from anywhere.
 */
export type TemplatePart =
  | string
  | { readonly fact: FactName; readonly kind: 'value' }
  | { readonly fact: FactName; readonly kind: 'names' }
  | { readonly fact: FactName; readonly kind: 'plural'; readonly forms: Readonly<Record<string, string>> };

const TEMPLATE_ERROR = 'readiness messages: ';
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const DISPLAYABLE = new Set<string>(DISPLAYABLE_FACTS);
const KNOWN = new Set<string>(Object.keys(FACT_TYPES));
const NUMBERS = new Set<string>(
  Object.keys(FACT_TYPES).filter((name) => FACT_TYPES[name as FactName] === 'number'),
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
  // No prototype: a form is found only when the template wrote it.
  const forms: Record<string, string> = Object.create(null);
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
    const problem = placeholderProblem(body);
    // A pack's texts pass parseRulePack and translations parseMessageCatalogue first: only misuse gets here.
    if (problem !== undefined)
      throw new TypeError(`${TEMPLATE_ERROR}${problem}; check translations with parseMessageCatalogue`);
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
  /** What a fact that cannot be known reads as. */
  readonly unknown: string;
  /** Names of the library's own subjects (formats, positions) by id, for another language. */
  readonly names: SubjectNames;
  /** How a number fact is written: as it is in English, with the locale's decimal mark elsewhere. */
  readonly number: (value: number) => string;
  /** The marks around a candidate's own title: before and after. */
  readonly quotes: readonly [string, string];
}

/** The words of a render context besides the locale; each one English when left out. */
export interface RenderWords {
  readonly notes?: NoteLabels | undefined;
  readonly none?: string | undefined;
  readonly unknown?: string | undefined;
  readonly subjects?: SubjectNames | undefined;
  readonly quoted?: string | undefined;
}

const QUOTED = '‘{{title}}’';

/** The marks before and after `{{title}}` in a quoting label; the English ones when it has no `{{title}}`. */
function quoteMarks(quoted: string): readonly [string, string] {
  const at = quoted.indexOf('{{title}}');
  return at === -1 ? ['‘', '’'] : [quoted.slice(0, at), quoted.slice(at + '{{title}}'.length)];
}

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberWriter(locale: string): (value: number) => string {
  if (/^en(?:-|$)/i.test(locale)) return String;
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
    if (numberFormats.size < 64) numberFormats.set(locale, format);
  }
  return (value) => format.format(value);
}

/** A render context for a locale (BCP 47; `en` when omitted) and optional label overrides. */
export function renderContext(subjects: FactSubjects, locale = 'en', words: RenderWords = {}): RenderContext {
  return {
    subjects,
    plurals: pluralRules(locale),
    list: listFormat(locale),
    notes: words.notes ?? {},
    none: words.none ?? 'none',
    unknown: words.unknown ?? 'unknown',
    names: words.subjects ?? {},
    number: numberWriter(locale),
    quotes: quoteMarks(words.quoted ?? QUOTED),
  };
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
  const own = Object.hasOwn(context.notes, note.code) ? context.notes[note.code] : undefined;
  const label = typeof own === 'string' ? own : defaultNoteLabels[note.code];
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
        ? quoteIfTitle(subject, context)
        : `${quoteIfTitle(subject, context)} (${subject.notes.map((note) => noteText(note, context)).join(', ')})`,
    ),
  );
}

function quoteIfTitle(subject: Subject, context: RenderContext): string {
  if (subject.kind === 'format' || subject.kind === 'position') {
    const own = Object.hasOwn(context.names, subject.id)
      ? context.names[subject.id as keyof SubjectNames]
      : undefined;
    return typeof own === 'string' ? own : subject.name;
  }
  return subject.kind === 'interviewer' || subject.kind === 'process'
    ? subject.name
    : `${context.quotes[0]}${subject.name}${context.quotes[1]}`;
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
    // Own properties only: a fact or subject list is read only when derivation put it there.
    const value = Object.hasOwn(facts, part.fact) ? facts[part.fact] : undefined;
    if (part.kind === 'names') {
      const subjects = Object.hasOwn(context.subjects, part.fact) ? context.subjects[part.fact] : undefined;
      out += namesOf(subjects ?? [], context);
    } else if (part.kind === 'plural') {
      out += plural(part.forms, typeof value === 'number' ? value : 0, context.plurals);
    } else if (value === undefined || value === null) out += context.unknown;
    else out += typeof value === 'number' ? context.number(value) : String(value);
  }
  return out;
}

const PLACEHOLDER_TEXT = /\{\{\s*([^{}]*?)\s*\}\}/g;
const MAX_MESSAGE_TEXT = 2_000;
const MAX_RULE_ID = 200;
const MAX_CATALOGUE_ENTRIES = 1_000;
const FIELDS = ['message', 'recommendation', 'due'] as const;

/** The issues of one text of a catalogue entry: a non-empty string of at most 2,000 characters, declared placeholders. */
function textIssues(ruleId: string, field: (typeof FIELDS)[number], text: unknown, issues: Issue[]): void {
  const path = [ruleId, field];
  if (typeof text !== 'string') {
    issues.push({ code: 'invalid_type', path, message: `expected a string, found ${describeValue(text)}` });
    return;
  }
  if (text.length === 0) {
    issues.push({ code: 'too_small', path, message: 'expected a text, found an empty string' });
    return;
  }
  if (text.length > MAX_MESSAGE_TEXT) {
    issues.push({
      code: 'too_big',
      path,
      message: `expected at most ${MAX_MESSAGE_TEXT} characters, found ${text.length}`,
    });
    return;
  }
  for (const match of text.matchAll(PLACEHOLDER_TEXT)) {
    const problem =
      field === 'due'
        ? `expected a due text without placeholders, found {{${match[1]}}}`
        : placeholderProblem(match[1] ?? '');
    if (problem !== undefined) issues.push({ code: 'invalid_value', path, message: problem });
  }
}

/**
 * Validates rule messages (the `messages` of createPreparer, prepare, createScorer and assessReadiness): a
 * plain object of rule id (1–200 characters) → `{ message, recommendation, due? }`, at most 1,000 rules, own
 * properties only, each text non-empty and at most 2,000 characters, with placeholders naming displayable
 * facts (`{{fact}}`), or declared facts with `|names` or plural forms; a due text has none. Anything else
 * (`{{constructor}}`, a typo, a personal fact) is an issue, located. The one check of a message catalogue
 * (`parseMessages` is the same function); hand-written, so a scorer can use it without loading zod.
 *
 * @param input - Anything, usually a vendor's JSON.
 * @returns `{ ok: true, value }` with a frozen copy of the catalogue, or `{ ok: false, issues }` (bounded).
 *   Never throws.
 * @example
 * parseMessageCatalogue({ 'x': { message: 'Hi {{constructor}}', recommendation: 'Do it.' } }).ok;
 * // => false
 * @category Readiness
 */
export function parseMessageCatalogue(input: unknown): ParseResult<MessageCatalogue> {
  if (!isPlainObject(input)) return notPlainObject(input);
  const issues: Issue[] = [];
  const keys = Object.keys(input);
  if (keys.length > MAX_CATALOGUE_ENTRIES)
    return {
      ok: false,
      issues: [
        {
          code: 'too_big',
          path: [],
          message: `expected at most ${MAX_CATALOGUE_ENTRIES} rules, found ${keys.length}`,
        },
      ],
    };
  const copy: Record<string, RuleMessages> = {};
  for (const ruleId of keys) {
    const texts = input[ruleId];
    if (ruleId.length === 0 || ruleId.length > MAX_RULE_ID) {
      issues.push({
        code: ruleId.length === 0 ? 'too_small' : 'too_big',
        path: [ruleId],
        message: `expected a rule id of 1 to ${MAX_RULE_ID} characters, found ${ruleId.length}`,
      });
      continue;
    }
    if (!isPlainObject(texts)) {
      issues.push({
        code: 'invalid_type',
        path: [ruleId],
        message: `expected { message, recommendation }, found ${describeValue(texts)}`,
      });
      continue;
    }
    for (const key of Object.keys(texts))
      if (!(FIELDS as readonly string[]).includes(key))
        issues.push({
          code: 'unknown_field',
          path: [ruleId, key],
          message: `expected no field ${describeValue(key)}: use message, recommendation and due`,
        });
    const before = issues.length;
    for (const field of FIELDS) {
      const text = Object.hasOwn(texts, field) ? texts[field] : undefined;
      if (field === 'due' && text === undefined) continue;
      textIssues(ruleId, field, text, issues);
    }
    if (issues.length === before) {
      const { message, recommendation, due } = texts as unknown as RuleMessages;
      // defineProperty, so a rule id such as "__proto__" stays a key of the copy.
      Object.defineProperty(copy, ruleId, {
        value: Object.freeze(
          due === undefined ? { message, recommendation } : { message, recommendation, due },
        ),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return issues.length > 0
    ? { ok: false, issues: boundIssues(issues) }
    : { ok: true, value: Object.freeze(copy), warnings: [] };
}

/**
 * Runs `plan` (which splits the message templates) so that a bad template is a TypeError naming `caller`.
 * Scorers do not run parseMessageCatalogue up front: it would add its checks to every scoring bundle.
 */
export function namingCaller<T>(caller: string, plan: () => T): T {
  try {
    return plan();
  } catch (error) {
    if (error instanceof TypeError && error.message.startsWith(TEMPLATE_ERROR))
      throw new TypeError(`${caller}: messages: ${error.message.slice(TEMPLATE_ERROR.length)}`);
    throw error;
  }
}
