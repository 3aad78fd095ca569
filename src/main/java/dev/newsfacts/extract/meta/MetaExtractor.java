package dev.newsfacts.extract.meta;

import dev.newsfacts.model.Dateline;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, dateline, published date and language of one article. Thread-safe. */
public final class MetaExtractor {
  /** "Published: Oct. 5, 2023", "Updated October 5, 2023 3:10 PM": a date line near the top. */
  private static final Pattern PUBLISHED = Pattern.compile(
      "(?i:published|updated|posted)(?: on)?:?[ \\u00A0]+(?<date>(?:" + LooseDate.MONTH + "[ \\u00A0]+\\d{1,2}(?:st|nd|rd|th)?,?"
          + "[ \\u00A0]+\\d{4})|(?:\\d{1,2}[ \\u00A0]+" + LooseDate.MONTH + "[ \\u00A0]+\\d{4})|\\d{4}-\\d{2}-\\d{2})");
  private static final int HEAD_PARAGRAPHS = 3;
  private final LanguageGuesser language;

  public MetaExtractor(LanguageGuesser language) {
    this.language = language;
  }

  public ArticleMeta extract(String text, List<int[]> paragraphs) {
    LocalDate published = publishedLine(text, paragraphs);
    String title = TitleFinder.find(text, paragraphs);
    Dateline dateline = null;
    for (int p = 0; p < Math.min(2, paragraphs.size()) && dateline == null; p++) {
      dateline = DatelineParser.parse(text, paragraphs.get(p)[0], paragraphs.get(p)[1], published);
    }
    if (dateline != null && title != null && paragraphs.get(0)[0] == dateline.start()) title = null;
    LocalDate datelineDate = dateline == null || dateline.date() == null ? null : LocalDate.parse(dateline.date());
    if (published == null) published = datelineDate;
    LocalDate reference = datelineDate != null ? datelineDate : published;
    return new ArticleMeta(title, dateline, published == null ? null : published.toString(), language.guess(text),
        reference);
  }

  private static LocalDate publishedLine(String text, List<int[]> paragraphs) {
    for (int p = 0; p < Math.min(HEAD_PARAGRAPHS, paragraphs.size()); p++) {
      Matcher m = PUBLISHED.matcher(text).region(paragraphs.get(p)[0], paragraphs.get(p)[1]);
      if (m.find()) {
        LocalDate d = LooseDate.parse(m.group("date").replace(",", ", ").replaceAll("\\s+", " ").replace(" ,", ","), null);
        if (d != null) return d;
      }
    }
    return null;
  }
}
