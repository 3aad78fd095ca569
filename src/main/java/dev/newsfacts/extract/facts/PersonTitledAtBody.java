package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.EntityIndex;
import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Dr Lena Okafor, professor of economics at Eastvale University, said …": the body ends the title a person is given
 * between commas, so the person says the figures, not the body the reporting verb stands next to.
 */
final class PersonTitledAtBody {
  /** ", title words of|at|for (the) " right before the body: no clause break and no quotation inside the title. */
  private static final Pattern TITLE_BEFORE_BODY = Pattern.compile(
      ",[ \\u00A0]+[^,;:.()\"“”]{2,80}?[ \\u00A0](?:of|at|for|with)[ \\u00A0]+(?:the[ \\u00A0]+)?\\z");
  private static final int REACH = 100;

  private PersonTitledAtBody() {}

  /** The person whose title between commas ends with {@code body}, or null. */
  static LinkedMention of(String text, EntityIndex entities, LinkedMention body) {
    int from = Math.max(0, body.start() - REACH);
    Matcher title = TITLE_BEFORE_BODY.matcher(text).region(from, body.start());
    if (!title.find()) return null;
    LinkedMention person = entities.endingAt(title.start());
    return person != null && person.entity().type() == EntityType.PERSON ? person : null;
  }
}
