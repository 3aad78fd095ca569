package dev.newsfacts.extract.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Quote;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A place in capitals and a colon opening the story ("KUALA LUMPUR:") is its dateline, not who speaks. */
class ColonDatelineTest {
  private static final class Gazetteer {
    static final EntityLexicon LEXICON = EntityLexicon.load();
    static final QuoteExtractor QUOTES = new QuoteExtractor(p -> LEXICON.place(p) != null || LEXICON.isTown(p));
  }

  private static final ColonDateline PLACES =
      new ColonDateline(Set.of("Kuala Lumpur", "Peshawar", "Lee")::contains, null);

  private static boolean anySpeakerIs(QuotesOf a, String words) {
    return a.quotes().stream().anyMatch(q -> q.speaker() != null && q.speaker().mention() != null
        && q.speaker().mention().text().equals(words));
  }

  @Test
  void aKnownPlaceInCapitalsIsADateline() {
    assertTrue(PLACES.is("KUALA LUMPUR", 0, null));
  }

  @Test
  void aKnownPlaceWithItsProvinceIsADateline() {
    assertTrue(PLACES.is("PESHAWAR, KP", 0, null));
  }

  @Test
  void aPlaceInOrdinaryCaseIsNoDateline() {
    assertFalse(PLACES.is("Kuala Lumpur", 0, null));
  }

  @Test
  void aSurnameInCapitalsTheGazetteerDoesNotKnowIsNoDateline() {
    assertFalse(PLACES.is("SMITH", 0, null));
  }

  @Test
  void theArticlesOwnDatelineIsADatelineThoughTheGazetteerMissesIt() {
    ColonDateline own = new ColonDateline(p -> false, new Dateline("Tanjung Malim", null, null, 0, 14));
    assertTrue(own.is("TANJUNG MALIM", 0, null));
  }

  @Test
  void aMalaysianDatelineIsNotTheSpeakerOfTheLead() {
    QuotesOf a = QuotesOf.text("KUALA LUMPUR: Bank Negara Malaysia kept the overnight policy rate at 2.75 per cent "
        + "yesterday, saying inflation stays low.\n\nEconomists had expected the hold.\n", Gazetteer.QUOTES, null);
    assertFalse(anySpeakerIs(a, "KUALA LUMPUR"), a::describe);
  }

  @Test
  void anIndianDatelineIsNotTheSpeakerOfTheLead() {
    QuotesOf a = QuotesOf.text("NEW DELHI: India's economy grew 7.4 per cent in the July-September quarter, faster "
        + "than in the previous three months.\n\nFarm output grew just 2.2 per cent.\n", Gazetteer.QUOTES, null);
    assertFalse(anySpeakerIs(a, "NEW DELHI"), a::describe);
  }

  @Test
  void aPakistaniDatelineBeforeAQuoteIsNotItsSpeaker() {
    QuotesOf a = QuotesOf.text("ISLAMABAD: “The review with the IMF will conclude by Friday.”\n\n"
        + "The finance ministry issued the statement late on Sunday.\n", Gazetteer.QUOTES, null);
    assertFalse(anySpeakerIs(a, "ISLAMABAD"), a::describe);
  }

  @Test
  void aTranscriptLineKeepsItsSpeaker() {
    QuotesOf a = QuotesOf.text("Senator Jane Smith took questions after the vote on Tuesday.\n\n"
        + "SMITH: “We will not raise taxes this year.”\n", Gazetteer.QUOTES, null);
    Quote q = a.marked("raise taxes");
    assertEquals("SMITH", q.speaker().mention().text(), a::describe);
  }

  @Test
  void aTranscriptLineKeepsItsSpeakerWhenATownHasTheSurname() {
    QuoteExtractor leeIsATown = new QuoteExtractor(Set.of("Lee")::contains);
    QuotesOf a = QuotesOf.text("Transport Minister Anthony Lee took questions on Tuesday.\n\n"
        + "LEE: “Fares will not rise this year.”\n", leeIsATown, null);
    Quote q = a.marked("Fares will not rise");
    assertEquals("LEE", q.speaker().mention().text(), a::describe);
  }
}
