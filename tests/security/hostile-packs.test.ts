import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../src/entries/engine.js';
import {
  type Candidacy,
  createScorer,
  type IssuePath,
  parseRulePack,
  type RulePack,
} from '../../src/index.js';
import { minimalCandidacy } from '../fixtures/minimal.js';
import { NOW, parseFixture, thoroughCandidacy } from '../readiness/fixtures.js';
import { codeBuiltPacks, type HostileEntry, validPack } from './code-built-packs.js';
import { guardPrototypes } from './prototypes.js';

/**
 * A hang guard, not a performance target: a harmless pack must finish evaluating well inside this bound on any
 * machine. A pack that triggered catastrophic backtracking or unbounded recursion would blow through it.
 */
const HANG_GUARD_MS = 2_000;

// Read as text and JSON.parse, so "__proto__" keys stay own properties (a module import could turn them into
// prototype assignments).
const corpusText = readFileSync(new URL('./hostile-packs/corpus.json', import.meta.url), 'utf8');
const jsonCorpus: HostileEntry[] = JSON.parse(corpusText).map(
  (entry: Omit<HostileEntry, 'pack'> & { pack: unknown }) => {
    const text = JSON.stringify(entry.pack);
    return { ...entry, pack: () => JSON.parse(text) };
  },
);
const corpus: HostileEntry[] = [...jsonCorpus, ...codeBuiltPacks()];

const candidacies: readonly Candidacy[] = [thoroughCandidacy(), parseFixture(minimalCandidacy())];

function startsWith(path: IssuePath, prefix: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);
}

async function evaluate(pack: RulePack): Promise<{ elapsed: number; scores: number[] }> {
  const started = performance.now();
  const scores: number[] = [];
  const scorer = createScorer(pack);
  for (const candidacy of candidacies) {
    const assessed = await assessReadiness(candidacy, { now: NOW, rules: pack });
    const scored = scorer.score(candidacy, NOW);
    expect(scored).toEqual(assessed);
    scores.push(scored.score);
  }
  return { elapsed: performance.now() - started, scores };
}

// The whole corpus has run: no prototype gained (or lost) an own property.
guardPrototypes();

describe('the hostile rule-pack corpus', () => {
  it('holds at least 20 packs of each expectation mix, with unique names', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((entry) => entry.expect === 'refused').length).toBeGreaterThanOrEqual(20);
    expect(corpus.filter((entry) => entry.expect === 'harmless').length).toBeGreaterThanOrEqual(5);
    expect(new Set(corpus.map((entry) => entry.name)).size).toBe(corpus.length);
  });

  it('accepts the valid pack the code-built entries start from', () => {
    expect(parseRulePack(validPack()).ok).toBe(true);
  });

  const refused = corpus.filter((entry) => entry.expect === 'refused');
  it.each(refused.map((entry) => [entry.name, entry] as const))(
    'refuses %s with a located issue',
    (_, entry) => {
      const result = parseRulePack(entry.pack());
      expect(result.ok, entry.why).toBe(false);
      if (result.ok) return;
      const located = result.issues.filter((issue) => startsWith(issue.path, entry.path ?? []));
      expect(located, `${entry.why}; issues: ${JSON.stringify(result.issues)}`).not.toEqual([]);
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
    },
  );

  const harmless = corpus.filter((entry) => entry.expect === 'harmless');
  it.each(harmless.map((entry) => [entry.name, entry] as const))(
    'accepts %s and evaluates it without throwing or hanging',
    async (_, entry) => {
      const result = parseRulePack(entry.pack());
      if (!result.ok) expect.fail(`${entry.why}: ${JSON.stringify(result.issues)}`);
      const { elapsed, scores } = await evaluate(result.value);
      expect(elapsed).toBeLessThan(HANG_GUARD_MS);
      for (const score of scores) {
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    },
  );
});
