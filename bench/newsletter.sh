#!/usr/bin/env bash
# Newsletter benchmark: queues one newsletter to N confirmed readers (en, es, ar) through the service the
# admin page uses and lets this node deliver it to a local SMTP server that discards what it gets
# (org.organizer.bench.SmtpSink, in its own JVM). Prints the time to queue, the delivery rate and memory
# while sending. See docs/benchmarks.md.
#
#   bench/newsletter.sh [--readers N] [--threads T]      defaults: 100,000 readers, 16 delivery threads
#
# Environment: JAVA_HOME (needs 21+; default /usr/lib/jvm/temurin-25-jdk-amd64 when present),
# JAVA_OPTS (default -Xmx1g -XX:+UseG1GC), SKIP_BUILD=1 to reuse target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:--Xmx1g -XX:+UseG1GC}
CP_FILE=target/bench.classpath

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[[ -f "$CP_FILE" ]] || { echo "newsletter.sh: $CP_FILE missing; run without SKIP_BUILD" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

# shellcheck disable=SC2086
exec "$JAVA" $JAVA_OPTS -cp "$CP" org.organizer.bench.NewsletterBenchmark "$@"
