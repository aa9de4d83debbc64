#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests and prints one line for the caller to eval:
#   eval "$(bash scripts/ci-postgres.sh)" && npx jest test/store
# Idempotent: a second run reuses the running cluster. `bash scripts/ci-postgres.sh stop` stops it.
# Only the export line goes to stdout; apt and server output go to $CI_PG_DIR/*.log.
set -euo pipefail

PORT="${CI_PG_PORT:-54329}"
BASE="${CI_PG_DIR:-/tmp/ci-postgres}"
DB_NAME="${CI_PG_DB:-assistant_test}"
DB_USER="${CI_PG_USER:-assistant_test}"
DB_PASSWORD="${CI_PG_PASSWORD:-assistant_test_pw}"
DATA="$BASE/data"
SOCK="$BASE/sock"
APT_LOG="$BASE/apt.log"
SERVER_LOG="$BASE/postgres.log"

die() {
  echo "ci-postgres: ERROR: $*" >&2
  exit 1
}
note() { echo "ci-postgres: $*" >&2; }

[[ "$DB_NAME$DB_USER" =~ ^[a-z_][a-z0-9_]*$ ]] || die "CI_PG_DB and CI_PG_USER must be lowercase identifiers"
[[ "$DB_PASSWORD" =~ ^[A-Za-z0-9_]+$ ]] || die "CI_PG_PASSWORD must be letters, digits and underscores (it goes into a URL)"

mkdir -p "$BASE" "$SOCK"
touch "$SERVER_LOG"

pg_bin_dir() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# 1. Install the server from Debian's packages when it is missing.
if [[ -z "$(pg_bin_dir)" || ! -x "$(pg_bin_dir)/pg_ctl" ]]; then
  [[ "$(id -u)" == 0 ]] || die "postgresql is not installed and installing it needs root"
  note "installing postgresql (log: $APT_LOG)"
  {
    apt-get update &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql
  } >>"$APT_LOG" 2>&1 || die "apt-get install postgresql failed; last lines of $APT_LOG:
$(tail -n 20 "$APT_LOG")"
fi
BIN="$(pg_bin_dir)"
[[ -x "$BIN/pg_ctl" ]] || die "no pg_ctl under /usr/lib/postgresql/*/bin after install"

# 2. Run the server as the postgres user when we are root (postgres refuses to run as root).
if [[ "$(id -u)" == 0 ]]; then
  getent passwd postgres >/dev/null || die "user postgres is missing (the postgresql package creates it)"
  chown -R postgres: "$BASE"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

if [[ "${1:-}" == "stop" ]]; then
  if [[ -f "$DATA/PG_VERSION" ]] && as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
    as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null 2>&1 || die "pg_ctl stop failed"
    note "stopped"
  fi
  exit 0
fi

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  note "initdb in $DATA"
  pwfile="$BASE/.superuser-pw"
  head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$pwfile"
  [[ "$(id -u)" == 0 ]] && chown postgres: "$pwfile"
  chmod 600 "$pwfile"
  as_pg "$BIN/initdb" -D "$DATA" -U postgres --pwfile="$pwfile" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >>"$SERVER_LOG" 2>&1 ||
    die "initdb failed; see $SERVER_LOG"
fi

# 3. Start the cluster unless it already runs (on the port asked for).
if as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  running_port="$(sed -n 4p "$DATA/postmaster.pid" 2>/dev/null || true)"
  [[ "$running_port" == "$PORT" ]] ||
    die "the cluster in $DATA already runs on port ${running_port:-?}; run '$0 stop' first or set CI_PG_DIR"
else
  note "starting postgres on 127.0.0.1:$PORT (log: $SERVER_LOG)"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$SERVER_LOG" -w -t 60 \
    -o "-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null 2>&1 ||
    die "postgres did not start; last lines of $SERVER_LOG:
$(tail -n 20 "$SERVER_LOG")"
fi

# 4. Role and database, created or reset to the expected password.
psql_admin() { as_pg "$BIN/psql" -h "$SOCK" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DO \$\$ BEGIN
  IF EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    ALTER ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  ELSE
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;" >/dev/null 2>&1 || die "could not create role $DB_USER (socket $SOCK, port $PORT)"
if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != 1 ]]; then
  psql_admin -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >/dev/null 2>&1 || die "could not create database $DB_NAME"
fi

# 5. Prove the URL works over TCP with the password before handing it out.
URL="postgres://$DB_USER:$DB_PASSWORD@127.0.0.1:$PORT/$DB_NAME"
PGCONNECT_TIMEOUT=10 "$BIN/psql" "$URL" -qAt -c "SELECT 1" >/dev/null 2>&1 ||
  die "cannot connect to $DB_NAME on 127.0.0.1:$PORT as $DB_USER"

echo "export TEST_DATABASE_URL=$URL"
