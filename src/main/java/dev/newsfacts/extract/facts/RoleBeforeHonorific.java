package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.PersonMention;
import dev.newsfacts.model.RoleFact;

/**
 * "Hospital consultant Dr Helen Ryder", "The regiment's commander, Col. Ron Sturgeon": a role written before an
 * honorific or rank that opens the name. The honorific is the person's and says no role; the occupation or the
 * title set off before it does, read as if the name started at the honorific.
 */
final class RoleBeforeHonorific {
  private final RoleConstructions constructions;

  RoleBeforeHonorific(RoleConstructions constructions) {
    this.constructions = constructions;
  }

  /** The role before the honorific that is mention {@code m}'s only title, or null. */
  RoleFact role(String person, PersonMention m) {
    if (m.title().isEmpty() || m.titleStart() >= m.start() || !HonorificAfterTitle.onlyHonorifics(m.title())) return null;
    PersonMention fromHonorific = new PersonMention(m.titleStart(), m.titleStart(), m.end(), m.text(), "");
    RoleFact r = constructions.occupationBefore(person, fromHonorific);
    return r != null ? r : constructions.titleSetOff(person, fromHonorific);
  }
}
