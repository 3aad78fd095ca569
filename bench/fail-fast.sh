#!/usr/bin/env bash
# How long `extract` takes to give up on an output folder it cannot write (README "CLI", fail fast):
#   bench/fail-fast.sh [ROUNDS]
# Runs `java -jar` (no launcher, so the figure is the command's own) against a read-only folder, or
# /sys when this user ignores permissions (root), and prints the exit code and the wall-clock
# seconds of each round. Nothing is extracted: the check comes before any article or model.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
JAR=target/newsfacts-0.1.0.jar
if [ ! -f "$JAR" ] || [ -n "$(find pom.xml src/main -newer "$JAR" 2>/dev/null | head -n 1)" ]; then
  mvn -B -q package -DskipTests >&2
fi
out=$(mktemp -d)
chmod 555 "$out"
if touch "$out/probe" 2>/dev/null; then rm -f "$out/probe"; rmdir "$out"; out=/sys; fi
for i in $(seq 1 "${1:-3}"); do
  t0=$(date +%s.%N)
  rc=0
  java -jar "$JAR" extract --in samples/articles --out "$out" 2>/dev/null || rc=$?
  t1=$(date +%s.%N)
  printf 'round %d: exit %d in %.2f s (--out %s)\n' "$i" "$rc" "$(awk "BEGIN { print $t1 - $t0 }")" "$out"
done
[ "$out" = /sys ] || { chmod 755 "$out"; rmdir "$out"; }
