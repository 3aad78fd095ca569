package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "Kestrel Mining plc": a legal form after a name makes one company of the name and its form. */
class CompanyFormsTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  @Test
  void aLowerCasePlcEndsTheCompanysName() {
    assertEntity("ORGANIZATION:Kestrel Mining plc", "Shares in Kestrel Mining plc fell 4 percent after the company cut "
        + "its forecast.", "Kestrel Mining plc");
  }

  @Test
  void aNameThePersonStepTookIsTheCompanyWhenAFormFollowsIt() {
    String text = "Mining shares fell on Tuesday. Shares in Kestrel Mining plc fell 4 percent after the company cut its "
        + "forecast.";
    assertEntity("ORGANIZATION:Kestrel Mining plc", text, "Kestrel Mining plc");
  }

  @Test
  void anAmpersandAndCoEndTheCompanysName() {
    assertEntity("ORGANIZATION:Rothschild & Co", "The board was advised by Rothschild & Co on the sale.", "Rothschild & Co");
  }

  @Test
  void gmbhEndsTheCompanysName() {
    assertEntity("ORGANIZATION:Halbach GmbH", "The contract went to Halbach GmbH and two smaller firms.", "Halbach GmbH");
  }

  @Test
  void agAfterAnUnlistedNameEndsTheCompanysName() {
    assertEntity("ORGANIZATION:Valdora AG", "The deal was financed by Valdora AG and a group of banks.", "Valdora AG");
  }

  @Test
  void agAfterAStateIsTheAttorneyGeneralNotACompany() {
    assertEntity("LOCATION:Texas", "The Texas AG said on Monday the lawsuit would go ahead.", "Texas");
  }
}
