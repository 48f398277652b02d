#!/usr/bin/env bash
# Test of the kit script's fast path (./kit skips the package check and the build
# when nothing the build reads changed): it drives the real script on a project of
# its own, a tiny CMake project whose `judge` prints its version, so it never
# builds the kit's build/ tree while other tests run. Every edit, new, deleted or
# renamed file and branch switch must rebuild; nothing changed must not build.
# Proof of a build: build/kit-build.log, removed before each call, is written again
# (the kit writes it on every build and only then). Proof of the package check:
# a dpkg-query of our own on PATH logs its calls.
# usage: test_kit.sh KIT_SCRIPT
set -euo pipefail

kit_script=$1
work=$(mktemp -d "${TMPDIR:-/tmp}/test-kit-XXXXXX")
trap 'rm -rf "$work"' EXIT
root=$work/kit
failures=0

fail() {
  printf 'FAIL: %s\n' "$*" >&2
  failures=$((failures + 1))
}

# a project of the kit's shape: every input directory the kit watches
mkdir -p "$root"/{cmake,judge,harness,problems/p,solutions/p,tests,bench} "$work/bin"
cp "$kit_script" "$root/kit"
chmod +x "$root/kit"
cat >"$root/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(fake LANGUAGES C)
add_executable(judge judge/main.c)
# every build runs the hook: it stands for a learner saving a file while it runs
add_custom_target(hook ALL COMMAND sh ${CMAKE_SOURCE_DIR}/cmake/hook.sh VERBATIM)
EOF
cat >"$root/cmake/hook.sh" <<'EOF'
[ -z "${EDIT_DURING_BUILD:-}" ] || echo edited >>"$EDIT_DURING_BUILD"
EOF
judge_version() {
  printf '#include <stdio.h>\nint main(int argc, char **argv)\n{\n    (void)argc;\n' \
    >"$root/judge/main.c"
  printf '    printf("judge %s %%s\\n", argv[1]);\n    return 0;\n}\n' "$1" >>"$root/judge/main.c"
}
judge_version v1
for d in cmake harness problems/p solutions/p tests bench; do echo "$d" >"$root/$d/file.txt"; done
cat >"$work/bin/dpkg-query" <<EOF
#!/bin/sh
echo "\$*" >> "$work/dpkg-calls"
printf 'install ok installed'
EOF
chmod +x "$work/bin/dpkg-query"
export PATH="$work/bin:$PATH"

# kit ARGS...: runs ./kit in the fake root; out holds its stdout, built whether it
# built, checked whether it asked dpkg about the packages
kit() {
  rm -f "$root/build/kit-build.log" "$work/dpkg-calls"
  local status=0
  out=$(cd "$root" && ./kit "$@" 2>"$work/stderr") || status=$?
  if [ "$status" -ne 0 ]; then
    cat "$work/stderr" >&2
    fail "./kit $* exited with $status"
  fi
  built=no checked=no
  [ -f "$root/build/kit-build.log" ] && built=yes
  [ -f "$work/dpkg-calls" ] && checked=yes
  return 0
}

# expect WHAT OUT BUILT CHECKED: the last call printed OUT, built and checked or not
expect() {
  [ "$out" = "$2" ] || fail "$1: the judge printed '$out', not '$2'"
  [ "$built" = "$3" ] || fail "$1: built is $built, not $3"
  [ "$checked" = "$4" ] || fail "$1: package check is $checked, not $4"
}

kit list
expect "first call" "judge v1 list" yes yes
grep -q 'Linking C' "$root/build/kit-build.log" || fail "first call: the log shows no link"
kit list
expect "nothing changed" "judge v1 list" no no
kit show p
expect "nothing changed, another command" "judge v1 show" no no

judge_version v2
kit list
expect "an edited source" "judge v2 list" yes yes
kit list
expect "nothing changed after a rebuild" "judge v2 list" no no

echo new >"$root/problems/p/new.txt"
kit list
expect "a new file" "judge v2 list" yes yes
mkdir "$root/problems/q"
kit list
expect "a new directory" "judge v2 list" yes yes
mv "$root/problems/p/new.txt" "$root/problems/p/renamed.txt"
kit list
expect "a renamed file" "judge v2 list" yes yes
rm "$root/problems/p/renamed.txt"
kit list
expect "a deleted file" "judge v2 list" yes yes
rm -r "$root/bench"
kit list
expect "a deleted input directory" "judge v2 list" yes yes
mkdir "$root/bench"
kit list
expect "the input directory back" "judge v2 list" yes yes
touch "$root/kit"
kit list
expect "the kit script changed (its package list)" "judge v2 list" yes yes
kit list
expect "nothing changed after all that" "judge v2 list" no no
touch "$root/judge/main.c"
EDIT_DURING_BUILD=$root/problems/p/file.txt kit list
expect "a build during which a file is saved" "judge v2 list" yes yes
kit list
expect "the file saved during the last build" "judge v2 list" yes yes
kit list
expect "nothing changed after all that" "judge v2 list" no no

# outside the inputs: the learner's workspace, the build directory
mkdir -p "$root/workspace"
echo 'int main(void) { return 0; }' >"$root/workspace/p.c"
kit list
expect "the learner's workspace changed" "judge v2 list" no no

rm -f "$root/build/judge"
kit list
expect "the judge binary removed" "judge v2 list" yes yes
rm "$root/build/kit-build.stamp"
kit list
expect "the stamp removed" "judge v2 list" yes yes

# a branch switch rewrites the files it changes
if ! command -v git >/dev/null; then
  echo "kit fast path: no git here, the branch switch is not tested"
  exit "$((failures > 0))"
fi
git_() { git -C "$root" -c user.name=kit -c user.email=kit@localhost "$@"; }
git_ init -q -b one
git_ add -A
git_ commit -qm one
git_ checkout -qb two
judge_version v3
git_ commit -qam two
git_ checkout -q one
kit list
expect "back on branch one" "judge v2 list" yes yes
kit list
expect "nothing changed on branch one" "judge v2 list" no no
git_ checkout -q two
kit list
expect "switched to branch two" "judge v3 list" yes yes

# KIT_BUILD_DIR builds elsewhere, with a stamp of its own
out=$(cd "$root" && KIT_BUILD_DIR=other ./kit list 2>"$work/stderr") || fail "KIT_BUILD_DIR"
[ "$out" = "judge v3 list" ] || fail "KIT_BUILD_DIR: the judge printed '$out'"
[ -f "$root/other/kit-build.stamp" ] || fail "KIT_BUILD_DIR: no stamp in other/"

# a failed build leaves no stamp, and the next call builds again
printf 'int main(void) { return missing; }\n' >"$root/judge/main.c"
(cd "$root" && ./kit list >/dev/null 2>&1) && fail "a broken source: ./kit succeeded"
[ -f "$root/build/kit-build.stamp" ] && [ "$root/build/kit-build.stamp" -nt "$root/judge/main.c" ] &&
  fail "a broken source: the stamp is newer than it"
ls "$root/build" | grep -q 'kit-build.stamp\.' && fail "a broken source: a pending stamp is left"
judge_version v4
kit list
expect "the source repaired" "judge v4 list" yes yes

if [ "$failures" -ne 0 ]; then
  printf '%d failure(s)\n' "$failures" >&2
  exit 1
fi
echo "kit fast path: every case passed"
