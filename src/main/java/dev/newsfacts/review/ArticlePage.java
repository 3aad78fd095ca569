package dev.newsfacts.review;

import java.util.List;

/**
 * Everything the article template shows, computed beforehand so the template stays logic-less.
 *
 * @param indexHref link back to the index, or null for a page on its own (S3)
 * @param warnings notes for the reader (article text missing or changed since extraction)
 * @param segments the article text cut into highlighted runs; empty when the text is unknown
 */
public record ArticlePage(
    String title, String sourceLabel, String dateline, String extractor, String indexHref,
    List<String> warnings, List<Segment> segments, List<SpeakerGroup> speakers, List<QuoteItem> quotes,
    List<EntityItem> entities, List<StatisticItem> statistics, List<EventItem> events) {

  /** A speaker (named or described) with its colour and its quotes. */
  public record SpeakerGroup(String label, String colour, String resolution, List<QuoteItem> quotes) {
    public int count() {
      return quotes.size();
    }
  }

  public record QuoteItem(String id, String kind, String text, String speaker, String cue, String colour,
                          String confidence) {}

  public record EntityItem(String name, String type, String aliases, String titles, int mentions) {}

  public record StatisticItem(String text, String quantity, String period, String attribution) {}

  public record EventItem(String text, String date, String dateText) {}

  public int quoteCount() {
    return quotes.size();
  }

  public int speakerCount() {
    return speakers.size();
  }

  public int entityCount() {
    return entities.size();
  }

  public boolean hasText() {
    return !segments.isEmpty();
  }
}
