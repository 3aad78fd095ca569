package dev.newsfacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The whole-process floor: a fresh JVM loads the sentence, token and POS models and tags every
 * article of a file or folder on N threads, reading but writing nothing; what {@code bench/startup.sh}
 * and {@code bench/whole-process.sh} divide {@code extract}'s time by.
 * <pre>java -cp target/newsfacts-0.1.0.jar:target/bench-classes dev.newsfacts.bench.FloorRun FILE|DIR [THREADS]</pre>
 */
public final class FloorRun {
  private FloorRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: FloorRun FILE|DIR [THREADS]");
      System.exit(2);
    }
    List<Path> files = files(Path.of(args[0]));
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    long t0 = System.nanoTime();
    OpenNlpFloor floor = OpenNlpFloor.load();
    ThreadLocal<OpenNlpFloor.Tagger> taggers = ThreadLocal.withInitial(floor::tagger);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long tokens = 0;
    try {
      List<Future<Integer>> jobs = new ArrayList<>();
      for (Path f : files) {
        jobs.add(pool.submit(() -> taggers.get().tag(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))));
      }
      for (Future<Integer> j : jobs) tokens += j.get();
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.err.println(String.format(Locale.ROOT, "floor: %d articles, %d tokens in %.2f s", files.size(), tokens, seconds));
  }

  /** The file itself, or the regular, non-hidden files under a folder, sorted. */
  static List<Path> files(Path in) throws IOException {
    if (!Files.isDirectory(in)) return List.of(in);
    try (Stream<Path> s = Files.walk(in)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }
}
