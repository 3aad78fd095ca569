package dev.newsfacts.extract.meta;

import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.extract.text.Declared.DateClaim;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.Dateline;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /** Metadata of plain text that declares nothing about itself. */
  public ArticleMeta extract(String text, List<CharSpan> paragraphs) {
    return extract(text, paragraphs, List.of(), List.of());
  }

  /**
   * @param declared publication dates the input or its adapter gives for this article (JSON fields,
   *     HTML metadata, S3 object metadata), most trusted first: they outrank dates found in the text
   * @param fallback dates for articles that carry none (a CLI default), used last
   */
  public ArticleMeta extract(String text, List<CharSpan> paragraphs, List<DateClaim> declared, List<DateClaim> fallback) {
    return extract(text, paragraphs, declared, fallback, language.guess(text), null);
  }

  /**
   * As above, for a language already known (declared or guessed before the language-specific steps),
   * with the dateline form of that language ({@code datelines}, or null) tried before the English forms.
   */
  public ArticleMeta extract(String text, List<CharSpan> paragraphs, List<DateClaim> declared, List<DateClaim> fallback,
      String languageCode, DatelineReader datelines) {
    List<String> notes = new ArrayList<>();
    PublishedDate published = PublishedDate.first(declared, notes);
    LocalDate line = publishedLine(text, paragraphs);
    if (published.date() == null && line != null) published = new PublishedDate(line, "a 'Published' line of the text");
    String title = TitleFinder.find(text, paragraphs);
    Dateline dateline = null;
    for (int p = 0; p < Math.min(2, paragraphs.size()) && dateline == null; p++) {
      // the language's own forms first: "BROSSARD, Qc —" is a place and its province there
      if (datelines != null) dateline = datelines.parse(text, paragraphs.get(p).start(), paragraphs.get(p).end(), published.date());
      if (dateline == null) dateline = DatelineParser.parse(text, paragraphs.get(p).start(), paragraphs.get(p).end(), published.date());
    }
    if (dateline != null && title != null && paragraphs.get(0).start() == dateline.start()) title = null;
    LocalDate datelineDate = dateline == null || dateline.date() == null ? null : LocalDate.parse(dateline.date());
    if (published.date() == null && datelineDate != null) published = new PublishedDate(datelineDate, "the dateline");
    if (published.date() == null) published = PublishedDate.first(fallback, notes);
    if (published.date() != null) notes.add(0, "publishedDate: from " + published.from());
    LocalDate reference = datelineDate != null ? datelineDate : published.date();
    return new ArticleMeta(title, dateline, published.date() == null ? null : published.date().toString(),
        languageCode, reference, notes);
  }

  private static LocalDate publishedLine(String text, List<CharSpan> paragraphs) {
    for (int p = 0; p < Math.min(HEAD_PARAGRAPHS, paragraphs.size()); p++) {
      Matcher m = PUBLISHED.matcher(text).region(paragraphs.get(p).start(), paragraphs.get(p).end());
      if (m.find()) {
        LocalDate d = LooseDate.parse(WhiteSpace.collapse(m.group("date").replace(",", ", ")).replace(" ,", ","), null);
        if (d != null) return d;
      }
    }
    return null;
  }
}
