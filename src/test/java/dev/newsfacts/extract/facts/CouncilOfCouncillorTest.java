package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A councillor's role takes the one council the article names as its organisation. */
class CouncilOfCouncillorTest {
  @Test
  void cllrBeforeANameTakesTheCouncilTheArticleNames() {
    List<RoleFact> roles = RolesOf.article("""
        LEEDS, England — Bin collections will move to every three weeks, Leeds City Council said on Tuesday.

        Cllr Janet Mills said residents had been consulted.
        """, "cllr.txt");
    assertTrue(RolesOf.has(roles, "Janet Mills", "Councillor", "Leeds City Council"), roles::toString);
  }

  @Test
  void twoCouncilsNamedLeaveTheCouncillorWithoutOne() {
    List<RoleFact> roles = RolesOf.article("""
        LEEDS, England — Leeds City Council and Bradford Council will share a depot from April.

        Cllr Janet Mills said residents had been consulted.
        """, "cllr2.txt");
    assertTrue(RolesOf.has(roles, "Janet Mills", "Councillor", null), roles::toString);
  }
}
