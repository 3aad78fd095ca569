package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import java.util.ArrayList;
import java.util.List;

/** A person as the entity step sees it: a {@link Person}, possibly with a fuller name found after it. */
final class PersonEntry {
  final Person source;
  String name;
  final List<PersonMention> mentions = new ArrayList<>();
  final List<String> extraAliases = new ArrayList<>();

  PersonEntry(Person p) {
    this.source = p;
    this.name = p.name();
    for (NameMention m : p.mentions()) {
      mentions.add(new PersonMention(m.titleStart(), m.start(), m.end(), m.text(), m.title()));
    }
  }

  int firstOffset() {
    return mentions.get(0).start();
  }
}
