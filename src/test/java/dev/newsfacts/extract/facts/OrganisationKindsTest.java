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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** "The utility said" stands for the organisation of that kind the story introduced ("Halton Water"). */
class OrganisationKindsTest {
  private static Extractor extractor;

  @BeforeAll
  static void load() {
    extractor = Extractor.create();
  }

  /** An index of the organisations named in {@code text}, each linked by its full name. */
  private static EntityIndex organisations(String text, String... names) {
    List<LinkedMention> mentions = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      for (int i = 0; i < names.length; i++) {
        if (text.startsWith(names[i], at)) {
          mentions.add(new LinkedMention(at, at + names[i].length(), names[i],
              new EntityRef("e" + (i + 1), names[i], EntityType.ORGANIZATION)));
        }
      }
    }
    return new EntityIndex(List.of(), List.of(), mentions, List.of());
  }

  @Test
  void theUtilityIsTheOrganisationNamedAfterWhatItSupplies() {
    String text = "Halton Water says its pipes leak. The city council met on Monday. The utility said";
    EntityIndex entities = organisations(text, "Halton Water");
    LinkedMention m = OrganisationKinds.named(text, entities, text.indexOf("The utility"), "utility");
    assertNotNull(m);
    assertEquals("Halton Water", m.entity().name());
  }

  @Test
  void theUtilityStaysTheOrganisationTheStoryFirstCalledSo() {
    String text = "Halton Water wants a rate rise. The utility's director said pipes leak. It buys from Lakeshore Water. "
        + "The utility said";
    EntityIndex entities = organisations(text, "Halton Water", "Lakeshore Water");
    LinkedMention m = OrganisationKinds.named(text, entities, text.lastIndexOf("The utility"), "utility");
    assertEquals("Halton Water", m.entity().name());
  }

  @Test
  void atItsFirstUseTheUtilityIsTheOneNamedLast() {
    String text = "Lakeshore Water sells water to the town. Halton Water wants a rate rise. The utility said";
    EntityIndex entities = organisations(text, "Lakeshore Water", "Halton Water");
    LinkedMention m = OrganisationKinds.named(text, entities, text.indexOf("The utility"), "utility");
    assertEquals("Halton Water", m.entity().name());
  }

  @Test
  void theDepartmentIsAFederalDepartmentNamedAfterCanada() {
    String text = "Anglers must report their catch to Fisheries and Oceans Canada. The department said";
    EntityIndex entities = organisations(text, "Fisheries and Oceans Canada");
    LinkedMention m = OrganisationKinds.named(text, entities, text.indexOf("The department"), "department");
    assertEquals("Fisheries and Oceans Canada", m.entity().name());
  }

  @Test
  void theDepartmentIsAMinistryTheStoryNamed() {
    String text = "The Ministry of Families said the list grew. Parents were angry. The department said";
    EntityIndex entities = organisations(text, "Ministry of Families");
    LinkedMention m = OrganisationKinds.named(text, entities, text.indexOf("The department"), "department");
    assertEquals("Ministry of Families", m.entity().name());
  }

  @Test
  void anOrganisationOfAnotherKindIsNoUtility() {
    String text = "The Central Valley Project raised its charge. The utility said";
    EntityIndex entities = organisations(text, "Central Valley Project");
    assertNull(OrganisationKinds.named(text, entities, text.indexOf("The utility"), "utility"));
  }

  @Test
  void aNounOfNoListedKindNamesNothing() {
    String text = "Halton Water raised its rates. The club said";
    EntityIndex entities = organisations(text, "Halton Water");
    assertNull(OrganisationKinds.named(text, entities, text.indexOf("The club"), "club"));
  }

  @Test
  void aFigureTheUtilitySaidIsCreditedToTheUtilityNotTheBodyInTheSentence() {
    StatisticFact s = StatisticOf.value(extractor, "Denver Water customers will pay more from July after the city "
        + "council approved a rate increase on Tuesday.\n\n"
        + "The Colorado River Authority, which sells water to the city, raised its charge by 14% in January, "
        + "the utility said.", 0.14);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Denver Water", s.attribution().name());
  }

  @Test
  void figuresPresentedByTheUtilityAreTheUtilitys() {
    StatisticFact s = StatisticOf.value(extractor, "Denver Water customers will pay more from July after the city "
        + "council approved a rate increase on Tuesday.\n\n"
        + "The average bill will rise to $51.20 a month, according to figures presented by the utility.", 51.2);
    assertNotNull(s);
    assertNotNull(s.attribution());
    assertEquals("Denver Water", s.attribution().name());
  }
}
