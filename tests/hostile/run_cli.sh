#!/usr/bin/env bash
# The hostile corpus (make_corpus.py) through the CLI: each file exits as its manifest says
# (0, or 2 with a message naming the field), never by a signal; stdout stays empty on 2.
#   tests/hostile/run_cli.sh FASTHOLD_BIN CORPUS_DIR   (prints one line per file)
set -u
bin=$1
dir=$2
pass=0
fail=0
while IFS=$'\t' read -r name want frag; do
  # Above 2 MB the CLI refuses the file unread, as the page does.
  if [ "$(stat -c %s "$dir/$name.json")" -gt $((2 << 20)) ]; then want=2; frag="MB, more than the 2 MB Fasthold reads"; fi
  start=$(date +%s%N)
  "$bin" assess "$dir/$name.json" --on 2026-11-23 --format json >"$dir/$name.out" 2>"$dir/$name.err"
  rc=$?
  ms=$((($(date +%s%N) - start) / 1000000))
  said=$(head -c 300 "$dir/$name.err" | head -n 1)
  problem=""
  if [ "$rc" -ge 128 ]; then problem="killed by signal $((rc - 128))"
  elif [ "$rc" -ne "$want" ]; then problem="exit $rc, want $want"
  elif [ -n "$frag" ] && ! grep -qF -- "$frag" "$dir/$name.err"; then problem="stderr lacks '$frag'"
  elif [ "$want" -eq 2 ] && [ -s "$dir/$name.out" ]; then problem="printed a result on bad input"
  elif [ "$(wc -l <"$dir/$name.err")" -gt 1 ] || [ "$(wc -c <"$dir/$name.err")" -gt 1000 ]; then problem="message longer than one short line"
  fi
  rm -f "$dir/$name.out"
  if [ -n "$problem" ]; then
    echo "FAIL $name: $problem: $said"
    fail=$((fail + 1))
  else
    echo "ok   $name: exit $rc in ${ms} ms${said:+: $said}"
    pass=$((pass + 1))
  fi
done <"$dir/manifest.tsv"
echo "hostile cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]
