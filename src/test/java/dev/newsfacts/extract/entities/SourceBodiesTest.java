package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A lone name no list knows, where a story names the source of its figures or words, is an organisation. */
class SourceBodiesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aNameAfterAccordingToIsAnOrganisation() {
    String text = "Freight rates to Hamburg rose 4% last week, according to Veldmark, which tracks container prices.";
    assertEntity("ORGANIZATION:Veldmark", text, "Veldmark");
  }

  @Test
  void aNameAfterDataFromIsAnOrganisation() {
    String text = "The fleet of bulk carriers grew by 3% in March, data from Trenholt show.";
    assertEntity("ORGANIZATION:Trenholt", text, "Trenholt");
  }

  @Test
  void aNameAfterEconomistsAtIsAnOrganisation() {
    String text = "Economists at Quarvis estimated that the tariff would add half a point to inflation.";
    assertEntity("ORGANIZATION:Quarvis", text, "Quarvis");
  }

  @Test
  void aNameThatSaidAfterACommaIsAnOrganisationInEveryMention() {
    String text = "Spot rates climbed to $3,400 a container, Veldmark said on Thursday.\n\n"
        + "Shippers expect the rise to fade by July, and Veldmark expects a softer autumn.";
    var doc = NewsEntitiesTest.run(text);
    var body = NewsEntitiesTest.entity(doc, "Veldmark", dev.newsfacts.model.EntityType.ORGANIZATION);
    assertNotNull(body, doc.entities().toString());
    assertEquals(2, body.mentions().size(), body.mentions().toString());
  }

  @Test
  void aNamedIndexFromANameMakesItAnOrganisation() {
    String text = "Rates rose for a third week, according to the latest Freight Index from Trenholt.";
    assertEntity("ORGANIZATION:Trenholt", text, "Trenholt");
  }

  @Test
  void aGivenNameInASourcesSpotIsNoOrganisation() {
    String text = "The rent went up again in May, according to Melanie, who has lived there for years.";
    String found = NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Melanie");
    assertFalse(found != null && found.startsWith("ORGANIZATION"), found);
  }

  @Test
  void aNameGluedToOtherCapitalisedWordsIsLeftToOtherRules() {
    String text = "Rates rose again, according to Veldmark Shipping Review, a newsletter.";
    assertNull(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Veldmark"));
  }

  @Test
  void aNameAfterToldIsTheOutletThatWasTold() {
    String text = "The council's housing officer, Mira Delacroix, told Harbourline the waiting list had grown by 400 families.";
    assertEntity("ORGANIZATION:Harbourline", text, "Harbourline");
  }

  @Test
  void aNameAfterSpeakingToIsTheOutletSpokenTo() {
    String text = "The harbour master, speaking to Coastwire on Tuesday, said the ferry would resume sailings in May.";
    assertEntity("ORGANIZATION:Coastwire", text, "Coastwire");
  }

  @Test
  void aNameAfterAnInterviewWithIsTheOutletThatAskedTheQuestions() {
    String text = "In an interview with Dalgrave, the minister said the bridge would open before the election.";
    assertEntity("ORGANIZATION:Dalgrave", text, "Dalgrave");
  }

  @Test
  void aGivenNameAfterToldIsNoOutlet() {
    String text = "The coach, Ray Hollis, told Martin he would start on Saturday.";
    assertFalse("ORGANIZATION:Martin".equals(NewsEntitiesTest.entityAt(NewsEntitiesTest.run(text), text, "Martin")));
  }
}
