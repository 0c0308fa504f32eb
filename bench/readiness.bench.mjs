// Readiness benchmark: the compiled scorer against json-rules-engine on the same pack, in one process.
// Run on built code: `npm run build && node bench/readiness.bench.mjs [count]`
// (or point SECOND_ROUND_ENTRY at another build of src/index.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateCandidacies } from './generate-candidacies.mjs';

const entry = process.env.SECOND_ROUND_ENTRY ?? new URL('../dist/index.js', import.meta.url).href;
const { createScorer, deriveFacts, parseCandidacy } = await import(
  entry.startsWith('file:') ? entry : pathToFileURL(entry).href
);
const { assessReadiness } = await import(new URL('../dist/entries/engine.js', import.meta.url).href);

const COUNT = Number(process.argv[2] ?? 10_000);
const NOW = '2026-12-02T09:00:00-05:00';

const candidacies = generateCandidacies(COUNT, parseCandidacy);

const scorer = createScorer();

// Warm up both paths, then compare every output before timing anything.
for (const candidacy of candidacies.slice(0, 200)) {
  scorer.score(candidacy, NOW);
  await assessReadiness(candidacy, { now: NOW });
}
let mismatches = 0;
for (const candidacy of candidacies) {
  const compiled = JSON.stringify(scorer.score(candidacy, NOW));
  const engine = JSON.stringify(await assessReadiness(candidacy, { now: NOW }));
  if (compiled !== engine) mismatches++;
}

function time(label, run) {
  const start = performance.now();
  run();
  const seconds = (performance.now() - start) / 1000;
  return { label, seconds, perSecond: COUNT / seconds };
}

async function timeAsync(label, run) {
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  return { label, seconds, perSecond: COUNT / seconds };
}

const facts = time('deriveFacts only', () => {
  for (const candidacy of candidacies) deriveFacts(candidacy, { now: NOW });
});
const compiled = time('createScorer().score', () => {
  for (const candidacy of candidacies) scorer.score(candidacy, NOW);
});
const engine = await timeAsync('assessReadiness (json-rules-engine)', async () => {
  for (const candidacy of candidacies) await assessReadiness(candidacy, { now: NOW });
});

const row = ({ label, seconds, perSecond }) =>
  `${label.padEnd(38)} ${seconds.toFixed(3).padStart(8)} s ${Math.round(perSecond).toLocaleString('en-US').padStart(12)} /s`;
console.log(`readiness bench: ${COUNT.toLocaleString('en-US')} candidacies, node ${process.version}`);
console.log(row(facts));
console.log(row(compiled));
console.log(row(engine));
console.log(`outputs compared: ${COUNT - mismatches} identical, ${mismatches} different`);
console.log(
  `end to end (facts + rules + report): compiled is ${(engine.seconds / compiled.seconds).toFixed(1)}x json-rules-engine`,
);
const compiledRules = Math.max(compiled.seconds - facts.seconds, 1e-9);
const engineRules = engine.seconds - facts.seconds;
console.log(
  `rules + report only (minus deriveFacts): compiled is ${(engineRules / compiledRules).toFixed(1)}x json-rules-engine`,
);
if (mismatches > 0) process.exitCode = 1;
