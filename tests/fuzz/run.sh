#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for FUZZ_SECONDS (default 30). fuzz_case_file is
# seeded from examples/ and the hostile corpus (tests/hostile/make_corpus.py, files up to
# its max_len) and uses a JSON dictionary; fuzz_case_shapes wraps its input in deep nesting
# or long texts and keys. A longer run: FUZZ_SECONDS=3600 tests/fuzz/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${FUZZ_SECONDS:-30}
targets="case_file case_shapes dates fragment"
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz --target $(for t in $targets; do printf 'fuzz_%s ' "$t"; done) >/dev/null
work=build/fuzz/corpus
for t in $targets; do mkdir -p "$work/$t"; done
cp examples/*.json "$work/case_file/"
python3 tests/hostile/make_corpus.py "$work/hostile" --max-bytes 262144
cp "$work"/hostile/*.json "$work/case_file/"
cp tests/fuzz/corpus/dates/* "$work/dates/"
cp tests/fuzz/corpus/fragment/* "$work/fragment/"
# Shapes: place, kind (0 arrays, 1 objects, 2 text, 3 key), count/4 (two bytes), content.
printf '\x00\x00\x61\xa8[1]' >"$work/case_shapes/facts-arrays-100k"
printf '\x03\x01\x61\xa8"x"' >"$work/case_shapes/note-objects-100k"
printf '\x01\x02\x40\x00abcd\x00' >"$work/case_shapes/date-text"
printf '\x00\x03\x10\x00key' >"$work/case_shapes/facts-key"
options() {
  case $1 in
    case_file) echo "-max_len=262144 -dict=tests/fuzz/case_file.dict" ;;
    case_shapes) echo "-max_len=4096 -dict=tests/fuzz/case_file.dict" ;;
    *) echo "" ;;
  esac
}
for t in $targets; do
  log=build/fuzz/fuzz_$t.log
  # shellcheck disable=SC2046
  if ! build/fuzz/tests/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 $(options "$t") \
        -artifact_prefix=build/fuzz/crash- "$work/$t" >"$log" 2>&1; then
    tail -n 40 "$log"
    echo "fuzz_$t: FAILED (see $log)"
    exit 1
  fi
  runs=$(grep -o 'Done [0-9]* runs' "$log" | grep -o '[0-9]*' || echo "?")
  echo "fuzz_$t: $runs runs in ${seconds}s, no crash"
done
