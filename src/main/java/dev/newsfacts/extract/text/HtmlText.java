package dev.newsfacts.extract.text;

import dev.newsfacts.extract.lexicon.WordList;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML to article text with jsoup: boilerplate (navigation, header, footer, asides, scripts,
 * forms, share widgets) dropped, the article body found, one paragraph per line. Every walk
 * over the tree is jsoup's iterative traversal, so deeply nested markup cannot overflow the
 * stack.
 */
final class HtmlText {
  /** Elements that never hold article text. */
  private static final String BOILERPLATE = String.join(",",
      "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
      "nav", "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label", "menu", "dialog",
      "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[aria-hidden=true]",
      "[hidden]");
  /** Class or id words of widgets around an article; matched as whole words, never as a regex. */
  private static final Set<String> WIDGET_WORDS = WordList.set("/dev/newsfacts/lexicon/html-widget-words.txt");
  /** Where pages say their article is, most specific first. */
  private static final String[] BODY_SELECTORS = {
      "[itemprop=articleBody]", "article", "main", "[role=main]", "#content", ".article-body", ".story-body"};
  /** Elements whose text starts and ends a line of their own. */
  private static final Set<String> LINE_ELEMENTS = Set.of(
      "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
      "blockquote", "pre", "table", "tr", "figcaption", "address", "hr", "br", "body", "center");
  /** A candidate body shorter than this share of the page's paragraph text is a teaser, not the article. */
  private static final double MIN_BODY_SHARE = 0.4;
  private static final int MAX_CANDIDATES = 8;

  private HtmlText() {}

  /** @param declared the page's own date and headline; its title is og:title, JSON-LD, {@code <h1>} or {@code <title>} */
  record Article(Declared declared, String text) {
    String title() {
      return declared.title();
    }
  }

  static Article extract(String html) {
    Document doc = Jsoup.parse(html);
    Declared declared = HtmlMeta.read(doc);
    String title = declared.title() != null ? declared.title() : firstText(doc.select("h1"));
    if (title == null) title = blankToNull(collapse(doc.title()));
    doc.select(BOILERPLATE).remove();
    removeWidgets(doc);
    Element body = findBody(doc);
    return new Article(new Declared(declared.dates(), title, declared.language()), linesOf(body));
  }

  private static void removeWidgets(Document doc) {
    Elements doomed = new Elements();
    for (Element e : doc.getAllElements()) {
      if (e == doc.body() || e == doc) continue;
      if (isWidget(e.className()) || isWidget(e.id())) doomed.add(e);
    }
    doomed.remove();
  }

  /** True when one of the class/id words (split at spaces, '-' and '_') names a widget. */
  private static boolean isWidget(String attr) {
    if (attr.isEmpty()) return false;
    String lower = attr.toLowerCase(Locale.ROOT);
    int start = 0;
    for (int i = 0; i <= lower.length(); i++) {
      boolean sep = i == lower.length() || " -_\t".indexOf(lower.charAt(i)) >= 0;
      if (!sep) continue;
      if (i > start && WIDGET_WORDS.contains(lower.substring(start, i))) return true;
      start = i + 1;
    }
    return false;
  }

  /** The declared article element when it holds most of the text, else the densest block of paragraphs. */
  private static Element findBody(Document doc) {
    Element root = doc.body() != null ? doc.body() : doc;
    long total = paragraphChars(root);
    for (String sel : BODY_SELECTORS) {
      Elements candidates = doc.select(sel);
      // a page of ten thousand <article> teasers must not cost ten thousand scans
      for (int i = 0; i < Math.min(candidates.size(), MAX_CANDIDATES); i++) {
        Element candidate = candidates.get(i);
        if (total == 0 || paragraphChars(candidate) >= MIN_BODY_SHARE * total) return candidate;
      }
    }
    Element densest = densestParagraphParent(root);
    if (densest != null && paragraphChars(densest) >= MIN_BODY_SHARE * total) return densest;
    return root;
  }

  /** The element whose direct {@code <p>} children hold the most text; one pass, so 100,000 paragraphs cost little. */
  private static Element densestParagraphParent(Element root) {
    Map<Element, Long> charsByParent = new IdentityHashMap<>();
    Element best = null;
    long bestChars = 0;
    for (Element p : root.select("p")) {
      Element parent = p.parent();
      if (parent == null) continue;
      long chars = charsByParent.merge(parent, (long) p.text().length(), Long::sum);
      if (chars > bestChars) {
        best = parent;
        bestChars = chars;
      }
    }
    return best;
  }

  private static long paragraphChars(Element e) {
    long n = 0;
    for (Element p : e.select("p")) n += p.text().length();
    return n == 0 ? e.text().length() : n;
  }

  /** The element's text, one line per block element, runs of white space collapsed, blank lines dropped. */
  static String linesOf(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          appendCollapsed(out, t.getWholeText());
        } else if (node instanceof Element e && LINE_ELEMENTS.contains(e.normalName())) {
          breakLine(out);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && LINE_ELEMENTS.contains(e.normalName())) breakLine(out);
      }
    }, root);
    breakLine(out);
    return out.toString().strip();
  }

  private static void appendCollapsed(StringBuilder out, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        if (out.length() > 0 && !endsWithSpaceOrBreak(out)) out.append(' ');
      } else {
        out.append(c);
      }
    }
  }

  private static boolean endsWithSpaceOrBreak(StringBuilder out) {
    char last = out.charAt(out.length() - 1);
    return last == ' ' || last == '\n';
  }

  /** Ends the current line (dropping a trailing space) unless it is already ended. */
  private static void breakLine(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') out.setLength(out.length() - 1);
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
  }

  private static String firstText(Elements es) {
    for (Element e : es) {
      String t = blankToNull(collapse(e.text()));
      if (t != null) return t;
    }
    return null;
  }

  private static String collapse(String s) {
    StringBuilder b = new StringBuilder();
    appendCollapsed(b, s);
    return b.toString().strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
