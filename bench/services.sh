#!/usr/bin/env bash
# How long does each way of getting a real service take, from nothing to the first usable
# connection? For PostgreSQL and Redis, each path this machine has: the environment's URL (when
# ROADMAP_POSTGRES_URL / ROADMAP_REDIS_URL are set), a redis-server on the PATH, the embedded
# servers from Maven (PostgreSQL 15 from io.zonky.test:embedded-postgres, Redis from
# com.github.codemonstur:embedded-redis) and H2. Docker is never asked. Prints a Markdown table.
#
# Usage: bench/services.sh [runs]     (default 3; each run starts a fresh registry and server)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
case "$runs" in (*[!0-9]*|'') echo "services: runs must be a number, not '$runs'" >&2; exit 2 ;; esac
./mvnw -B -q install -DskipTests -pl exercises/support -am
./mvnw -B -q -pl exercises/support test-compile exec:java \
  -Dexec.mainClass=dev.roadmapkit.support.services.ServiceStartupBench \
  -Dexec.classpathScope=test -Dexec.args="$runs" -Dexec.cleanupDaemonThreads=false
