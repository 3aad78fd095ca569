package dev.newsfacts.review;

import dev.newsfacts.extract.ContentHash;

import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.StatisticFact;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A static review site for a folder of results: {@code OUT/index.html} and one page per result,
 * mirroring relative paths ({@code RESULTS/a/b.txt.json} -> {@code OUT/a/b.txt.html}). The text
 * of {@code RESULTS/a/b.txt.json} is read from {@code ARTICLES/a/b.txt}.
 */
public final class ReviewSite {
  /** What was written: pages, error documents listed, pages with warnings. */
  public record Summary(int pages, int errors, int pagesWithProblems) {}

  private final ReviewRenderer renderer;

  public ReviewSite(ReviewRenderer renderer) {
    this.renderer = renderer;
  }

  public Summary build(Path results, Path articles, Path out) throws IOException {
    Path outAbs = out.toAbsolutePath().normalize();
    List<Path> files;
    try (Stream<Path> s = Files.walk(results)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> !p.toAbsolutePath().normalize().startsWith(outAbs))
          .filter(p -> p.getFileName().toString().endsWith(".json") && !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
    List<IndexPage.Row> rows = new ArrayList<>();
    List<IndexPage.ErrorRow> errors = new ArrayList<>();
    int quotes = 0;
    int withProblems = 0;
    for (Path file : files) {
      String rel = results.relativize(file).toString().replace('\\', '/');
      ResultReader.Read read = ResultReader.read(Files.readAllBytes(file));
      if (read instanceof ResultReader.Error e) {
        ErrorDocument d = e.document();
        errors.add(new IndexPage.ErrorRow(strip(rel, ".error.json"), d.error() == null ? "?" : String.valueOf(d.error().code()),
            d.error() == null ? "" : d.error().message()));
        continue;
      }
      if (read instanceof ResultReader.Unreadable u) {
        errors.add(new IndexPage.ErrorRow(rel, "UNREADABLE_RESULT", u.reason()));
        continue;
      }
      ResultDocument doc = ((ResultReader.Result) read).document();
      String name = strip(rel, ".json");
      List<String> notes = new ArrayList<>();
      String text = articleText(articles.resolve(name), doc, notes);
      String depth = "../".repeat((int) name.chars().filter(c -> c == '/').count());
      ArticlePage page = ArticlePages.of(doc, text, depth + "index.html", notes);
      Path target = out.resolve(name + ".html");
      Files.createDirectories(target.getParent());
      Files.writeString(target, renderer.article(page), StandardCharsets.UTF_8);
      quotes += doc.quotes().size();
      if (!page.warnings().isEmpty()) withProblems++;
      rows.add(new IndexPage.Row(name, name + ".html", doc.quotes().size(), speakers(doc.quotes()),
          count(doc.facts(), StatisticFact.class), count(doc.facts(), EventFact.class), doc.entities().size(),
          page.warnings().size()));
    }
    Files.createDirectories(out);
    IndexPage index = new IndexPage("Review: " + results.getFileName(), rows, errors,
        new IndexPage.Totals(rows.size(), quotes, errors.size()));
    Files.writeString(out.resolve("index.html"), renderer.index(index), StandardCharsets.UTF_8);
    return new Summary(rows.size(), errors.size(), withProblems);
  }

  /** The article as the extractor decoded it (BOM dropped), or null with a note saying why not. */
  static String articleText(Path file, ResultDocument doc, List<String> notes) {
    if (doc.article() != null && doc.article().text() != null) return doc.article().text();
    if (!Files.isRegularFile(file)) {
      notes.add("No article at " + file + ": the text cannot be shown.");
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      notes.add("The article " + file + " cannot be read: the text cannot be shown.");
      return null;
    }
    if (doc.contentSha256() != null && !doc.contentSha256().equals(ContentHash.sha256(bytes))) {
      notes.add("The article has changed since it was extracted (content hash differs): highlights may be off.");
    }
    return ArticleText.decode(bytes);
  }

  static int speakers(List<Quote> quotes) {
    Set<String> keys = new HashSet<>();
    for (Quote q : quotes) {
      String k = SpeakerColours.key(q.speaker());
      if (k != null) keys.add(k);
    }
    return keys.size();
  }

  private static int count(List<Fact> facts, Class<? extends Fact> type) {
    return (int) facts.stream().filter(type::isInstance).count();
  }

  private static String strip(String s, String suffix) {
    return s.endsWith(suffix) ? s.substring(0, s.length() - suffix.length()) : s;
  }
}
