package dev.newsfacts.extract.text;

import java.util.List;

/**
 * What the input says about itself besides its text, as written (never parsed here): the
 * publication date and title from JSON fields or HTML metadata. The meta step checks the dates.
 *
 * @param dates publication dates as the input writes them, most trusted first (a page may carry
 *     several, and the first may be garbage)
 * @param title the headline, or null
 * @param language the declared language ("en", "en-US"), or null
 */
public record Declared(List<DateClaim> dates, String title, String language) {
  public static final Declared NONE = new Declared(List.of(), null, null);

  public Declared {
    dates = List.copyOf(dates);
  }

  /**
   * @param value the date as written ("2023-10-05T14:03:00Z", "Oct. 5, 2023", "soon")
   * @param from where it was read ("JSON datePublished", "HTML meta article:published_time")
   */
  public record DateClaim(String value, String from) {}
}
