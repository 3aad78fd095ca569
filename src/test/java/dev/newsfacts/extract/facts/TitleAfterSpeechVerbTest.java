package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A title of several lower-case words between a speech verb and a name is that person's role. */
class TitleAfterSpeechVerbTest {
  private static List<String> roles(String body) {
    return FactsOnNewsFixture.facts(FactsOnNewsFixture.run(body, "2026-06-10"), RoleFact.class).stream()
        .map(r -> r.person() + "|" + r.title()).toList();
  }

  @Test
  void aTitleAfterSaidIsTheSpeakersRole() {
    assertEquals(List.of("Jasmine Kaur|fire information officer"),
        roles("The blaze had grown to 400 hectares by Sunday, said fire information officer Jasmine Kaur."));
  }

  @Test
  void aTitleAfterAccordingToIsTheSourcesRole() {
    assertEquals(List.of("Mia Ortiz|county health director"),
        roles("Flu cases rose again last week, according to county health director Mia Ortiz."));
  }

  @Test
  void aJobLeftWithNoPersonNamedGivesNoRole() {
    assertEquals(List.of(), roles("He left his job as head coach after three losing seasons."));
  }
}
