package dev.newsfacts.extract.facts;

import dev.newsfacts.model.Attribution;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The report, published on Tuesday by the Little Steps Trust, found …" and, paragraphs later, after other bodies'
 * figures, "…, at 22%, the report found.": "the report" points back to the owner of the last report the story named,
 * not to the last source of any kind. One per article, fed sentence by sentence.
 */
final class StudiesByNoun {
  /** The study nouns a story takes up again with "the": "the report", "the survey". */
  private static final Pattern NOUN = Pattern.compile("\\b(?:report|survey|poll|study|census)\\b",
      Pattern.CASE_INSENSITIVE);
  /** "the report found", "the survey says": the study named again as the one that says it. */
  private static final Pattern AGAIN = Pattern.compile(
      "\\b[Tt]he[ \\u00A0]+(?<noun>report|survey|poll|study|census)[ \\u00A0]+"
          + "(?:found|finds|said|says|showed|shows|estimated|estimates)\\b");

  private final Map<String, Attribution> owners = new HashMap<>();

  /** Notes {@code owner} as the owner of each study noun the sentence uses. */
  void named(String sentence, Attribution owner) {
    Matcher x = NOUN.matcher(sentence);
    while (x.find()) owners.put(x.group().toLowerCase(Locale.ROOT), owner);
  }

  /** The owner of the study a sentence names again ("the report found"), or null. */
  Attribution pointedBack(String sentence) {
    if (owners.isEmpty()) return null;
    Matcher x = AGAIN.matcher(sentence);
    return x.find() ? owners.get(x.group("noun")) : null;
  }
}
