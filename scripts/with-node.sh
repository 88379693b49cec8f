#!/usr/bin/env bash
# `bash scripts/with-node.sh COMMAND ARGS…`: runs COMMAND with the project's Node 24 first on
# PATH (scripts/use-node.sh). The npm scripts go through it, because npm itself may run on
# another Node (the system's).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/use-node.sh"
exec "$@"
