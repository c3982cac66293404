#!/usr/bin/env bash
# The extra gates CI runs after the tests: extraction scores above the floors (floors.txt), generated files
# current (npm run check:gen), formatting (prettier --check) and npm audit on critical advisories.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
gate() {
  echo "--- $1"
  shift
  if ! "$@"; then echo "--- FAILED"; status=1; fi
}

if [ -f ../shared/tools/score.mjs ]; then
  floors=$(grep -v '^#' floors.txt | tr -d ' \n')
  gate "scorer floors (floors.txt)" node ../shared/tools/score.mjs --run "node bin/espial.js extract --json" \
    ../shared/seeds ../shared/corpus/dev --min "$floors"
else
  echo "--- scorer floors: skipped — ../shared is not here"
fi
corpus_floors=$(grep -v '^#' test/corpus/floors.txt | tr -d ' \n')
gate "held-out corpus floors (test/corpus/floors.txt)" node bin/espial.js eval test/corpus --min "$corpus_floors"
heldout_floors=$(grep -v '^#' test/heldout/floors.txt | tr -d ' \n')
gate "fresh held-out floors (test/heldout/floors.txt)" node bin/espial.js eval test/heldout --min "$heldout_floors"
gate "no text from the evaluation articles" node scripts/check-shared-text.mjs
gate "generated files current" npm run --silent check:gen
gate "format" npx prettier --check . --log-level warn
gate "audit (critical)" node scripts/audit-gate.mjs
exit $status
