package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.text.WhiteSpace;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Johannesburg Water says it needs R8.6-billion … the utility said", "Fisheries and Oceans Canada … the department
 * said": a kind noun stands for an organisation of that kind the story named before, known by a word of its name
 * ("Water", "Canada"). A story keeps the description for the organisation it first gave it to, so the one meant is
 * the one named last before the description's first use, not a supplier named later nearer the figure.
 */
final class OrganisationKinds {
  private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

  private static final Map<String, Set<String>> HEADS = heads("/dev/newsfacts/lexicon/en/organisation-kind-heads.txt");
  /** "the utility", "The department": each kind's first-use pattern, compiled once. */
  private static final Map<String, Pattern> USES = uses(HEADS.keySet());

  private OrganisationKinds() {}

  /** The mention of the organisation the kind noun {@code noun} used at {@code offset} stands for, or null. */
  static LinkedMention named(String text, EntityIndex entities, int offset, String noun) {
    Set<String> heads = HEADS.get(noun.toLowerCase(Locale.ROOT));
    if (heads == null) return null;
    List<LinkedMention> ofKind = new ArrayList<>();
    for (LinkedMention m : entities.within(0, offset)) {
      if (m.entity().type() == EntityType.ORGANIZATION && hasHead(m.entity().name(), heads)) ofKind.add(m);
    }
    if (ofKind.isEmpty()) return null;
    int firstUse = firstUse(text, ofKind.get(0).end(), offset, USES.get(noun.toLowerCase(Locale.ROOT)));
    LinkedMention meant = null;
    for (LinkedMention m : ofKind) if (m.end() <= firstUse) meant = m;
    return meant;
  }

  /** Whether a noun is a kind the list knows the name words of ("utility", "department"). */
  static boolean isKind(String noun) {
    return HEADS.containsKey(noun.toLowerCase(Locale.ROOT));
  }

  /** Where "the NOUN" is first written in {@code [from, to)}; {@code to} when it is not. */
  private static int firstUse(String text, int from, int to, Pattern use) {
    Matcher x = use.matcher(text).region(from, to);
    return x.find() ? x.start() : to;
  }

  private static Map<String, Pattern> uses(Set<String> nouns) {
    Map<String, Pattern> m = new HashMap<>();
    for (String noun : nouns) m.put(noun, Pattern.compile("\\b[Tt]he[ \\u00A0]+" + Pattern.quote(noun) + "\\b"));
    return Map.copyOf(m);
  }

  private static boolean hasHead(String name, Set<String> heads) {
    for (String w : NON_LETTERS.split(name.toLowerCase(Locale.ROOT))) if (heads.contains(w)) return true;
    return false;
  }

  private static Map<String, Set<String>> heads(String resource) {
    Map<String, Set<String>> m = new HashMap<>();
    for (String line : WordList.lines(resource)) {
      String[] w = WhiteSpace.words(line);
      m.put(w[0], Set.copyOf(Arrays.asList(w).subList(1, w.length)));
    }
    return Map.copyOf(m);
  }
}
