#!/usr/bin/env bash
# Network benchmark: on a fresh data directory loaded with the demo, (a) gives the demo call N public endorsers
# from C countries and runs wrk, warm, against its Spanish page (requests/s and p99); (b) posts endorsements to
# POST /api/v1/calls/{id}/endorsements at R per second for S seconds, after a warm-up of the same rate and its
# confirmation mails, and checks that every 202 answer left an unconfirmed endorsement in the database (none lost); (c) gives the demo day of action A actions in gazetteer
# cities and measures its map SVG raw and gzip-compressed. See docs/benchmarks.md.
#
#   bench/network.sh [--endorsers N] [--countries C] [--rate R] [--load-seconds S] [--load-warmup S] [--actions A]
#                    [--duration D] [--warmup W] [--connections K] [--threads T] [--parts abc]
#   bench/network.sh --small          500 endorsers, 50/s for 10 s, 100 actions, wrk 10 s: checks the script works
#
# Defaults: 20,000 endorsers from 120 countries, 500/s for 30 s after 60 s of warm-up, 3,000 actions,
# wrk -t2 -c64 -d30s after 10 s.
# The form rate limit is raised for the run (--organizer.rate-limit.per-minute), since every submission comes
# from 127.0.0.1. Needs wrk (apt-get install wrk). The data directory is temporary and deleted on exit.
# Environment: JAVA_HOME (needs 25; default /usr/lib/jvm/temurin-25-jdk-amd64 when present),
# JAVA_OPTS (default -Xmx2g -XX:+UseG1GC), SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit "${1:-0}"; }
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage 0 ;;
    --small) args+=(--endorsers 500 --rate 50 --load-seconds 10 --load-warmup 3 --actions 100 --duration 10s --warmup 3s); shift ;;
    --endorsers|--countries|--rate|--load-seconds|--load-warmup|--actions|--duration|--warmup|--connections|--threads|--parts)
      [[ $# -ge 2 ]] || { echo "network.sh: $1 needs a value" >&2; exit 2; }
      args+=("$1" "$2"); shift 2 ;;
    *) echo "network.sh: unknown option $1" >&2; usage 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "network.sh: wrk is not installed (apt-get install wrk)" >&2; exit 1; }

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:--Xmx2g -XX:+UseG1GC}
CP_FILE=target/bench.classpath

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[[ -f "$CP_FILE" ]] || { echo "network.sh: $CP_FILE missing; run without SKIP_BUILD" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

data=$(mktemp -d /tmp/network-bench.XXXXXX)
trap 'rm -rf "$data"' EXIT
# Later options win, so those given after --small change it.
# shellcheck disable=SC2086
"$JAVA" $JAVA_OPTS -cp "$CP" org.organizer.bench.NetworkBenchmark --data-dir "$data/data" "${args[@]}"
