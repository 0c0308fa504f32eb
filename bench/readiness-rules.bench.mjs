// Rules-only benchmark: the compiled predicates against json-rules-engine on the same pack and the same
// pre-derived facts, so deriving facts and building reports (shared by both paths) are left out.
// Loads the internal evaluators from src/ through internals.mjs, then runs in one process:
// `node bench/readiness-rules.bench.mjs [count]`
import { performance } from 'node:perf_hooks';
import { generateCandidacies } from './generate-candidacies.mjs';
import { loadInternals } from './internals.mjs';

const COUNT = Number(process.argv[2] ?? 10_000);
const NOW = '2026-12-02T09:00:00-05:00';
const { compilePack, evaluateWithEngine, defaultRulePack, deriveFacts, parseCandidacy } =
  await loadInternals();

const candidacies = generateCandidacies(COUNT, parseCandidacy);
const facts = candidacies.map((candidacy) => deriveFacts(candidacy, { now: NOW }));
const compiled = compilePack(defaultRulePack);

const statusOf = (outcome) => (!outcome.applicable ? 'not-applicable' : outcome.passed ? 'passed' : 'failed');
let mismatches = 0;
for (const record of facts) {
  const fast = compiled.statuses(record).join();
  const engine = (await evaluateWithEngine(defaultRulePack, record)).map(statusOf).join();
  if (fast !== engine) mismatches++;
}

const compiledStart = performance.now();
for (let round = 0; round < 5; round++) for (const record of facts) compiled.statuses(record);
const compiledSeconds = (performance.now() - compiledStart) / 1000 / 5;
const engineStart = performance.now();
for (const record of facts) await evaluateWithEngine(defaultRulePack, record);
const engineSeconds = (performance.now() - engineStart) / 1000;

const rules = defaultRulePack.rules.length;
const row = (label, seconds) =>
  `${label.padEnd(34)} ${seconds.toFixed(3).padStart(8)} s ${Math.round(COUNT / seconds)
    .toLocaleString('en-US')
    .padStart(12)} candidacies/s`;
console.log(
  `readiness rules bench: ${COUNT.toLocaleString('en-US')} fact records x ${rules} rules, node ${process.version}`,
);
console.log(row('compiled predicates (mean of 5)', compiledSeconds));
console.log(row('json-rules-engine', engineSeconds));
console.log(`outcomes compared: ${COUNT - mismatches} identical, ${mismatches} different`);
console.log(`compiled is ${(engineSeconds / compiledSeconds).toFixed(0)}x json-rules-engine (target: 100x)`);
if (mismatches > 0) process.exitCode = 1;
