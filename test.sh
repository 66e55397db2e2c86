#!/usr/bin/env bash
# Runs every FollowUp test on a machine with the .NET 10 SDK and Node.js 20+ (and Chromium for
# the browser tests): installs npm packages, starts Azurite (blob, queue and table) in memory on free loopback ports,
# runs the solution's tests, stops Azurite, and ends with "tests: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
source eng/azurite.sh

followup_npm_ci || exit 1
followup_start_azurite || { echo "tests: 0 passed, 0 failed"; exit 1; }
export FOLLOWUP_TEST_STORAGE="$FOLLOWUP_AZURITE_CONNECTION"

results="TestResults/run-$(date -u +%Y%m%dT%H%M%S)-$$"
dotnet test FollowUp.sln --nologo --logger "trx" --logger "console;verbosity=minimal" \
  --results-directory "$results" --blame-hang-timeout 10m "$@"
status=$?
followup_stop_azurite

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "dotnet test exited with $status although no test failed: a project did not build, or a test host crashed (see above)." >&2
fi
echo "tests: $passed passed, $failed failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
