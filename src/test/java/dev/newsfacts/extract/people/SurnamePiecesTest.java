package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Surname pieces the tagger does not tag as names: elided particles and hyphenated halves; and post-nominal letters. */
class SurnamePiecesTest {
  private static List<String> people(String text) {
    return PeopleOf.names(text);
  }

  @Test
  void aSurnameWithAnElidedParticleStaysWithTheGivenName() {
    assertEquals(List.of("Bernie d'Entremont"),
        people("Prices have halved since spring, said Bernie d'Entremont, who fishes out of Yarmouth."));
  }

  @Test
  void aHyphenatedSurnameTheTokenizerCutStaysWhole() {
    assertEquals(List.of("Hauwa Bello-Ibrahim"),
        people("The Minister of Education, Dr. Hauwa Bello-Ibrahim, had earlier this month said the plan would go ahead."));
  }

  @Test
  void aParticleAfterTwoNameWordsJoinsTheSurname() {
    assertEquals(List.of("Ana Ruiz de Castro"),
        people("The talks were led by Ana Ruiz de Castro, a former finance minister. Ruiz de Castro said they went well."));
  }

  @Test
  void aSeatsLettersAfterANameAreNoPartOfIt() {
    assertEquals(List.of("Darragh Moloney"),
        people("Labour's housing spokesman, Darragh Moloney TD, said the Government had lost control of rents."));
  }

  @Test
  void twoSurnamesJoinedByAHyphenAloneAreNoOneName() {
    assertEquals(List.of("Barack Obama", "Hillary Clinton"), people("Barack Obama and Hillary Clinton spoke on Monday. "
        + "Critics blamed the Obama-Clinton policies for the losses."));
  }

  @Test
  void anArticleOpeningTwoWordsMakesNoSurnameParticle() {
    assertEquals(List.of(), people("Members of Los Hijos de Trump marched on Saturday."));
  }
}
