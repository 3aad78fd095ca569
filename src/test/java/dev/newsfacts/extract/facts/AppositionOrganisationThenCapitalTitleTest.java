package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Ruth Ellis, the Labour MP for Dunmore, said": a title written in capitals after the organisation opening an apposition. */
class AppositionOrganisationThenCapitalTitleTest {
  @Test
  void theCapitalTitleAfterTheOrganisationIsTheRoleThere() {
    List<RoleFact> roles = RolesOf.article("""
        Ruth Ellis, the Labour MP for Dunmore, said the vote was a warning to the government.
        """, "mp.txt");
    assertTrue(RolesOf.has(roles, "Ruth Ellis", "MP for Dunmore", "Labour Party"), roles.toString());
  }

  @Test
  void anOrganisationNamedBeforeOpensTheAppositionEvenWhenNotMarkedThere() {
    List<RoleFact> roles = RolesOf.article("""
        The SSP held the seat on Thursday.

        Moira Dunlop, the SSP MSP for Glenfarg, said: "Our vote held up well."
        """, "msp.txt");
    assertTrue(RolesOf.has(roles, "Moira Dunlop", "MSP for Glenfarg", "SSP"), roles.toString());
  }
}
