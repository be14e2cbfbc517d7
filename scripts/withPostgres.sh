#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL 15 cluster on 127.0.0.1, its URL in
# FIELDBOOK_TEST_POSTGRES_URL; the cluster is stopped and dropped when the command ends, however it ends.
# Needs Debian's postgresql package (pg_createcluster); scripts/setup.sh installs it.
set -euo pipefail

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

if ! command -v pg_createcluster >/dev/null; then
  echo "withPostgres: pg_createcluster not found; scripts/setup.sh installs PostgreSQL" >&2
  exit 1
fi
version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
cluster="fieldbook-test-$$"
# A port nobody listens on: asked of the kernel, then given back for PostgreSQL to take.
port="$(node -e 'const s = require("node:net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
parent="$(mktemp -d)"
chmod 755 "$parent"

cleanup() {
  as_root pg_dropcluster --stop "$version" "$cluster" >/dev/null 2>&1 || true
  rm -rf "$parent"
}
trap cleanup EXIT

as_root pg_createcluster "$version" "$cluster" -d "$parent/data" -p "$port" \
  -- --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
# Loopback only, and no waiting for the disk: the data is thrown away.
printf "listen_addresses = '127.0.0.1'\nfsync = off\n" |
  as_root tee -a "/etc/postgresql/$version/$cluster/postgresql.conf" >/dev/null
as_root pg_ctlcluster "$version" "$cluster" start

export FIELDBOOK_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "withPostgres: PostgreSQL $version at $FIELDBOOK_TEST_POSTGRES_URL"
"$@"
