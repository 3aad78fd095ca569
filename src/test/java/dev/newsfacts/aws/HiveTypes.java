package dev.newsfacts.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Hive types of the result documents, derived from the JSON Schema (src/main/resources/schema),
 * as the Glue table over the result prefix must declare them: integer is bigint, number double,
 * enums and constants string, a nullable value its non-null type, an object of named fields a
 * struct (names lower-cased, as the OpenX JSON SerDe reads keys), an object of free keys a map,
 * and the three kinds of fact one struct with the fields of all of them.
 */
final class HiveTypes {
  private final JsonNode defs;

  private HiveTypes(JsonNode schema) {
    this.defs = schema.get("$defs");
  }

  static HiveTypes fromSchema() {
    try (InputStream in = HiveTypes.class.getResourceAsStream("/schema/result.schema.json")) {
      return new HiveTypes(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table's columns, name to type: the fields of result and error documents, in their order. */
  Map<String, String> columns() {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    for (String doc : List.of("resultDocument", "errorDocument")) {
      defs.get(doc).get("properties").properties().forEach(e -> fields.putIfAbsent(e.getKey(), e.getValue()));
    }
    Map<String, String> columns = new LinkedHashMap<>();
    fields.forEach((name, schema) -> columns.put(name.toLowerCase(Locale.ROOT), type(schema)));
    return columns;
  }

  private String type(JsonNode schema) {
    if (schema.has("$ref")) return type(ref(schema.get("$ref").asText()));
    if (schema.has("const") || schema.has("enum")) return "string";
    if (schema.has("oneOf")) {
      List<JsonNode> options = new ArrayList<>();
      for (JsonNode o : schema.get("oneOf")) {
        JsonNode resolved = o.has("$ref") ? ref(o.get("$ref").asText()) : o;
        if (!"null".equals(resolved.path("type").asText())) options.add(resolved);
      }
      if (options.size() == 1) return type(options.get(0));
      if (options.stream().allMatch(o -> o.has("properties"))) return struct(merged(options));
      // otherwise the alternatives only constrain (e.g. which of a source's fields are required)
    }
    String t = nonNullType(schema.get("type"));
    return switch (t) {
      case "string" -> "string";
      case "integer" -> "bigint";
      case "number" -> "double";
      case "boolean" -> "boolean";
      case "array" -> "array<" + type(schema.get("items")) + ">";
      case "object" -> schema.has("properties") ? struct(fields(schema)) : "map<string," + type(schema.get("additionalProperties")) + ">";
      default -> throw new IllegalArgumentException("no Hive type for " + schema);
    };
  }

  private static String nonNullType(JsonNode type) {
    if (type == null) throw new IllegalArgumentException("a schema without a type");
    if (!type.isArray()) return type.asText();
    for (JsonNode t : type) if (!"null".equals(t.asText())) return t.asText();
    throw new IllegalArgumentException("only null: " + type);
  }

  private JsonNode ref(String ref) {
    return defs.get(ref.substring("#/$defs/".length()));
  }

  private Map<String, JsonNode> fields(JsonNode objectSchema) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    objectSchema.get("properties").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The fields of several object schemas, first appearance first (a field's first schema wins). */
  private Map<String, JsonNode> merged(List<JsonNode> objects) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode o : objects) fields(o).forEach(out::putIfAbsent);
    return out;
  }

  private String struct(Map<String, JsonNode> fields) {
    List<String> parts = new ArrayList<>();
    fields.forEach((name, schema) -> parts.add(name.toLowerCase(Locale.ROOT) + ":" + type(schema)));
    return "struct<" + String.join(",", parts) + ">";
  }

  public static void main(String[] args) {
    fromSchema().columns().forEach((n, t) -> System.out.println(n + "\t" + t));
  }
}
