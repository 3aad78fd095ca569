package dev.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one place JSON is configured. Output must be byte-identical for identical input, so
 * properties keep declaration order, map entries are sorted, and nothing time-dependent is
 * ever written. A document is one line (JSON Lines): Athena's JSON SerDe and DuckDB's
 * newline-delimited reader take one record per line; the review page is the human view.
 */
public final class ResultJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      // record components in declaration order, never alphabetical: the contract's order
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      // maps (model names) sorted so their order never depends on hashing
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .build();
  private static final ObjectWriter WRITER = MAPPER.writer();

  private ResultJson() {}

  /** The document as one line of UTF-8 JSON, ending with a newline (line breaks in strings are escaped). */
  public static byte[] toBytes(Object document) {
    try {
      byte[] body = WRITER.writeValueAsBytes(document);
      byte[] out = new byte[body.length + 1];
      System.arraycopy(body, 0, out, 0, body.length);
      out[body.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise " + document.getClass().getSimpleName(), e);
    }
  }

  public static String toString(Object document) {
    return new String(toBytes(document), StandardCharsets.UTF_8);
  }

  /** The shared, immutable mapper, for readers (tests, eval). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
