#!/usr/bin/env bash
# Installs what running and testing Fieldbook need, and only what is missing, so that `npm test`
# passes on a fresh Debian machine: Node 22, Chromium for the end-to-end tests, CJK fonts so that
# Korean and Japanese render, poppler for PDF text, LibreOffice Writer to open the exported Word
# files, PostgreSQL for the sync server's tests, and the npm dependencies. Run it once (again after
# a pull that changes package-lock.json); on a machine that has everything it changes nothing.
# .ci/run sources it, so that CI and a new contributor's machine are set up by the same lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

node_is_22() {
  node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 22 ? 0 : 1)' 2>/dev/null
}

# Node 22 LTS, from the npm registry into a cache folder when the machine's Node is older.
node22="${XDG_CACHE_HOME:-$HOME/.cache}/fieldbook/node22"
node22_added=false
if ! node_is_22; then
  if [ ! -x "$node22/node_modules/.bin/node" ]; then
    echo "setup: installing Node 22 into $node22"
    npm install --prefix "$node22" --no-save --no-audit --no-fund node@22 >/dev/null
  fi
  export PATH="$node22/node_modules/.bin:$PATH"
  node22_added=true
fi

packages=()
command -v chromium >/dev/null || [ -n "${CHROMIUM_PATH:-}" ] || packages+=(chromium)
# grep reads all of fc-list's output (no -q): under pipefail an early exit would fail the pipe.
fc-list : family 2>/dev/null | grep "Noto Sans CJK" >/dev/null || packages+=(fonts-noto-cjk)
command -v pdftotext >/dev/null || packages+=(poppler-utils)
command -v soffice >/dev/null || packages+=(libreoffice-writer)
command -v pg_createcluster >/dev/null || packages+=(postgresql)
if [ ${#packages[@]} -gt 0 ]; then
  if ! command -v apt-get >/dev/null; then
    echo "setup: missing ${packages[*]} (Debian package names); install them, then run this again" >&2
    exit 1
  fi
  echo "setup: installing ${packages[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# npm writes node_modules/.package-lock.json at each install: older than the lock file means stale.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing the npm dependencies"
  npm ci --no-audit --no-fund
fi

echo "setup: node $(node --version), chromium, fonts-noto-cjk, poppler-utils, libreoffice-writer, postgresql: ready"
# Sourced (by .ci/run), the caller's PATH has Node 22 already; run, the shell's does not.
if $node22_added && [ "${BASH_SOURCE[0]}" = "$0" ]; then
  echo "setup: this machine's Node is older than 22; put Node 22 first on your PATH before npm test:"
  echo "  export PATH=\"$node22/node_modules/.bin:\$PATH\""
fi
