package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.extract.Extractor;
import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.EntityRef;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.StatisticFact;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A speaker the quote step gives only as "the agency" speaks for the organisation the noun stands for. */
class DescribedSpeakerTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  private static EntityIndex one(String text, String name) {
    int at = text.indexOf(name);
    return new EntityIndex(List.of(), List.of(),
        List.of(new LinkedMention(at, at + name.length(), name, new EntityRef("e1", name, EntityType.ORGANIZATION))),
        List.of());
  }

  @Test
  void theFirmIsTheOneTheStoryNamedWithThatNounBesideIt() {
    String text = "The list was compiled by analytics firm Halden Insight. About 38 per cent are new, the firm noted.";
    LinkedMention m = DescribedSpeaker.organisation(text, one(text, "Halden Insight"), text.indexOf("the firm"), "the firm");
    assertNotNull(m);
    assertEquals("Halden Insight", m.entity().name());
  }

  @Test
  void theUtilityIsTheOrganisationOfThatKind() {
    String text = "Halton Water raised its rates. About 9% of its water leaks away, the utility noted.";
    LinkedMention m = DescribedSpeaker.organisation(text, one(text, "Halton Water"), text.indexOf("the utility"), "the utility");
    assertNotNull(m);
    assertEquals("Halton Water", m.entity().name());
  }

  @Test
  void aTitleIsNoOrganisation() {
    String text = "Halton Water raised its rates. About 9% of its water leaks away, the director noted.";
    assertNull(DescribedSpeaker.organisation(text, one(text, "Halton Water"), text.indexOf("the director"), "the director"));
  }

  @Test
  void aFigureTheAgencyNotedIsTheAgencys() {
    StatisticFact s = StatisticOf.value(extractor, "The Korea Disease Control and Prevention Agency issued a flu "
        + "warning on Friday.\n\nDoctors urged older people to get vaccinated.\n\n"
        + "A total of 1,284 patients were admitted to hospital with flu last week, the agency noted.", 1284);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Korea Disease Control and Prevention Agency", s.attribution().name());
  }
}
