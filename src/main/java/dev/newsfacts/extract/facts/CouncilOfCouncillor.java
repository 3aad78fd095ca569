package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.EntityType;
import dev.newsfacts.model.RoleFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Cllr Janet Mills", "Coun. Meredith Tully": a councillor sits on the council the article is about, so a councillor's
 * role without an organisation of its own takes the one council the article names; with two councils named (a
 * merger, a dispute between neighbours) or none, it keeps none.
 */
final class CouncilOfCouncillor {
  private static final Set<String> TITLES = WordList.set("/dev/newsfacts/lexicon/en/councillor-titles.txt");

  private CouncilOfCouncillor() {}

  /** {@code roles} with each councillor's missing organisation filled in from the article's one council. */
  static List<RoleFact> fill(List<RoleFact> roles, String text, EntityIndex entities) {
    boolean wanted = false;
    for (RoleFact r : roles) wanted |= r.organization() == null && isCouncillor(r.title());
    if (!wanted) return roles;
    String council = onlyCouncil(text, entities);
    if (council == null) return roles;
    List<RoleFact> out = new ArrayList<>(roles.size());
    for (RoleFact r : roles) {
      out.add(r.organization() == null && isCouncillor(r.title())
          ? new RoleFact(r.id(), r.person(), r.title(), council, r.start(), r.end(), r.text()) : r);
    }
    return out;
  }

  static boolean isCouncillor(String title) {
    return TITLES.contains(title.toLowerCase(Locale.ROOT));
  }

  /** The one organisation named in the text with "Council" among its words, or null when there are none or several. */
  private static String onlyCouncil(String text, EntityIndex entities) {
    String found = null;
    for (LinkedMention o : entities.within(0, text.length())) {
      if (o.entity().type() != EntityType.ORGANIZATION) continue;
      String name = o.entity().name();
      if (!(" " + name + " ").contains(" Council ")) continue;
      if (found != null && !found.equals(name)) return null;
      found = name;
    }
    return found;
  }
}
