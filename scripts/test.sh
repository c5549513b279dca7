#!/usr/bin/env bash
# Everything, as CI runs it: scripts/test.sh
#   native: configure, build, ctest (engine tests, CLI tests)
#   web:    configure, build with emcc, ctest (the same Catch2 suite under node)
#   asan:   the native suite again under AddressSanitizer + UndefinedBehaviorSanitizer
#   e2e:    the built page in headless Chromium (tests/e2e/run.mjs)
#   a11y:   axe-core on every screen, a screen reader's path with role locators only, a
#          phone's typing, paste, 320 px and 200 % zoom (tests/e2e/a11y.mjs)
#   hostile: deeply nested, oversized and NUL-holding files imported in the page (issue 18)
#   plain:  "Hvad betyder det?" on every question with a term of art, "Spørg …", the form's help,
#          messages beside their button, the why without double negatives (tests/e2e/plain.mjs)
#   privacy: a full session sends nothing; the CSP blocks other origins; the offline copy
#          works from file:// with the network off; a consultant's link
#   phone:  iPhone and Pixel, taps only: dates as digits alone, the browser's scrolling (a swipe
#          from a text field, no blank screen after Gem), the field above the keyboard,
#          pinch-zoom, the reader's text size, Back/Forward/reload, focus never on <body>
#   backup: the reminder to download the case file after an agreement (tests/e2e/backup.mjs)
#   overview: every case at a glance, one calendar, closing a case, keep-or-delete (tests/e2e/overview.mjs)
#   contact: the consultant's link on the first screen, kept with the case only when chosen (tests/e2e/contact.mjs)
#   storage: the hostile store corpus loaded, saved and reloaded three times, nothing lost (tests/e2e/storage.mjs)
#   fuzz:   each libFuzzer target for FUZZ_SECONDS (default 30), seeded from examples/ and tests/hostile/
# Exits non-zero if any suite fails; the last line counts the suites.
set -uo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
./emsdk-setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
export NODE_PATH=/usr/share/nodejs

passed=0
failed=0
failures=()
suite() {
  local name=$1
  shift
  local t0
  t0=$(date +%s)
  echo "=== $name"
  if "$@"; then
    passed=$((passed + 1))
    echo "=== $name: passed in $(($(date +%s) - t0)) s"
  else
    failed=$((failed + 1))
    failures+=("$name")
    echo "=== $name: FAILED in $(($(date +%s) - t0)) s"
  fi
}

preset() {
  cmake --preset "$1" && cmake --build --preset "$1" && ctest --preset "$1"
}

suite native preset native
suite asan preset asan
suite web preset web
suite e2e node tests/e2e/run.mjs build/web/site
suite a11y node tests/e2e/a11y.mjs build/web/site
suite hostile node tests/e2e/hostile.mjs build/web/site
suite journey node tests/e2e/journey.mjs build/web/site
suite phone node tests/e2e/phone.mjs build/web/site
suite backup node tests/e2e/backup.mjs build/web/site
suite contact node tests/e2e/contact.mjs build/web/site
suite overview node tests/e2e/overview.mjs build/web/site
suite storage node tests/e2e/storage.mjs build/web/site
suite plain node tests/e2e/plain.mjs build/web/site
suite privacy node tests/e2e/privacy.mjs build/web/site
suite dated node tests/e2e/dated.mjs build/web/site
suite fuzz tests/fuzz/run.sh

echo "suites took $(($(date +%s) - start)) s${failures[*]:+; failed: ${failures[*]}}"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
