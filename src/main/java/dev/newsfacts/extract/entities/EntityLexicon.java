package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.lexicon.ResourceLines;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.extract.lexicon.CountryNames;
import dev.newsfacts.extract.lexicon.SortedLines;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lists entity rules look words up in: places (JDK country and time-zone names plus
 * {@code places.txt}), organisations, nationalities and head words. Immutable; load once and share.
 * Sources of each list: {@code src/main/resources/dev/newsfacts/entities/README.md}.
 */
public final class EntityLexicon {
  private static final String DIR = "/dev/newsfacts/entities/";
  /** Given names for telling people from other capitalised runs (see README.md there). */
  public static final String GIVEN_NAMES = DIR + "given-names.txt";
  private static final Set<String> ZONE_REGIONS =
      Set.of("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific");

  private static final Set<String> NOT_ZONE_PLACES = Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/entities/not-zone-places.txt"));

  /** Surface form → canonical place name. */
  private final Map<String, String> places;
  /** Surface form → canonical organisation name. */
  private final Map<String, String> organizations;
  /** Nationality or group word → country it points at ("" for groups). */
  private final Map<String, String> demonyms;
  private final Set<String> orgHeads;
  /** Heads that end a name only after another word outside a headline ("Allina Health", not "Stealth Over Health"). */
  private final Set<String> weakHeads;
  private final Set<String> placeHeads;
  /** Place heads that are also common surnames ("Hill", "Bay"): they make no person's name a place's. */
  private final Set<String> surnamePlaceHeads;
  /** Common nouns that say the capitalised name after them is an organisation's ("the think tank Bruegel"). */
  private final Set<String> orgClassifiers;
  /** Classifiers that name a body of people ("group", "charity"), never one person's trade. */
  private final Set<String> bodyClassifiers;
  /** Country names and their short forms (US, UK): modifiers that are stripped from an organisation's name. */
  private final Set<String> countries;
  private final int longestPlace;
  /** Town names from the gazetteer (towns.txt, sorted): places only where no other list or rule claims the words. */
  private final SortedLines towns;
  /** First-level subdivisions of every country (regions.txt, sorted): places on the same terms as towns. */
  private final SortedLines regions;
  /**
   * English names regions.txt's ISO names miss (regions-en.txt, sorted): first-level subdivisions ("Bavaria" beside
   * "Bayern") and geographic regions ("Riverina", "Patagonia"), read as regions.txt is.
   */
  private final SortedLines englishRegions;
  /** Smaller towns of English-language news markets (local-towns.txt, sorted): places on the same terms as towns. */
  private final SortedLines localTowns;
  /**
   * Places under the gazetteer's population cut (weak-towns.txt, sorted): places only where the words around a name
   * no other step claims call it one ("in Kerrobert", "Rosetown, Sask.").
   */
  private final SortedLines weakTowns;
  /** Abbreviations that name no body ("TV", "CEO", "EDT"): not read as an organisation's acronym. */
  private final Set<String> plainAcronyms;
  /** Compass words that name a region after "the" ("the South"). */
  private final Set<String> compassRegions;
  /** Social platforms, which name no body where they are the medium ("on Twitter"). */
  private final Set<String> platforms;
  /** Words that end a law's or a pact's name ("Amendment", "Agreement"). */
  private final Set<String> documentWords;

  private EntityLexicon(Map<String, String> places, Map<String, String> organizations, Map<String, String> demonyms,
      Set<String> orgHeads, Set<String> weakHeads, Set<String> placeHeads, Set<String> surnamePlaceHeads, Set<String> countries, SortedLines towns, SortedLines regions, SortedLines englishRegions, SortedLines localTowns, SortedLines weakTowns,
      Set<String> orgClassifiers, Set<String> bodyClassifiers, Set<String> plainAcronyms, Set<String> compassRegions, Set<String> platforms, Set<String> documentWords) {
    this.platforms = Set.copyOf(platforms);
    this.documentWords = Set.copyOf(documentWords);
    this.plainAcronyms = Set.copyOf(plainAcronyms);
    this.compassRegions = Set.copyOf(compassRegions);
    this.places = Map.copyOf(places);
    this.organizations = Map.copyOf(organizations);
    this.demonyms = Map.copyOf(demonyms);
    this.orgHeads = Set.copyOf(orgHeads);
    this.weakHeads = Set.copyOf(weakHeads);
    this.placeHeads = Set.copyOf(placeHeads);
    this.surnamePlaceHeads = Set.copyOf(surnamePlaceHeads);
    this.orgClassifiers = Set.copyOf(orgClassifiers);
    this.bodyClassifiers = Set.copyOf(bodyClassifiers);
    this.countries = Set.copyOf(countries);
    this.towns = towns;
    this.regions = regions;
    this.englishRegions = englishRegions;
    this.localTowns = localTowns;
    this.weakTowns = weakTowns;
    int longest = 1;
    for (String k : places.keySet()) longest = Math.max(longest, words(k));
    longest = Math.max(longest, Math.max(towns.mostWords(), Math.max(regions.mostWords(), localTowns.mostWords())));
    longest = Math.max(longest, englishRegions.mostWords());
    for (String k : organizations.keySet()) longest = Math.max(longest, words(k));
    this.longestPlace = longest;
  }

  /** The number of words of a list entry, as {@code split(" ").length} counts them, without building them. */
  private static int words(String entry) {
    int end = entry.length();
    while (end > 0 && entry.charAt(end - 1) == ' ') end--;  // split drops trailing empty strings
    if (end == 0) return 1;
    int n = 1;
    for (int i = 0; i < end; i++) if (entry.charAt(i) == ' ') n++;
    return n;
  }

  public static EntityLexicon load() {
    Map<String, String> places = new HashMap<>();
    Set<String> countries = new HashSet<>();
    for (CountryNames.Country c : CountryNames.all()) {
      String name = c.name();
      // "Congo - Kinshasa", "Hong Kong SAR China", "Myanmar (Burma)": places.txt names these as news does
      if (name.contains(" - ") || name.contains("(") || name.contains(" SAR ") || name.equals(c.code())) continue;
      places.put(name, name);
      countries.add(name);
    }
    for (List<String> row : rows("zone-ids.txt")) {
      String[] parts = row.get(0).split("/");
      if (parts.length != 2 || !ZONE_REGIONS.contains(parts[0])) continue;
      String city = parts[1].replace('_', ' ');
      // "Australia/West", "America/Virgin": zone ids that are no place names on their own
      if (city.length() < 4 || !Character.isUpperCase(city.charAt(0)) || NOT_ZONE_PLACES.contains(city)) continue;
      places.putIfAbsent(city, city);
    }
    List<List<String>> placeRows = rows("places.txt");
    for (List<String> row : placeRows) {
      for (String form : row) places.put(form, row.get(0));
    }
    // a form written in places.txt wins over a JDK name, so "US" and "America" mean the United States; a row
    // holding the JDK's own name under another canonical one ("Turkey|Türkiye") is that country too
    for (List<String> row : placeRows) {
      if (places.get(row.get(0)).equals(row.get(0)) && !Collections.disjoint(row, countries)) {
        for (String form : row) countries.add(form);
      }
    }
    countries.addAll(List.of("US", "U.S.", "U.S", "USA", "UK", "U.K."));
    Map<String, String> orgs = new HashMap<>();
    for (List<String> row : rows("organizations.txt")) {
      for (String form : row) orgs.put(form, row.get(0));
    }
    // bodies of news in general (central banks, regulators, outlets ...): the hand-tuned list keeps its forms
    for (List<String> row : rows("organizations-world.txt")) {
      for (String form : row) orgs.putIfAbsent(form, row.get(0));
    }
    Map<String, String> demonyms = new HashMap<>();
    for (List<String> row : rows("demonyms.txt")) demonyms.put(row.get(0), row.size() > 1 ? row.get(1) : "");
    // nationalities, peoples and faiths of news in general ("Ghanaian", "Yazidi"): the hand-tuned list keeps its words
    for (List<String> row : rows("demonyms-world.txt")) demonyms.putIfAbsent(row.get(0), row.size() > 1 ? row.get(1) : "");
    Set<String> orgHeads = new HashSet<>();
    Set<String> weakHeads = new HashSet<>();
    for (List<String> row : rows("org-heads.txt")) {
      orgHeads.add(row.get(0));
      if (row.size() > 1 && row.get(1).equals("weak")) weakHeads.add(row.get(0));
    }
    Set<String> placeHeads = new HashSet<>();
    Set<String> surnamePlaceHeads = new HashSet<>();
    for (List<String> row : rows("place-heads.txt")) {
      placeHeads.add(row.get(0));
      if (row.size() > 1 && row.get(1).equals("surname")) surnamePlaceHeads.add(row.get(0));
    }
    return new EntityLexicon(places, orgs, demonyms, orgHeads, weakHeads, placeHeads, surnamePlaceHeads, countries,
        SortedLines.read(DIR + "towns.txt"), SortedLines.read(DIR + "regions.txt"), SortedLines.read(DIR + "regions-en.txt"),
        SortedLines.read(DIR + "local-towns.txt"), SortedLines.read(DIR + "weak-towns.txt"), firstCells("org-classifiers.txt"), marked("org-classifiers.txt", "body"),
        firstCells("not-organisation-acronyms.txt"),
        firstCells("compass-regions.txt"), firstCells("platforms.txt"), firstCells("document-words.txt"));
  }

  /** First cells of the rows whose second cell is {@code mark}. */
  private static Set<String> marked(String file, String mark) {
    Set<String> out = new HashSet<>();
    for (List<String> row : rows(file)) if (row.size() > 1 && row.get(1).equals(mark)) out.add(row.get(0));
    return out;
  }

  private static Set<String> firstCells(String file) {
    Set<String> out = new HashSet<>();
    for (List<String> row : rows(file)) out.add(row.get(0));
    return out;
  }

  private static List<List<String>> rows(String file) {
    List<List<String>> out = new ArrayList<>();
    for (String line : ResourceLines.read(DIR + file)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      out.add(cells(line));
    }
    return out;
  }

  /** The trimmed cells of a line split at '|', as {@code split("\\|", -1)} gives them; one cell, no list built, for most lines. */
  private static List<String> cells(String line) {
    int bar = line.indexOf('|');
    if (bar < 0) return List.of(line.trim());
    List<String> cells = new ArrayList<>();
    int from = 0;
    for (; bar >= 0; from = bar + 1, bar = line.indexOf('|', from)) cells.add(line.substring(from, bar).trim());
    cells.add(line.substring(from).trim());
    return cells;
  }

  /** Canonical place for a surface form ("U.S." → "United States"), or null. */
  public String place(String form) {
    return eitherApostrophe(places, form);
  }

  /** Canonical organisation for a surface form ("CDC" → its full name), or null. */
  public String organization(String form) {
    return eitherApostrophe(organizations, form);
  }

  /** The value listed for the form, or for it written with the other apostrophe; a form without one is looked up once. */
  private static String eitherApostrophe(Map<String, String> listed, String form) {
    String found = listed.get(form);
    if (found != null) return found;
    String other = OtherApostrophe.of(form);
    return other.equals(form) ? null : listed.get(other);
  }

  /** The country a nationality word points at ("" for a group such as "Republicans"), or null. */
  public String demonym(String form) {
    return demonyms.get(form);
  }

  /** Whether the gazetteer names a town or a country's subdivision so ("Dayton", "Utrecht", "Karnataka", "Cheadle Hulme"). */
  public boolean isTown(String form) {
    return towns.contains(form) || isRegion(form) || localTowns.contains(form);
  }

  /** Whether a place under the gazetteer's population cut is so named ("Kerrobert"): a place only with a place cue. */
  public boolean isWeakTown(String form) {
    return weakTowns.contains(form);
  }

  /**
   * Whether a country's first-level subdivision or a geographic region is so named ("Karnataka", "Eastern Cape";
   * regions.txt; "Bavaria", "Riverina": regions-en.txt).
   */
  public boolean isRegion(String form) {
    return regions.contains(form) || englishRegions.contains(form);
  }

  /** Whether an abbreviation names no body ("TV", "CEO", "EDT"; not-organisation-acronyms.txt). */
  public boolean isPlainAcronym(String form) {
    return plainAcronyms.contains(form);
  }

  /** Whether a capitalised compass word names a region after "the" ("the South"; compass-regions.txt). */
  public boolean isCompassRegion(String form) {
    return compassRegions.contains(form);
  }

  /** Whether a name is a social platform's (platforms.txt). */
  public boolean isPlatform(String form) {
    return platforms.contains(form);
  }

  /** Whether a word ends a law's or a pact's name ("Amendment"; document-words.txt). */
  public boolean isDocumentWord(String word) {
    return documentWords.contains(word);
  }

  public boolean isCountry(String form) {
    return countries.contains(form);
  }

  public boolean isOrgHead(String word) {
    return orgHeads.contains(word.toLowerCase(Locale.ROOT)) || CorporateSuffixes.isSuffix(word);
  }

  /** Whether a lower-case common noun before a name says it is an organisation's ("group", "retailer"). */
  public boolean isOrgClassifier(String word) {
    return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && orgClassifiers.contains(word);
  }

  /** Whether a classifier names a body of people ("group", "charity"; marked "body" in org-classifiers.txt). */
  public boolean isBodyClassifier(String word) {
    return isOrgClassifier(word) && bodyClassifiers.contains(word);
  }

  /** Whether a head word ends a name only after another word outside a headline (org-heads.txt marks it "weak"). */
  public boolean isWeakOrgHead(String word) {
    return weakHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isPlaceHead(String word) {
    return placeHeads.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether a place head is no common surname ("Sea", "River"; not "Hill"): it ends a place's name wherever it stands. */
  public boolean isSurnameFreePlaceHead(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return placeHeads.contains(w) && !surnamePlaceHeads.contains(w);
  }

  /** Longest list entry in words, to bound look-ups. */
  int longestEntry() {
    return longestPlace;
  }
}
