package dev.newsfacts.review;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.StatisticFact;
import dev.newsfacts.model.ErrorDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a written result or error document back into the model records. Fields this version does
 * not know are ignored (the format allows adding fields), and facts are told apart by their
 * {@code kind}, which the model writes but does not carry as type information.
 */
final class ResultReader {
  private static final ObjectReader READER = ResultJson.mapper().reader()
      .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ResultReader() {}

  sealed interface Read permits Result, Error, Unreadable {}

  record Result(ResultDocument document) implements Read {}

  record Error(ErrorDocument document) implements Read {}

  record Unreadable(String reason) implements Read {}

  static Read read(byte[] json) {
    try {
      JsonNode node = READER.readTree(json);
      if (!(node instanceof ObjectNode obj)) return new Unreadable("not a JSON object");
      if (obj.has("error")) return new Error(READER.treeToValue(obj, ErrorDocument.class));
      JsonNode facts = obj.remove("facts");
      ResultDocument doc = READER.treeToValue(obj, ResultDocument.class);
      return new Result(new ResultDocument(doc.schemaVersion(), doc.source(), doc.contentSha256(), doc.extractor(),
          doc.article(), nullSafe(doc.entities()), nullSafe(doc.quotes()), facts(facts)));
    } catch (IOException | IllegalArgumentException e) {
      return new Unreadable("not a result document: " + firstLine(e.getMessage()));
    }
  }

  private static List<Fact> facts(JsonNode facts) throws IOException {
    List<Fact> out = new ArrayList<>();
    if (facts == null || !facts.isArray()) return out;
    for (JsonNode f : facts) {
      Class<? extends Fact> type = switch (f.path("kind").asText()) {
        case "statistic" -> StatisticFact.class;
        case "role" -> RoleFact.class;
        case "event" -> EventFact.class;
        default -> null; // a kind this version does not know: left out of the page
      };
      if (type != null) out.add(READER.treeToValue(f, type));
    }
    return out;
  }

  private static <T> List<T> nullSafe(List<T> l) {
    return l == null ? List.of() : l;
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
