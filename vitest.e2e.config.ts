// The browser tests (tests/e2e): real Chromium and Firefox ESR with the built extension.
// `npm run test:e2e` after `node build.mjs`. The unit tests use vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // Two cores here: one browser at a time, one file at a time.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
