#!/usr/bin/env bash
# The community round benchmark (issue 14): a community of N opted-in members (10,000), its
# round previewed and published through the API, and every introduction delivered through
# the mail outbox to a local SMTP server (bench/SmtpSink.java, GreenMail), each once.
#
#   bench/community.sh [members=10000] [extra application arguments...]
#
# e.g. bench/community.sh 10000 --tend.mail.batch-size=50 --tend.mail.send-every=PT30S
#
# Counts only the round's mails (introductions and "no partner this time", by subject), not
# the next round's "skip?" notices, and reports the whole round's time, the delivery rate,
# duplicates (copies of a Message-ID, recipients with two) and send errors (the outbox rows
# and the log). BENCH_JAVA_OPTS adds JVM options to the application (a JFR recording, say);
# BENCH_JAR runs another build (an earlier commit's jar, to compare on the same machine).
#
# The organizer signs up and creates the community through the API; the other members and
# their profiles are written with SQL (10,000 sign-ups would spend a quarter of an hour
# hashing passwords, which is not what is measured). Needs PostgreSQL: BENCH_DB_URL (default
# jdbc:postgresql://127.0.0.1:55432/tend_community, whose public schema is dropped!), psql,
# curl, jq, python3 and a JDK 21+.
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-10000}; shift || true
out="bench/out/community"; rm -rf "$out"; mkdir -p "$out"
db_url=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:55432/tend_community}
hostport=${db_url#jdbc:postgresql://}; dbname=${hostport#*/}; hostport=${hostport%%/*}
psql_db() { psql -q -h "${hostport%:*}" -p "${hostport#*:}" -U "${BENCH_DB_USER:-postgres}" -d "$dbname" -v ON_ERROR_STOP=1 "$@"; }
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"

jar=${BENCH_JAR:-$(ls target/tend-*.jar 2>/dev/null | grep -v original | head -n 1 || true)}
if [ -z "$jar" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  ./mvnw -q -B -DskipTests package; jar=$(ls target/tend-*.jar | grep -v original | head -n 1)
fi
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$out/cp.txt" >/dev/null

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
smtp_port=$(free_port); port=$(free_port); base="http://127.0.0.1:$port"; app_pid=""; smtp_pid=""
cleanup() { for p in $app_pid $smtp_pid; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
# counts the round's mails only (an introduction, or "no partner this time"), not the next
# round's "skip?" notices that the round job may queue meanwhile
"$java" -cp "$(cat "$out/cp.txt")" bench/SmtpSink.java "$smtp_port" "$out/smtp.status" \
  '^(Coffee in .*: meet |Round [0-9]+ of .*: no partner this time$)' > "$out/smtp.log" 2>&1 &
smtp_pid=$!

psql_db -c 'drop schema public cascade; create schema public;'
env TEND_DATA_DIR="$out/data" SERVER_PORT="$port" SPRING_DATASOURCE_URL="$db_url" \
  SPRING_DATASOURCE_USERNAME="${BENCH_DB_USER:-postgres}" SPRING_DATASOURCE_PASSWORD="" \
  "$java" -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" --spring.mail.host=127.0.0.1 --spring.mail.port="$smtp_port" \
  --tend.community.check-every=PT24H "$@" > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" >/dev/null || { echo "the application did not start: see $out/app.log"; exit 1; }

post() { curl -sf -X POST "$base$1" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "${2:-{\}}"; }
signup=$(curl -sf -X POST "$base/api/v1/accounts" -H 'Content-Type: application/json' \
  -d '{"email":"organizer@example.org","password":"correct horse battery","displayName":"Ana Organizer"}')
token=$(jq -r .token <<<"$signup")
community=$(post /api/v1/communities '{"name":"Ten thousand coffees","cadence":"weekly","timezone":"Europe/Madrid"}' | jq -r .id)
curl -sf -X PUT "$base/api/v1/communities/$community/profile" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"headline":"Organizer","topics":["rust","ceramics"],"asks":["pricing advice"],"offers":["grant writing"],"city":"Valencia","timezone":"Europe/Madrid","mode":"either"}' >/dev/null

# the other members: accounts and profiles drawn from small vocabularies, as a real community's
python3 - "$members" "$community" > "$out/members.sql" <<'PY'
import random, sys, uuid
n, community = int(sys.argv[1]) - 1, sys.argv[2]
rnd = random.Random(14)
topics = ["rust", "ceramics", "climate", "design", "funding", "pricing", "hiring", "kilns", "retail", "ai", "music", "cycling",
          "open source", "teaching", "writing", "health", "energy", "food", "travel", "photography"] + [f"topic {i}" for i in range(80)]
phrases = ["pricing advice", "grant writing", "rust mentoring", "design reviews", "hiring", "a ceramics teacher", "legal basics",
           "fundraising", "marketing", "sales coaching", "public speaking", "data analysis"] + [f"help with thing {i}" for i in range(40)]
cities = ["Valencia", "Madrid", "Lisbon", "Berlin", "Paris", "London", "Lagos", "Nairobi", "Toronto", "Austin", None]
zones = ["Europe/Madrid", "Europe/Lisbon", "Europe/Berlin", "Europe/London", "Africa/Lagos", "Africa/Nairobi", "America/Toronto",
         "America/Chicago", "Asia/Kolkata", "Asia/Tokyo"]
modes = ["in_person", "virtual", "either"]
def q(s): return "null" if s is None else "'" + s.replace("'", "''") + "'"
print("begin;")
for i in range(n):
    mid = uuid.UUID(int=rnd.getrandbits(128), version=4)
    print(f"insert into account (id, email, password_hash, display_name, time_zone, demo, created_at) values ('{mid}', 'member{i}@example.org', '{{noop}}x', 'Member {i}', 'UTC', false, now());")
    t = "\n".join(rnd.sample(topics, 3)); a = "\n".join(rnd.sample(phrases, 2)); o = "\n".join(rnd.sample(phrases, 2))
    print(f"insert into community_member (community_id, member_id, role, status, display_name, joined_at, headline, topics, asks, offers, city, zone, mode, opt_in, skip_next) values ('{community}', '{mid}', 'member', 'active', 'Member {i}', now(), 'Maker {i}', {q(t)}, {q(a)}, {q(o)}, {q(rnd.choice(cities))}, '{rnd.choice(zones)}', '{rnd.choice(modes)}', true, false);")
print("commit;")
PY
psql_db -f "$out/members.sql" > /dev/null
psql_db -c 'analyze;' > /dev/null
echo "== $members members in community $community; load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

now_ms() { date +%s%3N; }
t0=$(now_ms)
post "/api/v1/communities/$community/rounds/preview" > "$out/preview.json"
t1=$(now_ms)
post "/api/v1/communities/$community/rounds" > "$out/round.json"
t2=$(now_ms)
groups=$(jq '.pairs | length' "$out/round.json"); left=$(jq '.leftOut | length' "$out/round.json")
expected=$(jq '[.pairs[].memberIds | length] | add + (.leftOut | length)' "$out/round.json" 2>/dev/null || echo "$members")
expected=$(jq '([.pairs[].memberIds | length] | add) + (.leftOut | length)' "$out/round.json")
echo "preview $((t1 - t0)) ms ($(jq '.pairs | length' "$out/preview.json") groups, total fit $(jq .totalScore "$out/preview.json"))"
echo "publish $((t2 - t1)) ms ($groups groups, $left left out, $expected mails queued)"
limit=${BENCH_MAIL_WAIT:-1800}
while :; do
  read -r got _ < "$out/smtp.status" || true
  elapsed=$(( ($(now_ms) - t2) / 1000 ))
  if [ "${got:-0}" -ge "$expected" ] || [ "$elapsed" -ge "$limit" ]; then break; fi
  sleep 0.5
done
t3=$(now_ms)
# a few seconds more: a mail sent twice would arrive after the last one
sleep 5; read -r got recipients ids twice first last others < "$out/smtp.status"
# what the outbox says of the round's mails: sent, retried (attempts > 1) or not sent
psql_db -At -F ' ' -c "select count(*) filter (where status = 'sent'), count(*) filter (where attempts > 1),
  count(*) filter (where status <> 'sent') from mail_outbox where dedupe_key like 'community-intro:%'" > "$out/outbox.txt"
read -r sent retried unsent < "$out/outbox.txt"
errors=$(grep -c 'not sent (attempt' "$out/app.log" || true)
copies=$(( got - ids ))
echo "delivered ${got} of ${expected} round mails to ${recipients} recipients (${ids} distinct Message-IDs): duplicates ${copies} copies, ${twice} recipients with more than one; ${others} other mails (next round's notices)"
echo "outbox: ${sent} sent, ${retried} retried, ${unsent} not sent; send errors logged: ${errors}"
if [ "${got:-0}" -gt 0 ]; then
  echo "first round mail $(( (first - t2) / 1000 )) s after the publish, last $(( (last - t2) / 1000 )) s after; delivery $(( (last - t2) / 1000 )) s"
  echo "rate while sending: $(python3 -c "print(round($got / max(($last - $first) / 1000, 0.5), 1))") mails/s"
fi
echo "whole round (preview start to last round mail): $(( ( (got > 0 ? last : t3) - t0) / 1000 )) s"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
