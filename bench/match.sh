#!/usr/bin/env sh
# Matches a graph with Tend's engine (no Spring, just the pairing module's classes).
#   bench/match.sh [--exact] GRAPH
# GRAPH: a line "n m", then m lines "u v w" (0-based ids, weights 1..1,000,000, no pair twice).
# Prints the matched pairs "u v", one per line; logs go to standard error. Without --exact the
# fast mode (at least 99.5 % of the optimum). Bad input: the line number on standard error and
# exit status 2. The first run (or a run after a change to src/main) compiles the project; a
# missing or empty GRAPH just does that.
set -e
root="$(cd "$(dirname "$0")/.." && pwd)"
# the same JDK rule as ./mvnw and bench/jmh.sh: JAVA_HOME if it is 21 or newer, else the newest
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(major "$JAVA_HOME" || echo 0)" -lt 21 ] 2>/dev/null; then
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if [ -x "${jdk}bin/java" ] && [ "$(major "${jdk%/}" || echo 0)" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="${jdk%/}"; break
    fi
  done
fi
export JAVA_HOME
main="$root/target/classes/org/tend/pairing/internal/MatchCommand.class"
if [ ! -f "$main" ] || [ -n "$(find "$root/src/main/java/org/tend/pairing" -newer "$main" -name '*.java' 2>/dev/null | head -n 1)" ]; then
  echo "match: compiling the project (first use or changed sources)" >&2
  (cd "$root" && ./mvnw -q -B -ntp compile -Dspring-javaformat.skip=true) >&2
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "$root/target/classes" org.tend.pairing.internal.MatchCommand "$@"
