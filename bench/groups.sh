#!/usr/bin/env sh
# Forms small groups from random community-shaped wishes with the plain greedy and with
# Tend's algorithm on the same data, and prints a Markdown table (placed, objective, time).
#   bench/groups.sh [COUNT...] [--budget=SECONDS] [--seed=N]     (default: 1000 10000)
set -e
root="$(cd "$(dirname "$0")/.." && pwd)"
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(major "$JAVA_HOME" || echo 0)" -lt 21 ] 2>/dev/null; then
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if [ -x "${jdk}bin/java" ] && [ "$(major "${jdk%/}" || echo 0)" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="${jdk%/}"; break
    fi
  done
fi
export JAVA_HOME
main="$root/target/classes/org/tend/groups/forming/GroupsBench.class"
if [ ! -f "$main" ] || [ -n "$(find "$root/src/main/java/org/tend/groups/forming" -newer "$main" -name '*.java' 2>/dev/null | head -n 1)" ]; then
  echo "groups: compiling the project (first use or changed sources)" >&2
  (cd "$root" && ./mvnw -q -B -ntp compile -Dspring-javaformat.skip=true) >&2
fi
if [ $# -eq 0 ]; then set -- 1000 10000; fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$root/target/classes" org.tend.groups.forming.GroupsBench "$@"
