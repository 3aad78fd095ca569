package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.model.Quote;
import dev.newsfacts.model.RoleFact;
import dev.newsfacts.model.Speaker;
import java.util.ArrayList;
import java.util.List;

/**
 * A speaker the quote step named from a title set off before the name ("China's foreign ministry spokesperson, Mao
 * Ning, said") when no person entity holds that name: the role that mention gives, read as for any person.
 */
final class UnlinkedSpeakerRoles {
  private final String text;
  private final EntityIndex entities;
  private final RoleConstructions constructions;

  UnlinkedSpeakerRoles(String text, EntityIndex entities, RoleConstructions constructions) {
    this.text = text;
    this.entities = entities;
    this.constructions = constructions;
  }

  List<RoleFact> find() {
    List<RoleFact> out = new ArrayList<>();
    for (Quote q : entities.quotes()) {
      Speaker sp = q.speaker();
      if (sp == null || sp.name() == null || sp.entityId() != null || sp.mention() == null) continue;
      // the speaker's words end with the name, with a title before it: "…spokesperson, Mao Ning"
      String words = sp.mention().text();
      if (words.length() <= sp.name().length() || !words.endsWith(sp.name())) continue;
      int nameStart = sp.mention().end() - sp.name().length();
      if (!text.startsWith(sp.name(), nameStart)) continue;
      PersonMention m = new PersonMention(nameStart, nameStart, sp.mention().end(), sp.name(), "");
      RoleFact r = constructions.titleSetOff(sp.name(), m);
      if (r != null) out.add(r);
    }
    return out;
  }
}
