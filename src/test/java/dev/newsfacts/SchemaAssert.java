package dev.newsfacts;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Validates documents against the JSON Schema shipped in the jar ({@code /schema/result.schema.json}).
 * Every test that writes or produces a result or error document runs it through here, so the
 * schema and the code cannot drift apart unnoticed.
 */
public final class SchemaAssert {
  public static final String SCHEMA_RESOURCE = "/schema/result.schema.json";
  private static final JsonSchema SCHEMA = load();

  private SchemaAssert() {}

  private static JsonSchema load() {
    try (InputStream in = SchemaAssert.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
      JsonNode schema = ResultJson.mapper().readTree(in);
      // draft 2020-12 treats "format" as an annotation only; we rely on patterns, but assert formats too
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the schema finds wrong with a document; empty when it is valid. */
  public static Set<ValidationMessage> problems(JsonNode document) {
    return SCHEMA.validate(document);
  }

  /** Fails with every schema violation listed; returns the parsed document for further checks. */
  public static JsonNode assertValid(JsonNode document) {
    Set<ValidationMessage> problems = problems(document);
    if (!problems.isEmpty()) {
      fail("document violates " + SCHEMA_RESOURCE + ":\n  "
          + problems.stream().map(ValidationMessage::toString).sorted().collect(Collectors.joining("\n  ")));
    }
    return document;
  }

  public static JsonNode assertValid(byte[] json) {
    try {
      return assertValid(ResultJson.mapper().readTree(json));
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + e.getMessage(), e);
    }
  }

  /** Serialises a model record the way every adapter does, then validates the bytes. */
  public static JsonNode assertValidRecord(Object document) {
    return assertValid(ResultJson.toBytes(document));
  }

  public static JsonNode assertValidFile(Path file) {
    try {
      return assertValid(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates every {@code *.json} under {@code dir}; returns how many there were (at least one). */
  public static int assertValidTree(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertTrue(!files.isEmpty(), "no JSON documents under " + dir);
    files.forEach(SchemaAssert::assertValidFile);
    return files.size();
  }
}
