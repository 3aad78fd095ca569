package dev.newsfacts.extract.nlp;

import dev.newsfacts.extract.bounds.BudgetedList;
import dev.newsfacts.extract.bounds.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Paragraphs, sentences, tokens and POS tags for one text. Not thread-safe (it owns
 * OpenNLP {@code *ME} instances): one per thread, over shared {@link NlpModels}.
 */
public final class Annotator {
  /** Pieces longer than these are cut; see {@link LongSpans}. News paragraphs run to ~1,500 chars. */
  static final int MAX_PARAGRAPH_CHARS = 20_000;
  static final int MAX_SENTENCE_CHARS = 2_000;
  /** POS beam search slows down with the square of the sentence length: tag long runs in windows. */
  static final int TAG_WINDOW = 256;

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  public Annotator(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new POSTaggerME(models.posModel());
  }

  public AnnotatedText annotate(String text) {
    return annotate(text, Deadline.none());
  }

  /**
   * As {@link #annotate(String)}, giving up with a {@code BudgetExceededException} once
   * {@code deadline} passes; the returned lists keep checking it for the steps that follow.
   */
  public AnnotatedText annotate(String text, Deadline deadline) {
    List<int[]> paragraphs = LongSpans.limit(text, Paragraphs.split(text), MAX_PARAGRAPH_CHARS);
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      String para = text.substring(ps, pe);
      deadline.check();
      List<int[]> sents = LongSpans.limit(para, SentenceRepair.repair(para, sentences.sentPosDetect(para)),
          MAX_SENTENCE_CHARS);
      for (int[] s : sents) {
        deadline.check();
        String sentText = para.substring(s[0], s[1]);
        Span[] tok = BoundedTokenizer.tokenizePos(tokenizer, sentText);
        if (tok.length == 0) {
          continue;
        }
        String[] words = Span.spansToStrings(tok, sentText);
        String[] tags = tagInWindows(words);
        int first = tokens.size();
        for (int i = 0; i < tok.length; i++) {
          int a = ps + s[0] + tok[i].getStart();
          int b = ps + s[0] + tok[i].getEnd();
          tokens.add(new Token(tokens.size(), a, b, words[i], tags[i], out.size(), p));
        }
        out.add(new Sentence(out.size(), ps + s[0], ps + s[1], first, tokens.size(), p));
      }
    }
    return new AnnotatedText(text, BudgetedList.of(paragraphs, deadline), BudgetedList.of(out, deadline),
        BudgetedList.of(tokens, deadline));
  }

  private String[] tagInWindows(String[] words) {
    if (words.length <= TAG_WINDOW) return tagger.tag(words);
    String[] tags = new String[words.length];
    for (int a = 0; a < words.length; a += TAG_WINDOW) {
      int b = Math.min(a + TAG_WINDOW, words.length);
      System.arraycopy(tagger.tag(Arrays.copyOfRange(words, a, b)), 0, tags, a, b - a);
    }
    return tags;
  }

  /** The tokenize+POS floor alone: the work no extractor built on OpenNLP can avoid. */
  public int tokenizeAndTag(String text) {
    int n = 0;
    for (Span s : sentences.sentPosDetect(text)) {
      String sentText = text.substring(s.getStart(), s.getEnd());
      String[] words = tokenizer.tokenize(sentText);
      n += tagger.tag(words).length;
    }
    return n;
  }
}
