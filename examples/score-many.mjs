// scoreMany: scores a batch of parsed candidacies across Node worker threads, one compiled scorer per worker.
// Node only (worker_threads), so it lives here rather than in the browser-safe library bundle.
//
//   import { scoreMany } from './examples/score-many.mjs';
//   const results = await scoreMany(candidacies, { now: '2026-12-02T09:00:00-05:00', workers: 2 });
//
// Results come back in input order and equal createScorer().score(candidacy, now) for each candidacy.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const LIBRARY = new URL('../dist/index.js', import.meta.url).href;

if (!isMainThread && workerData?.role === 'second-round-scorer') {
  const { createScorer } = await import(workerData.library);
  const scorer = createScorer();
  parentPort.on('message', ({ id, now, candidacies }) => {
    const results = new Array(candidacies.length);
    for (let index = 0; index < candidacies.length; index++)
      results[index] = scorer.score(candidacies[index], now);
    parentPort.postMessage({ id, results });
  });
}

/**
 * Scores every candidacy at `now` on `workers` threads (default: the machine's parallelism).
 *
 * @param candidacies - Candidacies from parseCandidacy.
 * @param options - `now` (ISO date-time with offset), `workers` (thread count), `chunkSize` (candidacies per
 *   message, default 250), `library` (URL of the built library, default ../dist/index.js).
 * @returns The readiness reports, in input order.
 */
export async function scoreMany(candidacies, options) {
  const { now, workers = availableParallelism(), chunkSize = 250, library = LIBRARY } = options;
  if (typeof now !== 'string') throw new TypeError('scoreMany: options.now must be an ISO date-time string');
  const count = Math.max(1, Math.min(workers, Math.ceil(candidacies.length / chunkSize)));
  const pool = Array.from(
    { length: count },
    () => new Worker(new URL(import.meta.url), { workerData: { role: 'second-round-scorer', library } }),
  );
  const results = new Array(candidacies.length);
  let nextChunk = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise((resolve, reject) => {
            const send = () => {
              const start = nextChunk * chunkSize;
              if (start >= candidacies.length) return resolve();
              nextChunk++;
              worker.postMessage({
                id: start,
                now,
                candidacies: candidacies.slice(start, start + chunkSize),
              });
            };
            worker.on('message', ({ id, results: chunk }) => {
              for (let index = 0; index < chunk.length; index++) results[id + index] = chunk[index];
              send();
            });
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
