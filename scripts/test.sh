#!/usr/bin/env bash
# `npm test`: the whole test run, the same one CI runs (.ci/run). Its last line is always
# `tests: N passed, M failed`.
#   1. core tests (src/core, test/time) under TZ=UTC, then under TZ=Pacific/Chatham: the core
#      must not depend on the process time zone;
#   2. every other test, once, the browser tests of the Custom UI pages (test/browser) included;
#   3. scripts/core-digest.ts under both zones, outputs compared byte for byte;
#   4. the summary, summed over the Jest JSON results in .jest-results/.
# A failing step does not stop the others; the exit status is non-zero if any step failed,
# any test failed, a run found no tests, or nothing ran at all.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

if [ $# -gt 0 ]; then
  echo "npm test takes no arguments. For a quick run of some tests: npx jest $*" >&2
  exit 2
fi

results=.jest-results
digests=artifacts/core-digest
rm -rf "$results" "$digests"
mkdir -p "$results" "$digests"
failed=()

# step <name> <command…>: run the command, remember a failure, carry on.
step() {
  local name=$1 status=0
  shift
  "$@" || status=$?
  if [ "$status" -ne 0 ]; then failed+=("$name (exit $status)"); fi
}

# The Custom UI pages, built by Vite when missing or older than their sources: the manifest and
# browser tests need them.
step 'Custom UI build' tsx scripts/build-static.ts

core=(src/core/ test/time/)
step 'jest core, TZ=UTC' env TZ=UTC \
  jest --json --outputFile="$results/core-utc.json" "${core[@]}"
step 'jest core, TZ=Pacific/Chatham' env TZ=Pacific/Chatham \
  jest --json --outputFile="$results/core-chatham.json" "${core[@]}"
step 'jest, all other tests' \
  jest --json --outputFile="$results/other.json" \
  --testPathIgnorePatterns='/node_modules/|/src/core/|/test/time/'

digest() { TZ=$1 tsx scripts/core-digest.ts >"$2"; }
if [ -f scripts/core-digest.ts ]; then
  step 'core digest, TZ=UTC' digest UTC "$digests/utc.txt"
  step 'core digest, TZ=Pacific/Chatham' digest Pacific/Chatham "$digests/chatham.txt"
  step 'core digest is not empty' test -s "$digests/utc.txt"
  step 'core digest identical in both zones' cmp "$digests/utc.txt" "$digests/chatham.txt"
else
  echo 'core digest: scripts/core-digest.ts does not exist yet, comparison skipped.'
fi

if [ ${#failed[@]} -gt 0 ]; then printf 'failed step: %s\n' "${failed[@]}"; fi

summary=0
node -e '
const fs = require("fs");
let passed = 0, failed = 0, broken = false;
for (const file of process.argv.slice(1)) {
  if (!fs.existsSync(file)) { console.log(`missing Jest result: ${file}`); broken = true; continue; }
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  if (r.numTotalTests === 0) { console.log(`no tests ran: ${file}`); broken = true; }
  if (r.numRuntimeErrorTestSuites > 0) {
    console.log(`${r.numRuntimeErrorTestSuites} test file(s) could not run: ${file}`);
    broken = true;
  }
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exitCode = broken || failed > 0 || passed === 0 ? 1 : 0;
' "$results/core-utc.json" "$results/core-chatham.json" "$results/other.json" || summary=$?

if [ ${#failed[@]} -gt 0 ] || [ "$summary" -ne 0 ]; then exit 1; fi
