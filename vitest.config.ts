import { defineConfig } from 'vitest/config';

// Three projects: pure rules (fast), integration against a real database (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set), and browser journeys through headless Chromium.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          setupFiles: ['test/helpers/no-network.ts'],
          globalSetup: ['test/helpers/pglite-template.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/helpers/no-network.ts'],
          globalSetup: ['test/helpers/pglite-template.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
