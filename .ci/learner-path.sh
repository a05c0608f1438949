#!/usr/bin/env bash
# A learner's first hour, on whatever platform runs it (Linux, macOS, or Windows under Git Bash):
# build with the Maven Wrapper, run the roadmap (./roadmap, or roadmap.cmd on Windows), then, for
# the first exercise of every module, ./roadmap check on the starting code (it must fail with the
# teaching output and exit 1) and with the reference solution copied in (it must pass, exit 0);
# last, ./roadmap watch on one exercise notices the solution being saved and says it passes.
# The starting code is put back after each exercise (git checkout), so the tree ends as it began.
#
# Usage: .ci/learner-path.sh [module...]   (default: every module; JAVA_HOME picks the JDK)
# Exit code 0 when every step did what a learner must see, 1 otherwise (each failure is named).
set -uo pipefail
cd "$(dirname "$0")/.."

# It puts starting code back with git checkout and git clean: never over a learner's work.
if [ -n "$(git status --porcelain -- exercises 2>/dev/null)" ]; then
  echo "[learner-path] exercises/ has changes that are not committed; this script would undo them." >&2
  echo "[learner-path] Run it on a clean clone (CI does), or commit or stash your work first." >&2
  exit 2
fi

failures=0
say() { printf '[learner-path] %s\n' "$*"; }
fail() { say "FAIL: $*"; failures=$((failures + 1)); }

case "${OS:-}$(uname -s 2>/dev/null)" in
  Windows_NT* | *MINGW* | *MSYS* | *CYGWIN*) roadmap_command=(cmd //c roadmap.cmd) ;;
  *) roadmap_command=(./roadmap) ;;
esac
roadmap() { "${roadmap_command[@]}" "$@"; }

java_version=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -n 1)
say "$(uname -sm 2>/dev/null || echo unknown platform), $java_version"

say "build with the wrapper"
./mvnw -B -q install -DskipTests || { fail "./mvnw -B -q install -DskipTests"; exit 1; }

out=$(mktemp -d "${TMPDIR:-/tmp}/learner-path.XXXXXX")
trap 'rm -rf "$out"' EXIT

roadmap >"$out/roadmap.txt" 2>&1
status=$?
if [ "$status" -ne 0 ] || ! grep -q "Backend Developer Roadmap" "$out/roadmap.txt"; then
  fail "the roadmap (exit $status): $(tail -n 5 "$out/roadmap.txt")"
else
  say "the roadmap: $(grep -m 1 Overall "$out/roadmap.txt" | tr -s ' ')"
fi

# The first exercise of a module and its files, from its catalog.
first_exercise() { awk '/^  - id:/ { print $3; exit }' "exercises/$1/exercises.yaml"; }
files_of() { # module exercise
  awk -v id="$2" '
    /^  - id:/ { inside = ($3 == id); next }
    inside && /^    files:/ { listing = 1; next }
    inside && listing && /^      - / { print $2; next }
    inside && listing && !/^      - / { listing = 0 }' "exercises/$1/exercises.yaml"
}
copy_solution() { # module exercise: every file of the solution's packages the exercise edits
  local file dir
  for file in $(files_of "$1" "$2"); do
    dir=$(dirname "$file")
    [ -d "solutions/$1/$dir" ] || return 1
    mkdir -p "exercises/$1/$dir"
    cp -R "solutions/$1/$dir/." "exercises/$1/$dir/" || return 1
  done
}
restore() { # the starting code again, and no file a solution added
  git checkout --quiet -- "exercises/$1/src/main" && git clean -q -f -d -- "exercises/$1/src/main"
}

if [ "$#" -gt 0 ]; then
  modules=("$@")
else
  modules=()
  for catalog in exercises/*/exercises.yaml; do
    module=${catalog#exercises/}
    modules+=("${module%/exercises.yaml}")
  done
fi

for module in "${modules[@]}"; do
  exercise=$(first_exercise "$module")
  id="$module/$exercise"
  roadmap check "$id" >"$out/start.txt" 2>&1
  status=$?
  if [ "$status" -ne 1 ]; then
    fail "$id on the starting code: exit $status, not 1: $(tail -n 3 "$out/start.txt")"
  elif ! grep -q "open exercises/$module/" "$out/start.txt"; then
    fail "$id on the starting code: no line saying which file to open"
  else
    lines=$(wc -l <"$out/start.txt" | tr -d ' ')
    say "$id starting code: exit 1, $lines lines, $(grep -m 1 "tests pass" "$out/start.txt" | sed 's/^ *//')"
  fi
  if ! copy_solution "$module" "$exercise"; then
    fail "$id: cannot copy the reference solution"
    restore "$module"
    continue
  fi
  roadmap check "$id" >"$out/solved.txt" 2>&1
  status=$?
  if [ "$status" -ne 0 ]; then
    fail "$id with the reference solution: exit $status: $(tail -n 5 "$out/solved.txt")"
  else
    say "$id solved: $(grep -m 1 "passes" "$out/solved.txt" | sed 's/^ *//')"
  fi
  restore "$module"
done

# watch: started on the starting code, it must notice the solution being saved.
module=${modules[0]}
for candidate in "${modules[@]}"; do
  [ "$candidate" = caching ] && module=caching
done
exercise=$(first_exercise "$module")
id="$module/$exercise"
# Started as itself, not through the function: $! must be the process that is stopped below.
"${roadmap_command[@]}" watch "$id" >"$out/watch.txt" 2>&1 &
watch_pid=$!
waited=0
until grep -q "^watching" "$out/watch.txt" 2>/dev/null || [ "$waited" -ge 120 ]; do
  sleep 1
  waited=$((waited + 1))
done
copy_solution "$module" "$exercise"
waited=0
until grep -q "$id passes" "$out/watch.txt" 2>/dev/null || [ "$waited" -ge 60 ]; do
  sleep 1
  waited=$((waited + 1))
done
kill "$watch_pid" 2>/dev/null
wait "$watch_pid" 2>/dev/null
restore "$module"
if grep -q "$id passes" "$out/watch.txt"; then
  say "watch $id: noticed the save and said it passes"
else
  fail "watch $id never said it passes: $(tail -n 5 "$out/watch.txt")"
fi

if [ "$failures" -gt 0 ]; then
  say "$failures step(s) failed"
  exit 1
fi
say "every step did what a learner must see"
