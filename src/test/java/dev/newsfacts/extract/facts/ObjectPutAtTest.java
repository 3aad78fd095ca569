package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bare figure a verb gives to its object with "at" counts that object. */
class ObjectPutAtTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theDeathTollPutAtAFigureIsWhatItCounts() {
    StatisticFact s = StatisticOf.value(extractor, """
        Landslide buries village

        Rescuers searched through the night. The provincial disaster office put the death toll at 37 on Wednesday.
        """, 37);
    assertNotNull(s);
    assertEquals("death toll", s.quantity().unit());
  }

  @Test
  void aCrowdEstimatedAtAFigureIsWhatItCounts() {
    StatisticFact s = StatisticOf.value(extractor, """
        Marchers fill the square

        Organisers estimated the crowd at 35,000, though police gave a lower figure.
        """, 35000);
    assertNotNull(s);
    assertEquals("crowd", s.quantity().unit());
  }

  @Test
  void aPassMarkPeggedAtAFigureIsWhatItCounts() {
    assertEquals("lowest pass mark for colleges",
        ObjectPutAt.unit("The council pegged the lowest pass mark for colleges at 140.", 56));
  }

  @Test
  void aVerbNotOfPuttingGivesNoObject() {
    assertNull(ObjectPutAt.unit("The team met the mayor at 10.", 26));
  }
}
