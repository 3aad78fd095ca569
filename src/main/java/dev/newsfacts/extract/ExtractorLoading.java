package dev.newsfacts.extract;

import dev.newsfacts.extract.nlp.NlpModels;
import dev.newsfacts.json.ResultJson;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The slow part of building an {@link Extractor}, started at once on helper threads: the OpenNLP models
 * on one (it reads the sentence and token models on another), the word lists and rule stages on a
 * third, which then readies the JSON writer. A caller with other work before it
 * needs the extractor (the CLI reading its command line, checking its folders) starts this first, so on
 * two cores that work and the loading overlap. Loading is deterministic: when it starts never changes a result.
 */
public final class ExtractorLoading {
  private final FutureTask<NlpModels> models = new FutureTask<>(NlpModels::loadFromClasspath);
  private final FutureTask<Rules> rules = new FutureTask<>(Rules::load);

  private ExtractorLoading() {}

  /** Starts loading; daemon threads, so a process that ends before it needs the extractor is not held up. */
  public static ExtractorLoading start() {
    ExtractorLoading l = new ExtractorLoading();
    Thread.ofPlatform().name("newsfacts-pos-loader").daemon().start(l.models);
    Thread.ofPlatform().name("newsfacts-rules-loader").daemon().start(() -> {
      l.rules.run();
      ResultJson.prepare();
    });
    return l;
  }

  /** The extractor, once everything has loaded; a loading failure is rethrown as it was. */
  public Extractor extractor(ExtractorOptions options) {
    return Extractor.of(models(), Rules.await(rules), options);
  }

  private NlpModels models() {
    try {
      return models.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the OpenNLP models", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException("cannot load the OpenNLP models", e.getCause());
    }
  }
}
