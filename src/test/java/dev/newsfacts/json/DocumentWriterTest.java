package dev.newsfacts.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.Fixtures;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DocumentWriterTest {
  @Test
  void everyFixtureDocumentHasTheMappersBytes() throws Exception {
    List<String> names = new java.util.ArrayList<>(Fixtures.names());
    // statistics, roles and events: the facts fixtures
    names.addAll(List.of("facts/border-talks.txt", "facts/harbor-flooding.txt", "facts/wire-app.txt"));
    for (String name : names) {
      byte[] bytes = Fixtures.bytes(name);
      Object doc = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local(name, bytes.length, null))).document();
      assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
          new String(ResultJson.toBytes(doc), StandardCharsets.UTF_8).stripTrailing(), name);
    }
  }

  @Test
  void anErrorDocumentLeavesOutWhatIsAbsentAsTheMapperDoes() throws Exception {
    var models = new TreeMap<String, String>();
    models.put("pos", "p");
    ErrorDocument doc = new ErrorDocument("1", SourceRef.s3("b", "k \"quoted\"\n", null, "e", 3, null), null,
        new ExtractorInfo("newsfacts", "0.1.0", models), new ErrorInfo(ErrorCode.TOO_LARGE, "too large: 3 bytes"));
    assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
        new String(DocumentWriter.toBytes(doc), StandardCharsets.UTF_8));
  }

  @Test
  void aResultWithNotesEncodingAndTextKeepsTheMappersInclusionRules() throws Exception {
    ArticleInfo withAll = new ArticleInfo(null, null, null, "en", new Counts(1, 2, 3), "windows-1252",
        List.of("decoded as windows-1252"), "caf\u00e9 \u2014 tab\there");
    ArticleInfo withNone = new ArticleInfo("T", null, "2024-03-05", "en", new Counts(0, 0, 0), null, List.of(), null);
    for (ArticleInfo a : List.of(withAll, withNone)) {
      ResultDocument doc = new ResultDocument("1", SourceRef.local("a.txt", 5, null), "abc",
          new ExtractorInfo("newsfacts", "0.1.0", new TreeMap<>()), a, List.of(), List.of(), List.of());
      assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
          new String(DocumentWriter.toBytes(doc), StandardCharsets.UTF_8));
    }
  }

  @Test
  void aDocumentWithEveryPartAbsentIsWrittenAsTheMapperWritesIt() throws Exception {
    ResultDocument doc = new ResultDocument(null, null, null, new ExtractorInfo(null, null, null), null, null, null, null);
    assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
        new String(DocumentWriter.toBytes(doc), StandardCharsets.UTF_8));
  }

  @Test
  void absentPartsInsideAResultAreWrittenAsNullAsTheMapperDoes() throws Exception {
    Entity entity = new Entity("e1", null, null, null, Arrays.asList("minister", null), null);
    Quote quote = new Quote("q1", null, null, 0, 0, new Speaker(null, null, null, null, null, null), null, 0.25);
    List<Fact> facts = List.of(new StatisticFact("f1", null, 0, 0, new Quantity(1.5e9, true, null, null), null, null, null),
        new RoleFact("f2", null, null, null, 0, 0, null), new EventFact("f3", null, 0, 0, null, null));
    ResultDocument doc = new ResultDocument("1", SourceRef.local("a.txt", 5, null), "abc",
        new ExtractorInfo("newsfacts", "0.1.0", new TreeMap<>()),
        new ArticleInfo(null, new Dateline(null, null, null, 0, 0), null, null, null, null), List.of(entity),
        List.of(quote), facts);
    assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
        new String(DocumentWriter.toBytes(doc), StandardCharsets.UTF_8));
  }

  @Test
  void anErrorDocumentWithoutAnErrorLeavesItOutAsTheMapperDoes() throws Exception {
    ErrorDocument doc = new ErrorDocument("1", null, null, null, null);
    assertEquals(new String(ResultJson.toBytesWithMapper(doc), StandardCharsets.UTF_8),
        new String(DocumentWriter.toBytes(doc), StandardCharsets.UTF_8));
  }
}
