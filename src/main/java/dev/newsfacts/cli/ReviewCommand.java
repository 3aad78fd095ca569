package dev.newsfacts.cli;

import dev.newsfacts.review.ReviewRenderer;
import dev.newsfacts.review.ReviewSite;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code review --in RESULTS --articles ARTICLES --out SITE}: a static HTML report of a folder of results. */
@Command(name = "review", sortOptions = false,
    header = "a static HTML report of a folder of results (quotes highlighted by speaker)",
    description = {
        "Writes a static HTML report (no server, no network, open SITE_DIR/index.html in a browser): an index of"
            + " the results with their counts and the error documents, and one page per article with its quotes"
            + " highlighted and coloured by speaker (click one for speaker, cue and kind), next to panels of"
            + " speakers, entities, statistics and events. RESULTS_DIR/a/b.txt.json is shown over the text of"
            + " ARTICLES_DIR/a/b.txt and written to SITE_DIR/a/b.txt.html.",
        "",
        "Example: newsfacts extract --in samples/articles --out out",
        "         newsfacts review --in out --articles samples/articles --out site"},
    footer = {"", "Exit codes: 0 written, 2 bad command line, 3 a folder missing or the site not writable."})
final class ReviewCommand implements Callable<Integer> {
  @Option(names = "--in", required = true, paramLabel = "RESULTS_DIR", description = "result documents (what extract wrote)")
  Path results;

  @Option(names = "--articles", required = true, paramLabel = "ARTICLES_DIR", description = "the articles they came from")
  Path articles;

  @Option(names = "--out", required = true, paramLabel = "SITE_DIR", description = "where the site goes")
  Path site;

  private final PrintStream err;

  ReviewCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() {
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
