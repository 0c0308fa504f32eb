#!/usr/bin/env node
// Mutation testing, one source folder at a time, each measured by its own tests (docs/mutation-testing.md).
//
//   npm run mutation                          every folder below, one after another
//   npm run mutation -- timeline consistency  only those folders
//   npm run mutation -- timeline --incremental --concurrency 1   extra arguments go to Stryker
//
// Every test file imports the whole library, so a run over the whole suite makes vitest collect every test
// file for each mutant; measuring a folder by tests/<folder>/ runs several times faster. The score is then a
// lower bound of what the whole suite catches. Reports: reports/mutation/<folder>.json, then a summary.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Source folder -> the tests/ folders whose tests run against its mutants. */
const FOLDERS = {
  rules: ['rules'],
  readiness: ['readiness'],
  consistency: ['consistency'],
  timeline: ['timeline'],
};

const args = process.argv.slice(2);
const chosen = args.filter((arg) => Object.hasOwn(FOLDERS, arg));
const unknown = args.filter(
  (arg) => !arg.startsWith('-') && !Object.hasOwn(FOLDERS, arg) && !/^\d+$/.test(arg),
);
if (unknown.length > 0) {
  process.stderr.write(`unknown folder ${unknown.join(', ')}: expected ${Object.keys(FOLDERS).join(', ')}\n`);
  process.exit(2);
}
const strykerArgs = args.filter((arg) => !Object.hasOwn(FOLDERS, arg));
const folders = chosen.length > 0 ? chosen : Object.keys(FOLDERS);

const base = JSON.parse(readFileSync('stryker.config.json', 'utf8'));
const exclusions = base.mutate.filter((glob) => glob.startsWith('!'));
mkdirSync('reports/mutation', { recursive: true });

const totals = [];
for (const folder of folders) {
  const report = `reports/mutation/${folder}.json`;
  const { $schema, ...settings } = base;
  const config = {
    ...settings,
    mutate: [...base.mutate.filter((glob) => glob.startsWith(`src/${folder}/`)), ...exclusions],
    jsonReporter: { fileName: report },
    incrementalFile: `reports/mutation/${folder}.incremental.json`,
  };
  const configFile = `reports/mutation/stryker.${folder}.json`;
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  process.stdout.write(`\n# src/${folder}, tests/${FOLDERS[folder].join(', tests/')}\n`);
  const run = spawnSync('npx', ['stryker', 'run', configFile, ...strykerArgs], {
    stdio: 'inherit',
    env: { ...process.env, STRYKER_TESTS: FOLDERS[folder].join(',') },
  });
  if (run.status === 0 && strykerArgs.includes('--dryRunOnly')) continue;
  if (run.status !== 0 || !existsSync(report)) {
    process.stderr.write(`Stryker failed on src/${folder} (exit ${run.status})\n`);
    process.exit(run.status ?? 1);
  }
  totals.push([folder, summarise(JSON.parse(readFileSync(report, 'utf8')))]);
}

process.stdout.write('\n| folder | score | killed | timeout | survived | no coverage | mutants |\n');
process.stdout.write('| --- | --- | --- | --- | --- | --- | --- |\n');
for (const [folder, count] of totals) {
  process.stdout.write(`| src/${folder} | ${row(count)} |\n`);
}

/** Counts mutants by status, printing one line per file. */
function summarise(result) {
  const sum = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
  for (const [file, { mutants }] of Object.entries(result.files)) {
    const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
    for (const { status } of mutants) {
      const key = { Killed: 'killed', Timeout: 'timeout', Survived: 'survived', NoCoverage: 'noCoverage' }[
        status
      ];
      if (key !== undefined) count[key] += 1;
    }
    for (const key of Object.keys(sum)) sum[key] += count[key];
    process.stdout.write(`${file}: ${row(count)}\n`);
  }
  return sum;
}

function row({ killed, timeout, survived, noCoverage }) {
  const all = killed + timeout + survived + noCoverage;
  const score = all === 0 ? 'n/a' : `${((100 * (killed + timeout)) / all).toFixed(1)} %`;
  return [score, killed, timeout, survived, noCoverage, all].join(' | ');
}
