#!/usr/bin/env bash
# Start the local PostgreSQL cluster for tests and make sure the Jalin test role and database exist.
#
#   .ci/postgres.sh                    start cluster, ensure role `jalin` (password `jalin`, CREATEDB)
#                                      and database `jalin_test`; print its URL on stdout
#   .ci/postgres.sh --fresh NAME ...   also drop and recreate database NAME (owned by `jalin`);
#                                      prints NAME's URL on stdout (the last one given)
#
# Idempotent: safe to run again while the cluster is up. Progress goes to stderr, the URL to stdout,
# so `url=$(.ci/postgres.sh)` works. Must run as root (it uses runuser to become `postgres`).
#
# Environment: PG_VERSION (default 15), PG_CLUSTER (default main), PG_PORT (default 5432).
# When this script starts the cluster itself it turns off fsync/synchronous_commit/full_page_writes:
# the cluster holds throwaway test data only, and this makes the test suite much faster.
set -euo pipefail

PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
ROLE=jalin
PASSWORD=jalin
DB=jalin_test

fresh=()
while [ $# -gt 0 ]; do
  case "$1" in
    --fresh) shift; [ $# -gt 0 ] || { echo "postgres.sh: --fresh needs a database name" >&2; exit 2; }
             fresh+=("$1"); shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "postgres.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" != 0 ]; then
  log "must run as root (needs to become the postgres user)"; exit 1
fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  log "pg_ctlcluster not found: apt-get install -y --no-install-recommends postgresql"; exit 1
fi

# Run SQL as the postgres superuser over the local socket. `cd /` avoids "could not change directory"
# noise when the caller's directory is not readable by postgres.
psql_su() { (cd / && PGOPTIONS='-c client_min_messages=warning' runuser -u postgres -- psql -p "$PG_PORT" -X -v ON_ERROR_STOP=1 -qAt "$@"); }

# 1. The cluster: create it if this machine has none of that name, then start it if it is down.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {f=1} END {exit !f}'; then
  log "creating cluster $PG_VERSION/$PG_CLUSTER"
  pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >&2
fi
status=$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}')
# The server tests run in parallel, each with its own connection pool: allow many connections.
OPTS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=500"
if [ "$status" = online ] && [ "$(psql_su -d postgres -c 'show max_connections' 2>/dev/null || echo 0)" -lt 500 ]; then
  log "restarting cluster $PG_VERSION/$PG_CLUSTER with max_connections=500"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart -o "$OPTS" >&2
elif [ "$status" = online ]; then
  log "cluster $PG_VERSION/$PG_CLUSTER already running"
else
  log "starting cluster $PG_VERSION/$PG_CLUSTER (status: ${status:-unknown})"
  pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start -o "$OPTS" >&2 || {
      log "start failed; last log lines:"
      tail -n 30 "/var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log" >&2 || true
      exit 1
    }
fi

# 2. Wait until it accepts TCP connections on loopback (the tests connect by URL).
for i in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; then break; fi
  [ "$i" = 60 ] && { log "PostgreSQL not ready on 127.0.0.1:$PG_PORT after 30 s"; exit 1; }
  sleep 0.5
done

# 3. Role with password login and CREATEDB (each server test makes its own schema/database).
psql_su -d postgres <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE') THEN
    CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB;
  ELSE
    ALTER ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB;
  END IF;
END
\$\$;
SQL

# 4. The test database, owned by the role (CREATE DATABASE cannot run inside DO, so check first).
ensure_db() {
  local name="$1"
  if [ "$(psql_su -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$name'")" != 1 ]; then
    log "creating database $name"
    psql_su -d postgres -c "CREATE DATABASE \"$name\" OWNER $ROLE"
  else
    psql_su -d postgres -c "ALTER DATABASE \"$name\" OWNER TO $ROLE"
  fi
  # PostgreSQL 15 no longer lets every role create in schema public; the owner of the database
  # does not own public, so hand it over.
  psql_su -d "$name" -c "ALTER SCHEMA public OWNER TO $ROLE"
}
ensure_db "$DB"
url="postgres://$ROLE:$PASSWORD@127.0.0.1:$PG_PORT/$DB"

for name in ${fresh[@]+"${fresh[@]}"}; do
  log "recreating database $name"
  psql_su -d postgres -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  ensure_db "$name"
  url="postgres://$ROLE:$PASSWORD@127.0.0.1:$PG_PORT/$name"
done

log "ready: $url"
echo "$url"
