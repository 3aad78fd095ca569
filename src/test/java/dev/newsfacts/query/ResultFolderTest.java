package dev.newsfacts.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultFolderTest {
  @TempDir Path tmp;

  @Test
  void aFolderWithoutJsonFilesHasNoResults() throws Exception {
    Files.writeString(tmp.resolve("notes.txt"), "not a result");
    assertThrows(NoResultsException.class, () -> ResultFolder.open(tmp));
  }

  @Test
  void filesThatAreNotDocumentsAreNamedRelativeToTheFolderInOrder() throws Exception {
    Files.createDirectories(tmp.resolve("b"));
    Files.writeString(tmp.resolve("b/cut.json"), "{\"schemaVersion\":\"1\",\"source\":{\"pa");
    Files.writeString(tmp.resolve("a.json"), "[1, 2, 3]\n");
    Files.writeString(tmp.resolve("ok.json"), "{\"schemaVersion\":\"1\",\"source\":{\"path\":\"ok.txt\",\"size\":0},"
        + "\"error\":{\"code\":\"EMPTY\",\"message\":\"the input is empty\"}}\n");
    try (ResultFolder folder = ResultFolder.open(tmp)) {
      assertEquals(List.of("a.json", "b/cut.json"), folder.unreadable());
    }
  }

  @Test
  void aQuoteInTheFolderNameIsEscaped() throws Exception {
    Path odd = Files.createDirectories(tmp.resolve("O'Brien's results"));
    Files.writeString(odd.resolve("x.json"), "{\"schemaVersion\":\"1\",\"source\":{\"path\":\"x.txt\",\"size\":0},"
        + "\"error\":{\"code\":\"EMPTY\",\"message\":\"the input is empty\"}}\n");
    try (ResultFolder folder = ResultFolder.open(odd); var s = folder.statement();
         var r = s.executeQuery("SELECT code FROM errors")) {
      r.next();
      assertEquals("EMPTY", r.getString(1));
    }
  }
}
