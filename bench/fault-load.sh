#!/usr/bin/env bash
# S3 fault load test at full size (README "Reliability"): 'rerun' over OBJECTS small stored articles
# through a WireMock proxy that faults RATE of the requests (seeded), then on a healthy S3 (all
# skipped), then forced through the proxy and straight to S3Proxy for the time per object; and
# EVENTS single-record S3 events through the upload handler, faulty then healthy. Prints the
# 'faults:' lines (one summary line per run, which the tests also assert) and the wall time.
#
#   bench/fault-load.sh [OBJECTS] [EVENTS] [RATE] [SEED]      defaults: 10000 1000 0.05 17
#
# About half an hour on a shared 2-core machine; CI (.ci/run) runs a tenth of the size.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
OBJECTS=${1:-10000}
EVENTS=${2:-1000}
RATE=${3:-0.05}
SEED=${4:-17}
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
start=$(date +%s)
status=0
mvn -B ${MVN_OPTS:-} -Pfault-load test-compile failsafe:integration-test failsafe:verify \
  -Dfaults.objects="$OBJECTS" -Dfaults.events="$EVENTS" -Dfaults.rate="$RATE" -Dfaults.seed="$SEED" >"$LOG" 2>&1 || status=$?
grep -E '^faults:|Tests run:|FAIL' "$LOG" || true
echo "fault-load: objects=$OBJECTS events=$EVENTS rate=$RATE seed=$SEED wall=$(( $(date +%s) - start )) s, $(nproc) cores," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), exit $status"
[ "$status" = 0 ] || tail -60 "$LOG"
exit "$status"
