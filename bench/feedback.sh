#!/usr/bin/env bash
# How fast is feedback on one exercise? Times, on the same exercise and the same code:
#   (a) the Maven Wrapper running the exercise's test class:
#         ./mvnw -q test -pl exercises/<module> -Dtest=<TestClass>
#   (b) a cold ./roadmap check <id>: a fresh JVM each time
#   (c) warm re-checks inside ./roadmap watch <id>: from touching the exercise's file to the
#       verdict, debounce included; (c') the same with the scan alone (ROADMAP_WATCH=poll), the
#       path of platforms without useful file-system events
#   (d) warm re-checks in one long-lived runner: ./roadmap dev bench <id> (no file watching)
# Before each timed run the exercise's file is touched, as a save would, so every run compiles.
# Run it on unsolved code (as on a fresh clone): watch moves on once an exercise passes.
#
# Usage: bench/feedback.sh [exercise-id] [runs]      (defaults: caching/lru-cache, 5)
# Needs only a JDK, bash (4.4+ for EPOCHREALTIME) and the Maven Wrapper. Prints a Markdown table.
set -euo pipefail

cd "$(dirname "$0")/.."
id=${1:-caching/lru-cache}
runs=${2:-5}
watch_runs=$((runs * 4))
module=${id%%/*}
name=${id#*/}
catalog="exercises/$module/exercises.yaml"
mvnw=${ROADMAP_MVNW:-./mvnw}

[ -f "$catalog" ] || { echo "bench: no module exercises/$module" >&2; exit 2; }
# The exercise's first file and first test class, from its catalog entry.
entry=$(awk -v id="$name" '
  /^  - id:/ { inside = ($3 == id) }
  inside { print }' "$catalog")
file="exercises/$module/$(printf '%s\n' "$entry" | awk '/^    files:/ {f=1; next} f && /^      - / {print $2; exit}')"
test_class=$(printf '%s\n' "$entry" | awk '/^    tests:/ {f=1; next} f && /^      - / {print $2; exit}')
test_class=${test_class##*.}
[ -f "$file" ] || { echo "bench: $id has no file to touch ($file)" >&2; exit 2; }

now() { echo "${EPOCHREALTIME/[.,]/}"; }   # microseconds
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2)}'; }
minimum() { sort -n | head -n 1; }
maximum() { sort -n | tail -n 1; }
show() { # microseconds -> "123 ms" or "4.56 s"
  awk -v us="$1" 'BEGIN { if (us < 1000000) printf "%d ms", us / 1000; else printf "%.2f s", us / 1000000 }'
}

echo "bench: $id ($file, $test_class), $runs runs each; preparing..." >&2
./roadmap --version >/dev/null
$mvnw -q -B test-compile -pl "exercises/$module" -am >/dev/null 2>&1
touch "$file"
./roadmap check "$id" >/dev/null 2>&1 || true          # first run after a build: archives classes
$mvnw -q -B test -pl "exercises/$module" -Dtest="$test_class" >/dev/null 2>&1 || true
if ./roadmap check "$id" >/dev/null 2>&1; then
  echo "bench: $id passes already; run the benchmark on unsolved code (./roadmap reset $id)" >&2
  exit 2
fi

declare -a maven cold
for _ in $(seq "$runs"); do
  touch "$file"
  start=$(now)
  $mvnw -q -B test -pl "exercises/$module" -Dtest="$test_class" >/dev/null 2>&1 || true
  maven+=($(( $(now) - start )))
done
for _ in $(seq "$runs"); do
  touch "$file"
  start=$(now)
  ./roadmap check "$id" >/dev/null 2>&1 || true
  cold+=($(( $(now) - start )))
done

# (c): watch writes to a FIFO; a re-check ends at its verdict line, as the learner sees it. Run
# twice: as it runs by default (file-system events and a scan every 100 ms), and with the scan
# alone (ROADMAP_WATCH=poll), the path of platforms whose events are slow or missing (macOS's JDK
# polls every few seconds; WSL2's Windows drives and network file systems send none).
time_watch() { # mode (events or poll); sets the array warm
  local mode=$1 fifo watch_pid i start end
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  if [ "$mode" = poll ]; then
    ROADMAP_WATCH=poll ./roadmap watch "$id" >"$fifo" 2>&1 &
  else
    ./roadmap watch "$id" >"$fifo" 2>&1 &
  fi
  watch_pid=$!
  trap 'kill "$watch_pid" 2>/dev/null || true; rm -f "$fifo"' EXIT
  exec 3<"$fifo"
  await_watching
  sleep 1 # let the first check's background work settle
  warm=()
  for i in $(seq $((watch_runs + 2))); do
    start=$(now)
    touch "$file"
    await_verdict
    end=$(now)
    await_watching
    [ "$i" -gt 2 ] && warm+=($(( end - start )))       # two untimed re-checks warm the JIT
  done
  kill "$watch_pid" 2>/dev/null || true
  wait "$watch_pid" 2>/dev/null || true
  exec 3<&-
  rm -f "$fifo"
  trap - EXIT
}
await_watching() { # watch is ready for the next save
  local line
  while IFS= read -r -t 120 line <&3; do
    case "$line" in watching*) return 0 ;; esac
  done
  echo "bench: watch stopped answering" >&2
  exit 1
}
await_verdict() { # the line a learner reads the outcome on
  local line
  while IFS= read -r -t 120 line <&3; do
    case "$line" in *" $id: "* | *" $id passes: "* | *" $id does not compile"*) return 0 ;; esac
  done
  echo "bench: watch stopped answering" >&2
  exit 1
}
declare -a warm warm_events warm_poll
time_watch events
warm_events=("${warm[@]}")
time_watch poll
warm_poll=("${warm[@]}")

bench_line=$(./roadmap dev bench "$id" --runs "$watch_runs" --warmup 5 | tail -n 1)
runner_ms=$(printf '%s\n' "$bench_line" | sed -n 's/.*median \([0-9]*\) ms.*/\1/p')

m_med=$(printf '%s\n' "${maven[@]}" | median)
c_med=$(printf '%s\n' "${cold[@]}" | median)
w_med=$(printf '%s\n' "${warm_events[@]}" | median)
p_med=$(printf '%s\n' "${warm_poll[@]}" | median)
row() { # label, runs, values...
  local label=$1 count=$2
  shift 2
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$count" \
    "$(show "$(printf '%s\n' "$@" | median)")" \
    "$(show "$(printf '%s\n' "$@" | minimum)")" \
    "$(show "$(printf '%s\n' "$@" | maximum)")"
}

echo
echo "Feedback on \`$id\` ($test_class), $(date -u +%Y-%m-%d): $(nproc) cores," \
  "$(java -version 2>&1 | head -n 1), $(uname -sm), load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
echo
echo "| What | Runs | Median | Min | Max |"
echo "| --- | --- | --- | --- | --- |"
row "(a) \`./mvnw -q test -pl exercises/$module -Dtest=$test_class\`" "$runs" "${maven[@]}"
row "(b) cold \`./roadmap check $id\`" "$runs" "${cold[@]}"
row "(c) warm re-check in \`./roadmap watch $id\` (save to verdict)" "$watch_runs" "${warm_events[@]}"
row "(c') the same with the scan alone (\`ROADMAP_WATCH=poll\`: no file-system events)" "$watch_runs" "${warm_poll[@]}"
echo "| (d) warm re-check in one long-lived runner (\`./roadmap dev bench $id\`) | $watch_runs | ${runner_ms:-?} ms | | |"
echo
verdict() { if [ "$1" = 1 ]; then echo "met"; else echo "MISSED"; fi; }
echo "Targets: warm median <= 200 ms: $(verdict $((w_med <= 200000)))" \
  "($(show "$w_med")); cold <= 1.5 s: $(verdict $((c_med <= 1500000))) ($(show "$c_med"));" \
  "scan alone within 200 ms of events: $(verdict $((p_med <= w_med + 200000))) ($(show "$p_med"));" \
  "warm at least 10x faster than Maven: $(verdict $((m_med >= 10 * w_med))) ($(awk -v m="$m_med" -v w="$w_med" 'BEGIN { printf "%.0fx", m / w }'))."
