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
    LocalDate headerDate = headerDate(text, paragraphs);
    if (published.date() == null && headerDate != null) published = new PublishedDate(headerDate, "a date line above the story");
    int titleParagraph = TitleFinder.firstParagraph(text, paragraphs);
    String title = TitleFinder.find(text, paragraphs, titleParagraph);
    Dateline dateline = dateline(text, paragraphs, datelines, published.date());
    if (dateline != null && title != null && paragraphs.get(titleParagraph).start() == dateline.start()) title = null;
    LocalDate datelineDate = dateline == null || dateline.date() == null ? null : LocalDate.parse(dateline.date());
    if (published.date() == null && datelineDate != null) published = new PublishedDate(datelineDate, "the dateline");
    if (published.date() == null) {
      published = PublishedDate.first(fallback, notes);
      // "SANTOS, Brazil, Nov 20 (Reuters) -" with a date given for the whole run: the dateline takes its year
      if (dateline != null && dateline.date() == null && published.date() != null) {
        dateline = dateline(text, paragraphs, datelines, published.date());
        datelineDate = dateline.date() == null ? null : LocalDate.parse(dateline.date());
      }
    }
    if (published.date() != null) notes.add(0, "publishedDate: from " + published.from());
    LocalDate reference = datelineDate != null ? datelineDate : published.date();
    return new ArticleMeta(title, dateline, published.date() == null ? null : published.date().toString(),
        languageCode, reference, notes);
  }

  /**
   * The dateline opening one of the first two paragraphs of the story; bylines and date lines above it do not
   * count ("Headline / By Ana Reyes | Nov. 23, 2026 / GRAZ, Austria — …").
   */
  private static Dateline dateline(String text, List<CharSpan> paragraphs, DatelineReader datelines, LocalDate reference) {
    int story = 0;
    for (int p = 0; p < Math.min(HEAD_PARAGRAPHS + 2, paragraphs.size()) && story < 2; p++) {
      CharSpan para = paragraphs.get(p);
      if (HeaderLines.isHeaderLine(text.substring(para.start(), para.end()))) continue;
      story++;
      // the language's own forms first: "BROSSARD, Qc —" is a place and its province there
      Dateline d = datelines == null ? null : datelines.parse(text, para.start(), para.end(), reference);
      if (d == null) d = DatelineParser.parse(text, para.start(), para.end(), reference);
      if (d != null) return d;
    }
    return null;
  }

  /** The date of a date line or a dated byline among the first paragraphs, or null. */
  private static LocalDate headerDate(String text, List<CharSpan> paragraphs) {
    for (int p = 0; p < Math.min(HEAD_PARAGRAPHS, paragraphs.size()); p++) {
      LocalDate d = HeaderLines.date(text.substring(paragraphs.get(p).start(), paragraphs.get(p).end()));
      if (d != null) return d;
    }
    return null;
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
