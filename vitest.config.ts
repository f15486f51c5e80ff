import { defineConfig } from 'vitest/config';

// Unit and corpus tests. The real-browser suites have their own config
// (vitest.e2e.config.ts) because they need the built extension and one browser at a time.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
