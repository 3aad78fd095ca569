package dev.newsfacts.extract.people;

import java.util.List;

/**
 * A run of capitalised words that names someone, with the title words that stood before it.
 *
 * @param firstToken first token of the name itself (titles excluded)
 * @param endToken token after the name
 * @param words the name's words ("Stephanie", "Brewer")
 * @param title the title words before it ("Homeland Security Secretary"), or ""
 * @param titleStart offset where the title starts (the name start when there is none)
 */
public record NameMention(int firstToken, int endToken, int start, int end, List<String> words, String title, int titleStart) {
  public String text() {
    return String.join(" ", words);
  }
}
