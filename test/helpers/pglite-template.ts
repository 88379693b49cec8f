// vitest globalSetup: the migrated PGlite dump is made once per test run (once per set of
// migrations, in fact: the file outlives the run), before any test file starts. Without it
// every test file, each in its own module instance, migrated a database of its own.
import { ensurePGliteTemplate, testDatabaseUrl } from './database';

export default async function setup(): Promise<void> {
  if (!testDatabaseUrl) await ensurePGliteTemplate();
}
