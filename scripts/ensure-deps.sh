#!/usr/bin/env bash
# Installs the locked dependencies when node_modules is missing or older than the lockfile,
# so `npm start` and `npm test` work on a fresh clone without a separate install step.
# Under the project's Node 24 (scripts/use-node.sh), so install scripts run on the Node that
# will run the code.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/use-node.sh
stamp=node_modules/.verzuimloket-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Afhankelijkheden installeren (npm ci)…" >&2
  npm ci --no-audit --no-fund >&2
  echo "$want" > "$stamp"
fi
