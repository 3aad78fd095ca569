package dev.newsfacts.run;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Runs the article runner over many articles on N threads (reads and writes overlap with
 * extraction), reporting in input order. Used by the CLI's extract and rerun and the batch handler.
 */
public final class BatchRunner {
  /** Articles in flight at once when a whole source is run: a listing is read this many at a time. */
  static final int PAGE = 1000;
  private final ArticleRunner runner;
  private final int workers;

  public BatchRunner(ArticleRunner runner, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
    this.runner = runner;
    this.workers = workers;
  }

  /** One article's fate: a report, or the failure of the source or sink that kept it from one. */
  public record Item(Article article, ArticleReport report, UnavailableException failure) {}

  private Item attempt(Article a, boolean skipUnchanged) {
    try {
      return new Item(a, runner.process(a, skipUnchanged), null);
    } catch (UnavailableException e) {
      return new Item(a, null, e);
    }
  }

  /**
   * @param skipUnchanged see {@link ArticleRunner#process}
   * @param onDone called once per article as it finishes (progress, log lines); must be thread-safe
   */
  public List<Item> run(List<? extends Article> articles, boolean skipUnchanged, Consumer<Item> onDone) {
    if (articles.size() == 1) return List.of(runHere(articles.get(0), skipUnchanged, onDone));
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, articles.size())));
    try {
      List<Future<Item>> jobs = new ArrayList<>(articles.size());
      for (Article a : articles) {
        jobs.add(pool.submit(() -> {
          // No retry of our own: S3 calls are already retried by the client; what still fails has
          // failed every attempt, and the batch fails so that Step Functions or Lambda retries it.
          Item item = attempt(a, skipUnchanged);
          onDone.accept(item);
          return item;
        }));
      }
      List<Item> out = new ArrayList<>(articles.size());
      for (Future<Item> j : jobs) out.add(j.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * One article on this thread, failing as a worker would: a cold one-article run (a file, a Lambda
   * event) then uses the taggers the extractor readied on this thread instead of building a second set.
   */
  private Item runHere(Article a, boolean skipUnchanged, Consumer<Item> onDone) {
    try {
      Item item = attempt(a, skipUnchanged);
      onDone.accept(item);
      return item;
    } catch (RuntimeException | Error e) {
      throw new IllegalStateException("a worker failed", e);
    }
  }

  /**
   * Every article of a source, a page at a time, so a listing of millions never sits in memory.
   *
   * @param onPage called with each finished page, in order
   */
  public void runAll(ArticleSource source, boolean skipUnchanged, Consumer<Item> onDone, Consumer<List<Item>> onPage) {
    try (Stream<Article> all = source.articles()) {
      Iterator<Article> it = all.iterator();
      List<Article> page = new ArrayList<>(PAGE);
      while (it.hasNext()) {
        page.add(it.next());
        if (page.size() == PAGE || !it.hasNext()) {
          onPage.accept(run(List.copyOf(page), skipUnchanged, onDone));
          page.clear();
        }
      }
    }
  }
}
