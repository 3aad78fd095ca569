package dev.newsfacts.extract.entities;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A nickname in quotation marks splits a name: Joaquin "El Chapo" Guzman. The person step stops at
 * the quotation mark; this joins the surname back and keeps the nickname as an alias.
 */
final class Nicknames {
  private static final Pattern AFTER = Pattern.compile(
      "\\A[ \\u00A0]?[\"“]([\\p{Lu}][^\"”\\n]{0,30})[\"”][ \\u00A0]((?:\\p{Lu}[\\p{L}-]+)(?:[ \\u00A0]\\p{Lu}[\\p{L}-]+)?)");

  private Nicknames() {}

  static void repair(String text, List<PersonEntry> persons) {
    for (PersonEntry p : persons) {
      for (int i = 0; i < p.mentions.size(); i++) {
        PersonMention m = p.mentions.get(i);
        Matcher x = AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 80));
        x.useAnchoringBounds(true);
        if (!x.lookingAt()) continue;
        String surname = x.group(2);
        if (p.name.endsWith(" " + surname)) continue;
        int end = x.end(2);
        p.mentions.set(i, new PersonMention(m.titleStart(), m.start(), end, text.substring(m.start(), end), m.title()));
        String full = m.text() + " " + surname;
        if (full.split(" ").length > p.name.split(" ").length) p.name = full;
        p.extraAliases.add(x.group(1));
        p.extraAliases.add(surname);
      }
    }
  }
}
