#!/usr/bin/env bash
# Tend's import benchmark: generates a LinkedIn Connections.csv of N connections (the real
# export's shape: BOM, "Notes:" preamble, quoted fields, mostly empty emails, some
# duplicates and rows of only commas), starts the application on a fresh embedded H2, and
# times the preview (POST /api/v1/imports) and the apply (POST /api/v1/imports/{id}/apply);
# then imports the same connections again, each now with an email, into that journal: every
# row merges into the person it made.
#
#   bench/import.sh [rows=30000]
#
# Needs: a JDK 21+ (found like ./mvnw does), curl, jq, python3. Builds the jar when
# target/ has none (BENCH_BUILD=1 rebuilds it).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-30000}
out="bench/out/import"
rm -rf "$out"; mkdir -p "$out"

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME" || echo 0)" -lt 21 ]; then
  for jdk in $(ls -d /usr/lib/jvm/*/ | sort -r); do
    if [ -x "${jdk}bin/javac" ] && [ "$(java_major "${jdk%/}" || echo 0)" -ge 21 ]; then export JAVA_HOME="${jdk%/}"; break; fi
  done
fi
java="$JAVA_HOME/bin/java"
for tool in curl jq python3; do command -v $tool >/dev/null || { echo "$tool is needed"; exit 1; }; done

jar=$(ls target/tend-*.jar 2>/dev/null | grep -v original | head -n 1 || true)
if [ -z "$jar" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  ./mvnw -q -B -DskipTests package; jar=$(ls target/tend-*.jar | grep -v original | head -n 1)
fi

file="$out/Connections.csv"
python3 - "$rows" "$file" <<'PY'
import random, sys, urllib.parse
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(30000)
first = ["Zoë", "Amara", "José", "Li", "Дмитрий", "Sam", "Fatima", "Noah", "Aiko", "Mateo", "Ngozi", "Élodie", "Ravi", "小龍", "Ingrid",
         "Lucía", "Kwame", "Mei", "Oskar", "Priya", "Tomás", "Yara", "Hugo", "Chiara", "Emeka", "Sofia", "Arjun", "Léa", "Jonas", "Hana"]
last = ["Ñúñez", "Okafor", "García", "Wei", "Иванов", "O'Brien", "Haddad", "Müller", "Tanaka", "Rossi", "Eze", "Lefèvre", "Patel", "李", "Johansson",
        "Silva", "Mensah", "Chen", "Nowak", "Sharma", "Costa", "Haddad", "Dubois", "Bianchi", "Adeyemi", "Larsen", "Kumar", "Moreau", "Weber", "Sato"]
companies = ["Verdant Labs, Inc.", "Lagos Fintech Hub", "Acme", "騰訊", "Яндекс", "Globex", "Initech", "Umbrella", ""]
roles = ["Founder", "Head of Research, Climate & Data", "Engineer", "CTO", "Product Manager", ""]
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
def q(cell):
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"\n') else cell
with open(path, "w", encoding="utf-8", newline="") as f:
    f.write("\ufeffNotes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here: https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n")
    f.write("First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n")
    for i in range(rows):
        if i % 500 == 499:
            f.write(",,,,,,\r\n"); continue
        n = i if i % 100 else i - 1  # every hundredth row repeats the one before: merged in the file
        rnd = random.Random(n)
        fn, ln = rnd.choice(first) + " " + chr(65 + rnd.randrange(26)) + ".", rnd.choice(last)
        slug = urllib.parse.quote(f"{fn}-{ln}-{n}".lower())
        email = f"person{n}@example.org" if random.random() < 0.1 else ""
        date = f"{random.randint(1, 28)} {random.choice(months)} {random.randint(2008, 2025)}"
        f.write(",".join([q(fn + (" 🌱" if i % 37 == 0 else "")), q(ln), f"https://www.linkedin.com/in/{slug}", email,
                          q(random.choice(companies)), q(random.choice(roles)), date]) + "\r\n")
PY
echo "== $(wc -l < "$file") lines, $(du -h "$file" | cut -f1) in $file"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
port=$(free_port); base="http://127.0.0.1:$port"; app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; }
trap cleanup EXIT
# BENCH_JAVA_OPTS adds JVM options (a flight recording, say);
# BENCH_DB_URL=jdbc:postgresql://host:port/db (an empty database; user postgres, no password)
# measures on PostgreSQL instead of the embedded H2
db_env=(); db_name=H2
if [ -n "${BENCH_DB_URL:-}" ]; then
  db_name=PostgreSQL
  db_env=(SPRING_DATASOURCE_URL="$BENCH_DB_URL" SPRING_DATASOURCE_USERNAME="${BENCH_DB_USER:-postgres}" SPRING_DATASOURCE_PASSWORD="${BENCH_DB_PASSWORD:-}")
fi
env TEND_DATA_DIR="$out/data" SERVER_PORT="$port" "${db_env[@]}" "$java" -Xmx1g ${BENCH_JAVA_OPTS:-} -jar "$jar" > "$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 180); do curl -sf "$base/actuator/health" >/dev/null && break; sleep 1; done
curl -sf "$base/actuator/health" >/dev/null || { echo "the application did not start: see $out/app.log"; exit 1; }

token=$(curl -sf -H 'Content-Type: application/json' "$base/api/v1/accounts" \
  -d "{\"email\":\"bench-$RANDOM@example.org\",\"password\":\"a long enough password\",\"displayName\":\"Bench\"}" | jq -r .token)
auth="Authorization: Bearer $token"

# a warm-up import of 1,000 rows into another account (JIT, connection pool), then the
# measured one into an empty journal
warm_token=$(curl -sf -H 'Content-Type: application/json' "$base/api/v1/accounts" \
  -d "{\"email\":\"warmup-$RANDOM@example.org\",\"password\":\"a long enough password\",\"displayName\":\"Warm-up\"}" | jq -r .token)
head -n 1005 "$file" > "$out/warmup.csv"
warm=$(curl -sf -H "Authorization: Bearer $warm_token" -F "file=@$out/warmup.csv" "$base/api/v1/imports" | jq -r .id)
curl -sf -o /dev/null -H "Authorization: Bearer $warm_token" -X POST "$base/api/v1/imports/$warm/apply"

preview_s=$(curl -s -o "$out/preview.json" -w '%{time_total}' -H "$auth" -F "file=@$file" "$base/api/v1/imports")
id=$(jq -r .id "$out/preview.json")
[ "$id" != null ] || { echo "preview failed: $(head -c 500 "$out/preview.json")"; exit 1; }
apply_s=$(curl -s -o "$out/apply.json" -w '%{time_total}' -H "$auth" -X POST "$base/api/v1/imports/$id/apply")
people=$(curl -sf -H "$auth" "$base/api/v1/people?size=1" | jq .total)
found=$(curl -sf -H "$auth" "$base/api/v1/search?q=verdant" | jq '.items | length')

# then the same connections again, as a later export where each now shows an email: every
# row finds its person by the LinkedIn profile and adds the address (a merge into the journal)
again="$out/Connections-again.csv"
python3 - "$file" "$again" <<'PY'
import sys
source, target = sys.argv[1], sys.argv[2]
with open(source, encoding="utf-8", newline="") as f:
    lines = f.read().split("\r\n")
header = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
out = lines[:header + 1]
for i, line in enumerate(lines[header + 1:]):
    if line and line != ",,,,,,":
        # the email is the fourth cell: fill it where empty (the cells before it have no quotes
        # with commas: names and a URL)
        cells = line.split(",", 4)
        if cells[3] == "":
            cells[3] = f"again{i}@example.org"
        line = ",".join(cells)
    out.append(line)
with open(target, "w", encoding="utf-8", newline="") as f:
    f.write("\r\n".join(out))
PY
again_preview_s=$(curl -s -o "$out/preview-again.json" -w '%{time_total}' -H "$auth" -F "file=@$again" "$base/api/v1/imports")
again_id=$(jq -r .id "$out/preview-again.json")
[ "$again_id" != null ] || { echo "second preview failed: $(head -c 500 "$out/preview-again.json")"; exit 1; }
again_apply_s=$(curl -s -o "$out/apply-again.json" -w '%{time_total}' -H "$auth" -X POST "$base/api/v1/imports/$again_id/apply")
again_people=$(curl -sf -H "$auth" "$base/api/v1/people?size=1" | jq .total)
with_email=$(curl -sf -H "$auth" "$base/api/v1/export" | jq '[.people[] | select(.emails | length > 0)] | length')

{
  echo "### import — $(date -u +%Y-%m-%d) — $db_name, $rows LinkedIn rows"
  echo
  echo "\`bench/import.sh $rows\` (after a 1,000-row warm-up import; $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg))"
  echo
  echo "| step | seconds | result |"
  echo "|---|---|---|"
  echo "| preview | $preview_s | $(jq -c .counts "$out/preview.json") |"
  echo "| apply | $apply_s | $(jq -c .counts "$out/apply.json") |"
  echo "| total | $(python3 -c "print(round($preview_s + $apply_s, 2))") | $people people in the journal, search finds $found for 'verdant' |"
  echo "| again: preview | $again_preview_s | $(jq -c .counts "$out/preview-again.json") |"
  echo "| again: apply | $again_apply_s | $(jq -c .counts "$out/apply-again.json") |"
  echo "| again: total | $(python3 -c "print(round($again_preview_s + $again_apply_s, 2))") | $again_people people in the journal, $with_email with an email |"
} | tee "$out/results.md"
