package dev.newsfacts.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsfacts.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {
  private static final byte[] STORY = """
      MILLBROOK (Valley Post) - The county opened a second footbridge over the river on Monday.
      "It saves the school run ten minutes," parent Dana Reyes said.
      """.getBytes(StandardCharsets.UTF_8);
  private static Extractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = Extractor.create();
  }

  private static BatchRunner runner(int workers) {
    return new BatchRunner(new ArticleRunner(extractor, new MemorySink()), workers);
  }

  @Test
  void oneArticleRunsOnTheCallingThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    runner(4).run(List.of(MemorySink.article("bridge.txt", STORY)), false, item -> threads.add(Thread.currentThread()));

    assertEquals(Set.of(Thread.currentThread()), threads);
  }

  @Test
  void severalArticlesRunOnWorkersAndAreReportedInInputOrder() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    List<BatchRunner.Item> items = runner(2).run(List.of(MemorySink.article("a.txt", STORY),
        MemorySink.article("b.txt", STORY)), false, item -> threads.add(Thread.currentThread()));

    assertEquals(List.of("a.txt", "b.txt"), items.stream().map(i -> i.article().name()).toList());
    assertNotSame(Thread.currentThread(), threads.iterator().next());
  }

  @Test
  void aFailureWhileReportingOneArticleFailsTheRunAsAWorkersWould() {
    RuntimeException broken = new IllegalArgumentException("progress line cannot be written");

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner(4).run(
        List.of(MemorySink.article("bridge.txt", STORY)), false, item -> { throw broken; }));

    assertSame(broken, e.getCause());
  }
}
