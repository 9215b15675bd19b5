#!/usr/bin/env bash
# Tend's load benchmark: starts the application on a fresh database (embedded H2 or a
# throw-away PostgreSQL cluster), generates one member with a large journal through the API,
# then measures the people list, the person page and search with wrk at 64 concurrent
# connections. Prints p50/p99 and writes bench/out/<db>/results.md.
#
#   bench/load.sh h2|postgres [people=5000] [meetings=100000] [seconds=30]
#
# Needs: a JDK 21+ (found like ./mvnw does), wrk, curl; for postgres, PostgreSQL's server binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-h2}
people=${2:-5000}
meetings=${3:-100000}
seconds=${4:-30}
connections=64
# how long each simulated person reads a page before the next (BENCH_THINK_MS)
think_ms=${BENCH_THINK_MS:-1000}
out="bench/out/$db"
# BENCH_REUSE=1 measures again on the data a previous run generated (the H2 file and the
# PostgreSQL cluster both stay under bench/out/<db>); BENCH_GENERATE_ONLY=1 stops after
# generating, to measure later on a quiet machine
reuse=${BENCH_REUSE:-0}
generate_only=${BENCH_GENERATE_ONLY:-0}
if [ "$reuse" != 1 ]; then rm -rf "$out"; fi
mkdir -p "$out"

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" || echo 0)" -lt 21 ]; then
  for jdk in $(ls -d /usr/lib/jvm/*/ | sort -r); do
    if [ -x "${jdk}bin/javac" ] && [ "$(java_major "${jdk%/}" || echo 0)" -ge 21 ]; then export JAVA_HOME="${jdk%/}"; break; fi
  done
fi
java="$JAVA_HOME/bin/java"
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)"; exit 1; }

jar=$(ls target/tend-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/tend-*.jar | grep -v original | head -n 1); fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port)
base="http://127.0.0.1:$port"
app_pid=""; pg_dir=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  if [ -n "$pg_dir" ]; then
    su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_dir/data' -m fast stop" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# a database generated before later migrations were written takes them in any order
# the depth catch-up (every score recomputed once after start) runs at once and is waited
# for, so that it does not run in the middle of a measurement
env_args=(TEND_DATA_DIR="$out/data" SERVER_PORT="$port" TEND_DB_POOL_SIZE=32 SPRING_FLYWAY_OUT_OF_ORDER=true
  TEND_DEPTH_CATCH_UP_DELAY=PT1S)
if [ "$db" = postgres ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  pg_dir="$PWD/$out/pg"
  pg_port=$(free_port)
  if [ ! -d "$pg_dir/data" ]; then
    mkdir -p "$pg_dir"; chown postgres:postgres "$pg_dir"
    su postgres -s /bin/sh -c "'$pg_bin/initdb' -D '$pg_dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
    fresh_pg=1
  fi
  su postgres -s /bin/sh -c "'$pg_bin/pg_ctl' -D '$pg_dir/data' -l '$pg_dir/log' -w -o \"-p $pg_port -k '$pg_dir' -c listen_addresses=127.0.0.1 -c shared_buffers=512MB -c max_connections=100\" start" >/dev/null
  if [ "${fresh_pg:-0}" = 1 ]; then su postgres -s /bin/sh -c "'$pg_bin/createdb' -h 127.0.0.1 -p $pg_port -U postgres tend"; fi
  env_args+=(SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/tend" SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=)
fi

env "${env_args[@]}" "$java" -Xmx2g -jar "$jar" > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" >/dev/null || { echo "the application did not start: see $out/app.log"; exit 1; }

gen_start=$(date +%s)
if [ "$reuse" = 1 ] && [ -f "$out/member.env" ]; then
  echo "== measuring again on the data generated before"
else
  echo "== generating $people people and $meetings meetings on $db"
  "$java" bench/Generate.java "$base" "$people" "$meetings" "$out" | tee "$out/generate.log"
fi
gen_seconds=$(( $(date +%s) - gen_start ))
if [ "$generate_only" = 1 ]; then echo "== generated in ${gen_seconds}s; measure with BENCH_REUSE=1 bench/load.sh $db"; exit 0; fi
# shellcheck disable=SC1091
. "$out/member.env"
for _ in $(seq 1 300); do grep -q "Depth recomputed" "$out/app.log" && break; sleep 1; done

# 16 browser sessions, as 16 people would have: one shared session would make every request
# wait for the same session row, which Spring Session updates on each request
sessions="$out/sessions.txt"; : > "$sessions"
for n in $(seq 1 16); do
  cookies="$out/cookies-$n.txt"; rm -f "$cookies"
  csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=$BENCH_EMAIL" \
    --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
  awk '$6=="SESSION"{print "SESSION=" $7}' "$cookies" >> "$sessions"
done
[ "$(wc -l < "$sessions")" -eq 16 ] || { echo "could not sign in"; exit 1; }
cookie="Cookie: $(head -n 1 "$sessions")"
status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base/people")
[ "$status" = 200 ] || { echo "GET /people answered $status"; exit 1; }

export BENCH_IDS="$PWD/$out/person-ids.txt" BENCH_WORDS="$PWD/$out/words.txt" BENCH_SESSIONS="$PWD/$sessions"
results="$out/results.md"
{
  echo "### $db — $(date -u +%Y-%m-%d) — $people people, $meetings meetings (generated in ${gen_seconds}s)"
  echo
  echo "\`bench/load.sh $db $people $meetings $seconds\` — wrk, 2 threads, $connections connections, ${seconds}s each, after a 5s warm-up, 16 signed-in sessions;"
  echo "each page twice: saturated (every connection asks again at once) and as $connections people reading each page for about ${think_ms} ms"
  echo
  echo "| page | load | requests/s | p50 | p90 | p99 | errors |"
  echo "|---|---|---|---|---|---|---|"
} > "$results"

measure() {
  local name=$1 script=$2 think=$3 load file
  if [ "$think" = 0 ]; then load="saturated"; else load="reading ~${think} ms"; fi
  file="$out/$name-$think.txt"
  BENCH_THINK_MS=$think wrk -t2 -c"$connections" -d5s -s "bench/$script" "$base" >/dev/null
  BENCH_THINK_MS=$think wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "bench/$script" "$base" > "$file"
  local rps p50 p90 p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' "$file")
  p50=$(awk '$1=="50%"{print $2}' "$file")
  p90=$(awk '$1=="90%"{print $2}' "$file")
  p99=$(awk '$1=="99%"{print $2}' "$file")
  errors=$(awk '/Non-2xx|Socket errors/{print}' "$file" | tr '\n' ' ')
  echo "| $name | $load | $rps | $p50 | $p90 | $p99 | ${errors:-0} |" >> "$results"
}
for think in 0 "$think_ms"; do
  measure "people list" people-list.lua "$think"
  measure "person page" person-page.lua "$think"
  measure "search" search.lua "$think"
done
cat "$results"
