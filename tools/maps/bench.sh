#!/usr/bin/env bash
# Loose measurements of the maps module (gazetteer load and heap, SVG sizes, render times); writes sample
# maps to target/maps/*.svg. See docs/maps.md. SKIP_BUILD=1 reuses target/ as it is.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
CP_FILE=target/maps-bench.classpath
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -Xmx512m -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  org.organizer.maps.MapsBenchmark
