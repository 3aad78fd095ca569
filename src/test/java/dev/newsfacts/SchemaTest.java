package dev.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ArticleInfo;
import dev.newsfacts.model.Attribution;
import dev.newsfacts.model.Counts;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Period;
import dev.newsfacts.model.Quantity;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.Resolution;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.Speaker;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.TextSpan;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped schema accepts what the code writes and rejects the mistakes it exists to catch. */
class SchemaTest {
  private static final String ARTICLE = "council-budget-curly-quotes.txt";

  /** A real result, as a mutable tree: each rejection test breaks one thing in it. */
  private static ObjectNode realResult() {
    return (ObjectNode) ResultJson.mapper().valueToTree(Fixtures.extract(ARTICLE));
  }

  private static ObjectNode firstQuote(ObjectNode doc) {
    return (ObjectNode) doc.withArray("quotes").get(0);
  }

  @Test
  void acceptsTheResultOfARealArticle() {
    ResultDocument doc = Fixtures.extract(ARTICLE);
    assertFalse(doc.quotes().isEmpty(), "the fixture has quotes, so the quote definitions are exercised");
    SchemaAssert.assertValidRecord(doc);
  }

  @Test
  void acceptsTheErrorDocumentOfAnEmptyInput() {
    Outcome o = Fixtures.extractor().extract(new ArticleInput(new byte[0], SourceRef.local("empty.txt", 0, null)));
    ErrorDocument err = assertInstanceOf(Outcome.Failure.class, o).error();
    SchemaAssert.assertValidRecord(err);
  }

  @Test
  void acceptsAnErrorDocumentForAnUnreadableInputWithoutHashOrSize() {
    ErrorDocument err = new ErrorDocument(ResultDocument.SCHEMA_VERSION, SourceRef.local("a/b.txt", -1, null), null,
        Fixtures.extractor().info(), new ErrorInfo(ErrorCode.UNREADABLE, "cannot read the input: AccessDeniedException"));
    SchemaAssert.assertValidRecord(err);
  }

  @Test
  void acceptsAResultFromS3WithADatelineAndEveryKindOfFact() {
    SourceRef s3 = SourceRef.s3("in-bucket", "articles/2023/x.txt", null, "9b2cf535f27731c974343645a3985328", 412,
        "text/plain");
    ArticleInfo article = new ArticleInfo(null, new Dateline("Denver", "Front Range Press", "2023-10-05", 0, 26),
        "2023-10-05", "en", new Counts(6, 14, 320), null);
    Entity romero = new Entity("e1", "Grace Romero", EntityType.PERSON, List.of("Romero"), List.of("Councilwoman"),
        List.of(new TextSpan(40, 52, "Grace Romero")));
    Quote q = new Quote("q1", QuoteKind.DIRECT, "This budget keeps every branch library open", 60, 103,
        new Speaker("Grace Romero", "e1", null, new TextSpan(40, 52, "Grace Romero"), Resolution.EXPLICIT,
            "cue-after"),
        new TextSpan(53, 57, "said"), 0.9);
    StatisticFact stat = new StatisticFact("f1", "The city council approved a $1.9 billion budget", 110, 158,
        new Quantity(1.9e9, false, "US dollars", "$1.9 billion"), new Period("2024", "2024", "next year"), "Denver",
        new Attribution("Grace Romero", "e1"));
    RoleFact role = new RoleFact("f2", "Grace Romero", "Councilwoman", null, 30, 52, "Councilwoman Grace Romero");
    EventFact event = new EventFact("f3", "The city council approved a budget late Monday", 110, 160, "2023-10-02",
        "late Monday");
    ExtractorInfo info = Fixtures.extractor().info();
    SchemaAssert.assertValidRecord(new ResultDocument("1", s3, "a".repeat(64), info, article, List.of(romero),
        List.of(q), List.of(stat, role, event)));
  }

  @ParameterizedTest
  @EnumSource(QuoteKind.class)
  void acceptsEveryQuoteKindOfTheModel(QuoteKind kind) {
    ObjectNode doc = realResult();
    firstQuote(doc).set("kind", ResultJson.mapper().valueToTree(kind));
    SchemaAssert.assertValid(doc);
  }

  @ParameterizedTest
  @EnumSource(value = Resolution.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void acceptsEveryResolutionOfAFoundSpeaker(Resolution resolution) {
    ObjectNode doc = realResult();
    ((ObjectNode) firstQuote(doc).get("speaker")).set("resolution", ResultJson.mapper().valueToTree(resolution));
    SchemaAssert.assertValid(doc);
  }

  @ParameterizedTest
  @EnumSource(EntityType.class)
  void acceptsEveryEntityTypeOfTheModel(EntityType type) {
    ObjectNode doc = realResult();
    ((ObjectNode) doc.withArray("entities").get(0)).put("type", type.name());
    SchemaAssert.assertValid(doc);
  }

  @ParameterizedTest
  @EnumSource(ErrorCode.class)
  void acceptsEveryErrorCodeOfTheModel(ErrorCode code) {
    SchemaAssert.assertValidRecord(new ErrorDocument("1", SourceRef.local("x.txt", 3, null), "b".repeat(64),
        Fixtures.extractor().info(), new ErrorInfo(code, "why it failed")));
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        broken("a result without its quotes list", d -> d.remove("quotes")),
        broken("another schema version", d -> d.put("schemaVersion", "2")),
        broken("a quote kind outside the contract", d -> firstQuote(d).put("kind", "quoted")),
        broken("an upper-case quote kind", d -> firstQuote(d).put("kind", "DIRECT")),
        broken("a negative offset", d -> firstQuote(d).put("start", -1)),
        broken("a fractional offset", d -> firstQuote(d).put("end", 12.5)),
        broken("an offset written as a string", d -> firstQuote(d).put("start", "12")),
        broken("a misspelt quote field", d -> firstQuote(d).put("speakerName", "Grace Romero")),
        broken("a quote without a speaker", d -> firstQuote(d).remove("speaker")),
        broken("a confidence above one", d -> firstQuote(d).put("confidence", 1.5)),
        broken("a resolution outside the contract",
            d -> ((ObjectNode) firstQuote(d).get("speaker")).put("resolution", "guessed")),
        broken("a speaker found by no rule that still has a name",
            d -> ((ObjectNode) firstQuote(d).get("speaker")).put("resolution", "none")),
        broken("a resolved speaker without a mention",
            d -> ((ObjectNode) firstQuote(d).get("speaker")).putNull("mention")),
        broken("a mention without its text",
            d -> ((ObjectNode) firstQuote(d).get("speaker").get("mention")).remove("text")),
        broken("an entity type outside the contract", d -> ((ObjectNode) d.withArray("entities").get(0)).put("type", "PER")),
        broken("a published date that is not ISO", d -> ((ObjectNode) d.get("article")).put("publishedDate", "10/05/2023")),
        broken("a month thirteen", d -> ((ObjectNode) d.get("article")).put("publishedDate", "2023-13")),
        broken("a hash that is not lower-case hex", d -> d.put("contentSha256", "XYZ")),
        broken("a local source with a negative size", d -> ((ObjectNode) d.get("source")).put("size", -1)),
        broken("a source with both a path and a bucket",
            d -> ((ObjectNode) d.get("source")).put("bucket", "b").put("key", "k")),
        broken("a result that also carries an error",
            d -> d.putObject("error").put("code", "EMPTY").put("message", "empty")),
        broken("a fact of an unknown kind", d -> d.withArray("facts").addObject().put("kind", "opinion")),
        broken("a role fact missing its person", d -> d.withArray("facts").addObject().put("id", "f1")
            .put("kind", "role").put("title", "Mayor").putNull("organization").put("start", 0).put("end", 5)
            .put("text", "Mayor")));
  }

  private static Arguments broken(String what, Consumer<ObjectNode> breakIt) {
    return Arguments.of(what, breakIt);
  }

  @ParameterizedTest(name = "rejects {0}")
  @MethodSource("brokenDocuments")
  void rejectsABrokenResult(String what, Consumer<ObjectNode> breakIt) {
    ObjectNode doc = realResult();
    SchemaAssert.assertValid(doc);
    breakIt.accept(doc);
    assertFalse(SchemaAssert.problems(doc).isEmpty(), "the schema accepted " + what);
  }

  @Test
  void rejectsAnErrorCodeOutsideTheModel() {
    ObjectNode err = (ObjectNode) ResultJson.mapper().valueToTree(new ErrorDocument("1",
        SourceRef.local("x.txt", 3, null), null, null, new ErrorInfo(ErrorCode.EMPTY, "the input is empty")));
    SchemaAssert.assertValid(err);
    ((ObjectNode) err.get("error")).put("code", "FILE_TOO_BIG");
    assertFalse(SchemaAssert.problems(err).isEmpty());
  }

  @Test
  void rejectsAnErrorDocumentWithoutAMessage() {
    ObjectNode err = (ObjectNode) ResultJson.mapper().valueToTree(new ErrorDocument("1",
        SourceRef.local("x.txt", 3, null), null, null, new ErrorInfo(ErrorCode.EMPTY, "the input is empty")));
    ((ObjectNode) err.get("error")).remove("message");
    assertFalse(SchemaAssert.problems(err).isEmpty());
  }

  /** Where each model record is described in the schema (a JSON pointer into it). */
  private static final Map<Class<? extends Record>, String> DEFINITIONS = Map.ofEntries(
      Map.entry(ResultDocument.class, "/$defs/resultDocument"),
      Map.entry(ErrorDocument.class, "/$defs/errorDocument"),
      Map.entry(ErrorInfo.class, "/$defs/errorDocument/properties/error"),
      Map.entry(SourceRef.class, "/$defs/source"),
      Map.entry(ExtractorInfo.class, "/$defs/extractor"),
      Map.entry(ArticleInfo.class, "/$defs/article"),
      Map.entry(Counts.class, "/$defs/article/properties/counts"),
      Map.entry(Dateline.class, "/$defs/dateline"),
      Map.entry(Entity.class, "/$defs/entity"),
      Map.entry(TextSpan.class, "/$defs/span"),
      Map.entry(Quote.class, "/$defs/quote"),
      Map.entry(Speaker.class, "/$defs/speaker"),
      Map.entry(StatisticFact.class, "/$defs/statisticFact"),
      Map.entry(Quantity.class, "/$defs/statisticFact/properties/quantity"),
      Map.entry(Period.class, "/$defs/statisticFact/properties/period/oneOf/1"),
      Map.entry(Attribution.class, "/$defs/statisticFact/properties/attribution/oneOf/1"),
      Map.entry(RoleFact.class, "/$defs/roleFact"),
      Map.entry(EventFact.class, "/$defs/eventFact"));

  @Test
  void declaresExactlyTheFieldsOfEveryModelRecord() throws IOException {
    JsonNode schema;
    try (InputStream in = SchemaTest.class.getResourceAsStream(SchemaAssert.SCHEMA_RESOURCE)) {
      schema = ResultJson.mapper().readTree(in);
    }
    Map<String, String> drift = new TreeMap<>();
    DEFINITIONS.forEach((type, pointer) -> {
      JsonNode def = schema.at(pointer);
      assertTrue(def.isObject(), pointer + " is missing from the schema");
      Set<String> inSchema = new TreeSet<>();
      def.path("properties").fieldNames().forEachRemaining(inSchema::add);
      Set<String> inRecord = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
          .collect(Collectors.toCollection(TreeSet::new));
      if (type.getInterfaces().length > 0) inRecord.add("kind"); // facts serialise their kind()
      if (!inSchema.equals(inRecord)) drift.put(type.getSimpleName(), "record " + inRecord + ", schema " + inSchema);
    });
    assertEquals(Map.of(), drift, "add new fields to the record and to schema/result.schema.json together");
  }

  @Test
  void isADraft202012SchemaShippedWithTheMainCode() throws IOException {
    java.net.URL url = SchemaTest.class.getResource(SchemaAssert.SCHEMA_RESOURCE);
    assertTrue(url != null && !url.toString().contains("test-classes"), "the schema belongs in src/main/resources: " + url);
    try (InputStream in = url.openStream()) {
      assertEquals("https://json-schema.org/draft/2020-12/schema", ResultJson.mapper().readTree(in).path("$schema").asText());
    }
  }
}
