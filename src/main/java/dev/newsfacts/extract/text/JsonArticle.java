package dev.newsfacts.extract.text;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.newsfacts.model.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * An article given as a JSON object, with the field names of schema.org {@code NewsArticle}
 * ({@code articleBody}, {@code headline}, {@code datePublished}, {@code inLanguage}) or of
 * news-please and similar crawlers ({@code maintext} or {@code text}, {@code title},
 * {@code date_publish}, {@code language}). The body is the article text the offsets index;
 * other fields (url, authors, anything unknown) are not needed and ignored.
 */
final class JsonArticle {
  static final List<String> BODY_FIELDS = List.of("articleBody", "maintext", "text");
  private static final List<String> TITLE_FIELDS = List.of("headline", "title");
  private static final List<String> DATE_FIELDS = List.of("datePublished", "date_publish", "datePosted", "dateCreated");
  private static final List<String> LANGUAGE_FIELDS = List.of("inLanguage", "language");
  /**
   * Jackson's own limits (nesting depth 1000, string length) bound hostile documents. Built by the first
   * JSON article: every input is asked {@link #looksLikeJson}, and plain text never needs a mapper.
   */
  private static final class Reader {
    static final JsonMapper MAPPER = JsonMapper.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  private JsonArticle() {}

  record Article(String body, Declared declared) {}

  /** True when the text opens as a JSON object or array (after white space). */
  static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) continue;
      return c == '{' || c == '[' && i + 1 < text.length() && nextNonSpaceIs(text, i + 1, "{\"]");
    }
    return false;
  }

  private static boolean nextNonSpaceIs(String text, int from, String chars) {
    for (int i = from; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) return chars.indexOf(text.charAt(i)) >= 0;
    }
    return false;
  }

  static Article parse(String json) throws InputRejectedException {
    JsonNode root;
    try {
      root = Reader.MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      // the position only: Jackson's message quotes the input, and error messages reach the logs
      String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new InputRejectedException(ErrorCode.DECODE_FAILED, "malformed JSON" + where);
    }
    if (root == null || !root.isObject()) {
      String kind = root == null ? "nothing" : kind(root);
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT,
          "JSON " + kind + " is not an article: an article is an object with one of " + BODY_FIELDS);
    }
    String bodyField = null;
    for (String f : BODY_FIELDS) {
      if (root.has(f) && !root.get(f).isNull()) {
        bodyField = f;
        break;
      }
    }
    if (bodyField == null) {
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT,
          "JSON object without an article body: none of the fields " + BODY_FIELDS + " is present");
    }
    JsonNode body = root.get(bodyField);
    if (!body.isTextual()) {
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT,
          "JSON field " + bodyField + " is " + kind(body) + ", not text");
    }
    List<Declared.DateClaim> dates = new ArrayList<>();
    for (String f : DATE_FIELDS) {
      JsonNode d = root.get(f);
      // a date given as a number or an object is kept as written, so the meta step can say it is no date
      if (d != null && !d.isNull()) dates.add(new Declared.DateClaim(d.isTextual() ? d.textValue() : d.toString(), "JSON " + f));
    }
    return new Article(body.textValue(), new Declared(dates, text(root, TITLE_FIELDS), text(root, LANGUAGE_FIELDS)));
  }

  /** The first of {@code fields} that holds text; a headline given as a number or object is no title. */
  private static String text(JsonNode root, List<String> fields) {
    for (String f : fields) {
      JsonNode n = root.get(f);
      if (n != null && n.isTextual() && !n.textValue().isBlank()) return WhiteSpace.collapse(n.textValue().strip());
    }
    return null;
  }

  private static String kind(JsonNode n) {
    return switch (n.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL, MISSING -> "null";
      default -> "a " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
