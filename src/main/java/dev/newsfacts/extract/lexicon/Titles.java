package dev.newsfacts.extract.lexicon;

import java.util.Locale;
import java.util.Set;

/**
 * Words of titles and roles that stand before a name ("Homeland Security Secretary Alejandro
 * Mayorkas", "Sen. Marco Rubio") or that name an unnamed source ("a spokesman"). Written by
 * hand from news usage.
 */
public final class Titles {
  private static final Set<String> HONORIFICS = Set.of(
      "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "madam");
  private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam");
  private static final Set<String> MALE_HONORIFICS = Set.of("mr", "mr.", "sir", "lord");

  private static final Set<String> TITLE_WORDS = Set.of(
      "president", "vice", "secretary", "minister", "prime", "chancellor", "senator", "sen.", "sen", "sens.",
      "representative", "rep.", "rep", "reps.", "congressman", "congresswoman", "governor", "gov.", "gov", "mayor",
      "attorney", "general", "gen.", "judge", "justice", "chief", "speaker", "leader", "chairman", "chairwoman", "chair",
      "director", "spokesman", "spokeswoman", "spokesperson", "ambassador", "commissioner", "deputy", "assistant",
      "candidate", "nominee", "former", "ex", "lt.", "lt", "col.", "col", "sgt.", "capt.", "adm.", "maj.", "prof.",
      "professor", "rev.", "reverend", "pope", "king", "queen", "prince", "princess", "officer", "sheriff", "detective",
      "lieutenant", "colonel", "captain", "sergeant", "admiral", "major", "councilman", "councilwoman", "councilor",
      "lawmaker", "councillor", "alderman", "alderwoman", "assemblyman", "assemblywoman", "delegate", "del.", "commander", "boss", "head", "strategist", "adviser", "advisor", "aide", "manager", "ceo", "executive", "founder", "owner",
      "host", "anchor", "analyst", "economist", "pollster", "activist", "author", "writer", "columnist", "editor",
      "correspondent", "reporter", "billionaire", "businessman", "businesswoman", "mogul", "magnate", "rival",
      "republican", "democrat", "democratic", "gop", "presumptive", "presidential", "hopeful", "incumbent", "house",
      "senate", "state", "homeland", "security", "defense", "foreign", "treasury", "press", "campaign", "white",
      "u.s.", "us", "federal", "party", "national", "committee", "department", "first", "district", "county", "city",
      "then", "then-", "acting", "interim", "top", "senior", "kingpin", "mr.", "mrs.", "ms.", "dr.", "cardinal",
      "bishop", "rabbi", "imam", "pastor", "father", "sister", "brother", "uncle", "aunt", "grandson", "granddaughter",
      "son", "daughter", "wife", "husband", "widow", "mother", "daughter-in-law", "son-in-law");

  /** Nouns that head a description of an unnamed source ("a State Department spokesman"). */
  private static final Set<String> SOURCE_NOUNS = Set.of(
      "spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aide", "aides",
      "adviser", "advisers", "advisor", "advisors", "statement", "report", "reports", "poll", "polls", "survey",
      "analysis", "study", "studies", "data", "campaign", "minister", "secretary", "president", "staffer", "staffers",
      "lawyer", "lawyers", "attorney", "attorneys", "critics", "supporters", "experts", "expert", "analysts", "analyst",
      "observers", "spokespeople", "representative", "representatives", "official's", "investigators", "police",
      "prosecutors", "authorities", "witnesses", "witness", "residents", "voters", "people", "members", "leaders",
      "strategists", "strategist", "economists", "pollsters", "democrats", "republicans", "group", "committee");

  private Titles() {}

  public static boolean isHonorific(String w) {
    return HONORIFICS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** 'F', 'M' or 0 for honorifics that say a gender. */
  public static char honorificGender(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (FEMALE_HONORIFICS.contains(l)) return 'F';
    if (MALE_HONORIFICS.contains(l)) return 'M';
    return 0;
  }

  public static boolean isTitleWord(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    return TITLE_WORDS.contains(l) || HONORIFICS.contains(l);
  }

  public static boolean isSourceNoun(String w) {
    return SOURCE_NOUNS.contains(w.toLowerCase(Locale.ROOT));
  }

  /** Gender a role word carries on its own ("spokeswoman"), or 0. */
  public static char roleGender(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    if (l.endsWith("woman") || l.equals("queen") || l.equals("princess") || l.equals("sister") || l.equals("wife")
        || l.equals("mother") || l.equals("widow") || l.equals("daughter") || l.equals("aunt")) return 'F';
    if (l.endsWith("man") || l.equals("king") || l.equals("prince") || l.equals("brother") || l.equals("husband")
        || l.equals("father") || l.equals("son") || l.equals("uncle")) return 'M';
    return 0;
  }
}
