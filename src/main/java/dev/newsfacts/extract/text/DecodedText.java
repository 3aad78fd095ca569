package dev.newsfacts.extract.text;

import java.util.List;

/**
 * Article text as decoded from the input bytes. For plain text it is the bytes decoded with
 * a leading BOM dropped and nothing else changed, so every offset in a result indexes
 * exactly this string; for HTML it is the article body as lines of text, and the
 * result carries it as {@code article.text}.
 *
 * @param text the decoded article text (never blank)
 * @param encoding the charset that decoded the bytes: {@code UTF-8}, {@code UTF-16LE},
 *     {@code UTF-16BE} or {@code windows-1252}
 * @param format {@code text/plain} or {@code text/html}
 * @param title the HTML {@code <h1>} or {@code <title>}, or null
 * @param notes what decoding had to do that a reader of the result should know (fallback
 *     charset, truncation), in a fixed order; empty for plain UTF-8 read whole
 * @param declared what a JSON article or an HTML page says about itself (dates, headline, language)
 */
public record DecodedText(String text, String encoding, String format, String title, List<String> notes,
    Declared declared) {
  public static final String PLAIN = "text/plain";
  public static final String HTML = "text/html";
  public static final String JSON = "application/json";

  public DecodedText {
    notes = List.copyOf(notes);
    declared = declared == null ? Declared.NONE : declared;
  }

  public DecodedText(String text, String encoding, String format, String title, List<String> notes) {
    this(text, encoding, format, title, notes, Declared.NONE);
  }

  /** True when {@code text} is not simply the UTF-8 bytes, so the result must carry it for its offsets to mean anything. */
  public boolean textDiffersFromBytes() {
    return !PLAIN.equals(format) || !"UTF-8".equals(encoding);
  }
}
