import { describe, expect, it } from 'vitest';
import { de } from '../../src/entries/locale-de.js';
import {
  defaultQuestionBank,
  defaultRulePack,
  defaultThankYouTemplate,
  englishTexts,
  prepareSync,
  renderMarkdown,
} from '../../src/index.js';
import { example } from '../fixtures/examples.js';

// The English data sets are the input here, not the output under test: a German report must contain none of
// their sentences. A fragment is the fixed text between placeholders, long enough to be a phrase (3+ words).
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{[a-zA-Z]+\}/g;

function fragments(text: string): string[] {
  return text
    .split(PLACEHOLDER)
    .flatMap((part) => part.split(/(?<=[.!?:;])\s+/))
    .map((part) => part.trim().replace(/[.!?:;,]+$/, ''))
    .filter((part) => part.split(/\s+/).length >= 3 && /[a-z]{3}/.test(part));
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) stringsOf(item, out);
  return out;
}

const english = [
  ...Object.values(englishTexts as Record<string, string>),
  ...defaultRulePack.rules.flatMap((rule) => [rule.event.params.message, rule.event.params.recommendation]),
  ...defaultQuestionBank.map((question) => question.text),
  ...stringsOf(defaultThankYouTemplate),
].flatMap(fragments);

const EXAMPLES = ['thorough-manager', 'contradicting-stories', 'verbatim-reuser', 'vendor-export'] as const;
const NOW = '2027-03-09T12:00:00-05:00';

describe.each(EXAMPLES)('the German report of %s', (name) => {
  const candidacy = example(name);
  const report = prepareSync(candidacy, { now: NOW, ...de });
  const markdown = renderMarkdown(report, { ...de });
  const own = stringsOf(candidacy).join('\n');

  it('contains no English sentence of the defaults (outside the candidate’s own words)', () => {
    const left = [...new Set(english)].filter(
      (fragment) => markdown.includes(fragment) && !own.includes(fragment),
    );
    expect(left).toEqual([]);
  });

  it('is marked as German', () => {
    expect(report.locale).toBe('de-DE');
  });
});
