package dev.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
  @TempDir Path tmp;

  private int run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
      return Main.run(args, p, p);
    }
  }

  private Path articles() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("articles/local"));
    try (InputStream in = getClass().getResourceAsStream("/review/council-website-script-tag.txt")) {
      Files.write(dir.resolve("council-website.txt"), in.readAllBytes());
    }
    Files.write(tmp.resolve("articles/blank.txt"), new byte[0]);
    return tmp.resolve("articles");
  }

  @Test
  void writesAnIndexAndOnePagePerResultMirroringPaths() throws IOException {
    Path articles = articles();
    assertEquals(ExitCode.SOME_FAILED, run("extract", "--in", articles.toString(), "--out", tmp.resolve("out").toString()));
    SchemaAssert.assertValidTree(tmp.resolve("out"));

    assertEquals(ExitCode.OK, run("review", "--in", tmp.resolve("out").toString(), "--articles", articles.toString(),
        "--out", tmp.resolve("site").toString()));

    Path page = tmp.resolve("site/local/council-website.txt.html");
    assertTrue(Files.isRegularFile(page));
    String html = Files.readString(page);
    assertTrue(html.contains("href=\"../index.html\""), "a page links back to the index");
    assertTrue(html.contains("data-speaker=\"Priya Raman"), "its quotes carry their speakers");
    String index = Files.readString(tmp.resolve("site/index.html"));
    assertTrue(index.contains("href=\"local/council-website.txt.html\""), index);
  }

  @Test
  void listsErrorDocumentsOnTheIndex() throws IOException {
    Path articles = articles();
    run("extract", "--in", articles.toString(), "--out", tmp.resolve("out").toString());
    run("review", "--in", tmp.resolve("out").toString(), "--articles", articles.toString(), "--out", tmp.resolve("site").toString());
    String index = Files.readString(tmp.resolve("site/index.html"));
    String errors = index.substring(index.indexOf("id=\"errors\""));
    assertTrue(errors.contains("<td>blank.txt</td><td>EMPTY</td>"), errors);
    assertTrue(index.contains("1 error documents"), "the header counts them");
  }

  @Test
  void refusesACommandLineWithoutTheArticlesFolder() {
    assertEquals(ExitCode.USAGE, run("review", "--in", tmp.toString(), "--out", tmp.resolve("site").toString()));
  }

  @Test
  void saysWhenTheResultsFolderIsMissing() {
    assertEquals(ExitCode.IO, run("review", "--in", tmp.resolve("nope").toString(), "--articles", tmp.toString(),
        "--out", tmp.resolve("site").toString()));
  }
}
