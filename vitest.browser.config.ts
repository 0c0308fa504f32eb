import { defineConfig } from 'vitest/config';

// End-to-end tests in Debian's chromium, driven by playwright-core. They need the built browser bundle
// (npm run build:browser) and /usr/bin/chromium; .ci/run installs both before running them.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
