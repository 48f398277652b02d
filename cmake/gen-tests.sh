#!/usr/bin/env bash
# Makes a package's large secret tests at build time: for each line `name args...`
# of tests.txt, `gen args...` writes name.in, the validator must accept it, and the
# reference writes name.ans: its answer channel (fd 3) for a function problem, its
# stdout for a program (kind, problem.json's). Deterministic: the same args always
# give the same file.
set -euo pipefail
gen=$1 ref=$2 validator=$3 list=$4 out=$5 kind=$6
case "$kind" in
  function|program) ;;
  *) echo "gen-tests: unknown problem kind '$kind'" >&2; exit 1 ;;
esac
mkdir -p "$out"
rm -f "$out"/*.in "$out"/*.ans "$out/.stamp"
while read -r name args; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086 # args are a list of words on purpose
  "$gen" $args > "$out/$name.in"
  status=0
  "$validator" < "$out/$name.in" > /dev/null || status=$?
  if [ "$status" -ne 42 ]; then
    echo "gen-tests: validator rejects generated test '$name' (exit $status)" >&2
    exit 1
  fi
  # fd 3 is the harness's answer channel; naming it here keeps an inherited
  # descriptor (make's jobserver) from receiving the answer.
  if [ "$kind" = function ]; then
    "$ref" < "$out/$name.in" 3> "$out/$name.ans" 4> /dev/null > /dev/null
  else
    "$ref" < "$out/$name.in" 3> /dev/null 4> /dev/null > "$out/$name.ans"
  fi
done < "$list"
touch "$out/.stamp"
