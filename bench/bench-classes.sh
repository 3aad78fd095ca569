# Sourced by the bench/ scripts: the CLI jar (built when missing or older than the sources) and the
# whole-process benchmark programs of src/bench (FloorRun, StartupRun) compiled against it into
# target/bench-classes, with javac alone (no JMH, no test classpath needed). Sets JAR and BENCH_CP.
source .ci/jdk.sh
JAR=${JAR:-target/newsfacts-0.1.0.jar}
if [ ! -f "$JAR" ] || { [ "$JAR" = target/newsfacts-0.1.0.jar ] && [ -n "$(find pom.xml src/main -newer "$JAR" 2>/dev/null | head -n 1)" ]; }; then
  echo "building $JAR ..." >&2
  mvn -B -q package -DskipTests >&2
fi
BENCH_SRC=src/bench/java/dev/newsfacts/bench
if [ ! -f target/bench-classes/dev/newsfacts/bench/FloorRun.class ] \
   || [ -n "$(find "$BENCH_SRC" "$JAR" -newer target/bench-classes/dev/newsfacts/bench/FloorRun.class | head -n 1)" ]; then
  rm -rf target/bench-classes
  javac -nowarn -d target/bench-classes -cp "$JAR" \
    "$BENCH_SRC/FloorRun.java" "$BENCH_SRC/OpenNlpFloor.java" "$BENCH_SRC/StartupRun.java" "$BENCH_SRC/ProcessClock.java"
fi
BENCH_CP="$JAR:target/bench-classes"
