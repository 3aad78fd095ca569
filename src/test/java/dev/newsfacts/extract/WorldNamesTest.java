package dev.newsfacts.extract;

import static dev.newsfacts.extract.FixtureArticles.WORLD_NAMES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.Resolution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named as news from Africa, India and the Arab world names them, on a fixture written for it. */
class WorldNamesTest {
  private static List<String> people(ExtractedArticle a) {
    return a.doc().entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
  }

  @Test
  void aSurnameWithAHyphenAloneNamesTheSpeakerByTheFullName() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    assertEquals("Kwabena Owusu-Ansah", a.marked("A pledge is not a cheque").speaker().name());
  }

  @Test
  void aHyphenatedGivenNameStaysInThePersonsName() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    assertEquals("Jean-Baptiste Mukendi", a.marked("listened to Africa for once").speaker().name());
  }

  @Test
  void anArabicArticleOpeningASentenceFindsTheFullName() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    assertEquals("Abdel-Rahman al-Masri", a.reported("Cairo would host the next round").speaker().name());
  }

  @Test
  void initialsBeforeASurnameNameAPerson() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    assertTrue(people(a).contains("M. K. Stalin"), () -> people(a).toString());
  }

  @Test
  void aWomanWhoseGivenNameOnlyTheWorldListKnowsIsSheOfTheNextSentence() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    Quote q = a.reported("the first tariff cuts would take effect");
    assertEquals("Wanjiku Mwangi", q.speaker().name());
    assertEquals(Resolution.PRONOUN, q.speaker().resolution());
  }

  @Test
  void everyoneTheArticleNamesIsOnePersonEntity() {
    ExtractedArticle a = ExtractedArticle.of(WORLD_NAMES);
    assertEquals(List.of("Wanjiku Mwangi", "Kwabena Owusu-Ansah", "K Srinivasa Rao", "Abdel-Rahman al-Masri",
        "M. K. Stalin", "Joaquim Nogueira", "Jean-Baptiste Mukendi", "Nomvula Dlamini"), people(a));
  }
}
