package dev.newsfacts.extract.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A place or group inside an organisation's name read whole is no mention of its own. */
class NestedMentionsTest {
  private static final Mention US = new Mention(4, 8, "U.S.", EntityType.LOCATION, "United States");
  private static final Mention COURT = new Mention(4, 22, "U.S. Supreme Court", EntityType.ORGANIZATION,
      "U.S. Supreme Court");

  @Test
  void aPlaceInsideAnOrganisationsNameIsDropped() {
    assertEquals(List.of(COURT), NestedMentions.withoutNested(List.of(US, COURT)));
  }

  @Test
  void mentionsSideBySideAreBothKeptInTheirOrder() {
    Mention ohio = new Mention(30, 34, "Ohio", EntityType.LOCATION, "Ohio");
    assertEquals(List.of(ohio, COURT), NestedMentions.withoutNested(List.of(ohio, COURT)));
  }

  @Test
  void twoMentionsOfOneSpanAreBothKept() {
    Mention same = new Mention(4, 22, "U.S. Supreme Court", EntityType.LOCATION, "U.S. Supreme Court");
    assertEquals(List.of(COURT, same), NestedMentions.withoutNested(List.of(COURT, same)));
  }

  @Test
  void aDatelinesAgencyIsTheWordInBracketsNotLettersOfTheCity() {
    NewsEntitiesTest.load();
    String text = "MINNEAPOLIS (AP) — Nurses at four hospitals walked out on Monday, their union said.";
    int at = text.indexOf("(AP)") + 1;
    String found = null;
    for (Entity e : NewsEntitiesTest.run(text).entities()) {
      for (TextSpan m : e.mentions()) if (m.start() == at && m.end() == at + 2) found = e.type() + ":" + e.name();
    }
    assertEquals("ORGANIZATION:Associated Press", found);
  }
}
