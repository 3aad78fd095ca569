#!/usr/bin/env bash
# Quote attribution quality on PolNeAR: extracts a split with the CLI and scores it with
# 'newsfacts eval --by-rule', printing the score table, the per-rule table (quotes each attribution
# rule decided, how many are right) and, last, the summary line (direct_f1=... speaker_acc=...).
#
#   bench/quality.sh [SPLIT] [OUT]
#
# SPLIT: dev (default) or train; OUT: a folder to keep the results in (default: a temporary one).
# The evaluation material is read from ../shared (NEWSFACTS_SHARED overrides) and never copied;
# without it the script says so and exits 0. EVAL_ARGS adds eval options (e.g. "--errors e.jsonl").
# Also prints the share of matched direct quotes whose speaker carries a name (speaker.name).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${NEWSFACTS_SHARED:-../shared}
SPLIT=${1:-dev}
GOLD=$SHARED/datasets/polnear/$SPLIT
if [ ! -d "$GOLD/text" ]; then
  echo "quality: $GOLD is not here; nothing to measure" >&2
  exit 0
fi
if [ -n "${2:-}" ]; then OUT=$2; rm -rf "$OUT"; mkdir -p "$OUT"; else OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT; fi
bin/newsfacts extract --in "$GOLD/text" --out "$OUT" >/dev/null 2>"$OUT.extract.log" || { cat "$OUT.extract.log" >&2; exit 1; }
rm -f "$OUT.extract.log"
# shellcheck disable=SC2086
bin/newsfacts eval --gold "$GOLD" --pred "$OUT" --by-rule --quiet ${EVAL_ARGS:-}
