#!/usr/bin/env bash
# Case list benchmark: starts Organizer on a fresh embedded PostgreSQL, writes N generated cases with M events
# in bulk (case-team values sealed as the application seals them, public values behind consents as the pages
# write them), then times the filtered lists over HTTP without the page cache: the administrators' list, the
# public list and the public API, each with no filter, a country, a country and a status, and a status.
# See docs/benchmarks.md ("Cases").
#
#   bench/cases.sh [--cases N] [--events M] [--requests R] [--warmup W] [--seed S]
#
# Defaults: 50,000 cases, 500,000 events, 2,000 measured and 300 warm-up requests per list, seed 42.
# Environment: JAVA_HOME (needs 25; default /usr/lib/jvm/temurin-25-jdk-amd64 when present),
# JAVA_OPTS (default -Xmx2g -XX:+UseG1GC), SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

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
[[ -f "$CP_FILE" ]] || { echo "cases.sh: $CP_FILE missing; run without SKIP_BUILD" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

# shellcheck disable=SC2086
exec "$JAVA" $JAVA_OPTS -cp "$CP" org.organizer.cases.CasesBenchmark "$@"
