package dev.newsfacts.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.extract.nlp.AnnotatedText;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorldNameShapesTest {
  private static List<String> people(String text) {
    return PeopleOf.names(text);
  }

  @Test
  void aHyphenatedSurnameStaysWhole() {
    assertEquals(List.of("Kwabena Owusu-Ansah"),
        people("Ghana's delegate, Kwabena Owusu-Ansah, said the deal was a start. Owusu-Ansah said more talks would follow."));
  }

  @Test
  void aHyphenatedGivenNameStaysWhole() {
    assertEquals(List.of("Jean-Baptiste Mukendi"),
        people("The talks were led by Jean-Baptiste Mukendi, a former finance minister, who said they had gone well."));
  }

  @Test
  void anArabicArticleJoinsTheSurname() {
    assertTrue(people("The envoy, Abdel-Rahman al-Masri, called the text a beginning.").contains("Abdel-Rahman al-Masri"));
  }

  @Test
  void twoInitialsBeforeASurnameNameAPerson() {
    assertTrue(people("The chief minister, M. K. Stalin, sent a message of support to the summit.").contains("M. K. Stalin"),
        () -> people("The chief minister, M. K. Stalin, sent a message of support to the summit.").toString());
  }

  @Test
  void aMiddleInitialTheSentenceSplitterCutStaysInTheName() {
    assertEquals(List.of("Maya D. Song"), people("The letter was signed by Maya D. Song and sent to the board on Monday."));
  }

  @Test
  void aTicketOfTwoSurnamesStaysTwoNames() {
    List<String> found = people("Donald Trump and Mike Pence toured Ohio, where the Trump-Pence campaign has offices.");
    assertFalse(found.contains("Trump-Pence"), found::toString);
  }

  @Test
  void aGivenNameTheTaggerReadAsAnAdverbOpensTheName() {
    List<String> found = people("Myanmar's leader Aung San Suu Kyi met the president, and Suu Kyi said the sanctions should end.");
    assertEquals(List.of("Aung San Suu Kyi"), found);
  }

  @Test
  void anOrganisationsNameBeforeAHyphenIsNotJoinedToTheWordAfter() {
    AnnotatedText at = PeopleOf.ANNOTATOR.annotate("Donors met at the Clinton Global Initiative-America meeting in Denver.");
    List<NameMention> runs = WorldNameShapes.apply(at, NameRuns.find(at, Set.of(), NewsNameRules.of(at)), PeopleOf.GIVEN);
    assertTrue(runs.stream().flatMap(m -> m.words().stream()).noneMatch(w -> w.contains("-")), runs::toString);
  }

  @Test
  void aHyphenKeptOnTheFirstHalfJoinsTheSecondAfterATitleThoughTheGivenNameIsOnNoList() {
    assertEquals(List.of("Josée Lavoie-Bergeron"),
        PeopleOf.names("Health Minister Josée Lavoie-Bergeron said in a statement that it would review the case."));
  }
}
