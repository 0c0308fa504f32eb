// Section 5: scoring a batch on worker threads against one thread scoring the same batch; wall time (the
// threads run in parallel, so CPU time would add them up). Before and after in one run: a one-shot
// scoreMany that returns full reports (the old way), and a warm pool that returns compact results.
// The machine may be shared: read the ratio next to the single-thread time of the same run.
import { performance } from 'node:perf_hooks';
import { compactResult, createScorePool, scoreMany } from '../examples/score-many.mjs';
import { generateCandidacies } from './generate-candidacies.mjs';

const NOW = '2026-12-02T09:00:00-05:00';

/** One thread against `workers` threads on `count` generated candidacies. */
export async function benchParallel(library, count, workers = 2) {
  const candidacies = generateCandidacies(count, library.parseCandidacy);
  const scorer = library.createScorer();
  for (let index = 0; index < 1000; index++) scorer.score(candidacies[index % count], NOW);

  let start = performance.now();
  const single = candidacies.map((candidacy) => compactResult(scorer.score(candidacy, NOW)));
  const singleMs = performance.now() - start;

  // Before: threads started per call, full reports copied back.
  await scoreMany(candidacies.slice(0, 500), { now: NOW, workers, full: true });
  start = performance.now();
  const oneShotFull = await scoreMany(candidacies, { now: NOW, workers, full: true });
  const oneShotFullMs = performance.now() - start;
  let fullMismatches = 0;
  for (let index = 0; index < count; index++)
    if (JSON.stringify(compactResult(oneShotFull[index])) !== JSON.stringify(single[index])) fullMismatches++;
  oneShotFull.length = 0;

  // After: a pool started once and warmed, compact results.
  const pool = await createScorePool({ workers });
  let pooled;
  let pooledMs;
  let coresUsed;
  try {
    await pool.score(candidacies.slice(0, 2000), { now: NOW });
    start = performance.now();
    const cpuStart = process.cpuUsage();
    pooled = await pool.score(candidacies, { now: NOW });
    pooledMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    coresUsed = (cpu.user + cpu.system) / 1000 / pooledMs;
  } finally {
    await pool.close();
  }
  let mismatches = fullMismatches;
  for (let index = 0; index < count; index++)
    if (JSON.stringify(pooled[index]) !== JSON.stringify(single[index])) mismatches++;
  return {
    count,
    workers,
    singleMs,
    oneShotFullMs,
    pooledMs,
    before: singleMs / oneShotFullMs,
    speedup: singleMs / pooledMs,
    /** CPU time of every thread over wall time during the pooled run: below `workers`, the threads waited for a core. */
    coresUsed,
    mismatches,
  };
}
