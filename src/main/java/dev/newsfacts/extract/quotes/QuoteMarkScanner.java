package dev.newsfacts.extract.quotes;

import dev.newsfacts.extract.language.MarkPair;
import dev.newsfacts.extract.nlp.CharSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pairs double quotation marks, straight or curly, paragraph by paragraph. Marks are paired
 * inside one paragraph only, so an unbalanced mark can never swallow the rest of the
 * article; a mark left open at the paragraph end closes there (the news convention for a
 * quote that runs over several paragraphs). A mark's side is read from its neighbours
 * ("word” " closes, " “word" opens), which also repairs curly marks typed the wrong way round.
 * Single quotes are left alone (apostrophes, or quotes nested in a double quote), unless the article
 * uses no double mark at all: then they are its quotation marks ({@link SingleQuoteStyle}).
 * The language profile's pairs whose sides are fixed (« », „ “, » «) are paired first, outermost
 * only, and the double quotes inside them are left alone: in German „…“ the closing “ is no opening.
 */
public final class QuoteMarkScanner {
  // a class of the jar, not a lambda: a cold start spins a class for each lambda it meets (~0.4 ms of CPU)
  private static final Comparator<QuotedSpan> BY_OPEN_MARK = new Comparator<>() {
    @Override
    public int compare(QuotedSpan a, QuotedSpan b) {
      return Integer.compare(a.openMark(), b.openMark());
    }
  };
  private static final String OPEN_CONTEXT = "([{\u2014\u2013-/";
  private static final String CLOSE_CONTEXT = ".,;:!?)]}\u2014\u2013-";
  private final List<MarkPair> pairs;

  /** Straight and curly double quotes only. */
  public QuoteMarkScanner() {
    this(List.of());
  }

  /** @param pairs the profile's fixed pairs, the first listed winning where two share a mark */
  public QuoteMarkScanner(List<MarkPair> pairs) {
    this.pairs = List.copyOf(pairs);
  }

  public List<QuotedSpan> scan(String text, List<CharSpan> paragraphs) {
    List<QuotedSpan> out = new ArrayList<>();
    // British style: quotations in single marks, and no double mark anywhere in the article
    boolean singleStyle = SingleQuoteStyle.usedIn(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      int ls = paragraphs.get(p).start();
      int le = paragraphs.get(p).end();
      if (singleStyle) {
        SingleQuoteStyle.scan(text, ls, le, p, out);
        continue;
      }
      List<QuotedSpan> fixed = pairs.isEmpty() ? List.of() : scanPairs(text, ls, le, p);
      out.addAll(fixed);
      scanParagraph(text, ls, le, p, fixed, out);
    }
    out.sort(BY_OPEN_MARK);
    return out;
  }

  /** Fixed pairs, paragraph-bounded: a mark left open closes at the paragraph end, as with double quotes. */
  private List<QuotedSpan> scanPairs(String text, int ls, int le, int paragraph) {
    List<QuotedSpan> out = new ArrayList<>();
    MarkPair open = null;
    int openAt = -1;
    for (int j = ls; j < le; j++) {
      char ch = text.charAt(j);
      if (open != null) {
        if (ch == open.close()) {
          add(text, openAt, j, j, paragraph, out);
          open = null;
        }
        continue;
      }
      for (MarkPair mp : pairs) {
        if (mp.open() == ch && opensHere(text, j, le)) {
          open = mp;
          openAt = j;
          break;
        }
      }
    }
    if (open != null) add(text, openAt, le, -1, paragraph, out);
    return out;
  }

  /** "»" in "» dit-il" ends French speech: a mark opens only with a word after it, not at the line end. */
  private static boolean opensHere(String text, int j, int le) {
    int k = j + 1;
    while (k < le && Character.isSpaceChar(text.charAt(k))) k++;
    return k < le && !Character.isWhitespace(text.charAt(k)) && ".,;:!?".indexOf(text.charAt(k)) < 0;
  }

  private static boolean inside(List<QuotedSpan> fixed, int j) {
    for (QuotedSpan s : fixed) if (j >= s.openMark() && j < (s.closed() ? s.closeMark() + 1 : s.end() + 1)) return true;
    return false;
  }

  private static void scanParagraph(String text, int ls, int le, int paragraph, List<QuotedSpan> fixed,
      List<QuotedSpan> out) {
    int openAt = -1;
    for (int j = ls; j < le; j++) {
      char ch = text.charAt(j);
      if (ch != '"' && ch != '\u201c' && ch != '\u201d') continue;
      if (!fixed.isEmpty() && inside(fixed, j)) continue;
      char prev = j > ls ? text.charAt(j - 1) : 0;
      char next = j + 1 < le ? text.charAt(j + 1) : 0;
      boolean leftOpen = prev == 0 || Character.isWhitespace(prev) || OPEN_CONTEXT.indexOf(prev) >= 0;
      boolean rightClose = next == 0 || Character.isWhitespace(next) || CLOSE_CONTEXT.indexOf(next) >= 0;
      boolean opening;
      if (ch == '\u201c') {
        opening = leftOpen || !rightClose;
      } else if (ch == '\u201d') {
        opening = leftOpen && !rightClose;
      } else if (leftOpen && !rightClose) {
        opening = true;
      } else if (rightClose && !leftOpen) {
        opening = false;
      } else {
        opening = openAt < 0;
      }
      if (opening) {
        // An earlier mark still open is unbalanced: the newer one wins, so one stray mark costs one span.
        openAt = j;
      } else if (openAt >= 0) {
        add(text, openAt, j, j, paragraph, out);
        openAt = -1;
      }
    }
    if (openAt >= 0) add(text, openAt, le, -1, paragraph, out);
  }

  static void add(String text, int openMark, int end, int closeMark, int paragraph, List<QuotedSpan> out) {
    int a = openMark + 1;
    int b = end;
    // « » are set off with no-break or thin spaces, which isWhitespace does not count
    while (a < b && blank(text.charAt(a))) a++;
    while (b > a && blank(text.charAt(b - 1))) b--;
    if (b > a) out.add(new QuotedSpan(a, b, openMark, closeMark, paragraph));
  }

  private static boolean blank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
