#!/usr/bin/env bash
# Runs a command beside a private PostgreSQL and Redis on free ports, removed afterwards; the command gets
# TEST_DATABASE_URL and TEST_REDIS_URL. Used by the test suite and the benchmarks.
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
chmod 755 "$work"
pg_bin=$(dirname "$(command -v initdb || ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
# PostgreSQL refuses to run as root: run it as the postgres user (or nobody) when we are root.
pg_user=$(id -u postgres >/dev/null 2>&1 && echo postgres || echo nobody)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

pg_port=$(free_port)
redis_port=$(free_port)
cleanup() {
  as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  [ -f "$work/redis.pid" ] && kill "$(cat "$work/redis.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/pg"
[ "$(id -u)" = 0 ] && chown "$pg_user" "$work/pg"
as_pg "$pg_bin/initdb" -D "$work/pg" -U gateway --auth=trust -E UTF8 --no-locale >"$work/initdb.log"
# fsync stays on unless asked otherwise: the benchmarks measure durable commits.
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=${PG_FSYNC:-on} -c max_connections=300" start >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
  --pidfile "$work/redis.pid" --dir "$work" --logfile "$work/redis.log"

export TEST_DATABASE_URL="postgres://gateway@127.0.0.1:$pg_port/postgres"
export TEST_REDIS_URL="redis://127.0.0.1:$redis_port"
export SERVICES_DIR="$work"
"$@"
