// Differential check of two builds (for size work: a smaller bundle must give the same output). Runs
// parseCandidacy, createScorer().score, prepareSync and renderMarkdown (English and German) of both builds over
// examples/*.json, seeded generated candidacies and broken variants of them, and prints every output that differs.
// Usage: `node bench/differential-dist.mjs <copy of main's dist/> [dist]`; the copy must sit inside the repository
// (e.g. .tmp/main-dist) so that its imports of zod and @date-fns/tz resolve.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCandidacies, random } from './generate-candidacies.mjs';

const [baseDir, nextDir = 'dist'] = process.argv.slice(2);
if (baseDir === undefined) {
  console.error('usage: node bench/differential-dist.mjs <base dist> [dist]');
  process.exit(2);
}

async function load(dir) {
  const url = (path) => pathToFileURL(resolve(dir, path)).href;
  return {
    root: await import(url('index.js')),
    validate: await import(url('entries/validate.js')),
    de: (await import(url('entries/locale-de.js'))).de,
  };
}

const base = await load(baseDir);
const next = await load(nextDir);
const NOW = '2026-12-01T09:00:00-05:00';
const examples = readdirSync(new URL('../examples/', import.meta.url))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8')));
const generated = generateCandidacies(150, base.root.parseCandidacy).map((value) =>
  JSON.parse(JSON.stringify(value)),
);

/** Broken variants: a field removed, a value of the wrong type, a typo in a key (top or nested) or an enum, a bad code. */
function broken(raw, next) {
  const copy = structuredClone(raw);
  const pick = (list) => list[Math.floor(next() * list.length)];
  switch (Math.floor(next() * 7)) {
    case 0:
      delete copy.candidate;
      break;
    case 1:
      if (copy.interviews?.[0]) copy.interviews[0].round = 'two';
      break;
    case 2:
      copy.candidate.targtRole = copy.candidate.targetRole;
      break;
    case 3:
      if (copy.interviews?.[0]?.interviewers?.[0])
        copy.interviews[0].interviewers[0].audience = 'hiring-manger';
      break;
    case 4:
      if (copy.interviews?.[0]?.interviewers?.[0]) copy.interviews[0].interviewers[0].nmae = 'typo';
      break;
    case 5:
      copy.candidate.targetRole.jurisdiction = pick(['UK-LON', 'US-XX', 'EU-DE', 'us-ca', 'ZZ']);
      break;
    default:
      copy.schemaVersion = pick([2, '1', null]);
  }
  return copy;
}
const rng = random(7);
const inputs = [...examples, ...generated, ...[...examples, ...generated].map((raw) => broken(raw, rng))];

const scorers = [base, next].map((build) => build.root.createScorer());
const run = (build, scorer, raw) => {
  const out = {};
  const attempt = (name, compute) => {
    try {
      out[name] = compute();
    } catch (error) {
      out[name] = `threw ${error?.message}`;
    }
  };
  attempt('parseCandidacy', () => build.validate.parseCandidacy(raw));
  const parsed = build.root.parseCandidacy(raw);
  if (parsed.ok) {
    attempt('score', () => scorer.score(parsed.value, { now: NOW }));
    attempt('prepareSync', () => build.root.prepareSync(parsed.value, { now: NOW }));
    attempt('renderMarkdown', () =>
      build.root.renderMarkdown(build.root.prepareSync(parsed.value, { now: NOW })),
    );
    attempt('renderMarkdown de', () =>
      build.root.renderMarkdown(build.root.prepareSync(parsed.value, { now: NOW, ...build.de }), build.de),
    );
  }
  return out;
};

let compared = 0;
let mismatches = 0;
for (const [index, raw] of inputs.entries()) {
  const before = run(base, scorers[0], raw);
  const after = run(next, scorers[1], raw);
  for (const name of new Set([...Object.keys(before), ...Object.keys(after)])) {
    compared++;
    const [a, b] = [JSON.stringify(before[name]), JSON.stringify(after[name])];
    if (a !== b) {
      mismatches++;
      console.log(
        `input ${index} ${name}: differs\n  base: ${a?.slice(0, 300)}\n  next: ${b?.slice(0, 300)}`,
      );
    }
  }
}
console.log(`${inputs.length} inputs, ${compared} outputs compared, ${mismatches} differ`);
process.exitCode = mismatches === 0 ? 0 : 1;
