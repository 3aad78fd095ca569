package dev.newsfacts.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs the processor over many objects on N threads (S3 waits overlap with extraction), in input
 * order for the results. Used by the batch handler and by the local {@code rerun} command.
 */
public final class BatchRunner {
  private final ArticleProcessor processor;
  private final int workers;

  public BatchRunner(ArticleProcessor processor, int workers) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1");
    this.processor = processor;
    this.workers = workers;
  }

  private Item attempt(ObjectRef ref, boolean skipUnchanged) {
    try {
      return new Item(ref, processor.process(ref, skipUnchanged), null);
    } catch (S3UnavailableException e) {
      return new Item(ref, null, e);
    }
  }

  /** One object's fate: a report, or the S3 failure that kept it from one. */
  public record Item(ObjectRef ref, ArticleReport report, S3UnavailableException failure) {}

  /**
   * @param skipUnchanged see {@link ArticleProcessor#process}
   * @param onDone called once per object as it finishes (progress, log lines); must be thread-safe
   */
  public List<Item> run(List<ObjectRef> refs, boolean skipUnchanged, Consumer<Item> onDone) {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, Math.max(1, refs.size())));
    try {
      List<Future<Item>> jobs = new ArrayList<>(refs.size());
      for (ObjectRef ref : refs) {
        jobs.add(pool.submit(() -> {
          // No retry of our own: each S3 call is already retried by the client (S3Clients), stale
          // pooled connections and short downloads included; what still fails has failed every
          // attempt, and the batch fails so that Step Functions or Lambda retries it.
          Item item = attempt(ref, skipUnchanged);
          onDone.accept(item);
          return item;
        }));
      }
      List<Item> out = new ArrayList<>(refs.size());
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
}
