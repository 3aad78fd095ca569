package dev.newsfacts.extract.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsfacts.model.RoleFact;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A speaker introduced by an owner's title set off before the name has that role. */
class UnlinkedSpeakerRolesTest {
  @Test
  void aSpokespersonSetOffBeforeTheSpeakersNameIsTheirRole() {
    List<RoleFact> r = FactsOnNewsFixture.facts(FactsOnNewsFixture.run(
        "Beijing condemned the new export rules. \"We firmly oppose this,\" China's foreign ministry spokesperson, "
            + "Mao Ning, told reporters on Friday.", "2026-06-10"), RoleFact.class);
    assertTrue(r.stream().anyMatch(f -> f.person().equals("Mao Ning") && f.title().equals("foreign ministry spokesperson")),
        r.toString());
  }
}
