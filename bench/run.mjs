// `npm run bench`: every performance figure of issues #9 and #21 next to its target, measured in this run.
// Each section times its paths alone, after warm-up (see bench/README.md, Method).
// `node bench/run.mjs [--json] [--quick]` (after `npm run build`). --quick shrinks the counts for a smoke run.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchBundles, benchColdImport, describeBundles } from './section-bundle.mjs';
import { benchLatency, benchScaling } from './section-latency.mjs';
import { benchParallel } from './section-parallel.mjs';
import { benchReadiness } from './section-readiness.mjs';
import { benchText, describeText } from './section-text.mjs';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
// assessReadiness (the reference evaluator) lives in the engine entry since the root stopped shipping json-rules-engine.
const library = {
  ...(await import(new URL('../dist/index.js', import.meta.url).href)),
  ...(await import(new URL('../dist/entries/engine.js', import.meta.url).href)),
};
const log = (text) => json || process.stderr.write(`${text}\n`);
// The machine is shared: the load average at start and end says how much of it the figures had.
const loadAtStart = loadavg()[0];

log('readiness: compiled scorer, json-rules-engine and the hand-written floor...');
const readiness = await benchReadiness(library, quick ? 1000 : 10_000);
log('prepare() latency and scaling...');
const latency = benchLatency(library, { quick });
const prepareSame =
  JSON.stringify(
    await library.prepare(library.parseCandidacy((await import('./fixtures.mjs')).readExample()).value, {
      now: '2027-03-09T12:00:00-05:00',
    }),
  ) ===
  JSON.stringify(
    library.prepareSync(library.parseCandidacy((await import('./fixtures.mjs')).readExample()).value, {
      now: '2027-03-09T12:00:00-05:00',
    }),
  );
const scaling = benchScaling(library);
log('text reading: extractClaims per KB at 1, 10 and 100 KB...');
const text = benchText(library);
log('memory: streaming candidacies in a child process with --expose-gc...');
const memoryChild = spawnSync(
  process.execPath,
  ['--expose-gc', fileURLToPath(new URL('memory.mjs', import.meta.url)), String(quick ? 10_000 : 100_000)],
  { encoding: 'utf8' },
);
if (memoryChild.status !== 0) throw new Error(`memory.mjs failed: ${memoryChild.stderr}`);
const memory = JSON.parse(memoryChild.stdout);
log('parallel batches on worker threads...');
const parallel = await benchParallel(library, quick ? 2000 : 10_000, 2);
log('bundle size and cold import...');
const bundles = await benchBundles();
const coldImport = benchColdImport(quick ? 5 : 15);

const machine = {
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  node: process.version,
  loadAverage: { start: loadAtStart, end: loadavg()[0] },
};

const f = (value, digits = 1) => value.toFixed(digits);
const rows = [
  [
    'readiness rules-only: compiled vs json-rules-engine',
    `${f(readiness.rulesOnly.compiledVsEngine, 0)}x`,
    '>= 100x',
    readiness.rulesOnly.compiledVsEngine >= 100,
  ],
  [
    'readiness rules-only: compiled vs hand-written floor',
    `${f(readiness.rulesOnly.compiledVsFloor)}x slower`,
    '<= 5x',
    readiness.rulesOnly.compiledVsFloor <= 5,
  ],
  [
    'readiness end-to-end: score() vs assessReadiness()',
    `${f(readiness.endToEnd.compiledVsEngine)}x`,
    '>= 100x',
    readiness.endToEnd.compiledVsEngine >= 100,
  ],
  [
    'readiness end-to-end: score() vs deriveFacts + floor',
    `${f(readiness.endToEnd.compiledVsFloor)}x slower`,
    '<= 1.5x',
    readiness.endToEnd.compiledVsFloor <= 1.5,
  ],
  [
    'readiness outcomes: mismatches (rules x records, reports)',
    `${readiness.ruleMismatches}, ${readiness.reportMismatches}`,
    '0, 0',
    readiness.ruleMismatches === 0 && readiness.reportMismatches === 0,
  ],
  [
    'prepare() thorough example median / p95 (ms CPU)',
    `${f(latency.thorough.median, 2)} / ${f(latency.thorough.p95, 2)}`,
    'median <= 1',
    latency.thorough.median <= 1,
  ],
  [
    'prepare() typical generated median / p95 (ms CPU)',
    `${f(latency.typical.median, 2)} / ${f(latency.typical.p95, 2)}`,
    'median <= 1',
    latency.typical.median <= 1,
  ],
  [
    'prepare() large median / p95 (ms CPU)',
    `${f(latency.large.median, 2)} / ${f(latency.large.p95, 2)}`,
    'median <= 10',
    latency.large.median <= 10,
  ],
  [
    'preparer.prepare() thorough / typical median (ms CPU)',
    `${f(latency.preparer.thorough.median, 2)} / ${f(latency.preparer.typical.median, 2)}`,
    'median <= 1',
    latency.preparer.thorough.median <= 1,
  ],
  [
    'recompute after a name edit: no cache / cache (ms)',
    `${f(latency.recompute.nameEdit.uncached.median, 2)} / ${f(latency.recompute.nameEdit.cached.median, 2)}`,
    'cache <= 0.3',
    latency.recompute.nameEdit.cached.median <= 0.3,
  ],
  [
    'recompute after a telling edit: no cache / cache (ms)',
    `${f(latency.recompute.tellingEdit.uncached.median, 2)} / ${f(latency.recompute.tellingEdit.cached.median, 2)}`,
    'cache <= 0.3',
    latency.recompute.tellingEdit.cached.median <= 0.3,
  ],
  ['prepare() and prepareSync() agree', String(prepareSame), 'true', prepareSame],
  [
    'checkConsistency 10x / 1x',
    `${f(scaling.consistencyRatio, 2)}x`,
    '<= 12x',
    scaling.consistencyRatio <= 12,
  ],
  ['buildTimeline 10x / 1x', `${f(scaling.timelineRatio, 2)}x`, '<= 12x', scaling.timelineRatio <= 12],
  [
    'extractClaims per-KB cost, 100 KB / 1 KB: ordinary text',
    `${f(text.ordinary.growth, 2)}x`,
    '<= 1.5x',
    text.ordinary.growth <= 1.5,
  ],
  [
    `extractClaims per-KB cost, 100 KB / 1 KB: adversarial (worst: ${text.worst.name})`,
    `${f(text.worst.growth, 2)}x`,
    '<= 1.5x',
    text.worst.growth <= 1.5,
  ],
  [
    `memory: heap growth after gc, ${memory.count.toLocaleString('en-US')} streamed`,
    `${f(memory.growthMB, 2)} MB`,
    '< 20 MB',
    memory.growthMB < 20,
  ],
  [
    `parallel before: one-shot scoreMany, full reports, ${parallel.workers} workers vs 1 thread`,
    `${f(parallel.before, 2)}x`,
    'reported',
    true,
  ],
  [
    `parallel after: warm pool, compact results, ${parallel.workers} workers vs 1 thread`,
    `${f(parallel.speedup, 2)}x (${f(parallel.coresUsed, 2)} cores)`,
    '>= 1.3x',
    parallel.speedup >= 1.3,
  ],
  ['parallel: result mismatches', String(parallel.mismatches), '0', parallel.mismatches === 0],
  ...bundles.map((bundle) => [
    `browser bundle: ${bundle.name} (min + gzip -9, deps included)`,
    `${f(bundle.gzipKB)} KB`,
    bundle.budgetKB === null ? 'reported' : `<= ${bundle.budgetKB} KB`,
    bundle.met && bundle.forbidden.length === 0,
  ]),
  ['cold import of dist/index.js, minus bare node (ms)', f(coldImport.importOnlyMs, 0), 'reported', true],
];

const result = {
  machine,
  quick,
  readiness,
  latency,
  prepareSame,
  scaling,
  text,
  memory,
  parallel,
  bundles,
  coldImport,
};
result.table = rows.map(([figure, value, target, met]) => ({ figure, value, target, met }));

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const width = Math.max(...rows.map((row) => row[0].length));
  const out = [
    `second-round bench — ${machine.cores} cores, ${machine.cpu}, node ${machine.node}, load average ${machine.loadAverage.start.toFixed(1)} at start, ${machine.loadAverage.end.toFixed(1)} at end${quick ? ' (--quick)' : ''}`,
    '',
    `${'figure'.padEnd(width)}  ${'value'.padStart(16)}  ${'target'.padEnd(12)}  met`,
    ...rows.map(
      ([figure, value, target, met]) =>
        `${figure.padEnd(width)}  ${value.padStart(16)}  ${target.padEnd(12)}  ${met ? 'yes' : 'NO'}`,
    ),
    '',
    `readiness (${readiness.count.toLocaleString('en-US')} candidacies x ${readiness.rules} rules, CPU ms per pass): rules-only compiled ${f(readiness.rulesOnly.compiledMs, 2)}, floor ${f(readiness.rulesOnly.floorMs, 2)}, json-rules-engine ${f(readiness.rulesOnly.engineMs, 0)}; end-to-end score() ${f(readiness.endToEnd.scoreMs, 0)}, deriveFacts ${f(readiness.endToEnd.deriveFactsMs, 0)}, assessReadiness ${f(readiness.endToEnd.assessMs, 0)}`,
    `prepare(): ${latency.method}; shapes: typical ${JSON.stringify(latency.typical.shape)}, large ${JSON.stringify(latency.large.shape)}`,
    `prepare() wall median / p95 (ms): thorough ${f(latency.thorough.wallMedian, 2)} / ${f(latency.thorough.wallP95, 2)}, typical ${f(latency.typical.wallMedian, 2)} / ${f(latency.typical.wallP95, 2)}, large ${f(latency.large.wallMedian, 2)} / ${f(latency.large.wallP95, 2)}`,
    'scaling (CPU ms per call):',
    ...scaling.points.map(
      (point) =>
        `  ${String(point.factor).padStart(2)}x  ${String(point.stories).padStart(3)} stories ${String(point.interviews).padStart(3)} interviews   checkConsistency ${f(point.consistencyMs, 3).padStart(8)}   buildTimeline ${f(point.timelineMs, 3).padStart(8)}`,
    ),
    ...describeText(text),
    `memory: heap ${f(memory.beforeMB)} MB before, ${f(memory.afterMB)} MB after gc, peak sampled ${f(memory.peakMB)} MB`,
    `parallel (${parallel.count.toLocaleString('en-US')} candidacies, wall): 1 thread ${f(parallel.singleMs, 0)} ms, one-shot full ${f(parallel.oneShotFullMs, 0)} ms, warm pool compact ${f(parallel.pooledMs, 0)} ms; the pool's threads got ${f(parallel.coresUsed, 2)} cores (below ${parallel.workers}: the machine is shared)`,
    'bundles (biggest contributors, KB minified before gzip; npm run size enforces the budgets):',
    ...describeBundles(bundles),
    `cold import: node -e 0 ${f(coldImport.bareMs, 0)} ms, with import ${f(coldImport.importMs, 0)} ms (median of ${coldImport.runs})`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
