package dev.newsfacts.extract.facts;

import dev.newsfacts.extract.entities.LinkedMention;
import dev.newsfacts.model.EntityType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure's source given as a tool or index and the organisation behind it, after the figure: "…, the Decision
 * Support System run by the Indian Institute of Tropical Meteorology, showed", "…, the price index compiled by the
 * Central Bank, showed". The organisation that runs it is the source, not the sentence's subject.
 */
final class SystemRunBy {
  private SystemRunBy() {}

  /** The organisation running what reported the figure ending at {@code figureEnd}, or null. */
  static LinkedMention of(String text, int figureEnd, int to, List<LinkedMention> mentions) {
    if (!text.substring(figureEnd, to).contains(" by ")) return null;
    Matcher x = RunByPatterns.RUN_BY.matcher(text).region(figureEnd, to);
    if (!x.find()) return null;
    for (LinkedMention m : mentions) {
      if (m.start() < x.end()) continue;
      if (m.start() != x.end() || m.entity().type() != EntityType.ORGANIZATION) return null;
      return RunByPatterns.THEN_VERB.matcher(text).region(m.end(), to).lookingAt() ? m : null;
    }
    return null;
  }

  /** Compiled on first use: tried only where " by " follows a figure. */
  private static final class RunByPatterns {
    /** ", the Decision Support System run by ": a named thing and who runs, compiles or publishes it. */
    static final Pattern RUN_BY = Pattern.compile(
        ",[ \\u00A0]+the[ \\u00A0]+[^,;]{1,80}?[ \\u00A0]"
            + "(?:run|operated|compiled|published|maintained|managed|developed|produced|kept)[ \\u00A0]+by[ \\u00A0]+"
            + "(?:the[ \\u00A0]+)?");
    /** What follows the organisation up to the verb: "(IITM), Pune, showed", ", said". */
    static final Pattern THEN_VERB = Pattern.compile(
        "\\A[^.;]{0,40}?[ \\u00A0](?:showed|shows|said|says|found|finds|estimated|estimates|reported|suggested)\\b");
  }
}
