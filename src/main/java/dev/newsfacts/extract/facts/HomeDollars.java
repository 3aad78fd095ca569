package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityLexicon;
import dev.newsfacts.extract.lexicon.WordList;
import dev.newsfacts.model.Dateline;
import dev.newsfacts.model.Entity;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a bare "$" is in a story: the dollar of the country it comes from (home-dollars.txt), "$2.6 billion" in a
 * Toronto story being Canadian dollars. The dateline's place decides, its region before its city ("Sydney, N.S." is
 * in Canada); a dateline elsewhere, or of a wire agency that marks local dollars ("(Reuters)"), keeps US dollars; without a dateline (or with one no list knows) the country whose
 * places the story names most, at least twice and more often than the United States, unless the story writes that
 * country's dollar out in words. Marked amounts ("US$", "C$") keep their own currency.
 */
final class HomeDollars {
  private static final String US_DOLLARS = "US dollars";
  /** Fewest mentions of a country's places that make it the story's country when no dateline says so. */
  private static final int FEWEST_MENTIONS = 2;
  /** Place as named → the dollar of its country. */
  private static final Map<String, String> DOLLAR_OF_PLACE = load();
  private static final Set<String> US_DOLLAR_AGENCIES =
      Set.copyOf(WordList.linesAsWritten("/dev/newsfacts/lexicon/en/us-dollar-agencies.txt"));

  private HomeDollars() {}

  /** The dollar a bare "$" stands for in this story, or null when it stays US dollars. */
  static String of(String text, Dateline dateline, List<Entity> entities, EntityLexicon lex) {
    String loc = dateline == null ? null : dateline.location();
    String agency = dateline == null || dateline.agency() == null ? null : lex.organization(dateline.agency());
    // "TORONTO (Reuters)": the agency writes "C$" for the local dollar, so its "$" is the US dollar
    if (agency != null && US_DOLLAR_AGENCIES.contains(agency)) return null;
    if (loc != null) {
      int comma = loc.indexOf(',');
      List<String> parts = comma > 0 ? List.of(loc.substring(comma + 1).strip(), loc.substring(0, comma).strip())
          : List.of(loc.strip());
      for (String part : parts) {
        String dollar = dollarOf(part, lex);
        if (dollar != null) return dollar;
        // "WASHINGTON", "PERTH, Scotland": a place elsewhere, whose "$" is no local dollar
        if (lex.place(part) != null || lex.isTown(part)) return null;
      }
    }
    String named = mostNamed(entities, lex);
    // "10 Canadian dollars, about $7.40": a story that writes the country's dollar out is written for readers
    // elsewhere, and its "$" is theirs
    return named == null || text.contains(named) ? null : named;
  }

  /** The figures with a bare "$" (or cents) in {@code home} dollars; all as they are when {@code home} is null. */
  static List<Figure> localise(List<Figure> figures, String home) {
    if (home == null) return figures;
    List<Figure> out = new ArrayList<>(figures.size());
    for (Figure f : figures) {
      boolean bare = US_DOLLARS.equals(f.currency()) && !f.text().contains("US$") && !f.text().contains("USD");
      out.add(!bare ? f : new Figure(f.start(), f.end(), f.text(), f.value(), f.approximate(), f.share(), home,
          f.measure()));
    }
    return out;
  }

  private static String mostNamed(List<Entity> entities, EntityLexicon lex) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int us = 0;
    for (Entity e : entities) {
      if (e.type() != EntityType.LOCATION) continue;
      if ("United States".equals(e.name())) us += e.mentions().size();
      String dollar = dollarOf(e.name(), lex);
      if (dollar != null) counts.merge(dollar, e.mentions().size(), Integer::sum);
    }
    String best = null;
    int most = Math.max(FEWEST_MENTIONS - 1, us);
    boolean tie = false;
    for (Map.Entry<String, Integer> c : counts.entrySet()) {
      if (c.getValue() > most) {
        best = c.getKey();
        most = c.getValue();
        tie = false;
      } else if (c.getValue() == most && best != null) {
        tie = true;
      }
    }
    return tie ? null : best;
  }

  private static String dollarOf(String place, EntityLexicon lex) {
    String dollar = DOLLAR_OF_PLACE.get(place);
    if (dollar != null) return dollar;
    String canonical = lex.place(place);
    return canonical == null ? null : DOLLAR_OF_PLACE.get(canonical);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : WordList.linesAsWritten("/dev/newsfacts/lexicon/en/home-dollars.txt")) {
      String[] fields = line.split("\\|");
      for (int i = 1; i < fields.length; i++) out.put(fields[i].strip(), fields[0].strip());
    }
    return Map.copyOf(out);
  }
}
