#!/usr/bin/env bash
# Search benchmark: indexes a generated corpus (en, es, ar, it, pt, fr) and times the public search.
# See docs/benchmarks.md. Runs offline; the index goes to a temporary directory, deleted on exit.
#
#   bench/search.sh [--articles N] [--queries Q] [--warmup W] [--threads T] [--generators G] [--seed S]
#                   [--data-dir DIR] [--page-size P]
#   bench/search.sh corpus [--articles N] [--seed S]     prints the generated articles as JSON lines
#
# Defaults: 1,000,000 articles, 1,000 warm-up and 2,000 measured queries on 1 thread.
# Environment: JAVA_HOME (needs 25; default /usr/lib/jvm/temurin-25-jdk-amd64 when present),
# JAVA_OPTS (default -Xmx4g -XX:+UseG1GC), SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:--Xmx4g -XX:+UseG1GC}
CP_FILE=target/search-bench.classpath

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[[ -f "$CP_FILE" ]] || { echo "search.sh: $CP_FILE missing; run without SKIP_BUILD" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

main=org.organizer.search.SearchBenchmark
if [[ "${1:-}" == corpus ]]; then
  shift
  main=org.organizer.search.CorpusGenerator
fi
# shellcheck disable=SC2086
exec "$JAVA" $JAVA_OPTS -cp "$CP" "$main" "$@"
