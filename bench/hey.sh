#!/usr/bin/env bash
# The people list and search measured from outside with Debian's hey, as issue 16 measured
# them: 64 connections each offering 8 requests a second (512 a second in all) for 30 s, on
# H2 with one member holding 2,000 people and 20,000 meetings, with a signed-in session.
#
#   bench/hey.sh [people=2000] [meetings=20000] [duration=30s] [word=<first of words.txt>]
#
# Needs: a JDK 21+ (JAVA_HOME), hey (apt-get install hey), curl. BENCH_REUSE=1 measures again
# on the data of the previous run (bench/out/hey). BENCH_CONNECTIONS (64) and BENCH_QPS (8, per
# connection) change the offered load: e.g. BENCH_CONNECTIONS=8 for 64 requests a second;
# BENCH_JAVA_OPTS adds JVM options (a JFR recording, say).
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-2000}
meetings=${2:-20000}
duration=${3:-30s}
qps=${BENCH_QPS:-8}
conns=${BENCH_CONNECTIONS:-64}
out="bench/out/hey"
if [ "${BENCH_REUSE:-0}" != 1 ]; then rm -rf "$out"; fi
mkdir -p "$out"
java="${JAVA_HOME:?set JAVA_HOME to a JDK 21+}/bin/java"
command -v hey >/dev/null || { echo "hey is needed (apt-get install hey)"; exit 1; }
jar=$(ls target/tend-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ]; then ./mvnw -q -B -DskipTests package; jar=$(ls target/tend-*.jar | grep -v original | head -n 1); fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap cleanup EXIT
env TEND_DATA_DIR="$out/data" SERVER_PORT="$port" TEND_DB_POOL_SIZE=32 TEND_DEPTH_CATCH_UP_DELAY=PT1S \
  "$java" -Xmx2g ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 600); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" >/dev/null || { echo "the application did not start: see $out/app.log"; exit 1; }

if [ "${BENCH_REUSE:-0}" != 1 ] || [ ! -f "$out/member.env" ]; then
  echo "== generating $people people and $meetings meetings on H2"
  "$java" bench/Generate.java "$base" "$people" "$meetings" "$out" | tee "$out/generate.log"
fi
# shellcheck disable=SC1091
. "$out/member.env"
for _ in $(seq 1 300); do grep -q "Depth recomputed" "$out/app.log" && break; sleep 1; done

cookies="$out/cookies.txt"; rm -f "$cookies"
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"$//')
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=$BENCH_EMAIL" \
  --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login"
cookie="Cookie: SESSION=$(awk '$6=="SESSION"{print $7}' "$cookies")"
word=${4:-$(head -n 1 "$out/words.txt" | tr ' ' '+')}
for path in /people "/search?q=$word"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "$cookie" "$base$path")
  [ "$status" = 200 ] || { echo "GET $path answered $status"; exit 1; }
done

results="$out/results.md"
{
  echo "### hey — $(date -u +%Y-%m-%d) — H2, $people people, $meetings meetings, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "\`bench/hey.sh $people $meetings $duration\`: \`hey -c $conns -q $qps -z $duration -H 'Cookie: SESSION=…'\` per page, one signed-in session, after a 5 s warm-up; search for \"${word//+/ }\""
  echo
  echo "| page | requests/s | p50 | p90 | p99 | non-200 |"
  echo "|---|---|---|---|---|---|"
} > "$results"
measure() {
  local name=$1 path=$2 file="$out/$1.txt"
  hey -c "$conns" -q "$qps" -z 5s -H "$cookie" "$base$path" > /dev/null
  hey -c "$conns" -q "$qps" -z "$duration" -H "$cookie" "$base$path" > "$file"
  local rps p50 p90 p99 other
  rps=$(awk '/Requests\/sec/{print $2}' "$file")
  p50=$(awk '/ 50% in/{printf "%.1f ms", $3 * 1000}' "$file")
  p90=$(awk '/ 90% in/{printf "%.1f ms", $3 * 1000}' "$file")
  p99=$(awk '/ 99% in/{printf "%.1f ms", $3 * 1000}' "$file")
  other=$(awk '/^Status code distribution/{s=1; next} s && /\[/{ if ($1 != "[200]") n += $2 } END {print n + 0}' "$file")
  echo "| $name | $rps | $p50 | $p90 | $p99 | $other |" >> "$results"
}
measure "people list" /people
measure "search" "/search?q=$word"
cat "$results"
