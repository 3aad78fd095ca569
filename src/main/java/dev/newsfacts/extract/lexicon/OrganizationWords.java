package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/** Words that end or open the name of an organisation or a place, so a capitalised run is not taken for a person. */
public final class OrganizationWords {
  private static final Set<String> HEADS = Set.of(
      "department", "house", "party", "committee", "agency", "office", "congress", "senate", "university", "college",
      "times", "post", "news", "journal", "network", "press", "institute", "foundation", "council", "commission",
      "court", "administration", "campaign", "association", "center", "centre", "bureau", "service", "services",
      "corporation", "corp", "corp.", "inc", "inc.", "co.", "company", "group", "bank", "fund", "union", "organization",
      "organisation", "ministry", "government", "police", "army", "navy", "force", "guard", "cartel", "school",
      "hospital", "church", "club", "team", "league", "media", "tribune", "herald", "magazine", "channel", "tv",
      "radio", "review", "report", "daily", "weekly", "gazette", "wire", "program", "project", "initiative", "board",
      "authority", "assembly", "parliament", "republicans", "democrats", "state", "states", "city", "county", "street",
      "avenue", "square", "palace", "hall", "tower", "airport", "station", "district", "region", "province",
      "island", "islands", "river", "mountains", "valley", "america", "americas", "kingdom", "nations", "emirates",
      "forum", "summit", "convention", "debate", "caucus", "caucuses", "primary", "primaries", "act", "bill", "law",
      "amendment", "day", "week", "month", "year", "twitter", "facebook", "google", "cnn", "fox", "msnbc", "nbc",
      "abc", "cbs", "pbs", "npr", "reuters", "ap", "afp", "politico", "breitbart");

  private OrganizationWords() {}

  public static boolean isHead(String w) {
    return HEADS.contains(w.toLowerCase(Locale.ROOT));
  }
}
