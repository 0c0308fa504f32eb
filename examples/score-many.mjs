// scoreMany: scores a batch of parsed candidacies across Node worker threads, one compiled scorer per worker.
// Node only (worker_threads), so it lives here rather than in the browser-safe library bundle.
//
//   import { createScorePool, scoreMany } from './examples/score-many.mjs';
//   const pool = await createScorePool({ workers: 2 });          // start once, keep warm
//   const results = await pool.score(candidacies, { now: '2026-12-02T09:00:00-05:00' });
//   results[0]; // => { score: 81, band: 'ready', blockers: [] }
//   await pool.close();
//
// Results come back in input order. By default each is compact, `{ score, band, blockers }` (blockers are
// rule ids): copying 10,000 full reports back to the main thread costs more than scoring them. Pass
// `{ full: true }` for the whole report, equal to createScorer().score(candidacy, { now }). Batches travel as JSON
// text: a structured clone of parsed candidacies cost about 6x JSON.stringify on the sending thread, and the
// sending thread is the one part that does not run in parallel.
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const LIBRARY = new URL('../dist/index.js', import.meta.url).href;

/** The compact result of one candidacy: what a batch job lists and sorts by. */
export function compactResult(readiness) {
  return {
    score: readiness.score,
    band: readiness.band,
    blockers: readiness.blockers.map((item) => item.ruleId),
  };
}

if (!isMainThread && workerData?.role === 'second-round-scorer') {
  const { createScorer } = await import(workerData.library);
  const scorer = createScorer();
  parentPort.on('message', ({ id, now, full, json }) => {
    const candidacies = JSON.parse(json);
    const results = new Array(candidacies.length);
    for (let index = 0; index < candidacies.length; index++) {
      const readiness = scorer.score(candidacies[index], { now });
      results[index] = full ? readiness : compactResult(readiness);
    }
    parentPort.postMessage({ id, json: JSON.stringify(results) });
  });
  parentPort.postMessage({ ready: true });
}

/**
 * Starts `workers` scorer threads (default: the machine's parallelism) and waits until each has compiled
 * its scorer. Reuse the pool across batches; close it when done.
 *
 * @param options - `workers` (thread count), `library` (URL of the built library, default ../dist/index.js).
 * @returns `{ score(candidacies, { now, full, chunkSize }), close() }`.
 */
export async function createScorePool(options = {}) {
  const { workers = availableParallelism(), library = LIBRARY } = options;
  const pool = Array.from(
    { length: Math.max(1, workers) },
    () => new Worker(new URL(import.meta.url), { workerData: { role: 'second-round-scorer', library } }),
  );
  await Promise.all(
    pool.map(
      (worker) =>
        new Promise((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  let busy = false;
  return {
    /** Scores every candidacy at `now`; `full: true` for whole reports; `chunkSize` per message (default 250). */
    async score(candidacies, { now, full = false, chunkSize = 250 } = {}) {
      if (typeof now !== 'string')
        throw new TypeError('pool.score: options.now must be an ISO date-time string');
      if (busy) throw new Error('pool.score: one batch at a time; await the previous one');
      busy = true;
      const results = new Array(candidacies.length);
      let nextChunk = 0;
      try {
        await Promise.all(
          pool.map(
            (worker) =>
              new Promise((resolve, reject) => {
                // Two chunks in flight per worker, so a worker never waits while this thread encodes its next one.
                let inFlight = 0;
                const send = () => {
                  const start = nextChunk * chunkSize;
                  if (start >= candidacies.length) return false;
                  nextChunk++;
                  inFlight++;
                  const json = JSON.stringify(candidacies.slice(start, start + chunkSize));
                  worker.postMessage({ id: start, now, full, json });
                  return true;
                };
                const receive = ({ id, json }) => {
                  inFlight--;
                  const chunk = JSON.parse(json);
                  for (let index = 0; index < chunk.length; index++) results[id + index] = chunk[index];
                  if (!send() && inFlight === 0) {
                    worker.off('message', receive);
                    worker.off('error', reject);
                    resolve();
                  }
                };
                worker.on('message', receive);
                worker.once('error', reject);
                if (send()) send();
                else {
                  worker.off('message', receive);
                  worker.off('error', reject);
                  resolve();
                }
              }),
          ),
        );
      } finally {
        busy = false;
      }
      return results;
    },
    /** Stops every thread. */
    async close() {
      await Promise.all(pool.map((worker) => worker.terminate()));
    },
  };
}

/**
 * One batch on a pool started and closed around it (the cost of starting threads is paid each call: keep a
 * pool from {@link createScorePool} for repeated batches).
 *
 * @param candidacies - Candidacies from parseCandidacy.
 * @param options - `now`, `workers`, `full` (whole reports instead of compact results), `chunkSize`, `library`.
 * @returns The results, in input order.
 */
export async function scoreMany(candidacies, options) {
  const { now, workers, full = false, chunkSize = 250, library } = options;
  if (typeof now !== 'string') throw new TypeError('scoreMany: options.now must be an ISO date-time string');
  const count = Math.max(
    1,
    Math.min(workers ?? availableParallelism(), Math.ceil(candidacies.length / chunkSize)),
  );
  const pool = await createScorePool({ workers: count, ...(library ? { library } : {}) });
  try {
    return await pool.score(candidacies, { now, full, chunkSize });
  } finally {
    await pool.close();
  }
}
