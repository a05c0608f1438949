#!/usr/bin/env bash
# Grades a class's repository (made by ./roadmap assign) the way GitHub Classroom does, on this
# machine: each grading step of its .github/workflows/classroom.yml runs as the workflow runs it
# (bash, from the repository's root, with the step's env and a $GITHUB_OUTPUT file), and then the
# real code of the classroom-resources grading reporter sums the steps' results and prints its
# "Points X/Y" notice, the number Classroom records. The reporter's sources are not part of this
# repository: give their directory (the one holding autograding-grading-reporter/), or set
# CLASSROOM_ACTIONS; node and npm are needed (the reporter's @actions/core comes from npm).
#
# Usage: bench/classroom.sh CLASS_REPO [ACTIONS_DIR]
# Services the steps name (ROADMAP_REDIS_URL=redis://localhost:6379, ...) must be up, as on GitHub.
set -euo pipefail
repo=$(cd "${1:?usage: bench/classroom.sh CLASS_REPO [ACTIONS_DIR]}" && pwd)
actions=${2:-${CLASSROOM_ACTIONS:-$(dirname "$0")/../../shared/realclients/classroom-actions}}
workflow=$repo/.github/workflows/classroom.yml
[ -f "$workflow" ] || { echo "classroom: no $workflow; make one with ./roadmap assign" >&2; exit 2; }
[ -f "$actions/autograding-grading-reporter/src/main.js" ] \
  || { echo "classroom: no grading reporter under '$actions' (give ACTIONS_DIR)" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null \
  || { echo "classroom: node and npm are needed (apt-get install -y nodejs npm)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "classroom: python3 is needed to read the workflow" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/classroom.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp -r "$actions/autograding-grading-reporter" "$work/reporter"
(cd "$work/reporter" && npm install --silent --no-audit --no-fund @actions/core@1 cli-table3@0.6 >/dev/null 2>&1) \
  || { echo "classroom: npm install of @actions/core failed" >&2; exit 2; }

# One file per grading step: its id, then its env as NAME=VALUE lines, then its script.
python3 - "$workflow" "$work" <<'PY'
import sys, yaml
workflow, work = sys.argv[1], sys.argv[2]
steps = yaml.safe_load(open(workflow))['jobs']['autograding']['steps']
runners = []
for step in steps:
    if 'autograding-grading-reporter' in step.get('uses', ''):
        runners = [r.strip() for r in step['with']['runners'].split(',')]
for n, step in enumerate(s for s in steps if s.get('id') and 'run' in s):
    with open(f"{work}/step{n:03d}.env", 'w') as env:
        for name, value in (step.get('env') or {}).items():
            env.write(f"{name}={value}\n")
    with open(f"{work}/step{n:03d}.sh", 'w') as script:
        script.write(step['run'])
    with open(f"{work}/step{n:03d}.id", 'w') as ident:
        ident.write(step['id'])
with open(f"{work}/runners", 'w') as out:
    out.write(','.join(runners))
PY

reporter_env=()
for script in "$work"/step*.sh; do
  base=${script%.sh}
  id=$(cat "$base.id")
  : >"$base.output"
  step_env=()
  while IFS= read -r line; do [ -n "$line" ] && step_env+=("$line"); done <"$base.env"
  (cd "$repo" && env "${step_env[@]}" GITHUB_OUTPUT="$base.output" bash -e "$script" >"$base.log" 2>&1) \
    || echo "step $id: the step itself failed; see its log: $(tail -3 "$base.log")"
  result=$(sed -n 's/^result=//p' "$base.output" | head -1)
  reporter_env+=("$(echo "$id" | tr '[:lower:]' '[:upper:]')_RESULTS=$result")
  echo "step $id: $(echo "$result" | base64 -d 2>/dev/null | python3 -c 'import json,sys;r=json.load(sys.stdin);print(r["status"],sum(t["score"] for t in r["tests"]),"/",r["max_score"])' 2>/dev/null || echo 'no result')"
done
env -i PATH="$PATH" HOME="$HOME" "INPUT_RUNNERS=$(cat "$work/runners")" "${reporter_env[@]}" \
  node "$work/reporter/src/main.js" >"$work/reporter.log" 2>&1 || true
grep -E '::notice|::error' "$work/reporter.log" || { echo "classroom: the reporter said:"; cat "$work/reporter.log"; exit 1; }
