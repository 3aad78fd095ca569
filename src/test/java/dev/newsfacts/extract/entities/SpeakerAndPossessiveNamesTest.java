package dev.newsfacts.extract.entities;

import static dev.newsfacts.extract.entities.NewsEntitiesTest.assertEntity;
import static dev.newsfacts.extract.entities.NewsEntitiesTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Speakers linked to their person entity, and full names whose last word carries a curly possessive. */
class SpeakerAndPossessiveNamesTest {
  @BeforeAll
  static void load() {
    NewsEntitiesTest.load();
  }

  private static Entity person(String id, String name, String... aliases) {
    return new Entity(id, name, EntityType.PERSON, List.of(aliases), List.of(), List.of(new TextSpan(0, 1, "x")));
  }

  @Test
  void aSpeakerNamedByASurnameLinksToTheOnePersonWithThatSurname() {
    List<Entity> people = List.of(person("e1", "Tip O'Neill"), person("e2", "Dana Ruiz"));
    assertEquals("e1", SpeakerLinks.person("O'Neill", people).id());
  }

  @Test
  void aSpeakerNamedByAGivenNameLinksToTheOnePersonWithThatGivenName() {
    List<Entity> people = List.of(person("e1", "Melanie Ortiz"), person("e2", "Dana Ruiz"));
    assertEquals("e1", SpeakerLinks.person("Melanie", people).id());
  }

  @Test
  void aSurnameTwoPeopleShareLinksToNeither() {
    List<Entity> people = List.of(person("e1", "Hillary Clinton"), person("e2", "Bill Clinton"));
    assertNull(SpeakerLinks.person("Clinton", people));
  }

  @Test
  void aSpeakerWithAnotherGivenNameIsNotThePersonWithThatSurname() {
    List<Entity> people = List.of(person("e1", "Hillary Clinton"));
    assertNull(SpeakerLinks.person("Chelsea Clinton", people));
  }

  @Test
  void aFullNameWithACurlyPossessiveIsTheWholeName() {
    assertEntity("PERSON:Marta Kowalczyk", "He is a leading choice for nominee Marta Kowalczyk’s running mate, "
        + "aides said on Tuesday.", "Marta Kowalczyk");
  }

  @Test
  void aLaterSurnameJoinsAFullNameFirstWrittenWithACurlyPossessive() {
    String text = "He is a leading choice for nominee Marta Kowalczyk’s running mate.\n\nThe voters are not divided, "
        + "and Kowalczyk is going to gain, he said.";
    Entity marta = NewsEntitiesTest.entity(run(text), "Marta Kowalczyk", EntityType.PERSON);
    assertEquals(text.lastIndexOf("Kowalczyk"), marta.mentions().get(marta.mentions().size() - 1).start());
  }

  @Test
  void aPlaceWithACurlyPossessiveStaysAPlace() {
    assertEntity("LOCATION:South Carolina", "He met South Carolina’s governor on Monday, aides said.", "South Carolina");
  }
}
