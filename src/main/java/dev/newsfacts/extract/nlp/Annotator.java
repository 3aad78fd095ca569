package dev.newsfacts.extract.nlp;

import dev.newsfacts.extract.bounds.BudgetedList;
import dev.newsfacts.extract.bounds.Deadline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetector;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
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

  private final SentenceDetector sentences;
  private final Tokenizer tokenizer;
  private final UnaryOperator<String[]> tagger;
  /** Abbreviations a sentence never ends on ("M.", "Sra."), beyond the English ones SentenceRepair knows. */
  private final Set<String> abbreviations;

  public Annotator(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    POSTaggerME me = new POSTaggerME(models.posModel());
    this.tagger = me::tag;
    this.abbreviations = Set.of();
  }

  private Annotator(SentenceDetector s, Tokenizer t, UnaryOperator<String[]> tagger, Set<String> abbreviations) {
    this.sentences = s;
    this.tokenizer = t;
    this.tagger = tagger;
    this.abbreviations = Set.copyOf(abbreviations);
  }

  /**
   * An annotator for another language, over whichever of its models exist (null where Maven Central
   * has none): rule sentences and tokens stand in, and without a POS model a capitalised word inside
   * a sentence is tagged PROPN and every other word X, which is all the later steps ask of tags.
   */
  public static Annotator forLanguage(SentenceModel s, TokenizerModel t, POSModel p, Set<String> abbreviations) {
    SentenceDetector sd = s == null ? new RuleSentences(abbreviations) : new SentenceDetectorME(s);
    Tokenizer tok = t == null ? new RuleTokenizer() : new TokenizerME(t);
    UnaryOperator<String[]> tag;
    if (p == null) {
      tag = Annotator::capitalisedAsProperNouns;
    } else {
      POSTaggerME me = new POSTaggerME(p);
      tag = me::tag;
    }
    return new Annotator(sd, tok, tag, abbreviations);
  }

  private static String[] capitalisedAsProperNouns(String[] words) {
    String[] tags = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.charAt(0));
      tags[i] = cap && i > 0 ? "PROPN" : Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) ? "X" : "PUNCT";
    }
    return tags;
  }

  public AnnotatedText annotate(String text) {
    return annotate(text, Deadline.none());
  }

  /**
   * As {@link #annotate(String)}, giving up with a {@code BudgetExceededException} once
   * {@code deadline} passes; the returned lists keep checking it for the steps that follow.
   */
  public AnnotatedText annotate(String text, Deadline deadline) {
    List<CharSpan> paragraphs = LongSpans.limit(text, Paragraphs.split(text), MAX_PARAGRAPH_CHARS);
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p).start();
      int pe = paragraphs.get(p).end();
      String para = text.substring(ps, pe);
      deadline.check();
      List<CharSpan> sents = LongSpans.limit(para,
          joinAfterAbbreviations(para, SentenceRepair.repair(para, sentences.sentPosDetect(para))), MAX_SENTENCE_CHARS);
      for (CharSpan s : sents) {
        deadline.check();
        String sentText = para.substring(s.start(), s.end());
        Span[] tok = BoundedTokenizer.tokenizePos(tokenizer, sentText);
        if (tok.length == 0) {
          continue;
        }
        String[] words = Span.spansToStrings(tok, sentText);
        String[] tags = tagInWindows(words);
        int first = tokens.size();
        for (int i = 0; i < tok.length; i++) {
          int a = ps + s.start() + tok[i].getStart();
          int b = ps + s.start() + tok[i].getEnd();
          tokens.add(new Token(tokens.size(), a, b, words[i], tags[i], out.size(), p));
        }
        out.add(new Sentence(out.size(), ps + s.start(), ps + s.end(), first, tokens.size(), p));
      }
    }
    return new AnnotatedText(text, BudgetedList.of(paragraphs, deadline), BudgetedList.of(out, deadline),
        BudgetedList.of(tokens, deadline));
  }

  /** "M. Dupont": a sentence that ends on one of this language's abbreviations goes on. */
  private List<CharSpan> joinAfterAbbreviations(String para, List<CharSpan> sents) {
    if (abbreviations.isEmpty() || sents.size() < 2) return sents;
    List<CharSpan> out = new ArrayList<>();
    for (CharSpan s : sents) {
      if (!out.isEmpty()) {
        CharSpan prev = out.get(out.size() - 1);
        int a = prev.end();
        while (a > prev.start() && !Character.isWhitespace(para.charAt(a - 1))) a--;
        if (abbreviations.contains(para.substring(a, prev.end()))) {
          out.set(out.size() - 1, new CharSpan(prev.start(), s.end()));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private String[] tagInWindows(String[] words) {
    if (words.length <= TAG_WINDOW) return tagger.apply(words);
    String[] tags = new String[words.length];
    for (int a = 0; a < words.length; a += TAG_WINDOW) {
      int b = Math.min(a + TAG_WINDOW, words.length);
      System.arraycopy(tagger.apply(Arrays.copyOfRange(words, a, b)), 0, tags, a, b - a);
    }
    return tags;
  }
}
