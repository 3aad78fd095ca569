#!/usr/bin/env bash
# Whole-process benchmark: 'extract' over a folder against the floor (FloorRun: OpenNLP sentence +
# token + POS alone, src/bench) over the same folder with the same threads, each a fresh JVM (start,
# model loading, reading included). Prints both wall times and their ratio; target <= 1.67, aim 1.4.
#
#   bench/whole-process.sh [DIR] [THREADS] [ROUNDS]
#
# DIR defaults to ../shared/datasets/polnear/train/text (840 articles) when present; THREADS to 2;
# ROUNDS (default 3) alternates floor and extract and reports the medians of wall and CPU time:
# the machines are shared. Builds the jar and the bench classes when missing.
# Extra JVM options (e.g. -XX:AOTCache=...) go in JAVA_OPTS, for both.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/bench-classes.sh
DEFAULT=../shared/datasets/polnear/train/text
DIR=${1:-}
if [ -z "$DIR" ]; then
  if [ -d "$DEFAULT" ]; then DIR=$DEFAULT; else
    echo "usage: bench/whole-process.sh DIR [THREADS] [ROUNDS]  ($DEFAULT is not here)" >&2; exit 2; fi
fi
THREADS=${2:-2}
ROUNDS=${3:-3}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# "wall cpu" seconds of one command (cpu = user + sys of the JVM: steadier than wall time when the
# machine is shared, since other tenants' load stretches wall time but not our CPU seconds)
timed() {
  /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$@" 2>"$OUT/stderr" >/dev/null || { cat "$OUT/stderr" >&2; exit 1; }
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$OUT/time"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

N=$(find "$DIR" -type f ! -path '*/.*' | wc -l)
echo "folder: $DIR ($N files), threads: $THREADS, rounds: $ROUNDS, $(java -version 2>&1 | head -1)"
FW=""; FC=""; EW=""; EC=""
for r in $(seq 1 "$ROUNDS"); do
  # shellcheck disable=SC2086
  read -r fw fc <<<"$(timed java ${JAVA_OPTS:-} -cp "$BENCH_CP" dev.newsfacts.bench.FloorRun "$DIR" "$THREADS")"
  rm -rf "$OUT/json"
  # shellcheck disable=SC2086
  read -r ew ec <<<"$(timed java ${JAVA_OPTS:-} -jar "$JAR" extract --in "$DIR" --out "$OUT/json" --threads "$THREADS")"
  echo "round $r: floor $fw s wall ($fc s cpu), extract $ew s wall ($ec s cpu), load average $(cut -d' ' -f1 /proc/loadavg)"
  FW="$FW $fw"; FC="$FC $fc"; EW="$EW $ew"; EC="$EC $ec"
done
awk -v fw="$(echo "$FW" | median)" -v fc="$(echo "$FC" | median)" -v ew="$(echo "$EW" | median)" \
    -v ec="$(echo "$EC" | median)" -v n="$N" 'BEGIN {
  printf "floor (sentence+token+POS): %6.2f s wall (%.1f articles/s), %6.2f s cpu\n", fw, n / fw, fc
  printf "extract (full):             %6.2f s wall (%.1f articles/s), %6.2f s cpu\n", ew, n / ew, ec
  printf "ratio extract/floor:        %6.2f wall, %.2f cpu (target <= 1.67, aim 1.4)\n", ew / fw, ec / fc }'
