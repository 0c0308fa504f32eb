// Section 4 (run by run.mjs in its own process): score 100,000 generated candidacies as a stream, keeping
// no results, and report heap growth after a full gc. Needs `node --expose-gc bench/memory.mjs [count]`.
import { streamCandidacies } from './generate-candidacies.mjs';

const entry = new URL('../dist/index.js', import.meta.url).href;
const { createScorer, parseCandidacy } = await import(entry);
const COUNT = Number(process.argv[2] ?? 100_000);
const NOW = '2026-12-02T09:00:00-05:00';

if (typeof globalThis.gc !== 'function') throw new Error('memory.mjs: run with node --expose-gc');
const scorer = createScorer();
// Warm up the scorer and its caches so the baseline already holds what every run needs.
for (const candidacy of streamCandidacies(200, parseCandidacy, 1)) scorer.score(candidacy, NOW);
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
let total = 0;
let index = 0;
for (const candidacy of streamCandidacies(COUNT, parseCandidacy)) {
  total += scorer.score(candidacy, NOW).score;
  if (++index % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
globalThis.gc();
globalThis.gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({ count: COUNT, beforeMB: before / 2 ** 20, afterMB: after / 2 ** 20, growthMB: (after - before) / 2 ** 20, peakMB: peak / 2 ** 20, checksum: Number.isFinite(total) })}\n`,
);
