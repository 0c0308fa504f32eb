import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { type Candidacy, parseCandidacy, prepare, renderMarkdown } from '../../src/index.js';

function load(json: unknown): Candidacy {
  const result = parseCandidacy(json);
  if (!result.ok) throw new Error(`invalid candidacy: ${JSON.stringify(result.issues).slice(0, 500)}`);
  return result.value;
}

const exampleJson = (name: string): unknown => JSON.parse(readFileSync(`examples/${name}.json`, 'utf8'));

/** Each anchor appears, after the one before it. */
function expectInOrder(text: string, anchors: readonly string[]): void {
  let from = 0;
  for (const anchor of anchors) {
    const at = text.indexOf(anchor, from);
    expect(at, `"${anchor}" after offset ${from}`).toBeGreaterThanOrEqual(0);
    from = at + anchor.length;
  }
}

const count = (text: string, part: string): number => text.split(part).length - 1;

describe('renderMarkdown on the bundled examples: every part, in the order of issue 22', () => {
  it('thorough-manager (the demo): readiness, briefs with questions, consistency, concerns, pay, processes, timeline, drafts', async () => {
    const text = renderMarkdown(
      await prepare(load(exampleJson('thorough-manager')), { now: '2027-03-09T12:00:00-05:00' }),
    );
    expectInOrder(text, [
      '# Maya Okafor: Engineering Manager, Billing Platform at Tallyworks',
      '## Readiness: 100/100 (top-quartile)',
      'Checklist: 13 of 13 items hold.',
      '## Your interviewers',
      '### Dana Whitfield (hiring manager)',
      '- **Ask:**',
      '### Luis Ortega (future peer)',
      '### Aisha Brennan (future direct report)',
      '### Miriam Castellanos (senior leadership)',
      '### Tom Reyes (cross-functional partner)',
      '## Round one against round two',
      '## Concerns from earlier rounds',
      '(round 1): revisit it, early in the conversation',
      '  - Your better answer: Last time you asked',
      '## Pay and logistics',
      '$215,000 to $245,000',
      '- **Current pay:**',
      '- **Start date and notice:**',
      'Your earliest start is 2027-04-05.',
      '- **Relocation:**',
      '- **Work mode:**',
      '- **Competing offers:** Listed competing offer: Brightwater Health',
      '## Other processes',
      '- **Quillstone Analytics**: interviewing',
      'keep your other processes moving',
      '## Timeline (America/New_York)',
      '## Thank-you drafts',
      '### To Dana',
      '### To Luis',
      '### To Aisha',
      '### To Miriam',
      '### To Tom',
    ]);
    // Nothing fails, so there is nothing to fix.
    expect(text).not.toContain('## What to fix');
    // The guide's tone line in each of the five briefs.
    expect(count(text, '- **Tone:** Keep the same baseline professionalism')).toBe(5);
  });

  it('contradicting-stories: the blocker once, the top three, the contradictions table, the no-bluff line', async () => {
    const text = renderMarkdown(
      await prepare(load(exampleJson('contradicting-stories')), { now: '2027-02-02T12:00:00-08:00' }),
    );
    expectInOrder(text, [
      '## Readiness: 85/100 (at-risk)',
      '**Blocking:**',
      '- 4 details differ from what you said last time',
      '## What to fix',
      '**Do these first:**',
      '1. Look up Nora Fitzgerald',
      '2. ',
      '3. ',
      '## Your interviewers',
      '### Karen Liu (hiring manager)',
      '## Round one against round two',
      '| | round one said | round two plans | why |',
      '| **contradiction** duration |',
      '| **correction** duration |',
      '## Concerns from earlier rounds',
      '## Pay and logistics',
      '- **Relocation:** You will not relocate',
      '- **Competing offers:** No live offer from another company is listed, so do not hint at one',
      '## Other processes',
      '## Timeline (America/Los_Angeles)',
      '## Thank-you drafts',
      '### To Karen',
    ]);
    expect(count(text, '4 details differ from what you said last time')).toBe(1);
  });

  it('verbatim-reuser: every failing item under its dimension after the top three', async () => {
    const text = renderMarkdown(
      await prepare(load(exampleJson('verbatim-reuser')), { now: '2027-03-22T12:00:00+01:00' }),
    );
    expectInOrder(text, [
      '## Readiness: 28/100 (not-ready)',
      '## What to fix',
      '**Do these first:**',
      '### recall',
      '### research',
      '### audiences',
      '### questions',
      '### formats',
      '### compensation',
      '### setup',
      '### follow-through',
      '## Your interviewers',
      '## Round one against round two',
      '## Pay and logistics',
      '- **Start date and notice:**',
      'your 12 weeks',
      '## Other processes',
      '## Timeline (Europe/Berlin)',
      '## Thank-you drafts',
    ]);
  });

  it('vendor-export: the same parts for a vendor-shaped candidacy', async () => {
    const text = renderMarkdown(
      await prepare(load(exampleJson('vendor-export')), { now: '2027-03-09T12:00:00-05:00' }),
    );
    expectInOrder(text, [
      '## Readiness: ',
      '## What to fix',
      '## Your interviewers',
      '### Priya Natarajan (hiring manager)',
      '### Sam Whitaker (recruiter)',
      '## Round one against round two',
      '## Concerns from earlier rounds',
      '## Pay and logistics',
      '## Other processes',
      '## Timeline (America/Denver)',
      '## Thank-you drafts',
      '### To Priya',
      '### To Sam',
    ]);
  });
});

describe('renderMarkdown timeline (issue 17)', () => {
  it('prints an all-day event as its date and a span of days as "from … to …", never 00:00 → 00:00', async () => {
    const text = renderMarkdown(
      await prepare(load(exampleJson('thorough-manager')), { now: '2027-03-09T12:00:00-05:00' }),
      { sections: ['timeline'] },
    );
    const lines = text.split('\n');
    expect(lines).toContain('- **Tue 9 Mar 2027** — Research each interviewer of round 2 · _done_');
    expect(lines).toContain(
      '- **from Thu 11 Mar 2027 to Fri 19 Mar 2027** — Tallyworks expects to decide by Fri 19 Mar 2027 · _upcoming_',
    );
    expect(lines).toContain('- **Mon 22 Mar 2027** — Follow up once with the recruiter · _upcoming_');
    expect(lines).toContain(
      '- **Wed 10 Mar 2027, 09:30 (UTC-05:00) → Wed 10 Mar 2027, 10:00 (UTC-05:00)** — Test camera, audio, light and zoom · _upcoming_',
    );
    expect(lines).toContain(
      '- **Wed 10 Mar 2027, 18:00 (UTC-05:00)** — Send Dana Whitfield a thank-you · _upcoming_',
    );
    expect(text).not.toContain('00:00 (UTC');
  });
});

describe('renderMarkdown sections', () => {
  it('prints only the sections asked for, in the report order whatever the order asked', async () => {
    const report = await prepare(load(exampleJson('thorough-manager')), {
      now: '2027-03-09T12:00:00-05:00',
    });
    const text = renderMarkdown(report, { sections: ['timeline', 'pay'] });
    expectInOrder(text, ['# Maya Okafor', '## Pay and logistics', '## Timeline (America/New_York)']);
    for (const absent of [
      '## Readiness',
      '## Your interviewers',
      '## Round one against round two',
      '## Concerns',
      '## Other processes',
      '## Thank-you drafts',
    ])
      expect(text).not.toContain(absent);
    const none = renderMarkdown(report, { sections: [] });
    expect(none).not.toContain('## ');
    expect(none.startsWith('# Maya Okafor')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------
// Escaping: hostile text in every free-text field, through a real CommonMark renderer with raw HTML on.

const FREE_TEXT_KEYS = new Set([
  'name',
  'title',
  'company',
  'summary',
  'questionsAsked',
  'questionsFaced',
  'topicsDiscussed',
  'background',
  'previousCompanies',
  'recentActivity',
  'commonGround',
  'plannedReferences',
  'companyNews',
  'backupPlan',
  'text',
  'purpose',
  'topic',
  'improvedAnswer',
  'ifOffer',
  'ifRejected',
  'notes',
]);

const HOSTILE =
  ' <b>bold</b> & <script>alert(1)</script> `tick` [click](javascript:alert(1)) a | b *star* _under_ <img src=x onerror=alert(1)> ~~gone~~';

function poison(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((entry) => poison(entry, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  // A leading "#" (a heading), a leading list marker and a lone CR (a CommonMark line ending) on top.
  if (typeof value === 'string' && FREE_TEXT_KEYS.has(key)) return `# ${value}${HOSTILE}\r- 1. ===\r# two`;
  return value;
}

const BLOCK_TAGS = new Set([
  'heading_open',
  'paragraph_open',
  'bullet_list_open',
  'ordered_list_open',
  'list_item_open',
  'blockquote_open',
  'table_open',
  'thead_open',
  'tbody_open',
  'tr_open',
  'th_open',
  'td_open',
]);

describe('renderMarkdown escapes user text (markdown-it, html: true)', () => {
  const renderer = new MarkdownIt({ html: true });
  for (const [name, now] of [
    ['thorough-manager', '2027-03-09T12:00:00-05:00'],
    ['contradicting-stories', '2027-02-02T12:00:00-08:00'],
    ['vendor-export', '2027-03-09T12:00:00-05:00'],
  ] as const) {
    it(`${name}: no raw HTML, no link, no code, no stray emphasis or heading from user text`, async () => {
      const candidacy = load(poison(exampleJson(name)));
      const markdown = renderMarkdown(await prepare(candidacy, { now }));
      const html = renderer.render(markdown);
      // No element from user text: no script, b, img, a, code or del anywhere in the output.
      expect(html).not.toMatch(/<(?:script|b|img|a|code|del|s)[\s>]/i);
      const tokens = renderer.parse(markdown, {});
      const kinds = new Set<string>();
      for (const token of tokens) {
        kinds.add(token.type);
        for (const child of token.children ?? []) kinds.add(child.type);
      }
      for (const kind of [
        'html_block',
        'html_inline',
        'link_open',
        'image',
        'code_inline',
        'fence',
        's_open',
      ])
        expect(kinds.has(kind), kind).toBe(false);
      // Headings are only the report's own: every h1 is the title, and it is one.
      expect(tokens.filter((token) => token.type === 'heading_open' && token.tag === 'h1')).toHaveLength(1);
      // The user's words reach the reader as text, whole.
      expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt; `tick`');
      expect(html).toContain('[click](javascript:alert(1)) a | b *star* _under_');
      // Line breaks in user text fold into the line, a lone CR included.
      expect(html).toContain('~~gone~~ - 1. === # two');
      expect(html).not.toContain('<li>===');
      for (const token of tokens) expect(token.type === 'hr', 'a thematic break').toBe(false);
      for (const token of tokens)
        if (token.type.endsWith('_open'))
          expect(BLOCK_TAGS.has(token.type) || token.type === 'strong_open' || token.type === 'em_open').toBe(
            true,
          );
    });
  }

  it('keeps every table row as wide as its header', async () => {
    const candidacy = load(poison(exampleJson('contradicting-stories')));
    const tokens = renderer.parse(
      renderMarkdown(await prepare(candidacy, { now: '2027-02-02T12:00:00-08:00' })),
      {},
    );
    let header = 0;
    let cells = 0;
    let rows = 0;
    for (const token of tokens) {
      if (token.type === 'th_open') header++;
      if (token.type === 'td_open') cells++;
      if (token.type === 'tr_open') cells = 0;
      if (token.type === 'tr_close' && cells > 0) {
        rows++;
        expect(cells).toBe(header);
      }
      if (token.type === 'table_open') header = 0;
    }
    // The dimensions table (9 rows) and the contradictions table (at least one).
    expect(rows).toBeGreaterThan(9);
  });

  it('keeps a name that starts like a list, a setext underline or an indented block as one plain line', async () => {
    for (const name of [
      '=== Maya',
      '- Maya',
      '+ Maya',
      '1. Maya',
      '2) Maya',
      '      Maya Okafor',
      '> Maya',
    ]) {
      const json = exampleJson('thorough-manager') as { candidate: { name: string } };
      json.candidate.name = name;
      const tokens = renderer.parse(
        renderMarkdown(await prepare(load(json), { now: '2027-03-09T12:00:00-05:00' }), {
          sections: ['drafts'],
        }),
        {},
      );
      const kinds = tokens.map((token) => token.type);
      // The drafts are five blockquotes of paragraphs: no list, heading or code inside any of them.
      expect(
        kinds.filter((kind) => kind === 'bullet_list_open' || kind === 'ordered_list_open'),
        name,
      ).toEqual([]);
      expect(
        kinds.filter((kind) => kind === 'code_block'),
        name,
      ).toEqual([]);
      expect(
        tokens.filter((token) => token.type === 'heading_open' && token.tag === 'h1'),
        name,
      ).toHaveLength(1);
      const signed = tokens.filter(
        (token) =>
          token.type === 'inline' &&
          (token.children ?? [])
            .map((child) => (child.type === 'softbreak' ? '\n' : child.content))
            .join('')
            .endsWith(`\n${name.trim()}`),
      );
      expect(signed.length, name).toBeGreaterThanOrEqual(5);
    }
  });

  it('prints competing offers side by side, a pipe in the benefits keeping the table whole', async () => {
    const json = exampleJson('thorough-manager') as {
      pipeline: { offers: { package?: Record<string, unknown> }[] };
    };
    json.pipeline.offers[0]!.package = {
      base: 190000,
      bonus: 20000,
      benefits: 'Dental | vision <b>x</b>',
      currency: 'USD',
    };
    const markdown = renderMarkdown(await prepare(load(json), { now: '2027-03-09T12:00:00-05:00' }), {
      sections: ['pay'],
    });
    expect(markdown).toContain('| company | status | base | bonus | equity | benefits |');
    const html = renderer.render(markdown);
    expect(html).toContain('<td>Brightwater Health</td>');
    expect(html).toContain('<td>Dental | vision &lt;b&gt;x&lt;/b&gt;</td>');
    expect(html).toMatch(/<td>[^<]*190,000[^<]*<\/td>/);
    expect((html.match(/<td>/g) ?? []).length).toBe(6);
  });

  it('renders a name with markup as that text in the title', async () => {
    const json = exampleJson('thorough-manager') as { candidate: { name: string } };
    json.candidate.name = 'Priya <b>Raman</b>';
    const markdown = renderMarkdown(await prepare(load(json), { now: '2027-03-09T12:00:00-05:00' }));
    expect(renderer.render(markdown.split('\n')[0] ?? '')).toBe(
      '<h1>Priya &lt;b&gt;Raman&lt;/b&gt;: Engineering Manager, Billing Platform at Tallyworks</h1>\n',
    );
  });
});
