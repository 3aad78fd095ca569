package dev.newsfacts.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.ErrorDocument;
import dev.newsfacts.model.ErrorInfo;
import dev.newsfacts.model.ExtractorInfo;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.QuoteKind;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
   * Result and error documents go through Jackson's streaming generator ({@link DocumentWriter}, the
   * same bytes without the mapper's start-up cost); anything else through the mapper.
   */
  public static byte[] toBytes(Object document) {
    try {
      byte[] body = document instanceof ResultDocument r ? DocumentWriter.toBytes(r)
          : document instanceof ErrorDocument e ? DocumentWriter.toBytes(e)
          : Mapper.WRITER.writeValueAsBytes(document);
      byte[] out = new byte[body.length + 1];
      System.arraycopy(body, 0, out, 0, body.length);
      out[body.length] = '\n';
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serialise " + document.getClass().getSimpleName(), e);
    }
  }

  /**
   * Readies the writer of result and error documents (Jackson's generator and its classes) so that a cold
   * start's first document does not pay for it; the bytes written never depend on whether this ran.
   */
  public static void prepare() {
    try {
      ExtractorInfo extractor = new ExtractorInfo("", "", new TreeMap<>(Map.of("", "")));
      DocumentWriter.toBytes(new ErrorDocument("0", SourceRef.local("", 0, null), "", extractor,
          new ErrorInfo(ErrorCode.EMPTY, "")));
      // a number with a fraction, as a quote's confidence: the generator's double path
      DocumentWriter.toBytes(new ResultDocument("0", SourceRef.local("", 0, null), "", extractor, null, List.of(),
          List.of(new Quote("q", QuoteKind.DIRECT, "", 0, 0, null, null, 0.5)), List.of()));
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
