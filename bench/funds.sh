#!/usr/bin/env bash
# Funds benchmark: generates one fund with N ledger entries in 20 currencies (SQL generate_series, inserts only,
# so the ledger's append-only and reversal/approval triggers hold), a rate for every currency and day, and
# pledges; then times the public totals uncached (PublicFunds.summary, p50/p95 over R runs), the fund page and
# an article page warm under the same wrk settings, and a generated bank statement imported twice through
# StatementImport (the second import adds nothing). See docs/benchmarks.md ("Funds").
#
#   bench/funds.sh [--entries N] [--days D] [--pledges P] [--runs R] [--statement-rows S]
#                  [--duration 15s] [--warmup 5s] [--connections 64] [--threads 2] [--port 18090] [--no-wrk]
#   bench/funds.sh --small        the same at small scale: 20,000 entries, 2,000 statement rows, 5 s of wrk
#
# Defaults: 1,000,000 entries over 365 days, 1,000 pledges, 50 runs, 100,000 statement rows.
# Environment: JAVA_HOME (needs 25; default /usr/lib/jvm/temurin-25-jdk-amd64 when present),
# JAVA_OPTS (default -Xmx2g -XX:+UseG1GC), SKIP_BUILD=1 to reuse target/ as it is. Needs wrk unless --no-wrk.
# The app listens on 127.0.0.1 only; its data directory is a new temporary directory.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
JAVA_OPTS=${JAVA_OPTS:--Xmx2g -XX:+UseG1GC}
CP_FILE=target/bench.classpath

args=()
for arg in "$@"; do
  if [[ "$arg" == --small ]]; then
    args+=(--entries 20000 --days 60 --pledges 100 --runs 20 --statement-rows 2000 --duration 5s --warmup 2s)
  else
    args+=("$arg")
  fi
done
if [[ ! " ${args[*]:-} " == *" --no-wrk "* ]] && ! command -v wrk >/dev/null; then
  echo "funds.sh: wrk is not installed (or pass --no-wrk)" >&2
  exit 1
fi

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q -o test-compile
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
fi
[[ -f "$CP_FILE" ]] || { echo "funds.sh: $CP_FILE missing; run without SKIP_BUILD" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

# shellcheck disable=SC2086
exec "$JAVA" $JAVA_OPTS -cp "$CP" org.organizer.bench.FundsBenchmark "${args[@]}"
