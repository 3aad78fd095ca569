package dev.newsfacts.extract.facts;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fixture articles of {@code articles/facts/} (written for these tests, see the README there) through
 * the whole pipeline: every entity, statistic, role, event and dateline their {@code .expected.json} lists
 * must be found (extra findings are allowed), and the document meets the result schema.
 */
class FactsFixturesTest {
  private static final String DIR = "/articles/facts/";
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  static Stream<String> articles() {
    return Stream.of("harbor-flooding", "border-talks", "wire-app");
  }

  @ParameterizedTest
  @MethodSource("articles")
  void findsTheDatelineAndMetadataTheFixtureLists(String name) throws IOException {
    JsonNode expected = expected(name);
    JsonNode article = run(name).get("article");
    JsonNode want = expected.get("article");
    for (String field : List.of("publishedDate", "language")) {
      if (want.has(field)) assertEquals(want.get(field), article.get(field), field);
    }
    JsonNode wd = want.get("dateline");
    JsonNode gd = article.get("dateline");
    for (String field : List.of("location", "agency", "date")) assertEquals(wd.get(field), gd.get(field), "dateline." + field);
  }

  @ParameterizedTest
  @MethodSource("articles")
  void findsEveryEntityTheFixtureListsWithItsAliases(String name) throws IOException {
    JsonNode result = run(name);
    for (JsonNode want : expected(name).get("entities")) {
      JsonNode got = entityNamed(result, want.get("name").asText(), want.get("type").asText());
      assertTrue(got != null, name + ": missing entity " + want);
      for (JsonNode alias : want.path("aliases")) {
        boolean has = got.get("name").asText().equals(alias.asText());
        for (JsonNode a : got.get("aliases")) has |= a.asText().equals(alias.asText());
        assertTrue(has, name + ": entity " + want.get("name") + " lacks alias " + alias + " in " + got);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void findsEveryStatisticWithItsNormalisedValueAndSource(String name) throws IOException {
    List<JsonNode> stats = facts(run(name), "statistic");
    for (JsonNode want : expected(name).get("statistics")) {
      boolean found = false;
      for (JsonNode s : stats) {
        JsonNode q = s.get("quantity");
        if (Math.abs(q.get("value").asDouble() - want.get("value").asDouble()) > 1e-6 * Math.max(1, want.get("value").asDouble())) {
          continue;
        }
        if (q.get("approximate").asBoolean() != want.get("approximate").asBoolean()) continue;
        if (want.has("unit") && !q.get("unit").asText().contains(want.get("unit").asText())) continue;
        if (want.has("attribution") && !want.get("attribution").asText().equals(s.path("attribution").path("name").asText())) {
          continue;
        }
        if (want.has("period") && !want.get("period").get("from").equals(s.path("period").path("from"))) continue;
        if (want.has("period") && !want.get("period").get("to").equals(s.path("period").path("to"))) continue;
        found = true;
      }
      assertTrue(found, name + ": missing statistic " + want + " among " + stats);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void findsEveryRoleWithTitleAndOrganisation(String name) throws IOException {
    List<JsonNode> roles = facts(run(name), "role");
    for (JsonNode want : expected(name).get("roles")) {
      boolean found = false;
      for (JsonNode r : roles) {
        String title = r.get("title").asText().toLowerCase(Locale.ROOT);
        String wantTitle = want.get("title").asText().toLowerCase(Locale.ROOT);
        found |= r.get("person").asText().equals(want.get("person").asText())
            && (title.contains(wantTitle) || wantTitle.contains(title))
            && (!want.has("organization") || want.get("organization").equals(r.get("organization")));
      }
      assertTrue(found, name + ": missing role " + want + " among " + roles);
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void resolvesEveryEventDateAgainstTheReferenceDate(String name) throws IOException {
    List<JsonNode> events = facts(run(name), "event");
    for (JsonNode want : expected(name).get("events")) {
      boolean found = false;
      for (JsonNode e : events) {
        found |= e.get("date").equals(want.get("date")) && e.get("dateText").equals(want.get("dateText"))
            && e.get("text").asText().startsWith(want.get("textStartsWith").asText());
      }
      assertTrue(found, name + ": missing event " + want + " among " + events);
    }
    if (expected(name).get("events").isEmpty()) {
      assertEquals(List.of(), events, name + ": no reference date, so no relative date may be resolved");
    }
  }

  private static JsonNode run(String name) throws IOException {
    byte[] bytes = read(name + ".txt");
    Outcome o = extractor.extract(new ArticleInput(bytes, SourceRef.local(name + ".txt", bytes.length, "text/plain")));
    assertTrue(o instanceof Outcome.Success, name + " gave " + o);
    return SchemaAssert.assertValidRecord(((Outcome.Success) o).result());
  }

  private static JsonNode expected(String name) throws IOException {
    return ResultJson.mapper().readTree(read(name + ".expected.json"));
  }

  private static byte[] read(String file) throws IOException {
    try (InputStream in = FactsFixturesTest.class.getResourceAsStream(DIR + file)) {
      assertTrue(in != null, "fixture " + file + " is missing");
      return in.readAllBytes();
    }
  }

  private static JsonNode entityNamed(JsonNode result, String name, String type) {
    for (JsonNode e : result.get("entities")) {
      if (!e.get("type").asText().equals(type)) continue;
      if (e.get("name").asText().equals(name)) return e;
      for (JsonNode a : e.get("aliases")) if (a.asText().equals(name)) return e;
    }
    return null;
  }

  private static List<JsonNode> facts(JsonNode result, String kind) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode f : result.get("facts")) if (f.get("kind").asText().equals(kind)) out.add(f);
    return out;
  }
}
