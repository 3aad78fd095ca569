#!/usr/bin/env bash
# Cold start, whole process, one article: N rounds, each a fresh JVM of
#   floor    FloorRun (src/bench): JVM start, the sentence/token/POS models, tag the article (OpenNLP alone)
#   extract  the CLI's 'extract --in ARTICLE --out DIR', as a user runs it (java -jar; CACHE=1: bin/newsfacts
#            with the launcher's AOT cache / CDS archive, created before the rounds if missing)
#   startup  StartupRun (src/bench): JVM start -> pipeline ready -> first result, heap at ready
# in turn, so all three see the same load. Prints best and median wall and CPU (user + sys) of each and
# extract/floor (target <= 1.3 without the cache, <= 1.1 with it), then one StartupRun --stages.
#
#   bench/startup.sh [N] [ARTICLE]        N defaults to 10, ARTICLE to samples/articles/wind-farm-approval.txt
#   CACHE=1 bench/startup.sh              extract through the launcher and its cache
#   LAUNCHER=1 bench/startup.sh           extract through the launcher without its cache (NEWSFACTS_JVM_CACHE=0):
#                                         what a user runs on a machine where no cache can be written
#   FLOOR_C1=1 bench/startup.sh           also time the floor with the JIT's first tier alone, as the launcher
#                                         runs one file, so the ratio can be read against a floor given the same help
#   JAVA_OPTS=... bench/startup.sh        extra JVM options for all three
#   BASE_JAR=old.jar bench/startup.sh     also 'java -jar old.jar extract' in every round: before/after in one run
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-classes.sh
N=${1:-10}
ARTICLE=${2:-samples/articles/wind-farm-approval.txt}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
touch "$OUT/floor" "$OUT/extract" "$OUT/startup" "$OUT/base" "$OUT/floorc1"

# appends "wall cpu" (seconds) of one command to FILE; its stdout goes to $OUT/stdout
timed() {
  local file=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$@" >"$OUT/stdout" 2>"$OUT/stderr" || { cat "$OUT/stderr" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$OUT/time" >>"$file"
}
if [ "${CACHE:-0}" = 1 ]; then
  EXTRACT=(env NEWSFACTS_JAVA_OPTS="${JAVA_OPTS:-}" bin/newsfacts extract --in "$ARTICLE")
elif [ "${LAUNCHER:-0}" = 1 ]; then
  EXTRACT=(env NEWSFACTS_JVM_CACHE=0 NEWSFACTS_JAVA_OPTS="${JAVA_OPTS:-}" bin/newsfacts extract --in "$ARTICLE")
else
  # shellcheck disable=SC2206
  EXTRACT=(java ${JAVA_OPTS:-} -jar "$JAR" extract --in "$ARTICLE")
fi
if [ "${CACHE:-0}" = 1 ]; then
  "${EXTRACT[@]}" --out "$OUT/json-0" >/dev/null 2>&1   # the first launcher run creates the cache; it is not one of the rounds
  for _ in $(seq 1 300); do ls target/*.jvm-*.lock >/dev/null 2>&1 || break; sleep 1; done  # assembled in the background
  echo "extract runs through bin/newsfacts with its cache: $(ls target/*.aot target/*.jsa 2>/dev/null | tr '\n' ' ')"
fi
echo "$N rounds, $ARTICLE, $(java -version 2>&1 | head -1), load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq 1 "$N"); do
  # shellcheck disable=SC2086
  timed "$OUT/floor" java ${JAVA_OPTS:-} -cp "$BENCH_CP" dev.newsfacts.bench.FloorRun "$ARTICLE" 1
  timed "$OUT/extract" "${EXTRACT[@]}" --out "$OUT/json-$i"
  if [ "${FLOOR_C1:-0}" = 1 ]; then
    # shellcheck disable=SC2086
    timed "$OUT/floorc1" java ${JAVA_OPTS:-} -XX:TieredStopAtLevel=1 -cp "$BENCH_CP" dev.newsfacts.bench.FloorRun "$ARTICLE" 1
  fi
  if [ -n "${BASE_JAR:-}" ]; then
    # shellcheck disable=SC2086
    timed "$OUT/base" java ${JAVA_OPTS:-} -jar "$BASE_JAR" extract --in "$ARTICLE" --out "$OUT/base-$i"
  fi
  # shellcheck disable=SC2086
  timed "$OUT/startup" java ${JAVA_OPTS:-} -cp "$BENCH_CP" dev.newsfacts.bench.StartupRun "$ARTICLE"
  tr '\n' ' ' <"$OUT/stdout" >>"$OUT/startup-lines"; echo >>"$OUT/startup-lines"
done
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"

# best and median of column C of a file of numbers
stat2() { awk -v c="$1" '{ print $c }' "$2" | sort -n | awk '{ v[NR] = $1 } END { printf "%s %s", v[1], v[int((NR + 1) / 2)] }'; }
read -r fwb fwm <<<"$(stat2 1 "$OUT/floor")"; read -r fcb fcm <<<"$(stat2 2 "$OUT/floor")"
read -r ewb ewm <<<"$(stat2 1 "$OUT/extract")"; read -r ecb ecm <<<"$(stat2 2 "$OUT/extract")"
read -r bwb bwm <<<"$(stat2 1 "$OUT/base")"; read -r bcb bcm <<<"$(stat2 2 "$OUT/base")"
read -r cwb cwm <<<"$(stat2 1 "$OUT/floorc1")"; read -r ccb ccm <<<"$(stat2 2 "$OUT/floorc1")"
awk -v fwb="$fwb" -v fwm="$fwm" -v fcb="$fcb" -v fcm="$fcm" -v ewb="$ewb" -v ewm="$ewm" -v ecb="$ecb" -v ecm="$ecm" \
    -v bwb="${bwb:-}" -v bwm="${bwm:-}" -v bcb="${bcb:-}" -v bcm="${bcm:-}" -v cache="${CACHE:-0}" \
    -v launcher="${LAUNCHER:-0}" -v cwb="${cwb:-}" -v cwm="${cwm:-}" -v ccb="${ccb:-}" -v ccm="${ccm:-}" 'BEGIN {
  printf "%-34s %9s %9s %9s %9s\n", "whole process, seconds", "wall best", "median", "cpu best", "median"
  printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", "floor (OpenNLP sentence+token+POS)", fwb, fwm, fcb, fcm
  how = cache == 1 ? "extract (bin/newsfacts, cache)" : launcher == 1 ? "extract (bin/newsfacts, no cache)" : "extract (java -jar)"
  printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", how, ewb, ewm, ecb, ecm
  printf "%-34s %9.2f %9.2f %9.2f %9.2f   (target <= %s)\n", "ratio extract/floor", ewb / fwb, ewm / fwm, ecb / fcb, ecm / fcm, cache == 1 ? "1.1" : "1.3"
  if (cwb != "") {
    printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", "floor, JIT first tier alone", cwb, cwm, ccb, ccm
    printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", "ratio extract/floor first tier", ewb / cwb, ewm / cwm, ecb / ccb, ecm / ccm
  }
  if (bwb != "") {
    printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", "extract (BASE_JAR, java -jar)", bwb, bwm, bcb, bcm
    printf "%-34s %9.2f %9.2f %9.2f %9.2f\n", "ratio BASE_JAR extract/floor", bwb / fwb, bwm / fwm, bcb / fcb, bcm / fcm
  }
}'
# StartupRun: "-> main X ms, -> pipeline ready Y ms (create C ms), -> first result Z ms ... A MB in use at ready ... L MB live"
awk '{
  for (i = 1; i <= NF; i++) {
    if ($i == "main") main[NR] = $(i + 1)
    if ($i == "ready" && $(i + 1) ~ /^[0-9]+$/) ready[NR] = $(i + 1)
    if ($i == "result" && $(i + 1) ~ /^[0-9]+$/) first[NR] = $(i + 1)
    if ($i == "use" && $(i + 1) == "at") atready[NR] = $(i - 3)
    if ($i == "live") live[NR] = $(i - 2)
  }
} END {
  report("StartupRun: JVM start -> main      ", main, NR, "ms")
  report("            JVM start -> ready     ", ready, NR, "ms")
  report("            JVM start -> first     ", first, NR, "ms")
  report("            heap in use at ready   ", atready, NR, "MB")
  report("            live heap after first  ", live, NR, "MB")
}
function report(label, a, n, unit,   i, j, t, s) {
  for (i = 1; i <= n; i++) s[i] = a[i] + 0
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (s[j] < s[i]) { t = s[i]; s[i] = s[j]; s[j] = t }
  printf "%s best %5d %s, median %5d %s\n", label, s[1], unit, s[int((n + 1) / 2)], unit
}' "$OUT/startup-lines"
echo "one StartupRun --stages (each part alone, in order, on one thread):"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$BENCH_CP" dev.newsfacts.bench.StartupRun --stages "$ARTICLE" | grep '^stage' | sed 's/^/  /'
