import { defineConfig } from 'vitest/config';

// The test run Stryker repeats once per mutant (see docs/mutation-testing.md):
// - the example tests, plus the two differential property tests that are the specification of the
//   compiled evaluator (compiled == json-rules-engine, rule by rule and report by report); type tests
//   (*.test-d.ts) cannot kill a mutant, and the other property tests run hundreds of cases each, which
//   made one mutant cost seconds, so the score is a lower bound of what the whole suite catches;
// - without the process-time-zone test: Stryker's runner runs tests in worker threads, where setting
//   process.env.TZ does not change the zone Date uses, so that test cannot pass there; and without the
//   Radicale round trip, which starts a server and would cost seconds per mutant.
// - STRYKER_TESTS=rules,readiness narrows the run to those tests/<folder>/ folders. Every test file imports
//   the whole library through src/index.ts, so without it each mutant makes vitest collect every test
//   file; a per-folder run (npm run mutation -- --mutate 'src/rules/**/*.ts') measures a folder by its
//   own tests and runs several times faster.
const folders = (process.env.STRYKER_TESTS ?? '').split(',').filter((folder) => folder !== '');
const within = (pattern: string) =>
  folders.length === 0
    ? [pattern]
    : folders.map((folder) => pattern.replace('tests/**/', `tests/${folder}/**/`));

export default defineConfig({
  test: {
    include: [
      ...within('tests/**/*.test.ts'),
      ...['tests/rules/differential.test-prop.ts', 'tests/readiness/differential.test-prop.ts'].filter(
        (file) => folders.length === 0 || folders.some((folder) => file.startsWith(`tests/${folder}/`)),
      ),
    ],
    exclude: ['tests/timeline/process-tz.test.ts', 'tests/timeline/radicale.test.ts', '**/node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    typecheck: { enabled: false },
    testTimeout: 30_000,
  },
});
