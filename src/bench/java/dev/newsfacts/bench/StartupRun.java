package dev.newsfacts.bench;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.ContentHash;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.extract.entities.EntityBuilder;
import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.facts.FactExtractor;
import dev.newsfacts.extract.language.LanguageProfiles;
import dev.newsfacts.extract.language.LanguageSteps;
import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.meta.LanguageGuesser;
import dev.newsfacts.extract.meta.MetaExtractor;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Annotator;
import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.extract.quotes.QuoteExtractor;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long a fresh JVM takes to have the pipeline ready and to give its first result, and the heap it
 * then holds. Times count from the process start as the OS records it ({@link ProcessClock}, 10 ms
 * resolution), so JVM boot and class loading are in.
 * <pre>java -cp target/newsfacts-0.1.0.jar:target/bench-classes dev.newsfacts.bench.StartupRun [--stages] FILE</pre>
 * With {@code --stages} it first builds each part of the pipeline alone, one after the other on this
 * thread, and prints what each took (a part pays for the classes it is the first to load); the
 * pipeline itself is then built as usual, over classes already loaded. Each part's wall and process CPU
 * time are printed (the process's: the JIT compiling for a part is part of its cost).
 */
public final class StartupRun {
  private StartupRun() {}

  public static void main(String[] args) throws Exception {
    long mainAt = System.currentTimeMillis();
    boolean stages = args.length == 2 && args[0].equals("--stages");
    if (args.length != 1 && !stages) {
      System.err.println("usage: StartupRun [--stages] FILE");
      System.exit(2);
    }
    byte[] article = Files.readAllBytes(Path.of(args[args.length - 1]));
    long start = mainAt - ProcessClock.sinceStart(mainAt);
    if (stages) stages(article, mainAt - start);
    long t0 = System.currentTimeMillis();
    Extractor extractor = Extractor.create();
    long readyAt = System.currentTimeMillis();
    Runtime rt = Runtime.getRuntime();
    long usedAtReady = rt.totalMemory() - rt.freeMemory();
    Outcome first = extractor.extract(new ArticleInput(article, SourceRef.local("startup.txt", article.length, null)));
    int bytes = ResultJson.toBytes(first.document()).length;
    long firstAt = System.currentTimeMillis();
    System.gc();
    long liveAfterGc = rt.totalMemory() - rt.freeMemory();
    System.out.printf(Locale.ROOT, "JVM start -> main %d ms, -> pipeline ready %d ms (create %d ms), -> first result %d ms"
        + " (%s, %d bytes)%n", mainAt - start, readyAt - start, readyAt - t0, firstAt - start,
        first instanceof Outcome.Success ? "result" : "error", bytes);
    System.out.printf(Locale.ROOT, "heap: %d MB in use at ready (garbage included), %d MB live after first result + GC,"
        + " %d MB committed, max %d MB%n", usedAtReady >> 20, liveAfterGc >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20);
  }

  /** Each part alone, in order, on this thread. */
  private static void stages(byte[] article, long toMain) {
    System.out.printf(Locale.ROOT, "stage %-44s %5d ms wall%n", "JVM start -> main", toMain);
    NlpModels models = timed("OpenNLP models (3, parallel)", NlpModels::loadFromClasspath);
    timed("given names (French, German, Spanish rules)", GivenNames::load);
    GivenNames names = timed("given names (person index)", () -> GivenNames.loadWith(EntityLexicon.GIVEN_NAMES, GivenNames.WORLD));
    EntityLexicon lexicon = timed("entity lexicon", EntityLexicon::load);
    timed("French, German, Spanish rules (lazy: 1st article in each)", () -> {
      LanguageProfiles profiles = LanguageProfiles.load();
      return List.of("fr", "de", "es").stream().map(c -> new LanguageSteps(profiles.forCode(c).orElseThrow(), names)).toList();
    });
    LanguageGuesser guesser = timed("language guesser (detector lazy)", LanguageGuesser::loadFromClasspath);
    timed("rule stages (quotes, meta, entities, facts)", () -> List.of(new QuoteExtractor(), new MetaExtractor(guesser),
        new EntityBuilder(lexicon, names), new FactExtractor(lexicon)));
    timed("JSON writer (per record, readied)", () -> {
      ResultJson.prepare();
      return null;
    });
    timed("content hash (SHA-256 set-up)", () -> ContentHash.sha256(new byte[0]));
    Annotator annotator = timed("taggers (per thread)", () -> new Annotator(models));
    String text = new String(article, StandardCharsets.UTF_8);
    AnnotatedText at = timed("first annotate", () -> annotator.annotate(text));
    PersonIndex people = timed("first person index", () -> PersonIndex.build(at, names));
    timed("first quotes", () -> new QuoteExtractor().extract(at, people));
  }

  /**
   * Wall time and the process's CPU time (all threads: the part's helpers, the JIT, the collector), which
   * the neighbours on a shared machine stretch much less than wall time.
   */
  private static <T> T timed(String what, Supplier<T> work) {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long c0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    T result = work.get();
    long wall = (System.nanoTime() - t0) / 1_000_000;
    long cpu = (os.getProcessCpuTime() - c0) / 1_000_000;
    System.out.printf(Locale.ROOT, "stage %-44s %5d ms wall %5d ms cpu%n", what, wall, cpu);
    return result;
  }
}
