package dev.newsfacts.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Checks a written document against the contract. When the shipped JSON Schema
 * ({@code schema/result.schema.json}, a teammate's work) is on the classpath it validates
 * against it; until then it checks the fields every document must have. Swap-in point for
 * the shared schema helper when branches merge.
 */
public final class ContractCheck {
  private static final String SCHEMA = "/schema/result.schema.json";

  private ContractCheck() {}

  /** Serialises {@code document} as the CLI and Lambda would, and checks the bytes. */
  public static JsonNode assertValid(Object document) {
    byte[] bytes = ResultJson.toBytes(document);
    JsonNode node;
    try {
      node = ResultJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    JsonSchema schema = loadSchema();
    if (schema != null) {
      Set<ValidationMessage> errors = schema.validate(node);
      assertTrue(errors.isEmpty(), () -> "schema violations: " + errors);
    } else {
      assertEquals("1", node.path("schemaVersion").asText());
      assertNotNull(node.get("source"), "source");
      boolean error = node.has("error");
      if (error) {
        assertTrue(node.path("error").path("code").isTextual(), "error.code");
        assertTrue(node.path("error").path("message").isTextual(), "error.message");
      } else {
        for (String f : new String[] {"contentSha256", "extractor", "article", "entities", "quotes", "facts"}) {
          assertNotNull(node.get(f), f);
        }
      }
    }
    return node;
  }

  private static JsonSchema loadSchema() {
    try (InputStream in = ContractCheck.class.getResourceAsStream(SCHEMA)) {
      if (in == null) return null;
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
