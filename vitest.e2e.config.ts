import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in a real Chromium and a real Firefox, one file at a time. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    reporters: ['default', ['./test/support/summary-reporter.ts', { label: 'e2e' }]],
  },
});
