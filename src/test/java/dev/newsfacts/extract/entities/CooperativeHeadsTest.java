package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Co-operative" and "Co-op", cut at the hyphen by the tokenizer, stay the head of the body they end. */
class CooperativeHeadsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aGrowersCooperativeKeepsItsHeadWord() {
    assertEntity("ORGANIZATION:Tamar Valley Growers Co-operative",
        "Members of the Tamar Valley Growers Co-operative voted to sell the packing shed.", "Tamar Valley Growers Co-operative");
  }

  @Test
  void aShortenedCoopKeepsItsHeadWord() {
    assertEntity("ORGANIZATION:Westmoor Dairy Co-op",
        "Farmers who supply the Westmoor Dairy Co-op were paid late in March.", "Westmoor Dairy Co-op");
  }
}
