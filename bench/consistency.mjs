// Benchmark (not a test): checkConsistency on a candidacy of 40 stories, and cost vs text length.
// Run after a build: `npm run build && node bench/consistency.mjs` (reads ../dist/index.js).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { checkConsistency, extractClaims, parseCandidacy } from '../dist/index.js';

const cases = JSON.parse(
  readFileSync(new URL('../tests/consistency/cases.public.json', import.meta.url), 'utf8'),
);

function candidacyOf(storyCount) {
  const stories = Array.from({ length: storyCount }, (_, index) => {
    const testCase = cases[index % cases.length];
    return {
      id: `s${index}`,
      title: `Story ${index}`,
      kind: 'project',
      tags: [],
      tellings: [
        { round: 1, text: testCase.roundOne },
        { round: 2, text: testCase.roundTwo },
      ],
    };
  });
  const result = parseCandidacy({
    schemaVersion: 1,
    candidate: {
      name: 'Bench',
      timeZone: 'UTC',
      targetRole: { title: 'EM', company: 'Acme', managesPeople: true },
    },
    interviews: [
      { id: 'i1', round: 1, scheduledAt: '2026-11-20T10:00:00Z', durationMinutes: 45, medium: 'video' },
      { id: 'i2', round: 2, scheduledAt: '2026-12-03T10:00:00Z', durationMinutes: 60, medium: 'video' },
    ],
    stories,
  });
  if (!result.ok) throw new Error('bench candidacy is invalid');
  return result.value;
}

function measure(label, iterations, run) {
  for (let index = 0; index < Math.min(200, iterations); index++) run();
  const cpuBefore = process.cpuUsage();
  for (let index = 0; index < iterations; index++) run();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuPerCall = (cpu.user + cpu.system) / 1000 / iterations;
  const samples = [];
  for (let index = 0; index < iterations; index++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((left, right) => left - right);
  const median = samples[Math.floor(samples.length / 2)];
  const p95 = samples[Math.floor(samples.length * 0.95)];
  // CPU time per call is the figure to compare: wall time swings with the machine's load.
  console.log(
    `${label}: cpu ${cpuPerCall.toFixed(3)} ms/call, wall median ${median.toFixed(3)} ms, p95 ${p95.toFixed(3)} ms`,
  );
  return cpuPerCall;
}

const forty = candidacyOf(40);
const characters = forty.stories.reduce(
  (sum, story) => sum + story.tellings.reduce((total, telling) => total + telling.text.length, 0),
  0,
);
console.log(`40 stories, ${characters} characters of tellings`);
measure('checkConsistency, 40 stories', 2000, () => checkConsistency(forty));

const paragraph = cases.map((testCase) => testCase.roundOne).join(' ');
let previous;
for (const copies of [1, 2, 4, 8, 16]) {
  const text = Array.from({ length: copies }, () => paragraph).join(' ');
  const median = measure(`extractClaims, ${text.length} characters`, 300, () => extractClaims(text));
  if (previous !== undefined) console.log(`  ratio to half the text: ${(median / previous).toFixed(2)}`);
  previous = median;
}

// Side by side with a baseline build in this process (issue 15 item 7): `node bench/consistency.mjs
// --baseline /path/to/other/dist/index.js`. CPU time per call after 1,000 warm-up calls each, alternated.
const baselineAt = process.argv.indexOf('--baseline');
if (baselineAt > 0) {
  const baseline = await import(new URL(process.argv[baselineAt + 1], 'file:///').href);
  const { readExample } = await import('./fixtures.mjs');
  const { generateCandidacies } = await import('./generate-candidacies.mjs');
  const size = (candidacy) => candidacy.stories.reduce((sum, story) => sum + story.tellings.length, 0);
  const typicalOf = (library) =>
    [...generateCandidacies(201, library.parseCandidacy)].sort((a, b) => size(a) - size(b))[100];
  const cpuOf = (count, run) => {
    const before = process.cpuUsage();
    for (let index = 0; index < count; index++) run();
    const used = process.cpuUsage(before);
    return (used.user + used.system) / 1000 / count;
  };
  for (const [label, pick] of [
    ['thorough example', (library) => library.parseCandidacy(readExample()).value],
    ['typical candidacy', typicalOf],
  ]) {
    const mine = pick({ parseCandidacy });
    const theirs = pick(baseline);
    cpuOf(1000, () => checkConsistency(mine));
    cpuOf(1000, () => baseline.checkConsistency(theirs));
    let ours = 0;
    let base = 0;
    for (let round = 0; round < 3; round++) {
      ours += cpuOf(1000, () => checkConsistency(mine));
      base += cpuOf(1000, () => baseline.checkConsistency(theirs));
    }
    console.log(
      `checkConsistency, ${label}: baseline ${(base / 3).toFixed(3)} ms, this build ${(ours / 3).toFixed(3)} ms, ${(base / ours).toFixed(2)}x`,
    );
  }
}
