package dev.newsfacts.extract.entities;

import dev.newsfacts.extract.meta.DatelineParser;
import dev.newsfacts.extract.nlp.AnnotatedText;
import dev.newsfacts.extract.nlp.CharSpan;
import dev.newsfacts.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "WASHINGTON ― Donald Trump said …" after a headline, "CHARLOTTE - The wife of …" after a summary: a place in
 * capitals opening a paragraph before a dash or a colon ("KUALA LUMPUR: Bank Negara …", Malaysian and Singaporean
 * papers) is a dateline the article's own one is not, and names a place the
 * lists know only in ordinary case; so does a place in capitals that is a paragraph of its own ("NEW DELHI" on the
 * line before the story).
 */
final class ParagraphDatelines {
  private static final String CAPS = "\\p{Lu}[\\p{Lu}.'’-]*\\p{Lu}\\.?";
  private static final Pattern OPENING = Pattern.compile(
      "(" + CAPS + "(?: " + CAPS + "){0,2})(?=(?:, [\\p{L}.]{2,15}(?: [\\p{L}.]{2,15})?)?(?:[ \\u00A0]+(?:—|–|―|--|-)[ \\u00A0]|:[ \\u00A0]))");

  /** A paragraph that is nothing but a place in capitals. */
  private static final Pattern ALONE = Pattern.compile("(" + CAPS + "(?: " + CAPS + "){0,2})");

  private ParagraphDatelines() {}

  /** Place mentions of such datelines, leaving out {@code [skipStart, skipEnd)} (the article's dateline). */
  static List<Mention> find(AnnotatedText at, EntityLexicon lex, int skipStart, int skipEnd) {
    List<Mention> out = new ArrayList<>();
    String text = at.text();
    for (CharSpan p : at.paragraphs()) {
      int start = p.start();
      if (start >= skipStart && start < skipEnd) continue;
      Matcher m = OPENING.matcher(text).region(start, Math.min(p.end(), start + 80));
      if (!m.lookingAt()) {
        m = ALONE.matcher(text).region(start, p.end());
        if (p.end() - start > 40 || !m.matches()) continue;
      }
      String words = m.group(1);
      String recased = DatelineParser.place(words);
      String place = lex.place(recased) != null ? lex.place(recased) : lex.isTown(recased) ? recased : null;
      if (place != null) out.add(new Mention(m.start(1), m.end(1), words, EntityType.LOCATION, place, recased));
    }
    return out;
  }
}
