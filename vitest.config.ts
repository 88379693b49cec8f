import { defineConfig } from 'vitest/config';

// Three projects: pure rules (fast), integration against a real database (PGlite, or
// PostgreSQL when TEST_DATABASE_URL is set), and browser journeys through headless Chromium.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    // One worker process runs many test files instead of a fresh one per file: each fresh one
    // imported the app's whole module graph again and compiled PGlite's WebAssembly again,
    // seconds per file (bench/results/test-suite-kosten-2026-12-02.md). Safe because tests
    // share no module state that matters: nothing is mocked or stubbed, each file makes its own
    // app and database, and no-network.ts patches the socket once per process.
    isolate: false,
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
          // After the others: without isolation vitest groups projects by order and a group
          // needs one worker count, and this project's is 1 however many cores there are.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
