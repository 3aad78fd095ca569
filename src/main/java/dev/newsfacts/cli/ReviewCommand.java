package dev.newsfacts.cli;

import dev.newsfacts.review.ReviewRenderer;
import dev.newsfacts.review.ReviewSite;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** {@code review --in RESULTS --articles ARTICLES --out SITE}: a static HTML report of a folder of results. */
final class ReviewCommand {
  static final String HELP = """
      Usage: newsfacts review --in RESULTS_DIR --articles ARTICLES_DIR --out SITE_DIR

      Writes a static HTML report (no server, no network, open SITE_DIR/index.html in a browser):
      an index of the results with their counts and the error documents, and one page per article
      with its quotes highlighted and coloured by speaker (click one for speaker, cue and kind),
      next to panels of speakers, entities, statistics and events.
      RESULTS_DIR/a/b.txt.json is shown over the text of ARTICLES_DIR/a/b.txt and written to
      SITE_DIR/a/b.txt.html.

      Example: newsfacts extract --in samples/articles --out out
               newsfacts review --in out --articles samples/articles --out site

      Exit codes: 0 written, 2 bad command line, 3 a folder missing or the site not writable.
      """;

  private final PrintStream out;
  private final PrintStream err;

  ReviewCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    Options o;
    try {
      o = Options.parse(args, Set.of("--in", "--articles", "--out"), Set.of("--help", "-h"));
      if (o.has("--help") || o.has("-h")) {
        out.print(HELP);
        return ExitCode.OK;
      }
      if (o.get("--in") == null || o.get("--articles") == null || o.get("--out") == null) {
        throw new Options.UsageException("--in, --articles and --out are required");
      }
    } catch (Options.UsageException e) {
      err.println("newsfacts review: " + e.getMessage());
      err.print(HELP);
      return ExitCode.USAGE;
    }
    Path results = Path.of(o.get("--in"));
    Path articles = Path.of(o.get("--articles"));
    Path site = Path.of(o.get("--out"));
    for (Path dir : new Path[] {results, articles}) {
      if (!Files.isDirectory(dir)) {
        err.println("newsfacts review: " + dir + " is not a folder");
        return ExitCode.IO;
      }
    }
    try {
      ReviewSite.Summary s = new ReviewSite(new ReviewRenderer()).build(results, articles, site);
      err.println("newsfacts review: " + s.pages() + " article pages, " + s.errors() + " error documents listed, "
          + s.pagesWithProblems() + " pages with warnings; open " + site.resolve("index.html"));
      return ExitCode.OK;
    } catch (IOException e) {
      err.println("newsfacts review: cannot write the site to " + site + ": " + e.getMessage());
      return ExitCode.IO;
    }
  }
}
