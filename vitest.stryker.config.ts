import { defineConfig } from 'vitest/config';

// The test run Stryker repeats once per mutant (see docs/mutation-testing.md):
// - the example tests only: type tests (*.test-d.ts) cannot kill a mutant, and the property tests
//   (*.test-prop.ts) run hundreds of cases each, which made one mutant cost seconds; the score is
//   therefore a lower bound of what the whole suite catches;
// - without the process-time-zone test: Stryker's runner runs tests in worker threads, where setting
//   process.env.TZ does not change the zone Date uses, so that test cannot pass there.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/timeline/process-tz.test.ts', '**/node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    typecheck: { enabled: false },
    testTimeout: 30_000,
  },
});
