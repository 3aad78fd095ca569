#!/usr/bin/env bash
# Builds the Lambda deployment package the way `sam build` does (aws-lambda-builders, java_maven:
# target/classes at the root, runtime dependencies in lib/, from the same two Maven commands) and
# prints its size (target <= 40 MB) and its largest jars. No Docker, no SAM CLI needed.
#
#   bench/lambda-package.sh        -> target/lambda-package.zip
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/jdk.sh
mvn -B -q package -DskipTests
rm -rf target/dependency target/lambda-package target/lambda-package.zip
# SAM's own command, verbatim; -Dmdep.prependGroupId=true also activates the pom's lambda-package profile
mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -Dmdep.prependGroupId=true
mkdir -p target/lambda-package/lib
cp -r target/classes/. target/lambda-package/
cp target/dependency/*.jar target/lambda-package/lib/
(cd target/lambda-package && zip -q -r -X ../lambda-package.zip .)
echo "largest jars in lib/:"
ls -S target/lambda-package/lib | head -8 | while read -r j; do
  printf "  %6.2f MB  %s\n" "$(stat -c %s "target/lambda-package/lib/$j" | awk '{ print $1 / 1048576 }')" "$j"; done
if ls target/lambda-package/lib | grep -q aws-lambda-java-serialization; then echo "WARNING: the serialiser is in the package"; fi
if ls target/lambda-package/lib | grep -q duckdb; then echo "WARNING: DuckDB (CLI only) is in the package"; fi
printf "Lambda package: target/lambda-package.zip %.1f MB zipped, %.1f MB unzipped (%d jars); CLI jar %.1f MB\n" \
  "$(stat -c %s target/lambda-package.zip | awk '{ print $1 / 1048576 }')" \
  "$(du -sb target/lambda-package | awk '{ print $1 / 1048576 }')" "$(ls target/lambda-package/lib | wc -l)" \
  "$(stat -c %s target/newsfacts-0.1.0.jar | awk '{ print $1 / 1048576 }')"
