package dev.newsfacts.extract.nlp;

import java.util.ArrayList;
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
  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  public Annotator(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new POSTaggerME(models.posModel());
  }

  public AnnotatedText annotate(String text) {
    List<int[]> paragraphs = Paragraphs.split(text);
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      int ps = paragraphs.get(p)[0];
      int pe = paragraphs.get(p)[1];
      String para = text.substring(ps, pe);
      List<int[]> sents = SentenceRepair.repair(para, sentences.sentPosDetect(para));
      for (int[] s : sents) {
        String sentText = para.substring(s[0], s[1]);
        Span[] tok = tokenizer.tokenizePos(sentText);
        if (tok.length == 0) {
          continue;
        }
        String[] words = Span.spansToStrings(tok, sentText);
        String[] tags = tagger.tag(words);
        int first = tokens.size();
        for (int i = 0; i < tok.length; i++) {
          int a = ps + s[0] + tok[i].getStart();
          int b = ps + s[0] + tok[i].getEnd();
          tokens.add(new Token(tokens.size(), a, b, words[i], tags[i], out.size(), p));
        }
        out.add(new Sentence(out.size(), ps + s[0], ps + s[1], first, tokens.size(), p));
      }
    }
    return new AnnotatedText(text, paragraphs, out, tokens);
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
