package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.people.NameMention;
import dev.newsfacts.extract.people.Person;
import java.util.ArrayList;
import java.util.List;

/** A person as the entity step sees it: a {@link Person}, possibly with a fuller name found after it. */
final class PersonEntry {
  final Person source;
  /** Every person of the index merged into this one ("Trump’s" into "Donald Trump"). */
  final List<Person> sources = new ArrayList<>();
  String name;
  final List<PersonMention> mentions = new ArrayList<>();
  final List<String> extraAliases = new ArrayList<>();

  PersonEntry(Person p) {
    this.source = p;
    this.sources.add(p);
    this.name = withoutTrailingApostrophes(p.name());
    for (NameMention m : p.mentions()) {
      String text = withoutTrailingApostrophes(m.text());
      mentions.add(new PersonMention(m.titleStart(), m.start(), m.start() + text.length(), text, m.title()));
    }
  }

  /**
   * "Bernie Sanders'" of "Sanders' plan", "Obama''" before a closing double apostrophe: the person step may keep a
   * plural possessive's or a quotation's apostrophe on the last word; the name is without it.
   */
  static String withoutTrailingApostrophes(String s) {
    int end = s.length();
    while (end > 1 && (s.charAt(end - 1) == '\'' || s.charAt(end - 1) == '’')) end--;
    return s.substring(0, end);
  }

  void absorb(PersonEntry other) {
    sources.addAll(other.sources);
    mentions.addAll(other.mentions);
    mentions.sort(PersonMention.IN_TEXT_ORDER);
    extraAliases.addAll(other.extraAliases);
    if (other.name.split(" ").length > name.split(" ").length) name = other.name;
  }

  int firstOffset() {
    return mentions.get(0).start();
  }
}
