import { defaultNoteLabels, defaultSubjectNames } from '../facts/index.js';
import { compileText } from '../i18n/format.js';
import { closestWord, describeValue } from '../internal/describe.js';
import { isPlainObject, notPlainObject } from '../internal/plain.js';
import type { Issue, ParseResult } from '../model/index.js';
import type { ReadinessLabels } from './types.js';

const MAX_LABEL = 500;
const MAX_ENTRIES = 200;
const FIELDS = [
  'dimensions',
  'nothingPrepared',
  'dueLater',
  'none',
  'unknown',
  'quoted',
  'notes',
  'subjects',
] as const;
const NOTE_CODES = Object.keys(defaultNoteLabels);
const SUBJECT_IDS = Object.keys(defaultSubjectNames);

/** Issues of one label: a string, not too long, and reading only the placeholders it may. */
function labelIssues(
  value: unknown,
  path: readonly (string | number)[],
  allowed: { readonly name?: string; readonly forms?: boolean } = {},
): Issue[] {
  if (typeof value !== 'string')
    return [
      { code: 'invalid_type', path: [...path], message: `expected a string, found ${describeValue(value)}` },
    ];
  if (value.length === 0 || value.length > MAX_LABEL)
    return [
      {
        code: 'too_big',
        path: [...path],
        message: `expected 1 to ${MAX_LABEL} characters, found ${value.length}`,
      },
    ];
  const compiled = compileText(value);
  if (compiled.problem !== undefined)
    return [{ code: 'invalid_value', path: [...path], message: compiled.problem }];
  for (const part of compiled.parts) {
    if (typeof part === 'string') continue;
    const fine = part.name === allowed.name && (allowed.forms === true) === (part.forms !== undefined);
    if (!fine) {
      const wanted =
        allowed.name === undefined
          ? 'no placeholder'
          : allowed.forms === true
            ? `only {{${allowed.name}|one:…|other:…}}`
            : `only {{${allowed.name}}}`;
      return [
        { code: 'invalid_value', path: [...path], message: `expected ${wanted}, found {{${part.name}…}}` },
      ];
    }
  }
  return [];
}

/** Issues of a record of labels whose keys must be among `known` (when given). */
function recordIssues(
  value: unknown,
  field: string,
  known: readonly string[] | undefined,
  allowed: (key: string) => { readonly name?: string; readonly forms?: boolean },
): Issue[] {
  if (!isPlainObject(value))
    return [
      { code: 'invalid_type', path: [field], message: `expected an object, found ${describeValue(value)}` },
    ];
  const keys = Object.keys(value);
  if (keys.length > MAX_ENTRIES)
    return [
      {
        code: 'too_big',
        path: [field],
        message: `expected at most ${MAX_ENTRIES} labels, found ${keys.length}`,
      },
    ];
  return keys.flatMap((key) => {
    if (known !== undefined && !known.includes(key)) {
      const suggestion = closestWord(key, known);
      return [
        {
          code: 'unknown_field',
          path: [field, key],
          message: `expected one of ${known.join(', ')}, found ${describeValue(key)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        },
      ];
    }
    return labelIssues(value[key], [field, key], allowed(key));
  });
}

/**
 * Validates readiness labels for the `labels` option of `createScorer`, `assessReadiness` and the preparer:
 * `dimensions` (names by dimension or group id), `nothingPrepared` (may read `{{dimension}}`), `dueLater`,
 * `none`, `unknown`, `quoted` (may read `{{title}}`), `notes` (by code of `defaultNoteLabels`; a label whose English has a count reads it as
 * `{{count|one:…|other:…}}`, the others read nothing) and `subjects` (by id of `defaultSubjectNames`). Each label
 * a string of 1 to 500 characters; anything left out keeps its English default. Never throws.
 *
 * @param input - Anything, usually a vendor's JSON.
 * @returns `{ ok: true, value }` with the labels, or `{ ok: false, issues }`, located.
 * @example
 * parseReadinessLabels({ notes: { idle: 'seit {{days}} Tagen' } }).ok;
 * // => false
 * @category Readiness
 */
export function parseReadinessLabels(input: unknown): ParseResult<ReadinessLabels> {
  if (!isPlainObject(input)) return notPlainObject(input);
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    const value = input[key];
    switch (key) {
      case 'dimensions':
        issues.push(...recordIssues(value, key, undefined, () => ({})));
        break;
      case 'nothingPrepared':
        issues.push(...labelIssues(value, [key], { name: 'dimension' }));
        break;
      case 'quoted': {
        const own = labelIssues(value, [key], { name: 'title' });
        if (own.length === 0 && typeof value === 'string' && !value.includes('{{title}}'))
          own.push({
            code: 'invalid_value',
            path: [key],
            message: 'expected the title as {{title}} between the quotes',
          });
        issues.push(...own);
        break;
      }
      case 'dueLater':
      case 'none':
      case 'unknown':
        issues.push(...labelIssues(value, [key]));
        break;
      case 'notes':
        issues.push(
          ...recordIssues(value, key, NOTE_CODES, (code) =>
            defaultNoteLabels[code as keyof typeof defaultNoteLabels].includes('{{count')
              ? { name: 'count', forms: true }
              : {},
          ),
        );
        break;
      case 'subjects':
        issues.push(...recordIssues(value, key, SUBJECT_IDS, () => ({})));
        break;
      default: {
        const suggestion = closestWord(key, FIELDS);
        issues.push({
          code: 'unknown_field',
          path: [key],
          message: `expected one of ${FIELDS.join(', ')}, found ${describeValue(key)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`,
        });
      }
    }
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: input as ReadinessLabels, warnings: [] };
}
