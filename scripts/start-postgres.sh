#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for Sitrep's store tests and prints its JDBC URL
# (the only line on stdout). Installs PostgreSQL from Debian's packages when it is missing.
#
#   export SITREP_TEST_POSTGRES_URL="$(scripts/start-postgres.sh)"
#
# Environment: SITREP_PG_DIR (data directory, default /tmp/sitrep-pg), SITREP_PG_PORT (default 55432).
# Stop it with: scripts/start-postgres.sh --stop (or --crash: an immediate stop, for the outage test)
set -euo pipefail

DIR="${SITREP_PG_DIR:-/tmp/sitrep-pg}"
PORT="${SITREP_PG_PORT:-55432}"
DB=sitrep_test
USER_NAME=sitrep
PASSWORD=sitrep

log() { echo "start-postgres: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ]; then echo "$d"; return 0; fi
  done
  return 1
}

BINDIR="$(find_bindir || true)"
if [ -z "$BINDIR" ]; then
  log "PostgreSQL is not installed; installing it from the Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  BINDIR="$(find_bindir)"
fi

# The server refuses to run as root: run it as the postgres user when we are root.
if [ "$(id -u)" = 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql postgres
  AS_PG=(runuser -u postgres --)
else
  AS_PG=()
fi

# --crash: stop at once, as a power cut would (no checkpoint; the next start recovers from the WAL).
if [ "${1:-}" = "--crash" ]; then
  "${AS_PG[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -m immediate stop >&2
  exit 0
fi

if [ "${1:-}" = "--stop" ]; then
  [ -d "$DIR/data" ] && "${AS_PG[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -m fast stop >&2 || true
  exit 0
fi

mkdir -p "$DIR"
[ "$(id -u)" = 0 ] && chown postgres "$DIR"
if [ ! -f "$DIR/data/PG_VERSION" ]; then
  log "initialising a cluster in $DIR/data"
  "${AS_PG[@]}" "$BINDIR/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >&2 \
    || "${AS_PG[@]}" "$BINDIR/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C >&2
fi

if ! "${AS_PG[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
  log "starting PostgreSQL on 127.0.0.1:$PORT"
  "${AS_PG[@]}" "$BINDIR/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on" start >&2
fi

psql_pg() { "${AS_PG[@]}" "$BINDIR/psql" -h 127.0.0.1 -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_roles WHERE rolname='$USER_NAME'")" != 1 ]; then
  psql_pg -d postgres -c "CREATE ROLE $USER_NAME LOGIN PASSWORD '$PASSWORD'" >&2
fi
if [ "$(psql_pg -d postgres -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" != 1 ]; then
  psql_pg -d postgres -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
fi

echo "jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD"
