package dev.newsfacts.aws;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsfacts.json.ResultJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads AWS payloads (batch inputs, manifests) into records with the shared mapper, tolerating fields we do not use. */
final class Payloads {
  private Payloads() {}

  static <T> T read(JsonNode node, Class<T> type) {
    try {
      return reader(type).readValue(node);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a " + type.getSimpleName() + " payload: " + e.getMessage(), e);
    }
  }

  static <T> T read(byte[] json, Class<T> type) {
    try {
      return reader(type).readValue(json);
    } catch (IOException e) {
      throw new UncheckedIOException("not a " + type.getSimpleName() + " document", e);
    }
  }

  private static ObjectReader reader(Class<?> type) {
    return ResultJson.mapper().readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
