package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The person who says a sentence, named after its figures: "The emergency department at Safdarjung Hospital saw around
 * 20% more patients this week, said its medical superintendent, Dr. Anita Rao", "…, said Bernie Cole, president of
 * the association", "…, Dr Rao said". The figure is theirs, not that of the organisation the sentence opens with. A
 * role an organisation named there owns ("said Leger executive vice-president Claire Tremblay") speaks for it: no
 * person then.
 */
final class SayerAfterFigure {
  /** ", said " or ",” said " opening the attribution. */
  private static final Pattern SAID = Pattern.compile(",[\"”’]?[ \\u00A0]+(?:said|says|told)[ \\u00A0]+");
  private static final int REACH = 70;

  private SayerAfterFigure() {}

  /**
   * The person who says the sentence in {@code [figureEnd, sentenceEnd)}, named after the figure, or null.
   *
   * @param mentions the sentence's top-level mentions, in text order
   */
  static LinkedMention of(String text, int figureEnd, int sentenceEnd, List<LinkedMention> mentions) {
    java.util.regex.Matcher said = SAID.matcher(text).region(figureEnd, sentenceEnd);
    if (said.find()) {
      for (LinkedMention m : mentions) {
        if (m.start() < said.end()) continue;
        if (m.start() - said.end() > REACH) break;
        // "said Leger executive vice-president Claire Tremblay": the organisation's figure, which other rules give
        if (m.entity().type() != EntityType.PERSON) break;
        if (SayerPatterns.ROLE_GAP.matcher(text.substring(said.end(), m.start())).matches()) return m;
        break;
      }
    }
    for (LinkedMention m : mentions) {
      if (m.start() < figureEnd || m.entity().type() != EntityType.PERSON) continue;
      if (text.charAt(m.start() - 2) == ',' && SayerPatterns.SAID_AT_END.matcher(text.substring(m.end(), sentenceEnd)).matches()) return m;
    }
    return null;
  }

  /** Compiled on first use: tried only where a person's name follows ", said" after a figure, or ends a sentence after one. */
  private static final class SayerPatterns {
    /**
     * What may stand between "said" and the name: a role in lower case and a title ("its medical superintendent, Dr. "),
     * no capitalised owner ("said Leger executive vice-president Claire Tremblay" speaks for the pollster).
     */
    static final Pattern ROLE_GAP = Pattern.compile(
        "\\A(?:(?:the|its|their|his|her|a|an)[ \\u00A0]+)?(?:[\\p{Ll}'’-]+[ \\u00A0]+){0,5}?(?:[\\p{Ll}'’-]+,[ \\u00A0]+)?"
            + "(?:\\p{Lu}\\p{Ll}{1,3}\\.?[ \\u00A0]+)?\\z|\\A\\z");
    /** A name right before the end: ", Dr Rao said." */
    static final Pattern SAID_AT_END = Pattern.compile("\\A[ \\u00A0]+(?:said|says)[ \\u00A0]*[.!?]?\\s*\\z");
  }
}
