// Section 4 (run by run.mjs in its own process): score 100,000 generated candidacies as a stream, keeping
// no results, and report heap growth after a full gc. Needs `node --expose-gc bench/memory.mjs [count]`.
// With `cache` as second argument, prepares them instead through a preparer with the opt-in cache
// (maxEntries 256), whose LRUs must keep the heap flat however many distinct candidacies pass.
import { streamCandidacies } from './generate-candidacies.mjs';

const entry = new URL('../dist/index.js', import.meta.url).href;
const { createPreparer, createScorer, parseCandidacy } = await import(entry);
const COUNT = Number(process.argv[2] ?? 100_000);
const CACHED = process.argv[3] === 'cache';
const NOW = '2026-12-02T09:00:00-05:00';

if (typeof globalThis.gc !== 'function') throw new Error('memory.mjs: run with node --expose-gc');
const scorer = createScorer();
const preparer = CACHED ? createPreparer({ cache: { consistency: true, maxEntries: 256 } }).value : undefined;
const run = preparer
  ? (candidacy) => preparer.prepare(candidacy, { now: NOW }).readiness.score
  : (candidacy) => scorer.score(candidacy, NOW).score;
// Warm up (and, with the cache, fill it) so the baseline already holds what every run needs.
for (const candidacy of streamCandidacies(CACHED ? 2_000 : 200, parseCandidacy, 1)) run(candidacy);
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage().heapUsed;
let peak = before;
let total = 0;
let index = 0;
for (const candidacy of streamCandidacies(COUNT, parseCandidacy)) {
  total += run(candidacy);
  if (++index % 5000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
globalThis.gc();
globalThis.gc();
const after = process.memoryUsage().heapUsed;
process.stdout.write(
  `${JSON.stringify({ count: COUNT, cached: CACHED, beforeMB: before / 2 ** 20, afterMB: after / 2 ** 20, growthMB: (after - before) / 2 ** 20, peakMB: peak / 2 ** 20, checksum: Number.isFinite(total) })}\n`,
);
