package dev.newsfacts.extract.entities;

import dev.newsfacts.model.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quote's speaker name the person step did not keep ("Priya Raman", said after her quote): whether it
 * reads as a person's name, and where the article writes it.
 */
final class SpeakerNames {
  private SpeakerNames() {}

  /**
   * Two to four capitalised words, none of them an organisation's head word or a document's ("Fifth Amendment"),
   * the whole no listed place or group.
   */
  static boolean personLike(String name, EntityLexicon lex) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 4) return false;
    if (lex.place(name) != null || lex.organization(name) != null || lex.demonym(name) != null) return false;
    for (String w : words) {
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lex.isOrgHead(w) || lex.isDocumentWord(w) || lex.place(w) != null
          || lex.organization(w) != null) {
        return false;
      }
    }
    return true;
  }

  /** Every place the name is written as a whole word sequence, leaving out what other entities already cover. */
  static List<TextSpan> occurrences(String text, String name, List<TextSpan> taken) {
    List<TextSpan> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])").matcher(text);
    while (m.find()) {
      boolean free = true;
      for (TextSpan t : taken) free &= t.end() <= m.start() || t.start() >= m.end();
      if (free) out.add(new TextSpan(m.start(), m.end(), name));
    }
    return out;
  }
}
