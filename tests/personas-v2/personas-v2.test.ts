import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createScorer,
  type PrepReport,
  parseCandidacy,
  prepareSync,
  renderMarkdown,
} from '../../src/index.js';

/**
 * Eight candidacies written for this suite (cases/), with what a career coach would insist on written by hand
 * in expectations.json before the library was run on them. Each expectation is its own test so that one the
 * library cannot meet yet stays visible as an expected failure (KNOWN below) rather than hiding the others.
 */
interface Expectation {
  readonly file: string;
  readonly now: string;
  readonly mode: PrepReport['mode'];
  readonly bands: readonly string[];
  readonly failing: Readonly<Record<string, string>>;
  readonly passing: readonly string[];
  readonly blockers?: readonly string[];
  readonly contradictions?: readonly string[];
  readonly timeline?: readonly { kind: string; interviewerId?: string; status: string }[];
  readonly plan?: Readonly<Record<string, { min: number; notMatching: string }>>;
  readonly warnings?: string;
  readonly mentions: Readonly<Record<string, string>>;
  readonly forbids: Readonly<Record<string, string>>;
}

const dir = new URL('./', import.meta.url);
const { cases } = JSON.parse(readFileSync(new URL('expectations.json', dir), 'utf8')) as {
  cases: Expectation[];
};

/** `(?i)` at the start of a pattern means case-insensitive (written that way to keep the JSON readable). */
function pattern(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}

/**
 * Expectations the library does not meet yet, by `file > expectation`, each with why. They run as
 * `it.fails`, so meeting one turns the suite red until it is moved out of this list.
 */
const KNOWN: Readonly<Record<string, string>> = {
  // The warm-up is rightly pending (the guide says the morning of), but its recommendation says "the same
  // platform" although the round names CoderPad: no displayable fact carries the platform's name (src/facts).
  'new-grad-tomorrow.json > fails formats.technical-platform':
    'recommendation cannot name the platform: src/facts has no displayable platform fact',
  // "For Elena Duarte, prepare a story of working with their function": the function (design) is in the
  // data, but the counted subject carries no note with it (src/facts), so the rule text cannot name it.
  'senior-ic-in-progress.json > fails audiences.cross-functional':
    'the cross-functional subject has no function note (src/facts)',
  // During the round the timeline still heads with "An interview is still ahead" (src/timeline / src/report).
  'senior-ic-in-progress.json > never not-still-ahead-while-in-progress':
    'the timeline headline has no in-progress wording',
  // The follow-up event says "Follow up once with the recruiter" without naming Olivia Grant (src/timeline).
  'uk-follow-up-window.json > mentions follow-up-to-recruiter':
    'the follow-up event does not name the recruiter',
  // The guide calls contradictions fatal; a blocker caps the band at at-risk by design (src/readiness bands,
  // docs/scoring.md), so three unresolved contradictions still read at-risk, not not-ready.
  'sales-manager-contradiction.json > band': 'a blocker caps at at-risk, never lower (src/readiness)',
};

function run(file: string, now: string): { report: PrepReport; markdown: string } {
  const parsed = parseCandidacy(JSON.parse(readFileSync(new URL(`cases/${file}`, dir), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} does not parse: ${JSON.stringify(parsed.issues)}`);
  const report = prepareSync(parsed.value, { now });
  expect(JSON.stringify(createScorer().score(parsed.value, now))).toBe(JSON.stringify(report.readiness));
  return { report, markdown: renderMarkdown(report) };
}

for (const c of cases) {
  describe(c.file, () => {
    const checks: [string, (r: PrepReport, md: string) => void][] = [];
    checks.push(['mode', (r) => expect(r.mode).toBe(c.mode)]);
    checks.push(['band', (r) => expect(c.bands).toContain(r.readiness.band)]);
    for (const [ruleId, says] of Object.entries(c.failing)) {
      checks.push([
        `fails ${ruleId}`,
        (r) => {
          const item = r.readiness.items.find((i) => i.ruleId === ruleId);
          expect(['failed', 'pending'], `${ruleId} should be reported as a gap`).toContain(item?.status);
          if (says !== '') expect(`${item?.message} ${item?.recommendation}`).toMatch(pattern(says));
        },
      ]);
    }
    for (const ruleId of c.passing) {
      checks.push([
        `passes ${ruleId}`,
        (r) => {
          const item = r.readiness.items.find((i) => i.ruleId === ruleId);
          expect(item?.passed, `${ruleId} should hold`).toBe(true);
        },
      ]);
    }
    for (const ruleId of c.blockers ?? []) {
      checks.push([
        `blocker ${ruleId}`,
        (r) => expect(r.readiness.blockers.map((b) => b.ruleId)).toContain(ruleId),
      ]);
    }
    for (const storyId of c.contradictions ?? []) {
      checks.push([
        `contradiction in ${storyId}`,
        (r) =>
          expect(
            r.consistency.findings.some((f) => f.storyId === storyId && f.kind === 'contradiction'),
            `${storyId} should carry a contradiction`,
          ).toBe(true),
      ]);
    }
    for (const t of c.timeline ?? []) {
      checks.push([
        `timeline ${t.kind} ${t.interviewerId ?? ''} ${t.status}`,
        (r) => {
          const events = r.timeline.events.filter(
            (e) =>
              e.kind === t.kind && (t.interviewerId === undefined || e.interviewerId === t.interviewerId),
          );
          expect(events.map((e) => e.status)).toContain(t.status);
        },
      ]);
    }
    for (const [interviewerId, p] of Object.entries(c.plan ?? {})) {
      checks.push([
        `questions for ${interviewerId}`,
        (r) => {
          const mine = r.questions?.perInterviewer.find((q) => q.interviewerId === interviewerId);
          expect(mine?.questions.length ?? 0).toBeGreaterThanOrEqual(p.min);
          for (const q of mine?.questions ?? []) expect(q.text).not.toMatch(pattern(p.notMatching));
        },
      ]);
    }
    if (c.warnings !== undefined) {
      const w = c.warnings;
      checks.push([
        'question warnings',
        (r) => expect((r.questions?.warnings ?? []).join('\n')).toMatch(pattern(w)),
      ]);
    }
    for (const [name, text] of Object.entries(c.mentions)) {
      checks.push([`mentions ${name}`, (_r, md) => expect(md).toMatch(pattern(text))]);
    }
    for (const [name, text] of Object.entries(c.forbids)) {
      checks.push([`never ${name}`, (_r, md) => expect(md).not.toMatch(pattern(text))]);
    }
    for (const [name, check] of checks) {
      const known = KNOWN[`${c.file} > ${name}`];
      const test = known === undefined ? it : it.fails;
      test(name, () => {
        const { report, markdown } = run(c.file, c.now);
        check(report, markdown);
      });
    }
  });
}
