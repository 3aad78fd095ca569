package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import dev.newsfacts.extract.people.PersonIndex;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Quotes with their speakers: direct and partial quotes from quotation marks, indirect ones from reported speech. */
public final class QuoteExtractor {
  private final QuoteMarkScanner scanner = new QuoteMarkScanner();

  public List<Quote> extract(AnnotatedText at, PersonIndex people) {
    List<QuotedSpan> spans = new ArrayList<>(scanner.scan(at.text(), at.paragraphs()));
    ClauseSources sources = new ClauseSources(at, quotedTokens(at, spans));
    List<Candidate> quoted = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      QuotedSpan s = spans.get(i);
      if (!s.closed() && !continuesInNextParagraph(at, s)) s = UnclosedQuote.cutAtAttribution(at, sources, s);
      spans.set(i, s);
      quoted.add(new Candidate(QuoteKindRule.kindOf(at.text(), s), s.start(), s.end(), s));
    }
    new DirectQuoteAttributor(at, sources).attribute(quoted);
    List<Candidate> all = new ArrayList<>();
    for (Candidate c : quoted) {
      if (NotAQuote.test(at, c)) continue;
      all.add(c);
    }
    all.addAll(new ReportedSpeechFinder(at, sources, quotedTokens(at, spans)).find());
    all.sort(Comparator.comparingInt((Candidate c) -> c.start).thenComparingInt(c -> c.end));
    continueSpeakers(at, all);
    new NearestSubject(at, sources).attribute(all);

    SpeakerResolver resolver = new SpeakerResolver(at, people);
    List<Quote> out = new ArrayList<>();
    for (Candidate c : all) {
      Speaker sp = resolver.resolve(c);
      TextSpan cue = null;
      if (c.cue != null) {
        int a = at.tokens().get(c.cue[0]).start();
        int b = at.tokens().get(c.cue[1] - 1).end();
        cue = new TextSpan(a, b, at.text().substring(a, b));
      }
      double conf = c.attributed() ? c.confidence : 0.4;
      out.add(new Quote("q" + (out.size() + 1), c.kind, at.text().substring(c.start, c.end), c.start, c.end, sp, cue,
          conf));
    }
    return out;
  }

  /**
   * A quote with nobody named continues the speaker of the attribution just before it
   * (reported or quoted) in its paragraph, or in the previous one when the quote opens its paragraph.
   */
  private static void continueSpeakers(AnnotatedText at, List<Candidate> all) {
    Candidate last = null;
    for (Candidate c : all) {
      if (!c.attributed() && c.marks != null) {
        int[] para = at.paragraphs().get(c.marks.paragraph());
        int lastPara = last == null ? -2 : at.paragraphAt(last.start);
        boolean opens = c.marks.openMark() == para[0];
        if (last != null && (opens && lastPara >= c.marks.paragraph() - 1 || lastPara == c.marks.paragraph())) {
          c.attribute(last.source, last.cue, dev.newsfacts.model.Resolution.NEARBY, 0.6);
        }
      }
      if (c.attributed()) last = c;
    }
  }

  private static boolean continuesInNextParagraph(AnnotatedText at, QuotedSpan s) {
    if (s.paragraph() + 1 >= at.paragraphs().size()) return false;
    char c = at.text().charAt(at.paragraphs().get(s.paragraph() + 1)[0]);
    return c == '"' || c == '\u201c';
  }

  private static boolean[] quotedTokens(AnnotatedText at, List<QuotedSpan> spans) {
    List<Token> toks = at.tokens();
    boolean[] q = new boolean[toks.size()];
    for (QuotedSpan s : spans) {
      for (int i = at.tokenAtOrAfter(s.openMark()); i < toks.size() && toks.get(i).start() < s.after(); i++) q[i] = true;
    }
    return q;
  }

  /** Direct when the quote stands on its own; partial when it is woven into a sentence. */
  static final class QuoteKindRule {
    private QuoteKindRule() {}

    static QuoteKind kindOf(String text, QuotedSpan s) {
      int i = s.openMark() - 1;
      while (i >= 0 && text.charAt(i) == ' ') i--;
      // woven: a word runs into the quote ("called it a "setback"", "said that "short-term ...")
      // A lower-case start alone does not make a fragment: "A," she said, "and B." is whole.
      boolean woven = i >= 0 && Character.isLetterOrDigit(text.charAt(i));
      return woven ? QuoteKind.PARTIAL : QuoteKind.DIRECT;
    }
  }
}
