package dev.newsfacts.extract.entities;

import dev.newsfacts.SchemaAssert;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.json.ResultJson;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entities through the whole pipeline, on short news-style texts written for these tests. */
class EntitiesTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static ResultDocument run(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    Outcome o = extractor.extract(new ArticleInput(b, SourceRef.local("t.txt", b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    return doc;
  }

  private static Entity entity(ResultDocument doc, String name, EntityType type) {
    for (Entity e : doc.entities()) if (e.name().equals(name) && e.type() == type) return e;
    return null;
  }

  @Test
  void groupsAnAcronymInBracketsWithTheFullName() {
    ResultDocument doc = run("The rate rose, according to the Federal Railroad Administration (FRA).\n\n"
        + "The FRA said more checks would follow.");
    Entity fra = entity(doc, "Federal Railroad Administration", EntityType.ORGANIZATION);
    assertNotNull(fra);
    assertTrue(fra.aliases().contains("FRA"));
    assertEquals(3, fra.mentions().size());
  }

  @Test
  void groupsUsAndUnitedStatesUnderOneName() {
    ResultDocument doc = run("The United States sent aid. US officials said the U.S. would send more.");
    Entity us = entity(doc, "United States", EntityType.LOCATION);
    assertNotNull(us);
    assertTrue(us.aliases().containsAll(java.util.List.of("US", "U.S.")));
    assertEquals(1, doc.entities().stream().filter(e -> e.type() == EntityType.LOCATION).count());
  }

  @Test
  void keepsACountryBeforeADepartmentAsAnAlias() {
    ResultDocument doc = run("The US Justice Department is reviewing the case.");
    Entity doj = entity(doc, "Department of Justice", EntityType.ORGANIZATION);
    assertNotNull(doj);
    assertTrue(doj.aliases().contains("US Justice Department"));
  }

  @Test
  void joinsANameSplitByANicknameAndKeepsTheNickname() {
    ResultDocument doc = run("Prosecutors charged the son of cartel kingpin Joaquin \"El Chapo\" Guzman on Monday.");
    Entity p = entity(doc, "Joaquin Guzman", EntityType.PERSON);
    assertNotNull(p);
    assertTrue(p.aliases().contains("El Chapo"));
    assertNull(entity(doc, "Joaquin", EntityType.PERSON));
  }

  @Test
  void dropsAPossessiveFromAPersonsName() {
    ResultDocument doc = run("Senator Mary Ellison’s staff declined to comment. Ellison’s office said nothing.");
    assertNotNull(entity(doc, "Mary Ellison", EntityType.PERSON));
    assertEquals(1, doc.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
  }

  @Test
  void takesTheDatelinePlaceButNotTheAgency() {
    ResultDocument doc = run("Karachi, (APP - Pakistan Press Desk - 3rd Feb, 2025) The bank kept rates unchanged.");
    assertNotNull(entity(doc, "Karachi", EntityType.LOCATION));
    assertTrue(doc.entities().stream().noneMatch(e -> e.name().contains("Press Desk")));
  }

  @Test
  void linksEachSpeakerToThePersonEntity() {
    ResultDocument doc = run("\"We will reopen the crossings,\" Homeland Security Secretary Laura Whitfield said.");
    Entity p = entity(doc, "Laura Whitfield", EntityType.PERSON);
    assertNotNull(p);
    Quote q = doc.quotes().get(0);
    assertEquals("Laura Whitfield", q.speaker().name());
    assertEquals(p.id(), q.speaker().entityId());
  }

  @Test
  void writesTheSameBytesForTheSameInput() {
    String text = "WASHINGTON (AP) — The CDC said on Friday that 42 percent of adults were vaccinated.";
    assertTrue(Arrays.equals(ResultJson.toBytes(run(text)), ResultJson.toBytes(run(text))));
  }
}
