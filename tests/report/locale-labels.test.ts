import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCandidacy, prepareSync, renderMarkdown } from '../../src/index.js';

const parsed = parseCandidacy(JSON.parse(readFileSync('examples/verbatim-reuser.json', 'utf8')));
if (!parsed.ok) throw new Error('invalid example');
const report = prepareSync(parsed.value, { now: '2027-03-09T12:00:00-05:00' });

describe('renderMarkdown names the dimensions with the bundle’s readiness labels', () => {
  it('uses labels.dimensions in the score table and the headings of what to fix, the id elsewhere', () => {
    const text = renderMarkdown(report, { labels: { dimensions: { recall: 'Erinnerung' } } });
    expect(text).toMatch(/^\| Erinnerung \| \d+ \/ \d+ \|$/m);
    expect(text).not.toMatch(/^\| recall \|/m);
    expect(text).toMatch(/^### Erinnerung$/m);
    expect(text).not.toMatch(/^### recall$/m);
    expect(text).toMatch(/^\| research \| \d+ \/ \d+ \|$/m);
  });

  it('escapes a label as it would any text it did not write', () => {
    const text = renderMarkdown(report, { labels: { dimensions: { recall: '<b>*recall*</b>' } } });
    expect(text).toMatch(/^\| &lt;b&gt;\\\*recall\\\*&lt;\/b&gt; \| /m);
  });

  it('ignores a label that is not a text, and an inherited one', () => {
    const labels = { dimensions: Object.assign(Object.create({ research: 'geerbt' }), { recall: 42 }) };
    const text = renderMarkdown(report, { labels });
    expect(text).toMatch(/^\| recall \| /m);
    expect(text).toMatch(/^\| research \| /m);
  });
});
