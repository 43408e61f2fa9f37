#!/usr/bin/env bash
# Runs Playwright specs against a build of its own, on a port of its own, so several people (or helpers)
# can test the browser edition at once on one machine without touching out/ or port 4317.
#   scripts/e2e-side.sh NAME PORT [playwright args…]     e.g. scripts/e2e-side.sh training 4331 test/e2e/training.spec.ts
set -euo pipefail
name="$1"; port="$2"; shift 2
build="/tmp/doorstep-e2e-$name"
npx vite build --config renderer/vite.config.ts --outDir "$build" --emptyOutDir --logLevel warn
E2E_PORT="$port" E2E_BUILD="$build" E2E_RESULTS="test-results/e2e-$name" npx playwright test "$@"
