#!/usr/bin/env bash
# The browser tests drive Debian's Chromium; they never download a browser. Installs it when
# we may (root with apt-get), otherwise stops with the command to run. Never skips the tests.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium installeren voor de browsertests (apt-get install chromium)…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq chromium >&2
  exit 0
fi
cat >&2 <<MSG
De browsertests hebben Chromium nodig op $CHROMIUM, en dat ontbreekt.
Installeer het met:   sudo apt-get install -y chromium
of wijs een andere Chromium aan met CHROMIUM_PATH=/pad/naar/chromium.
MSG
exit 1
