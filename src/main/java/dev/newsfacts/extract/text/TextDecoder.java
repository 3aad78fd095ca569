package dev.newsfacts.extract.text;

import dev.newsfacts.model.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns input bytes into article text, or refuses them with a clear code.
 *
 * <ul>
 *   <li>Size first: over {@code maxBytes} is {@code TOO_LARGE}, or, when configured, the
 *       bytes are cut at the limit (never inside a character) and the result says so.
 *   <li>A byte-order mark decides the charset (UTF-8, UTF-16LE, UTF-16BE); bytes that
 *       contradict their mark are {@code DECODE_FAILED}.
 *   <li>Without a mark: binary formats and NUL/control-heavy bytes are
 *       {@code UNSUPPORTED_CONTENT} with the sniffed type; valid UTF-8 is UTF-8; anything
 *       else is read as Windows-1252 (which decodes every byte) and the result notes it.
 *   <li>HTML becomes the article body's text, one paragraph per line.
 *   <li>Nothing but white space, or no letter or digit at all, is {@code EMPTY}.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class TextDecoder {
  /** 2 MiB: twenty times a long feature article, and what the core reads in a few seconds. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
  private static final int SNIFF_BYTES = 8192;

  private final long maxBytes;
  private final boolean truncate;

  public TextDecoder() {
    this(DEFAULT_MAX_BYTES, false);
  }

  /**
   * @param maxBytes the largest input read whole
   * @param truncate cut larger inputs at {@code maxBytes} instead of refusing them
   */
  public TextDecoder(long maxBytes, boolean truncate) {
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
    this.maxBytes = maxBytes;
    this.truncate = truncate;
  }

  public DecodedText decode(byte[] bytes) throws InputRejectedException {
    if (bytes.length == 0) {
      throw new InputRejectedException(ErrorCode.EMPTY, "the input is empty (0 bytes)");
    }
    List<String> notes = new ArrayList<>();
    int end = bytes.length;
    if (bytes.length > maxBytes) {
      if (!truncate) {
        throw new InputRejectedException(ErrorCode.TOO_LARGE,
            "the input is " + bytes.length + " bytes, over the limit of " + maxBytes + " bytes");
      }
      ByteCharsets.Bom bom = ByteCharsets.bomOf(bytes, bytes.length);
      end = ByteCharsets.cutPoint(bytes, (int) maxBytes, bom == null ? "UTF-8" : bom.charset());
      notes.add("truncated: read the first " + end + " of " + bytes.length + " bytes");
    }
    Decoded d = decodeBytes(bytes, end, notes);
    if (isBlank(d.text)) {
      throw new InputRejectedException(ErrorCode.EMPTY, "the input holds only white space");
    }
    if (JsonArticle.looksLikeJson(d.text)) return json(d, notes);
    if (looksLikeHtml(d.text)) {
      HtmlText.Article article = HtmlText.extract(d.text);
      requireWords(article.text(), "the HTML page holds no article text");
      notes.add("html: the article body as text, one paragraph per line; offsets index article.text");
      return new DecodedText(article.text(), d.charset, DecodedText.HTML, article.title(), notes, article.declared());
    }
    if (startsWithIgnoringSpace(d.text, "<?xml")) {
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT, "XML content (application/xml) is not an article");
    }
    requireWords(d.text, "the input holds no letters or digits");
    return new DecodedText(d.text, d.charset, DecodedText.PLAIN, null, notes);
  }

  private record Decoded(String text, String charset) {}

  /** A JSON article: its body is the text (an HTML body becomes text as a page would). */
  private static DecodedText json(Decoded d, List<String> notes) throws InputRejectedException {
    JsonArticle.Article article = JsonArticle.parse(d.text);
    String body = article.body();
    Declared declared = article.declared();
    if (isBlank(body)) throw new InputRejectedException(ErrorCode.EMPTY, "the JSON article's body is empty");
    if (looksLikeHtml(body)) {
      HtmlText.Article page = HtmlText.extract(body);
      body = page.text();
      if (declared.title() == null) declared = new Declared(declared.dates(), page.title(), declared.language());
      notes.add("json: the article body is HTML, read as text, one paragraph per line; offsets index article.text");
    } else {
      notes.add("json: the article body; offsets index article.text");
    }
    requireWords(body, "the JSON article's body holds no letters or digits");
    return new DecodedText(body, d.charset, DecodedText.JSON, declared.title(), notes, declared);
  }

  private static Decoded decodeBytes(byte[] bytes, int end, List<String> notes) throws InputRejectedException {
    ByteCharsets.Bom bom = ByteCharsets.bomOf(bytes, end);
    if (bom != null && bom.charset().startsWith("UTF-16")) {
      String text = ByteCharsets.strict(bytes, bom.length(), end, bom.charset());
      if (text == null) throw contradictsBom(bom);
      rejectBinary(BinarySniffer.describeText(text, SNIFF_BYTES));
      return new Decoded(text, bom.charset());
    }
    int from = bom == null ? 0 : bom.length();
    // magic numbers are read from the very first byte: "%PDF" after a BOM is not a PDF
    rejectBinary(BinarySniffer.describe(bytes, end, SNIFF_BYTES));
    String text = ByteCharsets.strict(bytes, from, end, "UTF-8");
    if (text != null) return new Decoded(text, "UTF-8");
    if (bom != null) throw contradictsBom(bom);
    notes.add("not valid UTF-8: decoded as windows-1252");
    return new Decoded(ByteCharsets.windows1252(bytes, 0, end), "windows-1252");
  }

  private static InputRejectedException contradictsBom(ByteCharsets.Bom bom) {
    return new InputRejectedException(ErrorCode.DECODE_FAILED,
        "the input declares " + bom.charset() + " by its byte-order mark but is not valid " + bom.charset());
  }

  private static void rejectBinary(String kind) throws InputRejectedException {
    if (kind != null) {
      throw new InputRejectedException(ErrorCode.UNSUPPORTED_CONTENT, "binary content (" + kind + ") is not an article");
    }
  }

  /** White space in the Unicode sense too: no-break and em spaces are as empty as ASCII ones. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
    }
    return true;
  }

  private static void requireWords(String text, String message) throws InputRejectedException {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) return;
      i += Character.charCount(cp);
    }
    throw new InputRejectedException(ErrorCode.EMPTY, message);
  }

  private static boolean startsWithIgnoringSpace(String text, String prefix) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    return text.regionMatches(true, i, prefix, 0, prefix.length())
        && !text.substring(i, Math.min(text.length(), i + 4096)).toLowerCase(Locale.ROOT).contains("<html");
  }

  /**
   * True when the text opens like an HTML document or fragment (after white space and comments). Here, not in
   * {@link HtmlText}: a plain-text article then never loads that class, its word list and jsoup's classes.
   */
  static boolean looksLikeHtml(String text) {
    int i = 0;
    int n = Math.min(text.length(), 4096);
    while (i < n && Character.isWhitespace(text.charAt(i))) i++;
    if (i >= n || text.charAt(i) != '<') return false;
    String head = text.substring(i, n).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || head.startsWith("<body") || head.startsWith("<article") || head.startsWith("<meta")
        || head.startsWith("<title") || head.startsWith("<div") || head.startsWith("<p>") || head.startsWith("<p ")
        || head.startsWith("<!--") && (head.contains("<html") || head.contains("<body"))
        || head.startsWith("<?xml") && head.contains("<html");
  }
}
