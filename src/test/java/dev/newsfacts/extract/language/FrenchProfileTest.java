package dev.newsfacts.extract.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** French wire copy: « » with no-break spaces, inverted speech verbs, incises, dialogue dashes, "3 000". */
class FrenchProfileTest {
  private static final Profiled STORY = Profiled.of("""
      PARIS, 14 mars 2024 (AFP) — Plus de 3 000 enseignants ont manifesté jeudi, et l'État promet 640 millions d'euros.

      La ministre de l'Éducation, Claire Lambert, a défendu son projet. «\u202FCette réforme aide les élèves\u202F», a-t-elle affirmé.

      « Nous ne céderons pas », a déclaré Paul Girard, secrétaire du syndicat.

      « C'est un effort historique, a ajouté M. Girard. Mais il faudra du temps. »

      — Nous reviendrons lundi, a lancé la ministre.
      """);

  @Test
  void resolvesTheInvertedPronounToThePersonNamedInTheParagraph() {
    assertEquals("Claire Lambert", STORY.speaker("Cette réforme aide les élèves"));
  }

  @Test
  void trimsTheNoBreakSpacesInsideTheGuillemets() {
    assertEquals("Cette réforme aide les élèves", STORY.quote("Cette réforme").text());
  }

  @Test
  void namesTheSpeakerAfterADeclaredVerb() {
    assertEquals("Paul Girard", STORY.speaker("Nous ne céderons pas"));
  }

  @Test
  void splitsAQuoteAroundItsIncise() {
    assertEquals("C'est un effort historique", STORY.quote("effort historique").text());
    assertEquals("Paul Girard", STORY.speaker("effort historique"));
    assertEquals("Paul Girard", STORY.speaker("il faudra du temps"));
  }

  @Test
  void readsADialogueLineAndResolvesTheRoleToThePersonNamedWithIt() {
    assertEquals("Nous reviendrons lundi", STORY.quote("Nous reviendrons").text());
    assertEquals("Claire Lambert", STORY.speaker("Nous reviendrons"));
  }

  @Test
  void readsASpaceAsAThousandsSeparator() {
    assertEquals(3000, STORY.statistic("3 000").quantity().value());
    assertEquals("enseignants", STORY.statistic("3 000").quantity().unit());
  }

  @Test
  void readsMillionsOfEurosWithTheElidedJoiner() {
    assertEquals(640e6, STORY.statistic("640").quantity().value());
    assertEquals("euros", STORY.statistic("640").quantity().unit());
  }

  @Test
  void readsTheFrenchDateline() {
    var d = STORY.doc().article().dateline();
    assertEquals("Paris", d.location());
    assertEquals("AFP", d.agency());
    assertEquals("2024-03-14", d.date());
    assertTrue(STORY.doc().facts().stream().noneMatch(f -> f.start() < d.end()), "the dateline's date is no figure");
  }

  @Test
  void aShortFragmentAfterEvoqueIsAQuoteOfTheSubject() {
    Profiled p = Profiled.of("""
        RENNES, 2 mai 2024 (AFP) — Le maire de Rennes, Claire Moreau, a évoqué « un choix difficile » lundi soir.
        """);
    assertEquals("Claire Moreau", p.speaker("un choix difficile"));
  }
}
