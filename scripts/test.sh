#!/usr/bin/env bash
# The whole suite on real services (scripts/with-services.sh) and a migrated PGlite template made once per
# run; then a scan of every log line the gateways wrote for subject ids. Arguments go to tap.
set -euo pipefail
cd "$(dirname "$0")/.."
# fsync off: the tests kill gateway processes, never the machine.
export PG_FSYNC=off
# The demo portal's tests use @once-only/client as a portal would, built; the console's test, the console built.
npm run --silent build -w @once-only/client
npm run --silent console:build
exec bash scripts/with-services.sh bash -c '
  export TEST_PGLITE_TEMPLATE="$SERVICES_DIR/pglite-template" TEST_LOG_DIR="$SERVICES_DIR/logs"
  mkdir -p "$TEST_LOG_DIR"
  npx tsx test/helpers/make-pglite-template.ts "$TEST_PGLITE_TEMPLATE"
  status=0
  npx tap "$@" || status=$?
  npx tsx test/helpers/scan-logs.ts "$TEST_LOG_DIR" || status=1
  exit $status' test-run "$@"
