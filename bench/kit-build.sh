#!/usr/bin/env bash
# How long does the kit build take, and where does the time go? Runs the kit build as CI does
# (`bash .ci/run`: the real services, then `./mvnw -B verify -Pkit`) on a fresh clone of this
# repository's HEAD, and prints a Markdown report:
#   - the kit check's phases line (starting-code tests, solution tests, mutation testing, wrong
#     solutions, the whole build and the time per exercise),
#   - Maven's time per module,
#   - the mutation analysis per module and per exercise, as the kit check printed it.
# With --rerun FILE it then changes FILE in the same clone (one comment line appended, as an edit
# to one exercise's solution would) and runs the build again, to show what a local re-run costs.
# Both runs keep what the kit build reuses (PIT's reports, wrong-solution rejections) in a cache of
# their own (ROADMAP_KIT_CACHE), so the first run starts from nothing, as on a fresh machine.
#
# Usage: bench/kit-build.sh [--rerun solutions/<module>/src/main/java/.../File.java] [--keep]
# Needs what .ci/run needs (root for the services on a bare machine). The clone goes into a
# temporary directory, removed at the end unless --keep.
set -euo pipefail

cd "$(dirname "$0")/.."
rerun=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rerun) rerun=${2:?"--rerun needs a file, for example solutions/caching/src/main/java/dev/roadmapkit/caching/lrucache/LruCache.java"}; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "kit-build: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ -n "$rerun" ] && [ ! -f "$rerun" ]; then
  echo "kit-build: $rerun is not a file of this repository" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kit-build.XXXXXX")
cleanup() { if [ "$keep" = false ]; then rm -rf "$work"; else echo "kept: $work" >&2; fi; }
trap cleanup EXIT
commit=$(git rev-parse --short HEAD)
git clone -q . "$work/kit"
if ! git diff --quiet HEAD; then
  echo "kit-build: note: uncommitted changes are not part of the measured clone ($commit)" >&2
fi

# run LOG: the CI entry in the clone, timed; prints the seconds it took.
run() {
  local log=$1 start end status=0
  start=$(date +%s)
  (cd "$work/kit" && CI=true ROADMAP_KIT_CACHE="$work/cache" bash .ci/run) > "$log" 2>&1 || status=$?
  end=$(date +%s)
  if [ "$status" -ne 0 ]; then
    echo "kit-build: the kit build failed (exit $status); its last lines:" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  echo $((end - start))
}

report() {
  local log=$1 seconds=$2 title=$3
  echo "### $title ($commit, $(nproc) cores, $(date -u +%Y-%m-%d))"
  echo
  echo "Wall time: ${seconds} s."
  echo
  echo '```'
  grep -E '^(phases:|kit:)' "$log" || echo "(the kit check printed no phases line)"
  echo '```'
  echo
  echo "| Maven module | time |"
  echo "|---|---|"
  sed -n '/Reactor Summary/,/BUILD /p' "$log" \
    | sed -nE 's/^\[INFO\] (.+[^ .]) \.+ (SUCCESS|FAILURE|SKIPPED) \[ *([^]]+)\]$/| \1 | \3 |/p'
  echo
  echo "Mutation analysis and wrong solutions, per module and exercise:"
  echo
  echo '```'
  awk '/^Kit check$/ {on = 1; next} on && /^  / {print; next} on {exit}' "$log"
  echo '```'
}

full_log="$work/full.log"
full=$(run "$full_log")
report "$full_log" "$full" "Kit build on a fresh clone"

if [ -n "$rerun" ]; then
  printf '\n// kit-build.sh: an edit, to time a re-run\n' >> "$work/kit/$rerun"
  again_log="$work/rerun.log"
  again=$(run "$again_log")
  echo
  report "$again_log" "$again" "Re-run after changing $rerun"
  echo
  awk -v a="$again" -v f="$full" 'BEGIN { printf "Re-run / full run: %d s / %d s = %.2f\n", a, f, a / f }'
fi
