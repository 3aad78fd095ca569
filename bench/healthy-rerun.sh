#!/usr/bin/env bash
# The healthy rerun before and after the S3 fault handling (README "Reliability"): the same
# 'rerun --force' over OBJECTS small stored articles on a healthy in-memory S3 (S3Proxy, no fault
# proxy), with the code of BASE (default: the commit before the SDK retries, short-read checks and
# delete-first writes) and of HEAD, each a fresh JVM, alternating for ROUNDS rounds. Prints each
# run's wall and CPU seconds, the medians per object, and HEAD/BASE (target <= 1.10).
#
#   bench/healthy-rerun.sh [OBJECTS] [ROUNDS] [BASE]      defaults: 2000 3 7591c2f^
#
# Builds both versions from 'git archive' in a temporary folder (a few minutes). The machine is
# shared: compare the ratio within one run, not the absolute figures across runs.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
OBJECTS=${1:-2000}
ROUNDS=${2:-3}
BASE=${3:-7591c2f^}
WORKERS=${WORKERS:-8}
PORT=${PORT:-18431}
TMP=$(mktemp -d)
S3PID=""
cleanup() { [ -n "$S3PID" ] && kill "$S3PID" 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

for v in base head; do
  mkdir -p "$TMP/$v"
  git archive "$([ "$v" = base ] && echo "$BASE" || echo HEAD)" | tar -x -C "$TMP/$v"
  (cd "$TMP/$v" && mvn -B -q ${MVN_OPTS:-} package -DskipTests >"$TMP/$v.build" 2>&1) || { tail -40 "$TMP/$v.build"; exit 1; }
done
(cd "$TMP/head" && mvn -B -q ${MVN_OPTS:-} dependency:build-classpath -Dmdep.outputFile=target/test.cp \
  -Dmdep.includeScope=test >/dev/null)

# invented council briefs, one per number, so every article has its own content hash
mkdir -p "$TMP/articles"
PUTS=()
for i in $(seq 1 "$OBJECTS"); do
  f="$TMP/articles/brief-$i.txt"
  printf '%s\n\n%s\n\n%s\n' \
    "ASHFORD, June $(( i % 28 + 1 )) (Newsfacts Wire) - The Ashford council approved $(( i % 90 + 10 )) new bus shelters on Tuesday, at a cost of \$$(( i % 40 + 2 )).$(( i % 10 )) million." \
    "\"We listened to the people who wait in the rain,\" Councillor Dana Whitfield said after the vote, which passed $(( i % 4 + 5 ))-2." \
    "Transport officer Miguel Arroyo said the first shelters would go up in $(( i % 11 + 2 )) weeks." >"$f"
  PUTS+=(--put "briefs-in/briefs/$i.txt=$f")
done
java -cp "$TMP/head/target/test-classes:$TMP/head/target/classes:$(cat "$TMP/head/target/test.cp")" \
  dev.newsfacts.aws.LocalS3 --port "$PORT" --bucket briefs-out "${PUTS[@]}" >"$TMP/s3.log" 2>&1 &
S3PID=$!
until grep -q "S3 at" "$TMP/s3.log"; do
  kill -0 "$S3PID" 2>/dev/null || { cat "$TMP/s3.log"; exit 1; }
  sleep 1
done

export AWS_ACCESS_KEY_ID=local-access AWS_SECRET_ACCESS_KEY=local-secret AWS_REGION=us-east-1 OUTPUT_BUCKET=briefs-out
run() { # "wall cpu" of one forced rerun with version $1
  /usr/bin/time -f "%e %U %S" -o "$TMP/time" java -jar "$TMP/$1/target/newsfacts-0.1.0.jar" rerun --bucket briefs-in \
    --prefix briefs/ --endpoint "http://127.0.0.1:$PORT" --force --concurrency "$WORKERS" 2>"$TMP/err" >/dev/null \
    || { [ $? = 1 ] || { cat "$TMP/err"; exit 1; }; }
  grep -q "$OBJECTS objects" "$TMP/err" || { cat "$TMP/err"; exit 1; }
  awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$TMP/time"
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

echo "healthy rerun: $OBJECTS objects, $WORKERS workers, base $(git rev-parse --short "$BASE"), head $(git rev-parse --short HEAD)," \
  "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
run head >/dev/null # the output bucket filled once, so every measured run does the same writes
BW=""; BC=""; HW=""; HC=""
for r in $(seq 1 "$ROUNDS"); do
  read -r bw bc <<<"$(run base)"
  read -r hw hc <<<"$(run head)"
  echo "round $r: base ${bw} s wall ${bc} s cpu, head ${hw} s wall ${hc} s cpu"
  BW="$BW $bw"; BC="$BC $bc"; HW="$HW $hw"; HC="$HC $hc"
done
bw=$(echo "$BW" | median); bc=$(echo "$BC" | median); hw=$(echo "$HW" | median); hc=$(echo "$HC" | median)
awk -v n="$OBJECTS" -v bw="$bw" -v bc="$bc" -v hw="$hw" -v hc="$hc" 'BEGIN {
  printf "healthy rerun: median ms per object: base %.2f wall %.2f cpu, head %.2f wall %.2f cpu;", bw * 1000 / n, bc * 1000 / n, hw * 1000 / n, hc * 1000 / n
  printf " head/base %.2f wall %.2f cpu (whole JVM runs, start and model loading included)\n", hw / bw, hc / bc }'
