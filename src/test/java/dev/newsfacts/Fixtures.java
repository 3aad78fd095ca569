package dev.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixture articles of {@code src/test/resources/articles/} (written by us, see its README)
 * and one shared extractor: models load once per test JVM, which is what the core is built for.
 */
public final class Fixtures {
  public static final String FOLDER = "/articles/";

  private Fixtures() {}

  /** Immutable once built and thread-safe: the one deliberately cached pipeline of the tests. */
  private static final class Shared {
    static final Extractor EXTRACTOR = Extractor.create();
  }

  public static Extractor extractor() {
    return Shared.EXTRACTOR;
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) throw new IllegalArgumentException("no fixture " + FOLDER + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Every fixture article ({@code *.txt}), sorted. */
  public static List<String> names() {
    try (Stream<Path> s = Files.list(Path.of(Fixtures.class.getResource(FOLDER).toURI()))) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Extracts raw bytes; the result must be a success, valid against the schema, its spans indexing {@code text}. */
  public static ResultDocument extract(byte[] bytes, String path, String text) {
    Outcome o = extractor().extract(new ArticleInput(bytes, SourceRef.local(path, bytes.length, "text/plain")));
    if (!(o instanceof Outcome.Success s)) {
      fail(path + " gave an error document: " + ResultJson.toString(o.document()));
      throw new AssertionError("unreachable");
    }
    JsonNode tree = SchemaAssert.assertValidRecord(s.result());
    assertSpansIndex(tree, text);
    return s.result();
  }

  public static ResultDocument extract(String name) {
    return extract(bytes(name), name, text(name));
  }

  /**
   * Every object of the document with integer {@code start}/{@code end} lies inside the text, and when it
   * also carries {@code text}, that is exactly the article text at those offsets (the contract's promise).
   */
  public static void assertSpansIndex(JsonNode node, String text) {
    if (node.isArray()) {
      node.forEach(child -> assertSpansIndex(child, text));
      return;
    }
    if (!node.isObject()) return;
    if (node.path("start").isInt() && node.path("end").isInt()) {
      int start = node.get("start").intValue();
      int end = node.get("end").intValue();
      assertTrue(0 <= start && start <= end && end <= text.length(),
          "span [" + start + ", " + end + ") outside the text (length " + text.length() + "): " + node);
      if (node.path("text").isTextual()) {
        assertEquals(text.substring(start, end), node.get("text").textValue(),
            "text of span [" + start + ", " + end + ") differs from the article");
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      assertSpansIndex(it.next().getValue(), text);
    }
  }
}
