package dev.newsfacts.review;

import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import dev.newsfacts.model.StatisticFact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the model of an article page from a result document and the article text. */
public final class ArticlePages {
  /** Quote text in side panels is cut here: the full text is in the article, one click away. */
  static final int PANEL_TEXT = 220;

  private ArticlePages() {}

  /**
   * @param text the decoded article text the offsets index, or null when it is not available
   * @param indexHref link back to the index, or null
   * @param notes warnings found by the caller (text changed since extraction ...), shown on the page
   */
  public static ArticlePage of(ResultDocument doc, String text, String indexHref, List<String> notes) {
    List<String> warnings = new ArrayList<>(notes);
    String shown = doc.article() != null && doc.article().text() != null ? doc.article().text() : text;
    List<Quote> quotes = doc.quotes() == null ? List.of() : doc.quotes();
    SpeakerColours palette = new SpeakerColours();
    Map<String, String> colours = new HashMap<>();
    for (Quote q : quotes) colours.put(q.id(), palette.of(q));

    List<Segment> segments = List.of();
    if (shown == null) {
      warnings.add("The article text is not available: quotes are listed without their context.");
    } else {
      int misplaced = 0;
      for (Quote q : quotes) {
        if (!Highlighter.fits(q.start(), q.end(), shown) || !shown.substring(q.start(), q.end()).equals(q.text())) {
          misplaced++;
        }
      }
      if (misplaced > 0) {
        warnings.add(misplaced + " quote(s) do not match the article text at their offsets (not highlighted where"
            + " they fall outside it): the article may have changed since extraction.");
      }
      segments = Highlighter.segments(shown, quotes, colours);
    }

    List<ArticlePage.QuoteItem> items = new ArrayList<>();
    Map<String, List<ArticlePage.QuoteItem>> bySpeaker = new LinkedHashMap<>();
    Map<String, Quote> firstOfSpeaker = new LinkedHashMap<>();
    for (Quote q : quotes) {
      ArticlePage.QuoteItem item = new ArticlePage.QuoteItem(q.id(), lower(q.kind()), cut(q.text()),
          Highlighter.speakerText(q), q.cue() == null ? null : q.cue().text(), colours.get(q.id()),
          String.format(Locale.ROOT, "%.2f", q.confidence()));
      items.add(item);
      String key = SpeakerColours.key(q.speaker());
      if (key == null) key = "none";
      bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
      firstOfSpeaker.putIfAbsent(key, q);
    }
    List<ArticlePage.SpeakerGroup> speakers = new ArrayList<>();
    bySpeaker.forEach((key, list) -> {
      Quote first = firstOfSpeaker.get(key);
      String res = first.speaker() == null || first.speaker().resolution() == null ? "none"
          : lower(first.speaker().resolution());
      speakers.add(new ArticlePage.SpeakerGroup(SpeakerColours.label(first.speaker()), colours.get(first.id()), res,
          list));
    });

    List<ArticlePage.EntityItem> entities = new ArrayList<>();
    for (Entity e : doc.entities() == null ? List.<Entity>of() : doc.entities()) {
      entities.add(new ArticlePage.EntityItem(e.name(), e.type() == null ? "" : e.type().name(),
          String.join(", ", nullSafe(e.aliases())), String.join(", ", nullSafe(e.titles())),
          nullSafe(e.mentions()).size()));
    }
    List<ArticlePage.StatisticItem> statistics = new ArrayList<>();
    List<ArticlePage.EventItem> events = new ArrayList<>();
    for (Fact f : doc.facts() == null ? List.<Fact>of() : doc.facts()) {
      if (f instanceof StatisticFact s) {
        String quantity = s.quantity() == null ? null
            : s.quantity().text() + " = " + number(s.quantity().value())
              + (s.quantity().unit() == null ? "" : " " + s.quantity().unit())
              + (s.quantity().approximate() ? " (approximate)" : "");
        statistics.add(new ArticlePage.StatisticItem(cut(s.text()), quantity,
            s.period() == null ? null : s.period().text(),
            s.attribution() == null ? null : s.attribution().name()));
      } else if (f instanceof EventFact ev) {
        events.add(new ArticlePage.EventItem(cut(ev.text()), ev.date(), ev.dateText()));
      }
    }
    String title = doc.article() != null && doc.article().title() != null ? doc.article().title()
        : sourceLabel(doc.source());
    return new ArticlePage(title, sourceLabel(doc.source()), dateline(doc), extractor(doc), indexHref, warnings,
        segments, speakers, items, entities, statistics, events);
  }

  static String sourceLabel(SourceRef s) {
    if (s == null) return "(unknown source)";
    if (s.path() != null) return s.path();
    return "s3://" + s.bucket() + "/" + s.key();
  }

  private static String dateline(ResultDocument doc) {
    if (doc.article() == null || doc.article().dateline() == null) return null;
    Dateline d = doc.article().dateline();
    List<String> parts = new ArrayList<>();
    if (d.location() != null) parts.add(d.location());
    if (d.agency() != null) parts.add(d.agency());
    if (d.date() != null) parts.add(d.date());
    return parts.isEmpty() ? null : String.join(" \u00b7 ", parts);
  }

  private static String extractor(ResultDocument doc) {
    return doc.extractor() == null ? null : doc.extractor().name() + " " + doc.extractor().version();
  }

  static String cut(String s) {
    if (s == null || s.length() <= PANEL_TEXT) return s;
    return s.substring(0, PANEL_TEXT - 1) + "\u2026";
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(Locale.ROOT, "%,d", (long) v)
        : String.format(Locale.ROOT, "%s", v);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static <T> List<T> nullSafe(List<T> l) {
    return l == null ? List.of() : l;
  }
}
