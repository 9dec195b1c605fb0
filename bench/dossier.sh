#!/usr/bin/env bash
# Times the dossier of a case: a generated case with EVENTS events (every field filled, as its team sees it),
# laid out by the production DossierLayout and rendered by the print engine (print.PdfDocuments, the FOP setup
# of the printed edition), WARMUP times, then RUNS times measured. See docs/benchmarks.md.
# No database, no Spring: org.organizer.cases.dossier.DossierBenchmark (src/test/java).
#
#   bench/dossier.sh [EVENTS [WARMUP [RUNS [LANG [OUT.pdf]]]]]   defaults: 200 events, 3 warm-up, 10 measured, en
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
# FOP logs at INFO and warns per Arabic run; only the benchmark's own lines and problems are shown.
"$JAVA" ${JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.organizer.cases.dossier.DossierBenchmark "${1:-200}" "${2:-3}" "${3:-10}" "${4:-en}" ${5:+"$5"} \
  | grep -v -E '^[0-9:.]+ \[[^]]*\] (INFO|DEBUG) |coverage set class table not yet supported' || true
