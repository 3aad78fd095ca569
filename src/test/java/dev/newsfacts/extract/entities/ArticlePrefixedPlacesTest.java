package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An article glued by a hyphen to a place's name is the name's first word. */
class ArticlePrefixedPlacesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aCapitalisedArticleBeforeAListedPlaceIsPartOfItsMention() {
    String text = "Most new cases were found in Al-Jahra and Al-Ahmadi governorates, the ministry said on Sunday.";
    String found = NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Al-Jahra");
    assertEquals("LOCATION", found == null ? null : found.substring(0, found.indexOf(':')));
  }

  @Test
  void anArticleSpelledWithEIsPartOfTheMentionToo() {
    String text = "Flights to El-Arish resumed on Monday after the sandstorm, airport officials said.";
    assertEntity("LOCATION:Arish", text, "El-Arish");
  }

  @Test
  void aHyphenInsideALongerWordIsNoArticle() {
    assertEquals(-1, ArticlePrefixedPlaces.articleStart("the Royal-Jahra road", "the Royal-".length()));
    assertEquals("the ".length(), ArticlePrefixedPlaces.articleStart("the al-Jahra road", "the al-".length()));
  }
}
