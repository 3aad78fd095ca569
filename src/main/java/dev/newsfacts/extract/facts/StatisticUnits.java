package dev.newsfacts.extract.facts;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a figure counts when the words after it do not say it well, and whether its sentence points
 * back to a source named earlier. A poll's "margin of error of plus or minus 3 percentage points" is
 * the margin of error; "a 5-point lead" is a lead in percentage points; "48 percent of likely voters"
 * is a share of likely voters. "The report said", "the survey", "the poll" name no source but the one
 * the article named just before.
 */
final class StatisticUnits {
  private static final Pattern MARGIN = Pattern.compile(
      "margin of (?:sampling )?error(?: of| is| was)?(?: about| roughly)?(?: plus or minus| \\+/-| ±)?\\s*\\z",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern LEAD_AFTER = Pattern.compile("\\A(?:[- ](?:percentage[- ])?points?)?\\s+(lead|margin|advantage|edge|gap)\\b",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern OUT_OF = Pattern.compile("\\A[ \\u00A0]+out[ \\u00A0]+of[ \\u00A0]+(\\d+)\\b");
  private static final Pattern SHARE_OF = Pattern.compile(
      "\\A\\s+of\\s+((?:the\\s+)?(?:[a-z-]+\\s+){0,3}?(?:voters|adults|respondents|americans|residents|people|parents|"
          + "members|workers|households|students|likely voters|registered voters|those (?:polled|surveyed)|"
          + "the vote|its members|the workforce|its workforce|the money|the giving|the contributors|the"
          + " [a-z]+ crop|[a-z]+ [a-z]+))\\b", Pattern.CASE_INSENSITIVE);

  private StatisticUnits() {}

  /** A better unit for the figure at {@code f} than {@code unit}, or {@code unit} as it was (may be null). */
  static String refine(String text, Figure f, String unit) {
    String before = text.substring(Math.max(0, f.start() - 80), f.start());
    if (MARGIN.matcher(before).find()) return "margin of error";
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 80));
    Matcher lead = LEAD_AFTER.matcher(after);
    if (f.share() && lead.lookingAt()) return lead.group(1).toLowerCase(Locale.ROOT) + " in percentage points";
    if (f.share() && BackReferencePatterns.POINTS.matcher(after).lookingAt() && unit != null && unit.toLowerCase(Locale.ROOT).startsWith("point")) {
      return "percentage points";
    }
    // "scored 96.4 out of 100": a score on that scale
    Matcher outOf = OUT_OF.matcher(after);
    if (unit == null && !f.share() && outOf.lookingAt()) return "score out of " + outOf.group(1);
    Matcher share = SHARE_OF.matcher(after);
    if (f.share() && share.lookingAt()) return "share of " + share.group(1);
    return unit;
  }

  private static final Pattern STUDY = Pattern.compile("\\b(?:poll|survey|study|report|census|analysis)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Whether a sentence speaks of a poll, survey, study or report, whose figures the next sentences go on with. */
  static boolean namesAStudy(String sentence) {
    return STUDY.matcher(sentence).find();
  }

  /** Whether a sentence without a named source refers back to one ("the report said"), or gives a poll's margin. */
  static boolean pointsBack(String sentence, String unit) {
    return "margin of error".equals(unit) || BackReferencePatterns.BACK_REFERENCE.matcher(sentence).find();
  }

  /** Compiled on first use: a back reference is looked for only in a sentence naming no source, points only after a share. */
  private static final class BackReferencePatterns {
    static final Pattern BACK_REFERENCE = Pattern.compile(
        "\\b(?:the|that|this|its) (?:report|survey|poll|study|data|figures|analysis|agency|department|ministry|group|"
            + "company|regulator|census|index|estimate|review|filing|complaint|statement)\\b"
            + "|\\b(?:the|that|this) (?:same )?(?:report|survey|poll|study) (?:said|says|found|shows|showed)"
            // "58 per cent of respondents": the people a poll or survey asked
            + "|\\brespondents\\b|\\bthose (?:polled|surveyed|questioned)\\b",
        Pattern.CASE_INSENSITIVE);
    static final Pattern POINTS = Pattern.compile("\\A[- ]?(?:percentage[- ])?points?\\b", Pattern.CASE_INSENSITIVE);
  }
}
