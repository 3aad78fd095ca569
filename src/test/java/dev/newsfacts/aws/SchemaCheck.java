package dev.newsfacts.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Validates every document these tests read back against the shipped JSON Schema
 * ({@code /schema/result.schema.json}, written by a teammate). Until that file lands, it checks
 * the contract's required fields by hand. The lead may replace this class with the shared helper.
 */
public final class SchemaCheck {
  private static final String SCHEMA = "/schema/result.schema.json";
  private static final JsonSchema SCHEMA_OR_NULL = load();

  private SchemaCheck() {}

  /** Parses and validates one stored document; returns it for further assertions. */
  public static JsonNode assertValid(byte[] json) {
    JsonNode doc;
    try {
      doc = ResultJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON", e);
    }
    if (SCHEMA_OR_NULL != null) {
      Set<ValidationMessage> errors = SCHEMA_OR_NULL.validate(doc);
      if (!errors.isEmpty()) fail("document does not match " + SCHEMA + ": " + errors);
      return doc;
    }
    assertEquals("1", doc.path("schemaVersion").asText(), "schemaVersion");
    assertTrue(doc.path("source").isObject(), "source");
    assertTrue(doc.path("extractor").path("version").isTextual(), "extractor.version");
    if (doc.has("error")) {
      assertTrue(doc.path("error").path("code").isTextual(), "error.code");
      assertTrue(doc.path("error").path("message").isTextual(), "error.message");
    } else {
      assertTrue(doc.path("contentSha256").asText().matches("[0-9a-f]{64}"), "contentSha256");
      assertTrue(doc.path("article").path("counts").isObject(), "article.counts");
      for (String list : new String[] {"entities", "quotes", "facts"}) {
        assertTrue(doc.path(list).isArray(), list);
      }
    }
    return doc;
  }

  private static JsonSchema load() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA)) {
      return in == null ? null : JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
