#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS (default 60), seeded from
# examples/ and tests/fuzz/corpus/. A longer run: FUZZ_SECONDS=3600 tests/fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target fuzz_case_file fuzz_dates fuzz_fragment >/dev/null
work=build/fuzz/corpus
mkdir -p "$work/case_file" "$work/dates" "$work/fragment"
cp examples/*.json "$work/case_file/"
cp tests/fuzz/corpus/dates/* "$work/dates/"
cp tests/fuzz/corpus/fragment/* "$work/fragment/"
for t in case_file dates fragment; do
  log=build/fuzz/fuzz_$t.log
  if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix=build/fuzz/crash- "$work/$t" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz_$t: FAILED (see $log)"
    exit 1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
  echo "fuzz_$t: $runs runs in ${seconds}s, no crash"
done
