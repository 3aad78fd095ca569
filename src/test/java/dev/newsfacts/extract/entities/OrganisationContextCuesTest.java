package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.ResultDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A name no list knows is a body's where what follows or comes before it is what only a body has. */
class OrganisationContextCuesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameBeforeItsPossessiveAndChiefExecutiveIsABody() {
    assertEntity("ORGANIZATION:Quillfeather", "Quillfeather's chief executive, Dana Moreau, said the plant would close.",
        "Quillfeather");
  }

  @Test
  void aNameBeforeItsPossessiveAndManagingDirectorIsABody() {
    assertEntity("ORGANIZATION:Brackenmoor Civils",
        "Brackenmoor Civils' managing director, Tom Hale, blamed late payments.", "Brackenmoor Civils");
  }

  @Test
  void aNameBeforeSharesAndAVerbIsABody() {
    assertEntity("ORGANIZATION:Quillfeather", "Investors sold Quillfeather shares after the profit warning.", "Quillfeather");
  }

  @Test
  void aNameAfterASpokespersonForIsABody() {
    assertEntity("ORGANIZATION:Halvorsen Insight", "A spokesperson for Halvorsen Insight declined to comment.",
        "Halvorsen Insight");
  }

  @Test
  void aNameAfterSharesOfIsABody() {
    assertEntity("ORGANIZATION:Quillfeather", "Shares of Quillfeather have doubled this year.", "Quillfeather");
  }

  @Test
  void aNameBeforeSharesAndANounIsNoBody() {
    ResultDocument doc = run("Media shares blame for the poll's hype, the report said.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION), doc.entities().toString());
  }

  @Test
  void aNameModifyingTheNounAfterASpeakerIsNoBody() {
    ResultDocument doc = run("She is managing director of Quillfeather-based broker Tarnwick Tea Brokers.");
    assertTrue(doc.entities().stream().noneMatch(e -> e.type() == EntityType.ORGANIZATION && e.name().startsWith("Quillfeather")),
        doc.entities().toString());
  }
  @Test
  void aNameBeforeWhichRunsIsABody() {
    assertEntity("ORGANIZATION:Tarnwick", "Staff were told that Tarnwick, which runs 38 stores in the region, would close ten.",
        "Tarnwick");
  }
}
