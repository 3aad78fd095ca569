package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Cooperatives, guilds and consortia end a body's name, a plural's possessive kept inside it. */
class MemberOwnedBodiesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aFishermensCooperativeIsOneBody() {
    assertEntity("ORGANIZATION:Kodiak Drift Fishermen's Cooperative",
        "Ann Tully, executive director of the Kodiak Drift Fishermen's Cooperative, said fuel was dear.",
        "Kodiak Drift Fishermen's Cooperative");
  }

  @Test
  void aGroupOfFishermenSpeakingBeforeTheirCooperativeIsNoPerson() {
    String text = "Fishermen say the price is too low. Ann Tully, head of the Kodiak Drift Fishermen's Cooperative, said fuel was dear.";
    assertEntity("ORGANIZATION:Kodiak Drift Fishermen's Cooperative", text, "Kodiak Drift Fishermen's Cooperative");
  }

  @Test
  void aGrowersCooperativeIsABody() {
    assertEntity("ORGANIZATION:Riverland Growers Cooperative",
        "The Riverland Growers Cooperative expects a smaller crop this year.", "Riverland Growers Cooperative");
  }

  @Test
  void aLawFirmEndingInAdvocatesIsAFirm() {
    assertEntity("ORGANIZATION:Mukasa Nsubuga Advocates",
        "The traders were represented by Mukasa Nsubuga Advocates, which said it would appeal.", "Mukasa Nsubuga Advocates");
  }
}
