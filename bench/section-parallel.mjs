// Section 5: scoreMany on worker threads against one thread scoring the same batch; wall time, same results.
import { performance } from 'node:perf_hooks';
import { scoreMany } from '../examples/score-many.mjs';
import { generateCandidacies } from './generate-candidacies.mjs';

const NOW = '2026-12-02T09:00:00-05:00';

/** One thread against `workers` threads on `count` generated candidacies. */
export async function benchParallel(library, count, workers = 2) {
  const candidacies = generateCandidacies(count, library.parseCandidacy);
  const scorer = library.createScorer();
  for (const candidacy of candidacies.slice(0, 200)) scorer.score(candidacy, NOW);
  await scoreMany(candidacies.slice(0, 500), { now: NOW, workers });

  let start = performance.now();
  const single = candidacies.map((candidacy) => scorer.score(candidacy, NOW));
  const singleMs = performance.now() - start;
  start = performance.now();
  const parallel = await scoreMany(candidacies, { now: NOW, workers });
  const parallelMs = performance.now() - start;

  let mismatches = 0;
  for (let index = 0; index < count; index++)
    if (JSON.stringify(single[index]) !== JSON.stringify(parallel[index])) mismatches++;
  return { count, workers, singleMs, parallelMs, speedup: singleMs / parallelMs, mismatches };
}
