package dev.newsfacts.extract.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English UD models, loaded once and shared by every thread (models are
 * thread-safe; the {@code *ME} classes built over them are not). The model jars hold each
 * {@code .bin} at their root; OpenNLP's own classpath finder fails inside a shaded jar, so
 * they are read with {@code getResourceAsStream}.
 */
public final class NlpModels {
  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;

  private NlpModels(SentenceModel s, TokenizerModel t, POSModel p) {
    this.sentenceModel = s;
    this.tokenizerModel = t;
    this.posModel = p;
  }

  /**
   * Reads the three models from the classpath; fails loudly when a model jar is missing. The POS
   * model (the largest) loads on this thread while a helper reads the other two: on two cores the
   * pipeline is ready about a third sooner. A platform thread, because the common pool
   * has a single worker on two cores.
   */
  public static NlpModels loadFromClasspath() {
    FutureTask<Object[]> small = new FutureTask<>(
        () -> new Object[] {new SentenceModel(open(SENTENCE)), new TokenizerModel(open(TOKENS))});
    Thread.ofPlatform().name("newsfacts-model-loader").daemon().start(small);
    try {
      POSModel pos = new POSModel(open(POS));
      Object[] st = small.get();
      return new NlpModels((SentenceModel) st[0], (TokenizerModel) st[1], pos);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read an OpenNLP model from the classpath", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw new UncheckedIOException("cannot read an OpenNLP model from the classpath", io);
      }
      throw new IllegalStateException("cannot load an OpenNLP model", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading the OpenNLP models", e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = NlpModels.class.getResourceAsStream("/" + name);
    if (in == null) {
      throw new IOException("model " + name + " is not on the classpath (opennlp-models-*-en jars)");
    }
    return in;
  }

  /** Model names as written into every result, so a stored result says what produced it. */
  public static SortedMap<String, String> describe() {
    SortedMap<String, String> m = new TreeMap<>();
    m.put("sentence", SENTENCE.replace(".bin", ""));
    m.put("tokens", TOKENS.replace(".bin", ""));
    m.put("pos", POS.replace(".bin", ""));
    return m;
  }

  SentenceModel sentenceModel() {
    return sentenceModel;
  }

  TokenizerModel tokenizerModel() {
    return tokenizerModel;
  }

  POSModel posModel() {
    return posModel;
  }
}
