package dev.newsfacts.extract.people;

import dev.newsfacts.extract.lexicon.GivenNames;
import dev.newsfacts.extract.lexicon.OrganizationWords;
import dev.newsfacts.extract.lexicon.Places;
import dev.newsfacts.extract.lexicon.Titles;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names, found from capitalised runs of words (POS + title and
 * given-name lists; no NER model exists for English on Maven Central) and grouped so that
 * "Brewer" and "Stephanie Brewer" are one person.
 */
public final class PersonIndex {
  /** Capitalised words that are never part of a person's name (days, months, parties, news furniture). */
  private static final Set<String> NOT_NAMES = WordList.set("/dev/newsfacts/lexicon/en/not-names.txt");

  /** Words that after "Miss" name a pageant ("a former Miss Universe"), no one's surname. */
  private static final Set<String> PAGEANTS = WordList.set("/dev/newsfacts/lexicon/en/pageant-words.txt");

  private final List<Person> persons = new ArrayList<>();
  private final List<NameMention> mentions = new ArrayList<>();
  private final List<Person> mentionOwner = new ArrayList<>();
  private final java.util.Map<String, List<Person>> byLastWord = new java.util.HashMap<>();
  private final java.util.Map<String, List<Person>> bySecondWord = new java.util.HashMap<>();

  private PersonIndex() {}

  // comparators as classes of the jar, not lambdas: a cold start spins a class for each lambda it meets (~0.4 ms of CPU)
  private static final Comparator<NameMention> LONGER_FIRST = new Comparator<>() {
    @Override
    public int compare(NameMention x, NameMention y) {
      return y.words().size() != x.words().size() ? y.words().size() - x.words().size() : Integer.compare(x.start(), y.start());
    }
  };
  private static final Comparator<NameMention> IN_TEXT_ORDER = new Comparator<>() {
    @Override
    public int compare(NameMention a, NameMention b) {
      return Integer.compare(a.start(), b.start());
    }
  };
  private static final Comparator<Person> FIRST_MENTIONED_FIRST = new Comparator<>() {
    @Override
    public int compare(Person a, Person b) {
      return Integer.compare(a.firstOffset(), b.firstOffset());
    }
  };

  /**
   * The article's people, for quotes and entities alike: capitalised runs with their titles split off,
   * {@link NewsNameRules}, portfolios after a title's "of", and a given name that is also an
   * organisation's word opening a name ("Bill Clinton").
   */
  public static PersonIndex build(AnnotatedText at, GivenNames given) {
    PersonIndex idx = new PersonIndex();
    NewsNameRules rules = NewsNameRules.of(at);
    List<NameMention> runs = new ArrayList<>();
    for (NameMention m : WorldNameShapes.apply(at, NameRuns.find(at, NOT_NAMES, rules), given)) {
      runs.add(PositionBeforeGivenName.apply(at, rules.fromGivenName(at, m, given), given));
    }
    Set<String> paired = NewsNameRules.pairedWithPeople(at, runs, given);
    Set<String> beforeWho = WhoClauses.namesBeforeWho(at, runs);
    // "The Rachel Maddow Show" is a programme; "Maddow" alone is its host
    for (NameMention m : runs) {
      List<String> w = m.words();
      if (w.size() >= 3 && w.get(w.size() - 1).equals("Show") && given.isKnown(w.get(0))) paired.add(w.get(w.size() - 2));
    }
    Set<String> loneWords = new java.util.HashSet<>();
    for (NameMention m : runs) if (m.words().size() == 1) loneWords.add(m.words().get(0));
    // Longer names first, so that a surname mentioned before the full name still joins it.
    List<NameMention> byLength = new ArrayList<>(runs);
    byLength.sort(LONGER_FIRST);
    List<NameMention> accepted = new ArrayList<>();
    List<Person> owners = new ArrayList<>();
    List<NameMention> left = new ArrayList<>();
    for (NameMention m : byLength) {
      Person owner = idx.matchExisting(m);
      if (owner == null) {
        if (!looksLikePerson(m, given, loneWords) && !pairedPerson(m, paired) && !whoPerson(m, beforeWho)
            && !HyphenatedSurnames.isPerson(at, m) && !ParticleSurnames.isPerson(at, m)
            && !RoleAppositions.isPerson(at, m) && !AgeAppositions.isPerson(at, m) && !PlacePossessiveNames.isPerson(at, m)
            && !OccupationBeforeName.followsOccupation(at.tokens(), m.firstToken(), m.endToken())) {
          left.add(m);
          continue;
        }
        owner = new Person(m);
        idx.persons.add(owner);
        idx.index(owner);
      } else {
        owner.add(m);
      }
      owner.setGender(genderOf(m, given));
      accepted.add(m);
      owners.add(owner);
    }
    idx.addCoordinated(at, runs, left, accepted, owners, given);
    // keep mentions in text order for look-ups
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < accepted.size(); i++) order.add(i);
    order.sort(new Comparator<Integer>() {
      @Override
      public int compare(Integer a, Integer b) {
        return Integer.compare(accepted.get(a).start(), accepted.get(b).start());
      }
    });
    for (int i : order) {
      idx.mentions.add(accepted.get(i));
      idx.mentionOwner.add(owners.get(i));
    }
    idx.persons.sort(FIRST_MENTIONED_FIRST);
    for (Person p : idx.persons) p.mentions().sort(IN_TEXT_ORDER);
    return idx;
  }

  /**
   * Names listed with a person's ({@link CoordinatedNames}), added until none is left, then the names left over that
   * are their surnames alone ("Havili" after "Sione Havili").
   */
  private void addCoordinated(AnnotatedText at, List<NameMention> runs, List<NameMention> left, List<NameMention> accepted,
      List<Person> owners, GivenNames given) {
    if (left.isEmpty()) return;
    Set<NameMention> people = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    people.addAll(accepted);
    Set<NameMention> waiting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    waiting.addAll(left);
    boolean added = false;
    for (boolean more = true; more; ) {
      more = false;
      for (int k = 0; k < runs.size(); k++) {
        NameMention m = runs.get(k);
        if (!waiting.contains(m) || !CoordinatedNames.isPartner(at.text(), runs, k, people)) continue;
        Person owner = matchExisting(m);
        if (owner == null) {
          owner = new Person(m);
          persons.add(owner);
          index(owner);
        } else {
          owner.add(m);
        }
        owner.setGender(genderOf(m, given));
        accepted.add(m);
        owners.add(owner);
        people.add(m);
        waiting.remove(m);
        more = added = true;
      }
    }
    if (!added) return;
    for (NameMention m : left) {
      if (!waiting.contains(m)) continue;
      Person owner = matchExisting(m);
      if (owner == null) continue;
      owner.add(m);
      accepted.add(m);
      owners.add(owner);
    }
  }

  /**
   * The person a shorter name belongs to: one whose name ends with it ("Lopez Obrador"), or a
   * three-word name whose middle word it is. Persons are indexed by last and second word, so a
   * look-up costs the few persons sharing a word, not all of them (hostile inputs list thousands).
   */
  private Person matchExisting(NameMention m) {
    List<String> w = WorldNameShapes.asInsideName(m.words());
    Person best = null;
    List<Person> candidates = new ArrayList<>(byLastWord.getOrDefault(w.get(w.size() - 1), List.of()));
    if (w.size() == 1) candidates.addAll(bySecondWord.getOrDefault(w.get(0), List.of()));
    for (Person p : candidates) {
      List<String> pw = p.nameWords();
      if (pw.size() < w.size()) continue;
      boolean suffix = pw.subList(pw.size() - w.size(), pw.size()).equals(w);
      boolean prefixOfTwo = w.size() == 1 && pw.size() > 2 && pw.get(1).equals(w.get(0));
      if (suffix || prefixOfTwo) {
        if (best == null || p.mentions().size() > best.mentions().size()) best = p;
      }
    }
    return best;
  }

  private void index(Person p) {
    List<String> w = p.nameWords();
    add(byLastWord, w.get(w.size() - 1), p);
    if (w.size() > 1) add(bySecondWord, w.get(1), p);
  }

  private static void add(Map<String, List<Person>> index, String word, Person p) {
    List<Person> persons = index.get(word);
    if (persons == null) index.put(word, persons = new ArrayList<>());
    persons.add(p);
  }

  /**
   * A person: a known given name, a title before the name, or (news convention) a two- or
   * three-word name whose surname the article also uses alone ("Siobhan Kerrigan" ... "Kerrigan").
   */
  static boolean looksLikePerson(NameMention m, GivenNames given, Set<String> loneWords) {
    List<String> w = m.words();
    String last = w.get(w.size() - 1);
    if (OrganizationWords.isHead(last)) return false;
    // "Bill Clinton", "Grant Hill": a known given name opening a longer name is no organisation's word
    int from = w.size() >= 2 && given.isKnown(w.get(0)) ? 1 : 0;
    for (String x : w.subList(from, w.size())) if (OrganizationWords.isHead(x)) return false;
    if (Places.isPlace(String.join(" ", w))) return false;
    // "The Rachel Maddow Show" is a programme, its host's surname alone the person
    if (pageant(m) || w.size() >= 2 && last.equals("Show")) return false;
    // "the Etosha National Park": a lone given name after words that only say whose or where ("National") is no one
    if (given.isKnown(w.get(0)) && (w.size() >= 2 || TitleQualifiers.namesRole(m.title()))) return true;
    if (TitleQualifiers.namesRole(m.title()) || WorldNameShapes.initialsThenName(m, given)) return true;
    for (String x : w) if (Places.isPlace(x) || looksNational(x)) return false;
    return w.size() >= 2 && w.size() <= 4 && loneWords.contains(last);
  }

  static boolean pageant(NameMention m) {
    String[] t = m.title().split(" ");
    return m.words().size() == 1 && t[t.length - 1].equals("Miss") && PAGEANTS.contains(lower(m.words().get(0)));
  }

  private static boolean pairedPerson(NameMention m, Set<String> paired) {
    String w = m.words().get(0);
    return m.words().size() == 1 && paired.contains(w) && !OrganizationWords.isHead(w) && !Places.isPlace(w)
        && !looksNational(w);
  }

  /** A name before ", who" with no place, national or organisation word; one word alone no plural ("Democrats, who"). */
  private static boolean whoPerson(NameMention m, Set<String> beforeWho) {
    List<String> w = m.words();
    if (!beforeWho.contains(m.text()) || w.size() > 4 || w.size() == 1 && w.get(0).endsWith("s")) return false;
    if (Places.isPlace(m.text())) return false;
    for (String x : w) if (OrganizationWords.isHead(x) || Places.isPlace(x) || looksNational(x) || Titles.isTitleWord(x)) return false;
    return true;
  }

  /** "European", "Chinese", "Scottish": adjectives of place, not surnames, in a capitalised run. */
  private static boolean looksNational(String w) {
    return w.endsWith("ean") || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ern");
  }

  private static char genderOf(NameMention m, GivenNames given) {
    for (String t : m.title().split(" ")) {
      char g = Titles.honorificGender(t);
      if (g == 0) g = Titles.roleGender(t);
      if (g != 0) return g;
    }
    return m.words().size() >= 2 || !m.title().isEmpty() ? given.genderOf(m.words().get(0)) : 0;
  }

  public List<Person> persons() {
    return persons;
  }

  /** The person named by a mention overlapping {@code [start, end)}, or null. */
  public Person personIn(int start, int end) {
    for (int i = lastMentionStartingBefore(end); i >= 0; i--) {
      NameMention m = mentions.get(i);
      if (m.end() <= start) {
        // mentions do not overlap one another: an earlier one ends earlier still
        return null;
      }
      if (m.start() < end) return mentionOwner.get(i);
    }
    return null;
  }

  /** Person mentions that end at or before {@code offset}, latest first, at most {@code limit} of them. */
  public List<Person> mentionedBefore(int offset, int limit) {
    List<Person> out = new ArrayList<>();
    for (int i = lastMentionStartingBefore(offset); i >= 0 && out.size() < limit; i--) {
      if (mentions.get(i).end() <= offset) out.add(mentionOwner.get(i));
    }
    return out;
  }

  /** Offset of the latest mention of {@code p} before {@code offset}, or -1. */
  public int lastMentionBefore(Person p, int offset) {
    int best = -1;
    for (NameMention m : p.mentions()) if (m.end() <= offset) best = m.start();
    return best;
  }

  /** The person mention nearest before {@code offset} (ending at or before it), or null. */
  public NameMention lastMentionEndingBefore(int offset) {
    for (int i = lastMentionStartingBefore(offset); i >= 0; i--) {
      if (mentions.get(i).end() <= offset) return mentions.get(i);
    }
    return null;
  }

  /** Index of the last mention starting before {@code offset} (-1 if none): mentions are in text order. */
  private int lastMentionStartingBefore(int offset) {
    int lo = 0;
    int hi = mentions.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentions.get(mid).start() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static boolean nameLike(Token t, Set<String> notNames) {
    String w = t.text();
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
    if (notNames.contains(lower(w))) return false;
    if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 3) return false;
    return "PROPN".equals(t.pos()) || "NOUN".equals(t.pos()) || "ADJ".equals(t.pos()) || "X".equals(t.pos());
  }
}
