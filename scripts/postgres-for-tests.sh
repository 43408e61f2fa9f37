#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 cluster on loopback for the county server's tests and prints the URL
# to use as TEST_DATABASE_URL. Needs root (pg_createcluster). Safe to run again: reuses the cluster.
set -euo pipefail
PORT="${DOORSTEP_PG_PORT:-55432}"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1, $2}' | grep -qx "15 doorstep-test"; then
  pg_createcluster 15 doorstep-test -p "$PORT" >/dev/null
fi
pg_ctlcluster 15 doorstep-test start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
  su postgres -c "psql -p $PORT -qtAc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done
su postgres -c "psql -p $PORT -qc \"ALTER USER postgres PASSWORD 'doorstep-test'\"" >/dev/null
echo "postgresql://postgres:doorstep-test@127.0.0.1:$PORT/postgres"
