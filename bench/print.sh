#!/usr/bin/env bash
# Times the printed edition: a generated tabloid edition of 40 articles with 30 lead photos (1600 px JPEGs
# drawn in code), rendered to PDF WARMUP times, then RUNS times measured. See docs/benchmarks.md.
# No database, no Spring: org.organizer.print.PrintBenchmark (src/test/java) with EditionPrinter as in prod.
#
#   bench/print.sh [WARMUP [RUNS [OUT.pdf]]]     defaults: 3 warm-up renders, 10 measured
#
# Environment: JAVA_HOME (needs 25), JAVA_OPTS (default -Xmx1g), SKIP_BUILD=1 to reuse target/ as built.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [[ -z "${SKIP_BUILD:-}" ]]; then
  ./mvnw -B -o -q test-compile
fi
if [[ ! -f target/bench-classpath.txt || pom.xml -nt target/bench-classpath.txt ]]; then
  ./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
fi
# FOP and the printer log every page at INFO; only the benchmark's own lines and problems are shown.
"$JAVA" ${JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.organizer.print.PrintBenchmark "${1:-3}" "${2:-10}" ${3:+"$3"} \
  | grep -v -E '^[0-9:.]+ \[[^]]*\] (INFO|DEBUG) |coverage set class table not yet supported'  || true
