package dev.newsfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleRunnerTest {
  private static final byte[] STORY = """
      PORTVALE (Coast Wire) - The harbour board approved a new ferry terminal on Tuesday.
      "We have waited ten years for this," board chair Ines Marlow told reporters.
      """.getBytes(StandardCharsets.UTF_8);
  private static Extractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = Extractor.create();
  }

  @Test
  void anArticleGetsItsResultWrittenAndReported() {
    MemorySink sink = new MemorySink();
    ArticleReport r = new ArticleRunner(extractor, sink).process(MemorySink.article("a/ferry.txt", STORY), false);

    assertEquals(ArticleOutcome.RESULT, r.outcome());
    assertEquals("memory:a/ferry.txt", r.written());
    assertEquals("text", r.kind());
    assertInstanceOf(Outcome.Success.class, sink.written.get("a/ferry.txt"));
  }

  @Test
  void anUnchangedArticleIsSkippedWhenAsked() {
    MemorySink sink = new MemorySink();
    ArticleRunner runner = new ArticleRunner(extractor, sink);
    runner.process(MemorySink.article("ferry.txt", STORY), true);

    ArticleReport again = runner.process(MemorySink.article("ferry.txt", STORY), true);

    assertEquals(ArticleOutcome.SKIPPED, again.outcome());
    assertNull(again.written());
  }

  @Test
  void aStoredErrorDocumentStaysAnErrorWhenSkipped() {
    MemorySink sink = new MemorySink();
    ArticleRunner runner = new ArticleRunner(extractor, sink);
    runner.process(MemorySink.article("empty.txt", new byte[0]), true);

    ArticleReport again = runner.process(MemorySink.article("empty.txt", new byte[0]), true);

    assertEquals(ArticleOutcome.SKIPPED, again.outcome());
    assertTrue(again.error());
  }

  @Test
  void anArticleTheSourceCannotReadGetsAnErrorDocument() {
    MemorySink sink = new MemorySink();
    Article unreadable = new Article() {
      @Override public String name() { return "locked.txt"; }
      @Override public SourceRef origin() { return SourceRef.local("locked.txt", -1, null); }
      @Override public Read read() {
        return new Read.Refused(origin(), ErrorCode.UNREADABLE, "cannot read the input: AccessDeniedException");
      }
    };

    ArticleReport r = new ArticleRunner(extractor, sink).process(unreadable, false);

    assertEquals(ArticleOutcome.ERROR, r.outcome());
    assertEquals("UNREADABLE", r.errorCode());
    Outcome.Failure f = assertInstanceOf(Outcome.Failure.class, sink.written.get("locked.txt"));
    assertNull(f.error().contentSha256());
  }

  @Test
  void theSinksOwnOutputIsRefusedUnread() {
    MemorySink sink = new MemorySink("results/");
    Article own = new Article() {
      @Override public String name() { return "results/a.txt.json"; }
      @Override public SourceRef origin() { return SourceRef.local("results/a.txt.json", -1, null); }
      @Override public Read read() { throw new AssertionError("read"); }
    };

    assertEquals(ArticleOutcome.REFUSED, new ArticleRunner(extractor, sink).process(own, false).outcome());
    assertTrue(sink.written.isEmpty());
  }

  @Test
  void aSinkThatCannotWriteFailsTheArticleNotTheRunner() {
    ResultSink broken = new MemorySink() {
      @Override
      public String write(String name, Outcome outcome, byte[] article) {
        throw new UnavailableException("cannot write " + name + ": disk full", null);
      }
    };

    assertThrows(UnavailableException.class,
        () -> new ArticleRunner(extractor, broken).process(MemorySink.article("ferry.txt", STORY), false));
  }
}
