#!/usr/bin/env bash
# Cold start (issue 7): N fresh JVMs run the internal 'startup' command on one article and report
# JVM start -> pipeline ready, -> first result, and the heap; this prints the best and the median of
# each (the best is the figure least disturbed by other load on a shared machine). Targets: ready
# <= 700 ms, heap after init <= 200 MB.
#
#   bench/startup.sh [N] [ARTICLE]      JAVA_OPTS='-XX:AOTCache=target/newsfacts.aot' bench/startup.sh
#   JAR=other.jar bench/startup.sh      (compare two builds under the same conditions)
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
N=${1:-10}
ARTICLE=${2:-samples/articles/wind-farm-approval.txt}
JAR=${JAR:-target/newsfacts-0.1.0.jar}
[ -f "$JAR" ] || { echo "no $JAR: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
RUNS=$(mktemp)
trap 'rm -f "$RUNS"' EXIT
for _ in $(seq 1 "$N"); do
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:-} -jar "$JAR" startup --article "$ARTICLE" | tr '\n' ' ' >>"$RUNS"
  echo >>"$RUNS"
done
# fields: "-> main X ms, -> pipeline ready Y ms, -> first result Z ms ... N MB live after first result"
awk '{
  for (i = 1; i <= NF; i++) {
    if ($i == "main") main[NR] = $(i + 1)
    if ($i == "ready" && $(i + 1) ~ /^[0-9]+$/) ready[NR] = $(i + 1)
    if ($i == "result" && $(i + 1) ~ /^[0-9]+$/) first[NR] = $(i + 1)
    if ($i == "live") live[NR] = $(i - 2)
    if ($i == "use" && $(i + 1) == "at") atready[NR] = $(i - 3)
  }
} END {
  n = NR
  printf "%d runs of %s\n", n, ENVIRON["JAR"] == "" ? "target/newsfacts-0.1.0.jar" : ENVIRON["JAR"]
  report("JVM start -> main          ", main, n, "ms")
  report("JVM start -> pipeline ready", ready, n, "ms")
  report("JVM start -> first result  ", first, n, "ms")
  report("heap in use at ready       ", atready, n, "MB")
  report("heap live after first + GC ", live, n, "MB")
}
function report(label, a, n,   unit, i, j, t, s) {
  for (i = 1; i <= n; i++) s[i] = a[i] + 0
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
  printf "%s best %5d %s, median %5d %s\n", label, s[1], unit, s[int((n + 1) / 2)], unit
}' "$RUNS"
