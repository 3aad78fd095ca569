package dev.newsfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.Fixtures;
import dev.newsfacts.SchemaAssert;
import dev.newsfacts.model.EventFact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text copied from a news page: a headline, a byline or date line, then the dateline and the story. */
class TextHeaderDatesTest {
  private static final String STORY = "Schools across the region stayed shut on Monday after heavy snow, the education office said.";

  private static ResultDocument read(String text, InputHints hints) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = Fixtures.extractor().extract(new ArticleInput(bytes, SourceRef.local("a.txt", bytes.length, null), hints));
    SchemaAssert.assertValidRecord(o.document());
    return assertInstanceOf(Outcome.Success.class, o, () -> "error: " + o.document()).result();
  }

  private static List<String> eventDates(ResultDocument r) {
    return r.facts().stream().filter(f -> f instanceof EventFact).map(f -> ((EventFact) f).date()).toList();
  }

  @Test
  void theDateOfABylineAboveTheStoryIsThePublicationDate() {
    ResultDocument r = read("Snow shuts schools\n\nBy Lena Vogt | November 25, 2026\n\n" + STORY + "\n", InputHints.NONE);
    assertEquals("2026-11-25", r.article().publishedDate());
    assertEquals(List.of("2026-11-23"), eventDates(r));
  }

  @Test
  void aDatelineBelowTheBylineIsStillFound() {
    ResultDocument r = read("Snow shuts schools\n\nBy Lena Vogt | November 25, 2026\n\nLINZ, Austria — " + STORY + "\n",
        InputHints.NONE);
    assertNotNull(r.article().dateline());
    assertEquals("Linz, Austria", r.article().dateline().location());
  }

  @Test
  void aDateLineAboveTheHeadlineIsNeitherTheTitleNorAnEvent() {
    ResultDocument r = read("Wednesday, 25 November 2026\n\nSnow shuts schools\n\n" + STORY + "\n", InputHints.NONE);
    assertEquals("2026-11-25", r.article().publishedDate());
    assertEquals("Snow shuts schools", r.article().title());
    assertEquals(List.of("2026-11-23"), eventDates(r));
  }

  @Test
  void aDatelineWithoutAYearTakesTheYearOfTheDateGivenForTheRun() {
    ResultDocument r = read("LINZ, Austria, Nov 24 (Reuters) - " + STORY + "\n",
        InputHints.defaultDate(LocalDate.of(2026, 11, 25)));
    assertEquals("2026-11-24", r.article().dateline().date());
  }
}
