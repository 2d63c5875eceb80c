#!/usr/bin/env bash
# `npm test`: everything, from a fresh machine. Installs what is missing
# (npm packages; Debian packages and the VS Code host for the integration
# tests), typechecks, builds, runs the unit tests, then the integration tests
# inside a real VS Code extension host. Prints one closing summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

step "npm packages"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date"
fi

step "typecheck (tsc --noEmit, strict)"
npx tsc --noEmit -p tsconfig.json

step "build (esbuild)"
node scripts/build.mjs

step "unit and property tests (vitest)"
mkdir -p out
unit_status=0
# A hard limit: a hang must fail the run, not stall CI.
timeout 1200 npx vitest run --reporter=default --reporter=json --outputFile.json=out/vitest.json || unit_status=$?

step "VS Code host for the integration tests"
bash test/host/install-host.sh

step "integration tests in a real VS Code extension host"
integration_status=0
node out/test/runTests.js || integration_status=$?

step "claims panel webview in Chromium (test/host/webview-test.ts)"
webview_status=0
node out/test/webview-test.js || webview_status=$?

# One closing line with the totals of all three suites.
node -e '
const fs = require("fs");
const read = (f) => { try { return JSON.parse(fs.readFileSync(f, "utf8")); } catch { return null; } };
const unit = read("out/vitest.json") || { numPassedTests: 0, numFailedTests: 1 };
const integ = read("out/integration-results.json") || { passed: 0, failed: 1 };
const webview = read("out/webview-results.json") || { passed: 0, failed: 1 };
const passed = unit.numPassedTests + integ.passed + webview.passed;
const failed = unit.numFailedTests + integ.failed + webview.failed;
console.log(`\nunit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed; integration: ${integ.passed} passed, ${integ.failed} failed; webview: ${webview.passed} passed, ${webview.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
'
if [ "$unit_status" -ne 0 ] || [ "$integration_status" -ne 0 ] || [ "$webview_status" -ne 0 ]; then exit 1; fi
