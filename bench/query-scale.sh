#!/usr/bin/env bash
# SQL at scale (README "SQL"): builds N result documents (default 10,000) by extracting a folder of
# articles once and copying the results into distinct folders with distinct source paths, then times
# 'newsfacts query' (a fresh JVM each time: start, DuckDB, reading every document) with its peak RSS
# (/usr/bin/time -v). Targets: a GROUP BY over quotes in <= 5 s on 2 cores, memory <= 1 GB.
#
#   bench/query-scale.sh [DIR] [N] [ROUNDS]
#
# DIR defaults to ../shared/datasets/polnear/train/text (840 articles) when present; ROUNDS (default 3)
# gives medians. Needs the jar and DuckDB's native libraries beside it (target/libduckdb_java.so_*):
# source .ci/jdk.sh && mvn -B -q package -DskipTests
# The machines are shared: the load average is printed before and after. BEFORE_JAR=path (another
# build's CLI jar, e.g. an older commit's) times the same GROUP BY with it too, round by round in
# turn with this jar, so that a before/after ratio comes from one run under one load.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
JAR=target/newsfacts-0.1.0.jar
DEFAULT=../shared/datasets/polnear/train/text
DIR=${1:-}
if [ -z "$DIR" ]; then
  if [ -d "$DEFAULT" ]; then DIR=$DEFAULT; else
    echo "usage: bench/query-scale.sh DIR [N] [ROUNDS]  ($DEFAULT is not here)" >&2; exit 2; fi
fi
N=${2:-10000}
ROUNDS=${3:-3}
[ -f "$JAR" ] && ls target/libduckdb_java.so_* >/dev/null 2>&1 \
  || { echo "no $JAR or no DuckDB library beside it: run 'mvn -B -q package -DskipTests' first" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc), $(java -version 2>&1 | head -1)"
java -jar "$JAR" extract --in "$DIR" --out "$WORK/once" --threads 2 2>/dev/null || [ $? -eq 1 ]
ONCE=$(find "$WORK/once" -name '*.json' | wc -l)
[ "$ONCE" -gt 0 ] || { echo "no results from $DIR" >&2; exit 1; }
# copy k: folder copyK/, source paths prefixed with copyK/ (so that the articles stay distinct)
made=0; k=0
while [ "$made" -lt "$N" ]; do
  k=$((k + 1)); dest="$WORK/docs/copy$k"
  mkdir -p "$dest"
  cp -r "$WORK/once/." "$dest/"
  find "$dest" -name '*.json' | sort | tail -n +$((N - made + 1)) | xargs -r rm --
  find "$dest" -name '*.json' -print0 | xargs -0 perl -pi -e "s|\"source\":\\{\"path\":\"|\"source\":{\"path\":\"copy$k/|"
  made=$(find "$WORK/docs" -name '*.json' | wc -l)
done
echo "documents: $made ($k copies of $ONCE results from $DIR), $(du -sh "$WORK/docs" | cut -f1) on disk"

median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# wall seconds, CPU seconds and peak RSS (MB) of one query, median over ROUNDS
measure() {
  local label=$1 dir=$2 sql=$3 jar=${4:-$JAR} W="" C="" M="" r
  for r in $(seq 1 "$ROUNDS"); do
    /usr/bin/time -v -o "$WORK/time" java ${JAVA_OPTS:-} -jar "$jar" query --results "$dir" --format csv "$sql" \
      >"$WORK/out" 2>"$WORK/err" || { cat "$WORK/err" >&2; exit 1; }
    W+=" $(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$WORK/time")"
    C+=" $(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$WORK/time")"
    M+=" $(awk -F': ' '/Maximum resident set size/ { print $2 / 1024 }' "$WORK/time")"
  done
  printf "%-34s wall %5.2f s  cpu %5.2f s  peak RSS %4.0f MB\n" "$label" \
    "$(echo "$W" | median)" "$(echo "$C" | median)" "$(echo "$M" | median)"
}

mkdir -p "$WORK/one" && cp "$(find "$WORK/once" -name '*.json' | head -1)" "$WORK/one/"
measure "start only (1 document, SELECT 1)" "$WORK/one" "SELECT 1"
measure "count(*) FROM quotes" "$WORK/docs" "SELECT count(*) FROM quotes"
GROUP="SELECT speaker_name, count(*) AS n FROM quotes GROUP BY 1 ORDER BY 2 DESC LIMIT 10"
if [ -n "${BEFORE_JAR:-}" ]; then
  # one round each in turn, ROUNDS times, so that both jars run under the same load
  all=$ROUNDS; ROUNDS=1
  for r in $(seq 1 "$all"); do
    measure "GROUP BY speaker, BEFORE_JAR ($r)" "$WORK/docs" "$GROUP" "$BEFORE_JAR"
    measure "GROUP BY speaker, this jar ($r)" "$WORK/docs" "$GROUP"
  done
  ROUNDS=$all
fi
measure "GROUP BY speaker over quotes" "$WORK/docs" "$GROUP"
echo "  its answer (top 3): $(sed -n 2,4p "$WORK/out" | tr '\n' ' ')"
measure "GROUP BY type over entities" "$WORK/docs" "SELECT type, count(*) FROM entities GROUP BY 1"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
