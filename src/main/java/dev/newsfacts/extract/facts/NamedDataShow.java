package dev.newsfacts.extract.facts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures credited to a maker named after "data from", "figures compiled by", "modelling by" and the like, with a
 * verb of finding after it: "…, data from Alphaliner show.", "Modelling by Ridgeway Economics for the council,
 * released in June, estimated that …". The maker, as written, is the source when no entity was recognised for it.
 */
final class NamedDataShow {
  private static final Pattern MAKER = Pattern.compile(
      "\\b(?i:data|figures|statistics|numbers|estimates|modelling|modeling|analysis|research|calculations|projections)"
          + "[ \\u00A0]+(?:(?:compiled|published|released|gathered|collected)[ \\u00A0]+)?(?:from|by)[ \\u00A0]+"
          + "(?:the[ \\u00A0]+)?(?<name>\\p{Lu}[\\p{L}&'’-]*(?:[ \\u00A0]+(?:of|for|and|\\p{Lu}[\\p{L}&'’-]*)){0,5})\\b");
  /** The verb of finding after the maker, up to the end of the sentence. */
  private static final Pattern FINDING = Pattern.compile(
      "\\b(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated|found|finds|estimated|estimates"
          + "|projected|projects|calculated|revealed|reveal|reveals)\\b");

  private static final Pattern TRAILING_JOINER = Pattern.compile("(?:[ \\u00A0]+(?:of|for|and))+\\z");

  private NamedDataShow() {}

  private static final String[] NOUNS = {"data", "figures", "statistics", "numbers", "estimates", "modelling",
      "modeling", "analysis", "research", "calculations", "projections"};

  /** Whether a sentence, in lower case, names any of the makers' nouns: most do not, and skip the patterns. */
  static boolean mayName(String lower) {
    for (String n : NOUNS) if (lower.contains(n)) return true;
    return false;
  }

  /** The maker named in {@code text[from, to)} and where, or null. */
  static Maker of(String text, int from, int to) {
    Matcher x = MAKER.matcher(text).region(from, to);
    if (!x.find()) return null;
    String name = x.group("name");
    // "Modelling by Ridgeway Economics for the council": the maker ends before "for", and no joining word ends it
    int cut = name.indexOf(" for ");
    if (cut > 0) name = name.substring(0, cut);
    name = TRAILING_JOINER.matcher(name).replaceFirst("");
    if (!FINDING.matcher(text).region(x.start("name") + name.length(), to).find()) return null;
    return new Maker(name, x.start("name"), x.start("name") + name.length());
  }

  /** The maker's name as written and where it stands. */
  record Maker(String name, int start, int end) {}
}
