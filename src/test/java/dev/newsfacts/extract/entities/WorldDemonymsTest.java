package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Nationalities, peoples and faiths known from demonyms-world.txt. */
class WorldDemonymsTest {
  private static final EntityLexicon LEX = EntityLexicon.load();
  private static final Extractor EXTRACTOR = Extractor.create();

  private static ResultDocument run(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return ((Outcome.Success) EXTRACTOR.extract(new ArticleInput(b, SourceRef.local("t.txt", b.length, "text/plain")))).result();
  }

  @Test
  void aNationalityPointsAtItsCountryInBothNumbers() {
    assertEquals("Ghana", LEX.demonym("Ghanaian"));
    assertEquals("Ghana", LEX.demonym("Ghanaians"));
  }

  @Test
  void aPeopleNamedInThePluralIsNoPerson() {
    String text = "Aid groups warned of a new crisis.\n\nThousands of Yazidis fled the area on Sunday, and Armenians"
        + " living nearby said the roads were closed.";
    ResultDocument doc = run(text);
    for (Entity e : doc.entities()) {
      assertTrue(e.type() != EntityType.PERSON || !e.name().matches("Yazidis|Armenians"), doc.entities().toString());
    }
  }
}
