#!/usr/bin/env sh
# Runs the JMH benchmarks of bench/jmh on the test class path.
#   bench/jmh.sh                        # every benchmark
#   bench/jmh.sh DepthModelBenchmark    # one class (any JMH option works: -f 1 -wi 1 -i 2)
#   bench/jmh.sh -h                     # JMH's options
# The benchmarks compile with the tests (build-helper adds bench/jmh as a test source root).
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
# the same JDK rule as ./mvnw: JAVA_HOME if it is 21 or newer, else the newest JDK installed
major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(major "$JAVA_HOME" || echo 0)" -lt 21 ] 2>/dev/null; then
  for jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -r); do
    if [ -x "${jdk}bin/java" ] && [ "$(major "${jdk%/}" || echo 0)" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="${jdk%/}"; break
    fi
  done
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "$@"
