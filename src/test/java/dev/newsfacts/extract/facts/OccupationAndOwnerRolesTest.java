package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.SchemaAssert;
import dev.newsfacts.extract.ArticleInput;
import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.Outcome;
import dev.newsfacts.model.Fact;
import dev.newsfacts.model.ResultDocument;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.SourceRef;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Roles from an occupation before a name, a title with a complement owned by "the commission's", an
 * apposition opened by its owner or closed by "near", "who now heads", a second apposition after "and the",
 * and a British office abbreviation.
 */
class OccupationAndOwnerRolesTest {
  private static final String ARTICLE = """
      HALIFAX — The Nova Scotia Securities Commission fined a Dartmouth broker on Thursday.

      Crown prosecutor Leah Brennan asked for a two-year ban. The commission's director of enforcement, Omar Siddiqui, said the case was unusual.

      "It is the worst season I remember," said Tomas Varga, a dairy farmer near Truro.

      "Banks must do better," said Ruth Okafor, the FSB's deputy head of supervision.

      "We saw it coming," said Hana Mori, a marine ecologist at Dalhousie University and the study's lead author.

      Former mayor Glen Hart, who now heads the campaign group Fair Fares Halifax, welcomed the fine.

      Cllr Anne Price, who chairs the licensing committee, said the rules would change.

      The club appointed former Celtic midfielder Sean Doyle as manager on Friday.

      "We were not consulted," board member Priya Lal said. Sen. Joan Vix (D-Vt.), who chairs the ethics panel, said little.
      """;

  private static List<RoleFact> roles;

  @BeforeAll
  static void run() {
    byte[] b = ARTICLE.getBytes(StandardCharsets.UTF_8);
    Outcome o = Extractor.create().extract(new ArticleInput(b, SourceRef.local("roles.txt", b.length, "text/plain")));
    ResultDocument doc = ((Outcome.Success) o).result();
    SchemaAssert.assertValidRecord(doc);
    roles = new ArrayList<>();
    for (Fact f : doc.facts()) if (f instanceof RoleFact r) roles.add(r);
  }

  private static boolean has(String person, String title) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title));
  }

  private static boolean has(String person, String title, String org) {
    return roles.stream().anyMatch(r -> r.person().equals(person) && r.title().equals(title)
        && Objects.equals(org, r.organization()));
  }

  @Test
  void anOccupationInLowerCaseBeforeTheNameIsARole() {
    assertTrue(has("Leah Brennan", "Crown prosecutor"), roles.toString());
  }

  @Test
  void aTitleWithAComplementOwnedByTheCommissionBelongsToTheCommissionNamedBefore() {
    assertTrue(has("Omar Siddiqui", "director of enforcement", "Nova Scotia Securities Commission"), roles.toString());
  }

  @Test
  void anAppositionEndsItsTitleAtNear() {
    assertTrue(has("Tomas Varga", "dairy farmer"), roles.toString());
  }

  @Test
  void anAppositionOpenedByAnOwnerGivesTheOwnersTitle() {
    assertTrue(has("Ruth Okafor", "deputy head of supervision", "FSB"), roles.toString());
  }

  @Test
  void aSecondAppositionAfterAndTheIsASecondRole() {
    assertTrue(has("Hana Mori", "marine ecologist", "Dalhousie University"), roles.toString());
    assertTrue(has("Hana Mori", "lead author"), roles.toString());
  }

  @Test
  void whoNowHeadsIsStillHeadOfTheGroup() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Glen Hart") && r.title().equals("head")), roles.toString());
  }

  @Test
  void aRelativeClauseIsNoTitleOfItsOwn() {
    assertTrue(roles.stream().noneMatch(r -> r.title().startsWith("who ")), roles.toString());
  }

  @Test
  void theBritishCouncillorAbbreviationIsSpelledOut() {
    assertTrue(has("Anne Price", "Councillor"), roles.toString());
  }

  @Test
  void aClubBeforeAPlayersPositionStaysWithThePosition() {
    assertTrue(roles.stream().anyMatch(r -> r.person().equals("Sean Doyle") && r.title().endsWith("midfielder")),
        roles.toString());
  }

  @Test
  void aLowerCaseBodyAndMemberBeforeTheNameIsARole() {
    assertTrue(has("Priya Lal", "board member"), roles.toString());
  }

  @Test
  void whoChairsAfterAPartyBracketIsStillRead() {
    assertTrue(has("Joan Vix", "chair"), roles.toString());
  }
}
