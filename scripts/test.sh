#!/usr/bin/env bash
# The whole test suite: unit, integration (PGlite; PostgreSQL when TEST_DATABASE_URL is set)
# and browser journeys in headless Chromium with axe, on the project's Node 24 (first on PATH
# for vitest and everything it starts). Extra arguments go to vitest.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node.sh
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh
db=${TEST_DATABASE_URL:+PostgreSQL}
echo "Tests op ${db:-PGlite (embedded)}, Node $(node -v)" >&2
report=$(mktemp -t vitest-XXXXXX.json)
trap 'rm -f "$report"' EXIT
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# One plain closing line that any CI reads the same way.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' "$report" || true
exit $status
