package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A town whose name is an ordinary word, opening a sentence, is the word where the article writes it in lower case. */
class CommonWordTownsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aTownNamedLikeACropOpeningASentenceIsTheCropWhereTheArticleWritesItInLowerCase() {
    String text = "Cocoa growers in the west say the rains came late.\n\nThe board bought less cocoa than a year ago.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Cocoa"));
  }

  @Test
  void aTownOpeningASentenceStaysAPlaceWhereTheArticleNeverWritesItInLowerCase() {
    assertEntity("LOCATION:Mesa", "Mesa police closed the road on Monday.\n\nOfficers said it would reopen.", "Mesa");
  }
}
