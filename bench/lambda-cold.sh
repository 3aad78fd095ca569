#!/usr/bin/env bash
# The Lambda's cold path without SnapStart (src/bench LambdaColdStart): N rounds, each a fresh JVM with
# the runtime's flags for the template's 512 MB function (C1 only, serial GC, heap 85 %), without the event
# serialiser (as the package), that builds the handler with its no-argument constructor (init) and
# handles one S3 put event for ARTICLE (first invocation) against S3Proxy; and, in the same round and
# with the same flags, FloorRun on the article. Prints best and median of each and handler/floor.
#
#   bench/lambda-cold.sh [ARTICLE] [N]     defaults: samples/articles/wind-farm-approval.txt, 5
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
ARTICLE=${1:-samples/articles/wind-farm-approval.txt}
N=${2:-5}
CP_FILE=target/bench-test.cp
if [ ! -f target/test-classes/dev/newsfacts/bench/LambdaColdStart.class ] || [ ! -f "$CP_FILE" ] \
   || [ -n "$(find pom.xml src/main src/bench -newer "$CP_FILE" | head -n 1)" ]; then
  mvn -B -q -Pbench test-compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >&2
fi
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
echo "$N rounds, $ARTICLE, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" dev.newsfacts.bench.LambdaColdStart "$ARTICLE" "$N" | tee "$OUT"
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
# round R: floor process F ms, handler process H ms, JVM start -> main M ms, init (constructor) I ms,
# first invocation V ms, JVM start -> first result T ms, heap in use at ready A MB, after the invocation B MB
awk '/^round/ {
  n++
  for (i = 1; i <= NF; i++) {
    if ($i == "floor" && $(i + 1) == "process") f[n] = $(i + 2)
    if ($i == "handler" && $(i + 1) == "process") h[n] = $(i + 2)
    if ($i == "(constructor)") init[n] = $(i + 1)
    if ($i == "first" && $(i + 1) == "invocation") inv[n] = $(i + 2)
    if ($i == "result") tot[n] = $(i + 1)
    if ($i == "ready") heap[n] = $(i + 1)
  }
} END {
  report("floor process (FloorRun, same flags)     ", f, n, "ms")
  report("handler process (init + one invocation)  ", h, n, "ms")
  report("init: the no-argument constructor        ", init, n, "ms")
  report("first invocation (one article, S3 in/out)", inv, n, "ms")
  report("JVM start -> first result                ", tot, n, "ms")
  report("heap in use at ready                     ", heap, n, "MB")
  printf "ratio handler process / floor process: best %.2f, median %.2f\n", fb / bb, fm / bm
}
function report(label, a, n, unit,   i, j, t, s) {
  for (i = 1; i <= n; i++) s[i] = a[i] + 0
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
  printf "%s best %5d %s, median %5d %s\n", label, s[1], unit, s[int((n + 1) / 2)], unit
  if (label ~ /^floor/) { bb = s[1]; bm = s[int((n + 1) / 2)] }
  if (label ~ /^handler/) { fb = s[1]; fm = s[int((n + 1) / 2)] }
}' "$OUT"
