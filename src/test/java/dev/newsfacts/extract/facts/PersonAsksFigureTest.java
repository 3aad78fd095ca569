package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.model.StatisticFact;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A person as subject who asks for, orders or proposes a figure is its source. */
class PersonAsksFigureTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  @Test
  void theLawyerWhoAsksForASentenceIsItsSource() {
    StatisticFact s = StatisticOf.value(extractor, """
        A man was sentenced for burglary on Friday.

        The defendant's lawyer, Ana Ruiz, asked for a sentence of 18 months, saying her client had a job.
        """, 18);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Ana Ruiz", s.attribution().name());
  }

  @Test
  void theMinisterWhoOnMondayDirectedHospitalsIsTheSource() {
    StatisticFact s = StatisticOf.value(extractor, """
        Hospitals prepare for winter.

        Health Minister Priya Menon on Monday directed hospitals to add 400 beds before the winter.
        """, 400);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Priya Menon", s.attribution().name());
  }

  @Test
  void theJudgeWhoOrderedDamagesIsTheSource() {
    StatisticFact s = StatisticOf.value(extractor, """
        A landlord lost his case on Tuesday.

        Judge Maria Lopez ordered the landlord to pay $25,000 in damages to his former tenants.
        """, 25000);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Maria Lopez", s.attribution().name());
  }

  @Test
  void aNounBetweenTheNameAndTheVerbIsNoSubject() {
    assertFalse(PersonAsksFigure.verbFollows("Ana Ruiz's client asked for mercy.", 8, 30));
  }
}
