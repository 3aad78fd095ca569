package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.EntityType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Johannesburg Water says it needs R8.6-billion … the utility said", "the Families Ministry … the department said":
 * a kind noun stands for the organisation of that kind the story introduced, known by a word of its name ("Water",
 * "Ministry"). When several fit, the one the story names most often before, then the one it named first: the
 * story's own organisation, not a supplier named in passing nearer the figure.
 */
final class OrganisationKinds {
  private static final Map<String, Set<String>> HEADS = heads("/dev/newsfacts/lexicon/en/organisation-kind-heads.txt");

  private OrganisationKinds() {}

  /** The last mention before {@code offset} of the organisation the kind noun {@code noun} stands for, or null. */
  static LinkedMention named(EntityIndex entities, int offset, String noun) {
    Set<String> heads = HEADS.get(noun.toLowerCase(Locale.ROOT));
    if (heads == null) return null;
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, LinkedMention> last = new HashMap<>();
    for (LinkedMention m : entities.within(0, offset)) {
      if (m.entity().type() != EntityType.ORGANIZATION || !hasHead(m.entity().name(), heads)) continue;
      String key = m.entity().id() != null ? m.entity().id() : m.entity().name();
      counts.merge(key, 1, Integer::sum);
      last.put(key, m);
    }
    String best = null;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      // entries keep the order the story introduced them in: a tie goes to the first
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best == null ? null : last.get(best);
  }

  private static boolean hasHead(String name, Set<String> heads) {
    for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (heads.contains(w)) return true;
    return false;
  }

  private static Map<String, Set<String>> heads(String resource) {
    Map<String, Set<String>> m = new HashMap<>();
    for (String line : WordList.lines(resource)) {
      String[] w = line.split("\\s+");
      m.put(w[0], Set.copyOf(Arrays.asList(w).subList(1, w.length)));
    }
    return Map.copyOf(m);
  }
}
