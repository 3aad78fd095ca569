package dev.newsfacts.bench;

import dev.newsfacts.extract.nlp.NlpModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.FutureTask;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The floor every figure is divided by: OpenNLP alone, with the models our results name, loading the
 * POS model on this thread while a helper reads the other two (as our pipeline does, so the floor is
 * no slower than it could be), then sentences, tokens and POS tags over plain text. Nothing of ours
 * runs here except the model names. Not thread-safe: one {@link Tagger} per thread.
 */
final class OpenNlpFloor {
  private final SentenceModel sentences;
  private final TokenizerModel tokens;
  private final POSModel pos;

  private OpenNlpFloor(SentenceModel sentences, TokenizerModel tokens, POSModel pos) {
    this.sentences = sentences;
    this.tokens = tokens;
    this.pos = pos;
  }

  static OpenNlpFloor load() {
    var names = NlpModels.describe();
    FutureTask<Object[]> small = new FutureTask<>(() -> new Object[] {
        new SentenceModel(open(names.get("sentence"))), new TokenizerModel(open(names.get("tokens")))});
    Thread.ofPlatform().name("floor-model-loader").daemon().start(small);
    try {
      POSModel p = new POSModel(open(names.get("pos")));
      Object[] st = small.get();
      return new OpenNlpFloor((SentenceModel) st[0], (TokenizerModel) st[1], p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot load the OpenNLP models", e);
    }
  }

  private static InputStream open(String name) throws IOException {
    InputStream in = OpenNlpFloor.class.getResourceAsStream("/" + name + ".bin");
    if (in == null) throw new IOException("model " + name + " is not on the classpath");
    return in;
  }

  Tagger tagger() {
    return new Tagger();
  }

  /** One thread's sentence detector, tokenizer and POS tagger. */
  final class Tagger {
    private final SentenceDetectorME sentenceDetector = new SentenceDetectorME(sentences);
    private final TokenizerME tokenizer = new TokenizerME(tokens);
    private final POSTaggerME tagger = new POSTaggerME(pos);

    /** Tags every sentence of {@code text}; returns the number of tokens tagged. */
    int tag(String text) {
      int n = 0;
      for (Span s : sentenceDetector.sentPosDetect(text)) {
        n += tagger.tag(tokenizer.tokenize(text.substring(s.getStart(), s.getEnd()))).length;
      }
      return n;
    }
  }
}
