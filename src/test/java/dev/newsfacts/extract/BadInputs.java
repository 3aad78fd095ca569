package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.BadInput.Expected;
import dev.newsfacts.extract.BadInput.Read;
import dev.newsfacts.extract.BadInput.Refused;
import dev.newsfacts.model.ErrorCode;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The bad-input suite: every kind of broken input we have met or can imagine, and its exact outcome. */
final class BadInputs {
  /** An invented wire story: five paragraphs, two direct quotes, one reported statement. */
  static final String ARTICLE = """
      SPRINGFIELD (Metro Wire) — The city council approved a $42 million flood barrier on Tuesday after a heated four-hour session.
      “We cannot wait for the next storm to decide for us,” Mayor Linda Okafor told reporters after the vote.
      Council member Daniel Reyes, who voted against the plan, said the costs had been badly underestimated.
      "This is a promise the budget cannot keep," Reyes said.
      Construction is expected to begin in March, according to the city's public works department.
      """;
  private static final String QUOTE = "We cannot wait for the next storm";
  private static final ExtractorOptions DEFAULTS = ExtractorOptions.defaults();
  private static final Charset CP1252 = Charset.forName("windows-1252");

  private BadInputs() {}

  static List<BadInput> all() {
    return List.of(
        // nothing to read
        refused("empty file", () -> new byte[0], ErrorCode.EMPTY, "empty (0 bytes)"),
        refused("only white space", () -> utf8(" \n\t\r\n  \u00a0\u2003 \n"), ErrorCode.EMPTY, "only white space"),
        refused("10,000 quotation marks and nothing else", () -> utf8("\"".repeat(10_000)), ErrorCode.EMPTY,
            "no letters or digits"),
        refused("zero-width characters only", () -> utf8("\u200b\u200c\u200d\u2060".repeat(500)), ErrorCode.EMPTY,
            "no letters or digits"),
        refused("emoji only", () -> utf8("😀🎉👍🏽".repeat(100)), ErrorCode.EMPTY, "no letters or digits"),

        // binary formats
        refused("PDF renamed .txt", BadInputs::pdf, ErrorCode.UNSUPPORTED_CONTENT, "application/pdf"),
        refused("PNG image", BadInputs::png, ErrorCode.UNSUPPORTED_CONTENT, "image/png"),
        refused("ZIP archive of an article", BadInputs::zip, ErrorCode.UNSUPPORTED_CONTENT, "application/zip"),
        refused("GZIP-compressed article", BadInputs::gzip, ErrorCode.UNSUPPORTED_CONTENT, "application/gzip"),
        refused("JPEG image", BadInputs::jpeg, ErrorCode.UNSUPPORTED_CONTENT, "image/jpeg"),
        refused("random bytes", () -> random(16_384), ErrorCode.UNSUPPORTED_CONTENT, "application/octet-stream"),
        refused("NUL byte inside an article", () -> utf8(ARTICLE.replace("flood", "fl\u0000ood")),
            ErrorCode.UNSUPPORTED_CONTENT, "application/octet-stream"),
        refused("control characters in one byte of five", () -> utf8(everyNth(ARTICLE, 5, '\u0001')),
            ErrorCode.UNSUPPORTED_CONTENT, "application/octet-stream"),
        refused("XML feed", () -> utf8("<?xml version=\"1.0\"?>\n<rss><channel><item>Flood barrier</item></channel></rss>"),
            ErrorCode.UNSUPPORTED_CONTENT, "application/xml"),
        refused("RTF document", () -> utf8("{\\rtf1\\ansi The council approved the barrier.}"),
            ErrorCode.UNSUPPORTED_CONTENT, "application/rtf"),

        // encodings
        read("a few stray control characters", () -> utf8(ARTICLE.replace("Tuesday", "Tues\u0007day\u001b")),
            plainUtf8(5)),
        read("Windows-1252 with curly quotes", () -> ARTICLE.replace("city's", "café’s").getBytes(CP1252),
            decodedAs("windows-1252", ARTICLE.replace("city's", "café’s"))),
        read("Latin-1 accents", () -> ARTICLE.replace("SPRINGFIELD", "ZÜRICH").replace("’", "'").replace("“", "\"")
                .replace("”", "\"").replace("—", "-").getBytes(StandardCharsets.ISO_8859_1),
            decodedAs("windows-1252", ARTICLE.replace("SPRINGFIELD", "ZÜRICH").replace("’", "'").replace("“", "\"")
                .replace("”", "\"").replace("—", "-"))),
        read("mixed UTF-8 and Windows-1252 bytes", BadInputs::mixed,
            (r, text) -> {
              assertEquals("windows-1252", r.article().encoding());
              assertEquals(new String(mixed(), CP1252), r.article().text());
              assertTrue(r.article().text().contains("Ã©"), "UTF-8 bytes read as Windows-1252, as the note says");
            }),
        read("UTF-8 with BOM", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(ARTICLE)),
            plainUtf8(5)),
        read("UTF-16LE with BOM", () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)),
            decodedAs("UTF-16LE", ARTICLE)),
        read("UTF-16BE with BOM", () -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE)),
            decodedAs("UTF-16BE", ARTICLE)),
        refused("UTF-16LE with a lone surrogate", () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                ARTICLE.getBytes(StandardCharsets.UTF_16LE), new byte[] {0x00, (byte) 0xD8, 'x', 0}),
            ErrorCode.DECODE_FAILED, "UTF-16LE"),
        refused("UTF-16BE with an odd number of bytes", () -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                ARTICLE.getBytes(StandardCharsets.UTF_16BE), new byte[] {'x'}),
            ErrorCode.DECODE_FAILED, "UTF-16BE"),
        refused("UTF-8 BOM before invalid UTF-8", () -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ARTICLE.getBytes(CP1252)),
            ErrorCode.DECODE_FAILED, "UTF-8"),
        read("lone surrogate encoded in UTF-8 (CESU)", () -> concat(utf8(ARTICLE), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
            (r, text) -> assertEquals("windows-1252", r.article().encoding())),

        // tricky characters
        read("zero-width characters in words and around quotes", () -> utf8(ARTICLE.replace("“", "\u200b“\u200d")
                .replace("council", "coun\u200bcil").replace("Reyes", "Re\u2060yes").replace("Tuesday", "\ufeffTuesday")),
            (r, text) -> {
              assertEquals(5, r.article().counts().paragraphs());
              assertHasQuote(r, QUOTE);
            }),
        read("right-to-left text and marks", () -> utf8("\u202bتقرير المجلس\u202c\n" + ARTICLE
                + "\u200fשלום\u200f said a visitor from Haifa, \"the barrier looks strong.\"\n"),
            (r, text) -> {
              assertEquals(7, r.article().counts().paragraphs());
              assertHasQuote(r, QUOTE);
            }),
        read("non-English articles (German, French, Chinese)", () -> utf8("""
            „Wir schaffen das“, sagte Bürgermeisterin Anna Schmidt am Dienstag in Köln.
            « Nous ne reculerons pas », a déclaré le maire de Lyon, Grégory Doucet.
            市长李明说：「我们会重建这座桥。」
            """), (r, text) -> assertEquals(3, r.article().counts().paragraphs())),
        read("surrogate pairs around quotation marks", () -> utf8(
                "😀“We won the vote,”😀 said Mayor Linda Okafor. 👍🏽\n🎉\"It is 𝒻𝒾𝓃𝒶𝓁𝓁𝓎 done,\"🎉 Reyes said.\n"),
            (r, text) -> assertFalse(r.quotes().isEmpty(), "quotes between emoji are still quotes")),
        read("unbalanced quotation marks", () -> utf8("""
            Mayor Linda Okafor said “the plan “is “ready and "nothing else.
            Council member Daniel Reyes said” nothing ”at all.
            ”“”“"" The vote was 7 to 2.
            """), (r, text) -> {
              for (Quote q : r.quotes()) assertFalse(q.text().contains("\n"), "a quote never crosses a paragraph");
            }),
        read("10,000 short quotes in one paragraph", () -> utf8("\"Yes,\" he said. ".repeat(10_000)),
            (r, text) -> assertTrue(r.quotes().size() <= 10_000)),
        read("10,000 opening marks never closed", () -> utf8("“word ".repeat(10_000)),
            (r, text) -> assertEquals(10_000, r.article().counts().tokens() / 2)),
        read("CRLF line endings", () -> utf8(ARTICLE.replace("\n", "\r\n")), plainUtf8(5)),
        read("CR line endings", () -> utf8(ARTICLE.replace("\n", "\r")), plainUtf8(5)),
        read("20,000 one-line paragraphs", () -> utf8("Rain fell on Tuesday.\n".repeat(20_000)), plainUtf8(20_000)),
        read("one 300,000-character word", () -> utf8("x".repeat(300_000)),
            (r, text) -> {
              int tokens = r.article().counts().tokens();
              assertTrue(tokens >= 300_000 / 256 && tokens <= 300_000 / 200, "words are cut, not fed whole: " + tokens);
            }),
        read("a single word", () -> utf8("Hello"), (r, text) -> {
          assertEquals(1, r.article().counts().tokens());
          assertTrue(r.quotes().isEmpty());
        }),

        // size and time bounds
        refused("5 MB on a single line", () -> utf8(oneLine(5_000_000)), ErrorCode.TOO_LARGE,
            "5000000 bytes, over the limit of 2097152 bytes"),
        new BadInput("5 MB on a single line, truncated to 1 MiB", () -> utf8(oneLine(5_000_000)),
            DEFAULTS.withMaxBytes(1 << 20).withTruncate(true), new Read((r, text) -> {
              assertEquals(List.of("truncated: read the first 1048576 of 5000000 bytes"), r.article().notes());
              int p = r.article().counts().paragraphs();
              assertTrue(p >= (1 << 20) / 20_000 && p <= (1 << 20) / 10_000 + 1, "the line is cut into paragraphs: " + p);
            })),
        refused("3 MiB article", () -> utf8(ARTICLE.repeat(3 * 1024 * 1024 / ARTICLE.length() + 1)), ErrorCode.TOO_LARGE,
            "over the limit of 2097152 bytes"),
        new BadInput("truncation inside a UTF-8 character", () -> utf8(ARTICLE + "Café owners cheered."),
            DEFAULTS.withMaxBytes(utf8(ARTICLE + "Caf").length + 1).withTruncate(true), new Read((r, text) -> {
              int kept = utf8(ARTICLE + "Caf").length;
              assertEquals(List.of("truncated: read the first " + kept + " of " + utf8(ARTICLE + "Café owners cheered.").length
                  + " bytes"), r.article().notes());
              assertFalse(text.contains("\ufffd"), "no half character");
            })),
        new BadInput("truncation inside a UTF-16 surrogate pair",
            () -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Rain 😀 fell".getBytes(StandardCharsets.UTF_16LE)),
            DEFAULTS.withMaxBytes(2 + 2 * "Rain ".length() + 2).withTruncate(true), new Read((r, text) -> {
              assertEquals("Rain", r.article().text().strip());
              assertEquals("UTF-16LE", r.article().encoding());
            })),
        new BadInput("a time budget already spent", () -> utf8(ARTICLE), DEFAULTS.withTimeBudget(Duration.ofNanos(1)),
            new Refused(ErrorCode.TIMEOUT, "over the budget of 0 ms")),

        // HTML
        read("HTML page with navigation, share buttons, aside and footer", () -> utf8(Pages.boilerplate()),
            (r, text) -> {
              assertEquals("Council approves $42 million flood barrier", r.article().title());
              assertEquals(Pages.BOILERPLATE_TEXT, text);
              assertHasQuote(r, QUOTE);
            }),
        read("HTML with itemprop=articleBody and a comment thread", () -> utf8(Pages.articleBody()),
            (r, text) -> assertEquals(Pages.paragraphLines(), text)),
        read("HTML with only a densest block of paragraphs", () -> utf8(Pages.densest()),
            (r, text) -> {
              assertEquals(Pages.paragraphLines(), text);
              assertEquals("Flood barrier approved - Springfield Gazette", r.article().title());
            }),
        read("HTML entities and non-breaking spaces", () -> utf8(
                "<p>&ldquo;We&nbsp;cannot wait,&rdquo; said&#160;Mayor Linda Okafor &amp; her deputy.</p>"),
            (r, text) -> assertEquals("“We cannot wait,” said Mayor Linda Okafor & her deputy.", text)),
        read("HTML nested 100,000 elements deep", () -> utf8("<!DOCTYPE html><html><head><title>Deep</title></head><body>"
                + "<div>".repeat(100_000) + "<p>" + ARTICLE.lines().toList().get(1) + "</p>" + "</div>".repeat(100_000)
                + "</body></html>"),
            (r, text) -> {
              assertEquals(ARTICLE.lines().toList().get(1), text);
              assertHasQuote(r, QUOTE);
            }),
        refused("script-only HTML", () -> utf8("""
            <!DOCTYPE html><html><head><script>var said = "the mayor said";</script>
            <style>p { color: red }</style></head><body><script>document.write("<p>Breaking</p>")</script>
            <noscript><form><button>Subscribe</button></form></noscript></body></html>
            """), ErrorCode.EMPTY, "the HTML page holds no article text"),
        read("HTML meta with a garbage published date", () -> utf8("<html><head>"
                + "<meta property=\"article:published_time\" content=\"2023-13-45T99:99\"></head><body><p>"
                + ARTICLE.lines().toList().get(0) + "</p></body></html>"),
            (r, text) -> {
              assertNull(r.article().publishedDate());
              assertTrue(r.article().notes().contains(
                  "HTML meta article:published_time \"2023-13-45T99:99\" is not a date: ignored"), r.article().notes().toString());
            }),

        // JSON articles
        refused("malformed JSON article", () -> utf8("{\"headline\": \"Flood barrier\", \"articleBody\": \"The city"),
            ErrorCode.DECODE_FAILED, "malformed JSON at line 1"),
        refused("JSON array of articles", () -> utf8("[{\"articleBody\": \"The city council met.\"}]"),
            ErrorCode.UNSUPPORTED_CONTENT, "JSON an array is not an article"),
        refused("JSON article whose body is a number", () -> utf8("{\"articleBody\": 42}"),
            ErrorCode.UNSUPPORTED_CONTENT, "articleBody is a number, not text"),
        refused("JSON article whose body is an object", () -> utf8("{\"maintext\": {\"p\": \"The city\"}}"),
            ErrorCode.UNSUPPORTED_CONTENT, "maintext is an object, not text"),
        refused("JSON object with no body field", () -> utf8("{\"headline\": \"Flood barrier\", \"body\": \"x\"}"),
            ErrorCode.UNSUPPORTED_CONTENT, "none of the fields [articleBody, maintext, text]"),
        refused("JSON article with an empty body", () -> utf8("{\"articleBody\": \"  \"}"), ErrorCode.EMPTY,
            "body is empty"),
        refused("JSON nested 100,000 arrays deep", () -> utf8("{\"articleBody\": " + "[".repeat(100_000)),
            ErrorCode.DECODE_FAILED, "malformed JSON"),
        read("JSON article whose datePublished is no date", () -> utf8("{\"datePublished\": \"yesterday\", "
                + "\"articleBody\": \"The council approved the barrier on Tuesday.\"}"),
            (r, text) -> {
              assertNull(r.article().publishedDate());
              assertTrue(r.facts().stream().noneMatch(f -> f instanceof dev.newsfacts.model.EventFact), "no guessed date");
              assertTrue(r.article().notes().contains("JSON datePublished \"yesterday\" is not a date: ignored"));
            }),
        read("JSON article whose datePublished is a number", () -> utf8("{\"datePublished\": 1696514580, "
                + "\"articleBody\": \"The council approved the barrier on Tuesday.\"}"),
            (r, text) -> {
              assertNull(r.article().publishedDate());
              assertTrue(r.article().notes().contains("JSON datePublished \"1696514580\" is not a date: ignored"));
            }),
        read("JSON article with unknown fields", () -> utf8("{\"id\": 7, \"tags\": [\"x\"], "
                + "\"articleBody\": \"The council approved the barrier.\", \"extra\": {\"a\": null}}"),
            (r, text) -> assertEquals("The council approved the barrier.", text)));
  }

  // ---- expectations

  private static BadInput refused(String kind, Supplier<byte[]> bytes, ErrorCode code, String messagePart) {
    return new BadInput(kind, bytes, DEFAULTS, new Refused(code, messagePart));
  }

  private static BadInput read(String kind, Supplier<byte[]> bytes, BiConsumer<ResultDocument, String> check) {
    return new BadInput(kind, bytes, DEFAULTS, new Read(check));
  }

  /** Read as plain UTF-8 (no encoding, no notes, no text copy) with this many paragraphs. */
  private static BiConsumer<ResultDocument, String> plainUtf8(int paragraphs) {
    return (r, text) -> {
      assertNull(r.article().encoding());
      assertNull(r.article().text());
      assertTrue(r.article().notes().isEmpty());
      assertEquals(paragraphs, r.article().counts().paragraphs());
    };
  }

  /** Read with {@code encoding}, giving exactly {@code expected}, which the result carries for its offsets. */
  private static BiConsumer<ResultDocument, String> decodedAs(String encoding, String expected) {
    return (r, text) -> {
      assertEquals(encoding, r.article().encoding());
      assertEquals(expected, r.article().text());
      assertHasQuote(r, QUOTE);
    };
  }

  private static void assertHasQuote(ResultDocument r, String words) {
    assertTrue(r.quotes().stream().anyMatch(q -> q.text().contains(words)),
        () -> "no quote holds '" + words + "' among " + r.quotes().size());
  }

  // ---- generators

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) n += p.length;
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  private static String oneLine(int bytes) {
    String sentence = "The council said the barrier, which cost \"far too much\", would open in March. ";
    StringBuilder b = new StringBuilder(bytes);
    while (b.length() + sentence.length() <= bytes) b.append(sentence);
    b.append("x".repeat(bytes - b.length()));
    return b.toString();
  }

  private static String everyNth(String s, int n, char c) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i % n == 0) b.append(c);
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  private static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(6).nextBytes(b);
    return b;
  }

  private static byte[] mixed() {
    return concat(utf8("Café owners in Zürich said the rent doubled.\n"), new byte[] {(byte) 0x93},
        utf8("Unfair\" said one owner.\n"));
  }

  private static byte[] pdf() {
    return concat("%PDF-1.7\n%".getBytes(StandardCharsets.ISO_8859_1), new byte[] {(byte) 0xE2, (byte) 0xE3, (byte) 0xCF},
        utf8("\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n(Mayor Linda Okafor said) Tj\n%%EOF\n"));
  }

  private static byte[] png() {
    byte[] b = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1,
        8, 2, 0, 0, 0};
    return Arrays.copyOf(b, 256);
  }

  private static byte[] jpeg() {
    byte[] b = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1};
    return Arrays.copyOf(b, 512);
  }

  private static byte[] zip() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream z = new ZipOutputStream(out)) {
        z.putNextEntry(new ZipEntry("article.txt"));
        z.write(utf8(ARTICLE));
        z.closeEntry();
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] gzip() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(utf8(ARTICLE));
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Invented web pages around the same story. */
  static final class Pages {
    static final String BOILERPLATE_TEXT = "Council approves $42 million flood barrier\n" + paragraphLines();

    private Pages() {}

    /** The story's paragraphs, one per line, as HTML extraction must give them. */
    static String paragraphLines() {
      return ARTICLE.strip();
    }

    private static String paragraphsHtml() {
      StringBuilder b = new StringBuilder();
      for (String line : ARTICLE.strip().split("\n")) b.append("<p>").append(escape(line)).append("</p>\n");
      return b.toString();
    }

    static String boilerplate() {
      return """
          <!DOCTYPE html>
          <html lang="en"><head><meta charset="utf-8"><title>Flood barrier approved | Springfield Gazette</title>
          <script>window.analytics = {said: "Mayor"};</script><style>.share{display:flex}</style></head>
          <body>
          <header><a href="/">Springfield Gazette</a><nav><a>Home</a> <a>News</a> <a>Sport</a></nav></header>
          <div class="share-buttons"><a>Share on Facebook</a><a>Share on X</a></div>
          <article>
          <h1>Council approves $42 million flood barrier</h1>
          """ + paragraphsHtml() + """
          <div class="newsletter-signup"><form><input placeholder="email"><button>Subscribe</button></form></div>
          </article>
          <aside><h2>Related</h2><p>Bridge repairs delayed again, officials said on Monday in a statement.</p></aside>
          <footer><p>© 2024 Springfield Gazette. All rights reserved.</p></footer>
          </body></html>
          """;
    }

    static String articleBody() {
      return "<html><body><div class=\"page\"><div itemprop=\"articleBody\">\n" + paragraphsHtml()
          + "</div><div id=\"comments\"><p>" + "Great news, I said so all along! ".repeat(3) + "</p><p>"
          + "The mayor never listens to us, said a reader. ".repeat(3) + "</p></div></div></body></html>";
    }

    static String densest() {
      return "<html><head><title>Flood barrier approved - Springfield Gazette</title></head><body>"
          + "<div class=\"layout\"><div class=\"story\">" + paragraphsHtml() + "</div>"
          + "<div class=\"most-read\"><p>Most read: Bridge repairs delayed</p></div></div></body></html>";
    }

    private static String escape(String s) {
      return s.replace("&", "&amp;").replace("<", "&lt;");
    }
  }
}
