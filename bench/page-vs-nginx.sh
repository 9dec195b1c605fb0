#!/usr/bin/env bash
# Compares Organizer serving a cached article page with nginx serving the same HTML as a static file.
# See docs/benchmarks.md. Everything listens on 127.0.0.1 only and is stopped on exit.
#
#   bench/page-vs-nginx.sh [ARTICLE]          ARTICLE: a path (/en/articles/slug) or http://127.0.0.1:18080/... URL;
#                                              default: the first /en/articles/ link on the /en/ home page
#   bench/page-vs-nginx.sh --static-only FILE  only the nginx half, serving FILE (no jar needed)
#
# Environment: JAVA (default $JAVA_HOME/bin/java, else java; needs 21+), JAR (default target/organizer.jar),
# JAVA_OPTS, DURATION (default 15s), WARMUP (default 5s), CONNECTIONS (default 64), THREADS (default 2).
set -euo pipefail

APP_PORT=18080
NGINX_PORT=18081
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAR=${JAR:-target/organizer.jar}
if [[ -n "${JAVA:-}" ]]; then :; elif [[ -n "${JAVA_HOME:-}" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
STARTUP_TIMEOUT=180

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit "${1:-0}"; }
die() { echo "page-vs-nginx: $*" >&2; exit 1; }

static_only=""
article=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    -h|--help) usage 0 ;;
    --static-only) [[ $# -ge 2 ]] || die "--static-only needs a file"; static_only=$2; shift 2 ;;
    -*) echo "page-vs-nginx: unknown option $1" >&2; usage 2 ;;
    *) [[ -z "$article" ]] || die "only one article may be given"; article=$1; shift ;;
  esac
done
if [[ -n "$static_only" && -n "$article" ]]; then die "give either an article or --static-only FILE"; fi
case "$article" in
  "") ;;
  http://127.0.0.1:$APP_PORT/*|http://localhost:$APP_PORT/*) article=/${article#http://*/} ;;
  http://*|https://*) die "the article must be on this machine's app: http://127.0.0.1:$APP_PORT/..." ;;
  /*) ;;
  *) die "the article must be a path starting with / or a URL on 127.0.0.1:$APP_PORT" ;;
esac

for tool in wrk nginx curl; do command -v "$tool" >/dev/null || [[ -x /usr/sbin/$tool ]] || die "$tool is not installed"; done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
port_free() { ! curl -s --max-time 1 -o /dev/null "http://127.0.0.1:$1/"; }

work=$(mktemp -d /tmp/page-vs-nginx.XXXXXX)
chmod 755 "$work"
app_pid=""
cleanup() {
  if [[ -f "$work/nginx.pid" ]]; then kill -QUIT "$(cat "$work/nginx.pid")" 2>/dev/null || true; fi
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$app_pid" 2>/dev/null; then
      kill -9 "$app_pid" 2>/dev/null || true
      # A killed JVM leaves its embedded PostgreSQL running: stop it too.
      pm="$work/data/postgres/postmaster.pid"
      [[ -f "$pm" ]] && kill "$(head -1 "$pm")" 2>/dev/null || true
    fi
  fi
  sleep 0.5
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

requests_per_second() { # url -> wrk's Requests/sec
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$1" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$1" | tee "$work/wrk.out" >&2
  awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out"
}

start_nginx() { # file path -> serves it for every path on NGINX_PORT
  cp "$1" "$work/page.html"
  chmod 644 "$work/page.html"
  cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  gzip off;
  client_body_temp_path $work/client_body;
  proxy_temp_path $work/proxy;
  fastcgi_temp_path $work/fastcgi;
  uwsgi_temp_path $work/uwsgi;
  scgi_temp_path $work/scgi;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $work;
    default_type "text/html; charset=utf-8";
    location / { try_files /page.html =404; }
  }
}
CONF
  "$NGINX" -p "$work" -c "$work/nginx.conf" || die "nginx did not start (see above)"
  for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$NGINX_PORT/" && return 0; sleep 0.1; done
  die "nginx did not answer on 127.0.0.1:$NGINX_PORT"
}

port_free "$NGINX_PORT" || die "port $NGINX_PORT is already in use"

if [[ -n "$static_only" ]]; then
  [[ -f "$static_only" ]] || die "$static_only is not a file"
  start_nginx "$static_only"
  echo "nginx on 127.0.0.1:$NGINX_PORT serving $static_only ($(stat -c %s "$static_only") bytes)" >&2
  nginx_rps=$(requests_per_second "http://127.0.0.1:$NGINX_PORT/")
  echo "nginx static file: $nginx_rps requests/s"
  exit 0
fi

[[ -f "$JAR" ]] || die "$JAR not found: build it first (./mvnw -B package -DskipTests)"
port_free "$APP_PORT" || die "port $APP_PORT is already in use"

started=$(date +%s.%N)
# shellcheck disable=SC2086
"$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --demo --server.port=$APP_PORT --server.address=127.0.0.1 \
  --organizer.data-dir="$work/data" --organizer.base-url="http://127.0.0.1:$APP_PORT" >"$work/app.log" 2>&1 &
app_pid=$!
healthy=""
deadline=$(( $(date +%s) + STARTUP_TIMEOUT ))
while [[ $(date +%s) -lt $deadline ]]; do
  kill -0 "$app_pid" 2>/dev/null || { tail -40 "$work/app.log" >&2; die "the application exited during start-up"; }
  if curl -sf --max-time 2 "http://127.0.0.1:$APP_PORT/actuator/health" | grep -q '"UP"'; then healthy=$(date +%s.%N); break; fi
  sleep 0.2
done
[[ -n "$healthy" ]] || { tail -40 "$work/app.log" >&2; die "not healthy within ${STARTUP_TIMEOUT}s"; }
startup=$(awk -v a="$started" -v b="$healthy" 'BEGIN {printf "%.1f", b - a}')
echo "start-up to healthy: ${startup}s" >&2

if [[ -z "$article" ]]; then
  article=$(curl -sf --max-time 10 "http://127.0.0.1:$APP_PORT/en/" | grep -o 'href="/en/articles/[^"]*"' | head -1 | sed 's/^href="//; s/"$//') || true
  [[ -n "$article" ]] || die "no /en/articles/ link on http://127.0.0.1:$APP_PORT/en/; pass an article path"
fi
app_url="http://127.0.0.1:$APP_PORT$article"
status=$(curl -s --max-time 10 -o "$work/article.html" -D "$work/article.headers" -w '%{http_code}' "$app_url")
[[ "$status" == 200 ]] || die "$app_url answered $status"
grep -qi '^etag:' "$work/article.headers" \
  || echo "warning: $article has no ETag, so it is not served from the page cache" >&2
echo "article $article: $(stat -c %s "$work/article.html") bytes" >&2

start_nginx "$work/article.html"
cmp -s "$work/article.html" <(curl -s --max-time 5 "http://127.0.0.1:$NGINX_PORT$article") || die "nginx serves other bytes"

echo "== Organizer $app_url" >&2
app_rps=$(requests_per_second "$app_url")
echo "== nginx http://127.0.0.1:$NGINX_PORT$article" >&2
nginx_rps=$(requests_per_second "http://127.0.0.1:$NGINX_PORT$article")

echo
echo "start-up to healthy:  ${startup}s"
echo "page:                 $article ($(stat -c %s "$work/article.html") bytes, no compression)"
echo "Organizer (cache):    $app_rps requests/s"
echo "nginx (static file):  $nginx_rps requests/s"
awk -v a="$app_rps" -v n="$nginx_rps" 'BEGIN {printf "ratio Organizer/nginx: %.2f\n", a / n}'
