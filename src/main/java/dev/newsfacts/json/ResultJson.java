package dev.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ResultDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The one place JSON is configured. Output must be byte-identical for identical input, so
 * properties keep declaration order, map entries are sorted, and nothing time-dependent is
 * ever written. A document is one line (JSON Lines): Athena's JSON SerDe and DuckDB's
 * newline-delimited reader take one record per line; the review page is the human view.
 */
public final class ResultJson {
  /** The mapper, built on first use: a run that only writes result documents never needs it. */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        // record components in declaration order, never alphabetical: the contract's order
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        // maps (model names) sorted so their order never depends on hashing
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
    static final ObjectWriter WRITER = MAPPER.writer();
  }

  private ResultJson() {}

  /**
   * The document as one line of UTF-8 JSON, ending with a newline (line breaks in strings are escaped).
   * Result and error documents go through Jackson's streaming generator ({@link StreamingDocuments},
   * the same bytes without the mapper's start-up cost); anything else, or a document it refuses,
   * through the mapper.
   */
  public static byte[] toBytes(Object document) {
    try {
      byte[] body = streamed(document);
      if (body == null) body = Mapper.WRITER.writeValueAsBytes(document);
      byte[] out = new byte[body.length + 1];
      System.arraycopy(body, 0, out, 0, body.length);
      out[body.length] = '\n';
      return out;
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot serialise " + document.getClass().getSimpleName(), e);
    }
  }

  private static byte[] streamed(Object document) {
    if (!(document instanceof ResultDocument) && !(document instanceof ErrorDocument)) return null;
    try {
      return StreamingDocuments.toBytes(document);
    } catch (StreamingDocuments.Unsupported | IOException e) {
      return null;
    }
  }

  /**
   * Readies the streaming writer for result and error documents (their shapes, Jackson's generator,
   * the accessors' first calls) so that a cold start's first document does not pay for it; only
   * caches are filled, the bytes written never depend on whether this ran.
   */
  public static void prepare() {
    try {
      StreamingDocuments.prepare(ResultDocument.class, ErrorDocument.class);
    } catch (RuntimeException | IOException e) {
      // then the first document does it
    }
  }

  /** As {@link #toBytes}, always through the mapper: what the streamed bytes are compared with in tests. */
  static byte[] toBytesWithMapper(Object document) throws JsonProcessingException {
    return Mapper.WRITER.writeValueAsBytes(document);
  }

  public static String toString(Object document) {
    return new String(toBytes(document), StandardCharsets.UTF_8);
  }

  /** The shared, immutable mapper, for readers (tests, eval). */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER;
  }
}
