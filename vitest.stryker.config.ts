import { defineConfig } from 'vitest/config';

// Stryker runs the runtime and property tests once per mutant; the type tests (*.test-d.ts) check
// types only, so they cannot kill a mutant and would slow each run down: no typecheck here.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test-prop.ts'],
    setupFiles: ['tests/setup.ts'],
    typecheck: { enabled: false },
    testTimeout: 30_000,
  },
});
