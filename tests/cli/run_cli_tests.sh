#!/usr/bin/env bash
# The CLI's contract: exit codes, stdout clean on bad input, one message naming field and value.
set -u
bin=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {  # name, expected exit, expected stderr fragment, command...
  local name=$1 want=$2 frag=$3
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"
  local rc=$?
  if [ "$rc" -ne "$want" ]; then
    echo "FAIL $name: exit $rc, want $want"; cat "$tmp/err"; fail=$((fail + 1)); return
  fi
  if [ -n "$frag" ] && ! grep -qF -- "$frag" "$tmp/err"; then
    echo "FAIL $name: stderr lacks '$frag'"; cat "$tmp/err"; fail=$((fail + 1)); return
  fi
  if [ "$want" -eq 2 ] && [ -s "$tmp/out" ]; then
    echo "FAIL $name: printed a partial result on bad input"; fail=$((fail + 1)); return
  fi
  pass=$((pass + 1))
}
bad() {  # name, json text, expected fragment
  printf '%s' "$2" >"$tmp/case.json"
  check "$1" 2 "$3" "$bin" assess "$tmp/case.json" --on 2026-11-23 --format json
}
V='"format":"fasthold-case","version":1'

for f in "$src"/examples/*.json; do
  check "example $(basename "$f") json" 0 "" "$bin" assess "$f" --on 2026-11-23 --format json
  "$bin" assess "$f" --on 2026-11-23 --format json | node -e 'const j=JSON.parse(require("fs").readFileSync(0,"utf8")); for (const k of ["assessed_on","schemes","dates","flow","agreements"]) if (!(k in j)) process.exit(1)' \
    && pass=$((pass + 1)) || { echo "FAIL $(basename "$f"): JSON lacks a top-level key"; fail=$((fail + 1)); }
  check "example $(basename "$f") text en" 0 "" "$bin" assess "$f" --on 2026-11-23 --lang en
done
bad "not json" '{oops' 'is not a valid JSON file (reading stopped at character 2)'
bad "wrong version" "{\"format\":\"fasthold-case\",\"version\":7}" '/version: 7'
bad "unknown field" "{$V,\"cpr\":\"010101-1234\"}" '/cpr'
bad "31 February" "{$V,\"facts\":{\"birth_date\":\"1980-02-31\"}}" '/facts/birth_date: "1980-02-31"'
bad "birth after assessment" "{$V,\"facts\":{\"birth_date\":\"2027-01-01\"}}" '/facts/birth_date: "2027-01-01"'
bad "negative hours" "{$V,\"facts\":{\"absence_hours_per_week\":-2}}" '/facts/absence_hours_per_week: -2'
bad "absence ends before start" "{$V,\"absence_periods\":[{\"first_day\":\"2026-05-10\",\"last_day\":\"2026-05-01\"}]}" '/absence_periods/0/last_day'
bad "follow-up before agreement" "{$V,\"log\":[{\"id\":\"a\",\"date\":\"2026-03-01\",\"kind\":\"agreement\"},{\"id\":\"f\",\"date\":\"2026-02-01\",\"kind\":\"follow_up\",\"agreement_id\":\"a\"}]}" '/log/1/date'
check "missing file" 2 "cannot be read" "$bin" assess "$tmp/nope.json"
check "bad --on" 2 '--on: "2026-02-30"' "$bin" assess "$src/examples/01-adaptation-year.json" --on 2026-02-30
check "bad --lang" 2 '--lang' "$bin" assess "$src/examples/01-adaptation-year.json" --lang fr
check "unknown command" 2 "unknown command" "$bin" frobnicate
check "flowchart prints the first decision" 0 "" "$bin" flowchart
"$bin" flowchart | grep -q "Skyldes fravær forhold i jobbet?" && pass=$((pass + 1)) || { echo "FAIL flowchart text"; fail=$((fail + 1)); }
"$bin" flowchart --lang en | grep -q "Is the absence caused by conditions in the job?" && pass=$((pass + 1)) || { echo "FAIL flowchart en"; fail=$((fail + 1)); }
check "check-data" 0 "" "$bin" check-data "$src/data"
check "document --list" 0 "" "$bin" document --list
[ "$("$bin" document --list | wc -l)" -eq 8 ] && "$bin" document --list | tail -1 | grep -q "^calendar" && pass=$((pass + 1)) || { echo "FAIL document --list: 7 documents then calendar"; fail=$((fail + 1)); }
for kind in $("$bin" document --list | cut -f1); do
  [ "$kind" = calendar ] && fmts="ics" || fmts="txt html"
  for fmt in $fmts; do
    for lang in da en; do
      check "document $kind $fmt $lang" 0 "" "$bin" document "$kind" "$src/examples/01-adaptation-year.json" --on 2026-11-23 --lang "$lang" --format "$fmt"
    done
  done
done
check "document unknown kind" 2 'KIND: "memo"' "$bin" document memo "$src/examples/01-adaptation-year.json"
check "document --entry of another kind" 2 "--entry: 1 is a follow_up" "$bin" document agreement "$src/examples/01-adaptation-year.json" --entry 1
check "document --entry not a number" 2 '--entry: "x"' "$bin" document agreement "$src/examples/01-adaptation-year.json" --entry x
check "calendar only as ics" 2 "--format" "$bin" document calendar "$src/examples/01-adaptation-year.json" --format txt
# Rules as of a date.
ok() {  # name, then a command that must succeed
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else echo "FAIL $name"; fail=$((fail + 1)); fi
}
check "rules --on" 0 "" "$bin" rules --on 2026-11-01
check "rules --changes" 0 "" "$bin" rules --changes
check "rules --on and --changes together" 2 "not both" "$bin" rules --changes --on 2026-11-01
check "rules --on an impossible date" 2 "--on" "$bin" rules --on 2026-02-30
ok "rules --on 2026-01-31 names the jobcenter, 2026-02-01 the municipality" bash -c \
  "'$bin' rules --on 2026-01-31 | grep -q '^term decider: jobcentret i medarbejderens bopælskommune' && '$bin' rules --on 2026-02-01 | grep -q '^term decider: medarbejderens bopælskommune (dens indgang for virksomheder, ofte stadig kaldet jobcentret)'"
ok "rules --on fills each rule's words by that day's rules" bash -c "'$bin' rules --on 2026-11-01 | grep -q '^role jobcenter: Medarbejderens bopælskommune' && '$bin' rules --on 2025-11-01 | grep -q '^role jobcenter: Jobcentret i medarbejderens bopælskommune'"
ok "rules --on lists each rule with its source and last check" bash -c "'$bin' rules --on 2026-11-01 | grep -A2 '^threshold s56_c_days:' | grep -q 'Kilde: Sygedagpengeloven' && '$bin' rules --on 2026-11-01 | grep -q 'senest gennemgået 01-12-2026'"
ok "rules --changes lists the reform's changes in date order" bash -c \
  "'$bin' rules --changes | grep '^[0-9]' | cut -c1-10 | awk -F- '{print \$3\$2\$1}' | sort -c && '$bin' rules --changes | grep -q '^01-07-2026  scheme revalidation' && '$bin' rules --changes | grep -q '^02-12-2026  notice planned_2027'"
ex="$src/examples/10-reform-before-after.json"
"$bin" assess "$ex" --on 2025-11-01 >"$tmp/before" && "$bin" assess "$ex" --on 2026-11-01 >"$tmp/after"
ok "the reform example before 1 Feb 2026 names the jobcenter and offers revalidation" bash -c \
  "grep -q 'Afgøres af: Jobcentret i medarbejderens bopælskommune' '$tmp/before' && grep -q '^\* Revalidering: Kan søges' '$tmp/before' && ! grep -q 'kommune (dens indgang' '$tmp/before'"
ok "the reform example after 1 Jul 2026 names the municipality, closes revalidation and says why" bash -c \
  "grep -q 'Medarbejderens bopælskommune (dens indgang for virksomheder, ofte stadig kaldet jobcentret)' '$tmp/after' && grep -q '^\* Revalidering (lukket for nye sager): Gælder ikke' '$tmp/after' && grep -q 'forældet: lov nr. 1750' '$tmp/after' && grep -q 'sundhedskoordinator' '$tmp/after' && grep -q '26 uger' '$tmp/after'"
ok "the reform example says when the rules were last checked" grep -q 'Reglerne er senest gennemgået 01-12-2026' "$tmp/after"
# The overview of several cases (issue 28).
ov() {  # file name, nickname, follow-up date, closed json ("" for open)
  local closed=""
  [ -n "$4" ] && closed=",\"closed\":$4"
  printf '{%s,"nickname":"%s","log":[{"id":"a1","date":"2026-10-01","kind":"agreement","adapted_text":"Hemmelig","follow_up_date":"%s"}]%s}' "$V" "$2" "$3" "$closed" >"$tmp/$1"
}
ov ov1.json Anna 2026-12-20 ""
ov ov2.json Bo 2026-11-20 ""
ov ov3.json Carl 2026-12-04 ""
ov ov4.json Eva 2026-12-02 '{"on":"2026-09-01","reason":"back_at_work"}'
check "overview of four cases" 0 "" "$bin" overview "$tmp/ov1.json" "$tmp/ov2.json" "$tmp/ov3.json" "$tmp/ov4.json" --on 2026-12-01
ok "overview: overdue first, then the nearest, closed last" bash -c \
  "'$bin' overview '$tmp/ov1.json' '$tmp/ov2.json' '$tmp/ov3.json' '$tmp/ov4.json' --on 2026-12-01 | grep -v '^ ' | cut -d' ' -f1 | tr '\n' ' ' | grep -qx 'Bo Carl Anna Eva '"
ok "overview text names the deadline in words and the closing" bash -c \
  "'$bin' overview '$tmp/ov2.json' '$tmp/ov3.json' '$tmp/ov4.json' --on 2026-12-01 >'$tmp/ovt' && grep -q '20-11-2026 (overskredet)' '$tmp/ovt' && grep -q '04-12-2026 (om 3 dage)' '$tmp/ovt' && grep -q '^Eva – Lukket 01-09-2026: Tilbage i arbejde' '$tmp/ovt' && grep -q 'personalemappen' '$tmp/ovt'"
ok "overview --lang en" bash -c "'$bin' overview '$tmp/ov3.json' --on 2026-12-01 --lang en | grep -q '(in 3 days)'"
ok "overview --format json: rows with the file, the deadline and the closing" bash -c \
  "'$bin' overview '$tmp/ov3.json' '$tmp/ov4.json' --on 2026-12-01 --format json | node -e 'const j=JSON.parse(require(\"fs\").readFileSync(0,\"utf8\")); const [a,b]=j.rows; if (a.nickname!==\"Carl\"||a.next_deadline.in_words!==\"om 3 dage\"||!a.file.endsWith(\"ov3.json\")||b.state!==\"closed\"||b.closed.reason!==\"back_at_work\"||b.closed.retention_question!==true) process.exit(1)'"
ok "overview --format ics: one calendar for the open cases, no closed case, no typed text" bash -c \
  "'$bin' overview '$tmp/ov1.json' '$tmp/ov3.json' '$tmp/ov4.json' --on 2026-12-01 --format ics >'$tmp/ov.ics' && [ \$(grep -c '^BEGIN:VEVENT' '$tmp/ov.ics') -eq 2 ] && grep -q 'Anna' '$tmp/ov.ics' && ! grep -q 'Eva' '$tmp/ov.ics' && ! grep -q 'Hemmelig' '$tmp/ov.ics'"
check "overview needs a case file" 2 "at least one case file" "$bin" overview
printf '{%s,"closed":{"on":"2026-09-01","reason":"bored"}}' "$V" >"$tmp/ovbad.json"
check "overview: a bad closing reason names the file and the field" 2 'ovbad.json#/closed/reason: "bored"' "$bin" overview "$tmp/ov1.json" "$tmp/ovbad.json"
check "overview --format csv" 2 "--format" "$bin" overview "$tmp/ov1.json" --format csv
# Issue 23: the CLI never sends control characters from its own arguments to the terminal,
# prints a lone carriage return as a line break, and reads at most 2 MB, as the page.
esc=$(printf 'x\033[31my')
check "an escape in the file name is shown, not sent" 2 'x\u001b[31my' "$bin" assess "$tmp/$esc.json"
! grep -q $'\033' "$tmp/err" && pass=$((pass + 1)) || { echo "FAIL file name: ESC reached stderr"; fail=$((fail + 1)); }
check "an escape in --on is shown, not sent" 2 '--on: "2026\u001b[2J"' "$bin" assess "$src/examples/01-adaptation-year.json" --on "$(printf '2026\033[2J')"
! grep -q $'\033' "$tmp/err" && pass=$((pass + 1)) || { echo "FAIL --on: ESC reached stderr"; fail=$((fail + 1)); }
check "an escape in --lang is shown, not sent" 2 '--lang: "d\u001ba"' "$bin" assess "$src/examples/01-adaptation-year.json" --lang "$(printf 'd\033a')"
check "an escape in the document kind is shown, not sent" 2 'KIND: "m\u0007emo"' "$bin" document "$(printf 'm\007emo')" "$src/examples/01-adaptation-year.json"
! grep -q $'\007' "$tmp/err" && pass=$((pass + 1)) || { echo "FAIL kind: BEL reached stderr"; fail=$((fail + 1)); }
check "an escape in an unknown option is shown, not sent" 2 'unknown option --x\u001b' "$bin" assess "$src/examples/01-adaptation-year.json" "$(printf -- '--x\033')"
printf '{%s,"nickname":"N","log":[{"id":"a1","date":"2026-01-05","kind":"agreement","adapted_text":"one\\rtwo"}]}' "$V" >"$tmp/cr2.json"
"$bin" document agreement "$tmp/cr2.json" --on 2026-11-23 >"$tmp/cr2.out" 2>&1
! grep -q $'\r' "$tmp/cr2.out" && grep -q '^two' "$tmp/cr2.out" && pass=$((pass + 1)) || { echo "FAIL a lone CR in a document's text"; fail=$((fail + 1)); }
head -c $((3 << 20)) /dev/zero | tr '\0' ' ' >"$tmp/big.json"
check "a file above 2 MB is refused unread" 2 "is 3.0 MB, more than the 2 MB Fasthold reads" "$bin" assess "$tmp/big.json"
check "/dev/zero is refused at 2 MB, not read until memory runs out" 2 "is larger than the 2 MB Fasthold reads" timeout 20 "$bin" assess /dev/zero
echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
