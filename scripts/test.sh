#!/usr/bin/env bash
# The whole suite on real services (scripts/with-services.sh) and a migrated PGlite template made once per
# run. Arguments go to tap (e.g. a test file).
set -euo pipefail
cd "$(dirname "$0")/.."
# fsync off: the tests kill gateway processes, never the machine.
export PG_FSYNC=off
exec bash scripts/with-services.sh bash -c 'export TEST_PGLITE_TEMPLATE="$SERVICES_DIR/pglite-template" && npx tsx test/helpers/make-pglite-template.ts "$TEST_PGLITE_TEMPLATE" && npx tap "$@"' test-run "$@"
