#!/usr/bin/env bash
# The seeds_* functions are called by name (seeds_$t), which shellcheck cannot see.
# shellcheck disable=SC2317
# Fuzzes the judge's parsers of untrusted input with libFuzzer, for a bounded time
# each, and prints a figure per target (executions, rate, corpus, crashes).
#
#   bench/fuzz.sh [-t SECONDS] [-o DIR] [TARGET...]
#
# TARGET is check (exact/tokens/float checkers), custom (a custom checker's exit
# and judgemessage.txt), problem (the problem.json loader), record (the box's
# record line, both ways round) or objsize (an object's static data, for the
# static_bytes cap); default all five, SECONDS each (default 60).
# Each target is compiled here with clang straight from the module sources, so
# the normal gcc build never needs clang and libFuzzer's coverage instrumentation
# covers the module, not just the target file. DIR (default build/fuzz) keeps the
# binaries, the corpus (grown across runs), the logs and any crash artifacts.
# A crash is replayed with `DIR/fuzz_TARGET ARTIFACT`; the same bench/fuzz_*.c
# built by CMake with gcc replays files too (build/bench/fuzz_TARGET FILE...).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=60
out=$root/build/fuzz
while getopts "t:o:h" opt; do
  case $opt in
  t) seconds=$OPTARG ;;
  o) out=$OPTARG ;;
  *) sed -n '4,17p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(check custom problem record objsize)

say() { printf 'fuzz: %s\n' "$*" >&2; }

cc=${CC_FUZZ:-clang}
if ! command -v "$cc" >/dev/null; then
  say "no $cc: install the Debian packages clang and libclang-rt-14-dev"
  exit 2
fi
mkdir -p "$out"/{corpus,seeds,crashes,logs,dict,tmp}
probe=$out/tmp/probe
if ! printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' |
  "$cc" -x c -fsanitize=fuzzer -o "$probe" - 2>"$probe.log"; then
  say "$cc cannot link libFuzzer: install the Debian package libclang-rt-14-dev"
  say "$(head -3 "$probe.log")"
  exit 2
fi
rm -f "$probe" "$probe.log"

# The house warnings (CMakeLists.txt), so a target that builds here builds there.
warnings=(-Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wformat=2
  -Wpointer-arith -Wundef -Wvla -Wcast-qual -Wwrite-strings -Wnull-dereference
  -Wdouble-promotion -Wimplicit-fallthrough -Werror)
# shellcheck disable=SC2054 # the commas belong to -fsanitize=
flags=(-std=c11 -D_GNU_SOURCE -DKIT_LIBFUZZER -g -O1 -fno-omit-frame-pointer
  -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
  -I"$root/judge/src" -I"$root/judge/proto" -I"$root/judge/box")

sources() {
  local s=$root/judge/src
  case $1 in
  check | custom) echo "$s/checker.c $s/show.c" ;;
  problem) echo "$s/problem.c $s/err.c $s/fsutil.c $s/buf.c $s/checker.c $s/show.c" ;;
  record) echo "$root/judge/proto/record.c" ;;
  objsize) echo "$s/objsize.c $s/err.c $s/fsutil.c $s/buf.c $s/show.c" ;;
  *) return 1 ;;
  esac
}

libs() {
  case $1 in
  problem) pkg-config --libs jansson ;;
  esac
  echo -lm
}

# One seed file per call: name, then the bytes on stdin.
seed() { cat >"$seeds/$1"; }

# The checkers' input is one split byte (where the expected answer ends) and the
# two answers; the Kattis default-validator cases and the packages' answers are
# realistic pairs.
seeds_check() {
  local d e a n b
  for d in "$root"/tests/data/kattis-default-validator/*/; do
    e=$d/judge.ans a=$d/user.out
    if [ ! -f "$e" ] || [ ! -f "$a" ]; then continue; fi
    n=$(($(stat -c %s "$e") + $(stat -c %s "$a")))
    b=0
    [ "$n" -gt 0 ] && b=$((($(stat -c %s "$e") * 255 + n - 1) / n))
    [ "$b" -gt 255 ] && b=255
    # shellcheck disable=SC2059 # the format is the one byte wanted
    { printf "\\$(printf %03o "$b")"; cat "$e" "$a"; } | seed "kattis-$(basename "$d")"
  done
  for e in "$root"/problems/*/data/sample/*.ans; do
    { printf '\x80'; cat "$e" "$e"; } | seed "sample-$(basename "$(dirname "$(dirname "$(dirname "$e")")")")-$(basename "$e")"
  done
}

# Eight header bytes (0 = a regular judgemessage.txt, exit 43), then the message.
seeds_custom() {
  local f i=0
  for f in "$root"/tests/data/kattis-default-validator/*/expected_message.txt; do
    { printf '\0\0\0\0\0\0\0\0'; cat "$f"; } | seed "kattis-$((i++))"
  done
  printf '\0\0\0\0\0\0\0\0\n\n   wrong answer on line 3: expected 7, got 8  \r\nmore\n' | seed lines
  { printf '\0\0\0\0\0\0\0\0'; head -c 300 /dev/zero | tr '\0' 'x'; } | seed long
  printf '\0\0\0\0\0\0\0\0caf\xc3\xa9 \xff\x1b[2J tab\there' | seed bytes
}

seeds_problem() {
  local f
  for f in "$root"/problems/*/problem.json; do
    cp "$f" "$seeds/$(basename "$(dirname "$f")").json"
  done
}

# Real objects, as the judge's compiler writes them from small sources.
seeds_objsize() {
  local i=0 src
  for src in 'int x;' 'static char z[4096]; char *f(void) { return z; }' \
    'int d[3] = {1}; _Thread_local int t[2]; int c __attribute__((common));' \
    'char s[9] __attribute__((section("mine"))) = {1}; const int r[4] = {1};'; do
    printf '%s\n' "$src" | "$cc" -x c -O2 -c -o "$seeds/object-$((i++)).o" -
  done
}

seeds_record() {
  printf 'id=7 status=CPU cpu_ms=1003 wall_ms=1010 rss_kb=1234 exit=0 signal=9 msg=free text\n' | seed cpu
  printf 'id=1 status=OK cpu_ms=0 wall_ms=1 rss_kb=848 exit=0 signal=0 msg=\n' | seed ok
  printf 'signal=6 status=SIGNAL id=3' | seed order
  printf 'id=18446744073709551615 status=MEM cpu_ms=1000000000000 wall_ms=0 rss_kb=1000000000000 exit=255 signal=64 msg= spaces  and = signs \n' | seed max
  printf 'status=SETUP msg=cannot exec '"'"'/x'"'"': No such file or directory' | seed setup
}

dict() {
  case $1 in
  check) printf '"nan"\n"-inf"\n"infinity"\n"1e308"\n"1e-308"\n"0.5"\n"-0"\n"\\xc3\\xa9"\n"\\x0d\\x0a"\n' ;;
  problem)
    for k in title difficulty tags kind limits time_ms memory_mb output_kb checker float_abs \
      float_rel header stub complexity function program easy medium hard exact tokens float custom; do
      printf '"\\"%s\\""\n' "$k"
    done
    printf '"{"\n"}"\n"["\n"]"\n":"\n","\n"null"\n"true"\n"1e400"\n"-1"\n"\\\\u0000"\n"\\\\u001b"\n' ;;
  record)
    for k in id= status= cpu_ms= wall_ms= rss_kb= exit= signal= msg= OK EXIT SIGNAL CPU WALL MEM \
      SETUP ERROR 18446744073709551615 1000000000000; do
      printf '"%s"\n' "$k"
    done ;;
  esac
}

stat_of() { sed -n "s/^stat::$1: *//p" "$2" | tail -1; }

printf '%-8s %7s %12s %9s %7s %5s %8s %8s\n' target seconds executions exec/s corpus new peak-MB crashes
failed=0
for t in "${targets[@]}"; do
  src=$(sources "$t") || { say "unknown target '$t' (check custom problem record objsize)"; exit 2; }
  bin=$out/fuzz_$t
  # shellcheck disable=SC2046,SC2086 # the source and library lists are split on purpose
  "$cc" "${flags[@]}" "${warnings[@]}" -o "$bin" "$root/bench/fuzz_$t.c" $src $(libs "$t")
  seeds=$out/seeds/$t
  rm -rf "$seeds"
  mkdir -p "$seeds" "$out/corpus/$t"
  "seeds_$t"
  dictfile=$out/dict/$t.dict
  dict "$t" >"$dictfile"
  dictarg=()
  [ -s "$dictfile" ] && dictarg=(-dict="$dictfile")
  log=$out/logs/$t.log
  before=$(find "$out/crashes" -name "$t-*" | wc -l)
  rc=0
  # Crash artifacts go to crashes/; the first corpus directory receives new units.
  TMPDIR=$out/tmp UBSAN_OPTIONS=print_stacktrace=1 \
    "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$out/crashes/$t-" "${dictarg[@]}" "$out/corpus/$t" "$seeds" \
    >"$log" 2>&1 || rc=$?
  crashes=$(($(find "$out/crashes" -name "$t-*" | wc -l) - before))
  [ $rc -ne 0 ] && [ $crashes -eq 0 ] && crashes="?(rc $rc)"
  printf '%-8s %7s %12s %9s %7s %5s %8s %8s\n' "$t" "$seconds" \
    "$(stat_of number_of_executed_units "$log")" "$(stat_of average_exec_per_sec "$log")" \
    "$(find "$out/corpus/$t" -type f | wc -l)" "$(stat_of new_units_added "$log")" \
    "$(stat_of peak_rss_mb "$log")" "$crashes"
  if [ "$crashes" != 0 ]; then
    failed=1
    say "$t: see $log; artifacts: $(find "$out/crashes" -name "$t-*" -newer "$bin" | tr '\n' ' ')"
  fi
done
rm -rf "${out:?}/tmp"/fuzz-*
exit $failed
