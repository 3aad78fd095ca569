#!/usr/bin/env bash
# Screenshots of review pages in headless Chromium (Debian package 'chromium'), for looking at
# what an editor sees. Usage:
#   bench/screenshot.sh ARTICLE.txt [ARTICLE.txt ...]
# Each article is extracted and reviewed under target/screenshot/ (never inside the repository's
# tracked files), and target/screenshot/<article>.png is written for each. Skips (exit 0) when
# chromium is not installed: apt-get install -y chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -eq 0 ]; then
  echo "usage: bench/screenshot.sh ARTICLE.txt [ARTICLE.txt ...]" >&2
  exit 2
fi
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$CHROMIUM" ]; then
  echo "screenshot: chromium not installed (apt-get install -y chromium); skipped"
  exit 0
fi

source .ci/jdk.sh
JAR=target/newsfacts-0.1.0.jar
[ -f "$JAR" ] || mvn -B -q package -DskipTests
WORK=target/screenshot
rm -rf "$WORK/articles" "$WORK/results" "$WORK/site"
mkdir -p "$WORK/articles"
for a in "$@"; do cp "$a" "$WORK/articles/"; done
java -jar "$JAR" extract --in "$WORK/articles" --out "$WORK/results" || [ $? -eq 1 ]
java -jar "$JAR" review --in "$WORK/results" --articles "$WORK/articles" --out "$WORK/site"

shoot() {
  local page=$1 png=$2 profile
  profile=$(mktemp -d)
  # no network, no background services: the page must render from the file alone
  timeout 120 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --hide-scrollbars --screenshot="$png" --window-size=1400,1800 \
    "file://$(realpath "$page")" >/dev/null 2>&1 || true
  rm -rf "$profile"
  if [ -s "$png" ]; then echo "screenshot: $png"; else echo "screenshot: FAILED for $page" >&2; return 1; fi
}

for a in "$@"; do
  name=$(basename "$a")
  shoot "$WORK/site/$name.html" "$WORK/$name.png"
done
shoot "$WORK/site/index.html" "$WORK/index.png"
