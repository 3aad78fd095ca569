package dev.newsfacts.review;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * Renders review pages from the templates in {@code /dev/newsfacts/review/}. Immutable and
 * thread-safe once built (templates compiled once), so a warm Lambda keeps one.
 *
 * <p>Every {@code {{value}}} is HTML-escaped by JMustache ({@code & < > " ' ` =}); the only
 * unescaped inserts are the stylesheet and script shipped in the jar. The Content-Security-Policy
 * allows exactly those two by their SHA-256 and nothing else (no network, no other script), so
 * even a mistake in escaping could not run a script that came with an article.
 */
public final class ReviewRenderer {
  private static final String BASE = "/dev/newsfacts/review/";
  private final Template article;
  private final Template index;
  private final String css;
  private final String js;
  private final String articleCsp;
  private final String indexCsp;

  public ReviewRenderer() {
    // nullValue: a null field renders as nothing (and is false in sections); a misspelt name still fails
    Mustache.Compiler compiler = Mustache.compiler().escapeHTML(true).nullValue("")
        // an empty list joined to "" hides its section ("also …" with no aliases)
        .emptyStringIsFalse(true);
    this.article = compiler.compile(resource("article.mustache"));
    this.index = compiler.compile(resource("index.mustache"));
    this.css = resource("review.css");
    this.js = resource("review.js");
    String style = "style-src " + hash(css);
    this.articleCsp = "default-src 'none'; " + style + "; script-src " + hash(js) + "; base-uri 'none'; form-action 'none'";
    this.indexCsp = "default-src 'none'; " + style + "; base-uri 'none'; form-action 'none'";
  }

  public String article(ArticlePage page) {
    return article.execute(Map.of("page", page, "css", css, "js", js, "csp", articleCsp));
  }

  /** The page of one result on its own (no index), as the Lambda writes next to the result. */
  public String standalone(dev.newsfacts.model.ResultDocument doc, byte[] articleBytes) {
    return article(ArticlePages.of(doc, articleBytes == null ? null : ArticleText.decode(articleBytes), null,
        java.util.List.of()));
  }

  public String index(IndexPage page) {
    return index.execute(Map.of("page", page, "css", css, "csp", indexCsp));
  }

  private static String resource(String name) {
    try (InputStream in = ReviewRenderer.class.getResourceAsStream(BASE + name)) {
      if (in == null) throw new IllegalStateException(BASE + name + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A CSP source for an inline element with exactly this content. */
  static String hash(String content) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(d) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
