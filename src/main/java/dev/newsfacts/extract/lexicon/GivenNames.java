package dev.newsfacts.extract.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Given names with the gender they usually carry, from the list shipped in the jar. */
public final class GivenNames {
  private static final String RESOURCE = "/dev/newsfacts/lexicon/first-names.txt";
  /** Given names from outside the English-speaking world, which the English lists lack. */
  public static final String WORLD = "/dev/newsfacts/entities/given-names-world.txt";
  private final Map<String, Character> gender;
  /** The larger lists of {@link #loadWith}, sorted ("F|M|U name" lines), in order; {@link #gender} wins over them. */
  private final List<SortedLines> more;

  private GivenNames(Map<String, Character> gender, List<SortedLines> more) {
    this.gender = Map.copyOf(gender);
    this.more = List.copyOf(more);
  }

  public static GivenNames load() {
    Map<String, Character> m = new HashMap<>();
    read(RESOURCE, m);
    return new GivenNames(m, List.of());
  }

  /**
   * The list {@link #load()} reads plus larger ones ("F|M|U name" lines, U for either gender, sorted by
   * name as {@link SortedLines} reads them): the entity step's wider net for people; where several lists
   * name a gender, the first list's wins, then the first of {@code extraResources}.
   */
  public static GivenNames loadWith(String... extraResources) {
    Map<String, Character> m = new HashMap<>();
    read(RESOURCE, m);
    List<SortedLines> more = new ArrayList<>();
    for (String r : extraResources) more.add(SortedLines.read(r, 2));
    return new GivenNames(m, more);
  }

  /** The list {@link #load()} reads alone, without reading it again: the rules that want the short list take it from here. */
  public GivenNames shortListOnly() {
    return more.isEmpty() ? this : new GivenNames(gender, List.of());
  }

  private static void read(String resource, Map<String, Character> into) {
    for (String line : ResourceLines.read(resource)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      into.put(line.substring(2).trim(), line.charAt(0));
    }
  }

  /** 'M', 'F' or 0 when the name is unknown or ambiguous. */
  public char genderOf(String givenName) {
    String first = firstPart(givenName);
    if (first != null && !listed(givenName)) return genderOf(first);
    Character listed = gender.get(givenName);
    char g = listed != null ? listed : 0;
    for (int i = 0; g == 0 && i < more.size(); i++) g = more.get(i).tagOf(givenName);
    return g == 'U' ? 0 : g;
  }

  /** A listed name, or a hyphenated one whose first part is ("Abdel-Rahman", "Anne-Sophie"). */
  public boolean isKnown(String givenName) {
    if (listed(givenName)) return true;
    String first = firstPart(givenName);
    return first != null && listed(first);
  }

  private boolean listed(String givenName) {
    if (gender.containsKey(givenName)) return true;
    for (SortedLines list : more) if (list.contains(givenName)) return true;
    return false;
  }

  /** "Abdel" of "Abdel-Rahman" when the part after the hyphen is written as a name too, else null. */
  private static String firstPart(String name) {
    int dash = name.indexOf('-');
    if (dash < 2 || dash + 2 >= name.length() || !Character.isUpperCase(name.charAt(dash + 1))) return null;
    return name.substring(0, dash);
  }
}
